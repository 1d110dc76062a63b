namespace NewsDashboard.Load;

public static class LoadTool
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("load: not built yet");
        return Task.FromResult(2);
    }
}
