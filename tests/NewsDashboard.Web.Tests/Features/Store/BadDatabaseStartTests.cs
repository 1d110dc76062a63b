using System.Diagnostics;

namespace NewsDashboard.Web.Tests.Features.Store;

/// <summary>
/// A database that cannot be used stops the start with one clear message naming the file and what to do, and a
/// non-zero exit code: no abort (134), no stack trace. The app's build output runs as a process of its own.
/// </summary>
public sealed class BadDatabaseStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdash-tests", Guid.NewGuid().ToString("N"));

    public BadDatabaseStartTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Start_CorruptDatabaseFile_ExitsWithAMessageNamingTheFile()
    {
        var path = Path.Combine(_folder, "news.db");
        await File.WriteAllBytesAsync(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7))]);

        var (code, output) = await RunAsync(path);

        AssertClearExit(code, output, path);
        Assert.Contains("backup", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PathUnderAFile_ExitsWithAMessageNamingThePath()
    {
        var file = Path.Combine(_folder, "not-a-directory");
        await File.WriteAllTextAsync(file, "x");
        var path = Path.Combine(file, "news.db");

        var (code, output) = await RunAsync(path);

        AssertClearExit(code, output, path);
        Assert.Contains("writ", output, StringComparison.Ordinal);
    }

    private static void AssertClearExit(int code, string output, string path)
    {
        Assert.True(code is not 0 and not 134, $"exit code {code}: {output}");
        Assert.Contains(path, output, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__News", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunAsync(string databasePath)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsDashboard.Web.dll")])
        {
            WorkingDirectory = _folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["ConnectionStrings__News"] = $"Data Source={databasePath}";
        info.Environment["Ingest__SeedsPath"] = string.Empty;
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
            throw new TimeoutException("the app kept running with a bad database");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
