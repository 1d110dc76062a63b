using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Store;

/// <summary>
/// The store on a real small disk: a tmpfs of a few megabytes, filled up or mounted read-only (issue 15, cases 11 and
/// 14). Mounting needs root with CAP_SYS_ADMIN (CI runs as root in its container); elsewhere these tests skip and say
/// so, and the SQLite error → status mapping is still covered by FailureAnswerMappingTests.
/// </summary>
public sealed class SmallDiskTests : IDisposable
{
    private readonly string _mount = Directory.CreateTempSubdirectory("nd-disk-").FullName;
    private bool _mounted;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_mounted)
        {
            Run("umount", "-l", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    [SkippableFact]
    public async Task Post_DiskFull_Answers507StoresNothingAndAcceptsAgainOnceThereIsRoom()
    {
        Mount("size=16m");
        var database = Path.Combine(_mount, "news.db");
        using var app = new NewsApp(databasePath: database, settings: new Dictionary<string, string?> { ["Ingest:MaxArticleBytes"] = "700000" });
        using var client = app.CreateApiClient();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/ready")).StatusCode);

        var filler = Path.Combine(_mount, "filler");
        FillDisk(filler);
        var refused = await PostAsync(client, 2);
        var ready = await client.GetAsync("health/ready");
        File.Delete(filler);
        var readyAgain = await client.GetAsync("health/ready");
        var accepted = await PostAsync(client, 3);

        Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("disk", problem.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("bytes free", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var titles = (await client.GetFromJsonAsync<List<JsonElement>>("api/articles?limit=10"))!.Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Small disk 3", "Small disk 1"], titles); // the refused article is not there, not even in part
    }

    [SkippableFact]
    public async Task Start_ReadOnlyDirectory_ExitsWithAMessageNamingThePath()
    {
        Mount("size=1m,ro");
        var database = Path.Combine(_mount, "news.db");

        var (code, output) = await AppRun.UntilExitAsync(database, Path.GetTempPath());

        Assert.True(code is not 0 and not 134, $"exit code {code}: {output}");
        Assert.Contains(database, output, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__News", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int n)
        => client.PostAsJsonAsync("api/articles", new
        {
            title = $"Small disk {n}",
            // About 600 KB of distinct text: more than the room left once the disk is filled.
            body = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"w{n}x{i}")) + " Sergei Lavrov met Asaad al-Shaibani in Moscow.",
            published = "2025-07-31",
        });

    private static void FillDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // No space left on device: the disk is full, which is the point.
        }
    }

    private void Mount(string options)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "mounting a small tmpfs needs Linux");
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", _mount);
        Skip.If(code != 0, $"cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN): {output.Trim()}");
        _mounted = true;
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
