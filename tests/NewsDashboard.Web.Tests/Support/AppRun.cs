using System.Diagnostics;

namespace NewsDashboard.Web.Tests.Support;

/// <summary>The app's build output (beside the tests) run as a process of its own until it exits, for start-up failures.</summary>
public static class AppRun
{
    /// <summary>Runs the app in Production on a loopback port with the given database; returns its exit code and everything it wrote.</summary>
    public static async Task<(int Code, string Output)> UntilExitAsync(string databasePath, string workingDirectory, IDictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsDashboard.Web.dll")])
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["ConnectionStrings__News"] = $"Data Source={databasePath}";
        info.Environment["Ingest__SeedsPath"] = string.Empty;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the app kept running when it should have stopped at start");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The repository's root: the folder above the test binaries that holds NewsDashboard.sln.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "NewsDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
