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

        var (code, output) = await AppRun.UntilExitAsync(path, _folder);

        AssertClearExit(code, output, path);
        Assert.Contains("backup", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PathUnderAFile_ExitsWithAMessageNamingThePath()
    {
        var file = Path.Combine(_folder, "not-a-directory");
        await File.WriteAllTextAsync(file, "x");
        var path = Path.Combine(file, "news.db");

        var (code, output) = await AppRun.UntilExitAsync(path, _folder);

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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
