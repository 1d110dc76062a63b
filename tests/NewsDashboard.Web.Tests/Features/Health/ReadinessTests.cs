using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Tests.Features.Health;

/// <summary>
/// <c>/health/ready</c> says whether the store accepts writes; with a read-only database the app still serves reads,
/// answers writes 503 problem details, and is not ready.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes
public sealed class ReadinessTests
{
    [Fact]
    public async Task Health_WritableStore_IsLiveAndReady()
    {
        using var app = new NewsApp();
        using var client = app.CreateApiClient(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/live")).StatusCode);
        var ready = await client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IngestQueueStuck_ReadyIsFalseUntilItMovesAgain()
    {
        using var app = new NewsApp(settings: new Dictionary<string, string?> { ["Health:QueueStuckAfter"] = "00:00:01" });
        using var client = app.CreateApiClient();
        var ingestor = app.Services.GetRequiredService<ArticleIngestor>();

        Task<HttpResponseMessage>[] posts;
        await using (await app.Services.GetRequiredService<WriteLock>().TakeAsync(CancellationToken.None))
        {
            // The writer takes the first article and waits for the lock; the others wait in the queue.
            posts = [.. Enumerable.Range(0, 3).Select(i => client.PostAsJsonAsync("api/articles", new { body = $"Queued article number {i} about the harbour talks." }))];
            for (var i = 0; i < 100 && ingestor.Received < 3; i++)
            {
                await Task.Delay(50);
            }

            Assert.Equal(3, ingestor.Received - ingestor.Written);
            await client.GetAsync("health/ready"); // the check notes when the queue stopped moving
            await Task.Delay(1500);
            var stuck = await client.GetAsync("health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck.StatusCode);
            Assert.Contains("stuck", await stuck.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Task.WhenAll(posts);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/ready")).StatusCode);
    }

    [Fact]
    public async Task ReadOnlyDatabase_WritesAnswer503AndReadyIsFalseButReadsWork()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdash-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "news.db");
        try
        {
            using (var first = new NewsApp(databasePath: database))
            using (var writer = first.CreateApiClient())
            {
                Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("api/articles", new { title = "Before", body = "Stored before the file was made read-only." })).StatusCode);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            // root ignores file modes: there the connection itself is opened read-only, as SQLite does for a 0444 file.
            var connection = $"Data Source={database}" + (Environment.UserName == "root" ? ";Mode=ReadOnly" : string.Empty);
            using var app = new NewsApp(databasePath: database, settings: new Dictionary<string, string?> { ["ConnectionStrings:News"] = connection });
            using var client = app.CreateApiClient();

            var ready = await client.GetAsync("health/ready");
            var post = await client.PostAsJsonAsync("api/articles", new { title = "After", body = "Sent once the file was read-only." });
            var read = await client.GetFromJsonAsync<List<JsonElement>>("api/articles");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("store", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
            Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(post.Headers.RetryAfter);
            Assert.Equal("Before", Assert.Single(read!).GetProperty("title").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/live")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Directory.Delete(folder, recursive: true);
        }
    }
}
