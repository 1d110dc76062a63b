namespace NewsDashboard.Cli;

// A named entry point in the CLI's namespace rather than top-level statements: the CLI's tests see its internals and
// host the web app (WebApplicationFactory<Program>), so the global name Program must be the web app's alone.
internal static class Program
{
    public static Task<int> Main(string[] args) => Commands.RunAsync(args, Console.Out, Console.Error);
}
