using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

[Trait("Category", "Durability")]
public sealed class DurabilityTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsdash-durability");

    private string DatabasePath => Path.Combine(_folder.FullName, "news.db");

    [Fact]
    public async Task AcknowledgedArticle_SurvivesKill9OfTheServer()
    {
        var port = ServerProcess.FreePort();
        long id;
        using (var server = await ServerProcess.StartAsync(DatabasePath, port))
        using (var client = server.CreateClient())
        {
            var response = await client.PostAsJsonAsync("api/articles", new
            {
                title = "Ministers agree on a border crossing",
                body = "The two interior ministers agreed on Tuesday to reopen the northern border crossing next month.",
                url = "https://example.org/2025/border-crossing",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

            server.KillHard();
        }

        using var restarted = await ServerProcess.StartAsync(DatabasePath, port);
        using var reader = restarted.CreateClient();
        var article = await reader.GetFromJsonAsync<JsonElement>($"api/articles/{id}");
        Assert.Equal("Ministers agree on a border crossing", article.GetProperty("title").GetString());
        Assert.Contains("northern border crossing", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThousandArticlesAtFiftyPerSecond_AreAllStoredNoneTwice()
    {
        using var server = await ServerProcess.StartAsync(DatabasePath, ServerProcess.FreePort());
        using var client = server.CreateClient();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var posts = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            // Paced at 50 per second from the start, not after each answer: a steady arrival rate.
            var due = TimeSpan.FromMilliseconds(i * 20);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var n = i;
            posts.Add(Task.Run(async () =>
            {
                var response = await PostWithRetryAsync(client, new
                {
                    title = $"Harbour report {n}",
                    body = $"Report number {n}: ships entered the harbour at dawn and unloaded grain before noon.",
                    url = $"https://example.org/harbour/{n}",
                });
                statuses.Add(response.StatusCode);
            }));

            // Every tenth article is also sent a second time, racing the first: one of the two is stored, the other is a duplicate.
            if (n % 10 == 0)
            {
                posts.Add(Task.Run(async () =>
                {
                    var response = await PostWithRetryAsync(client, new { title = $"Harbour report {n}", body = "resent", url = $"https://example.org/harbour/{n}" });
                    statuses.Add(response.StatusCode);
                }));
            }
        }

        await Task.WhenAll(posts);

        var histogram = string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(statuses.Count(s => s == HttpStatusCode.Created) == 1000, histogram);
        Assert.Equal(100, statuses.Count(s => s == HttpStatusCode.OK));
        var all = new List<ArticleSummary>();
        while (all.Count < 1100)
        {
            var after = all.Count == 0 ? 0 : all.Max(a => a.Id);
            var page = await client.GetFromJsonAsync<List<ArticleSummary>>($"api/articles?limit=500&after={after}");
            if (page is null || page.Count == 0)
            {
                break;
            }

            all.AddRange(page);
        }

        Assert.Equal(1000, all.Count);
        Assert.Equal(1000, all.Select(a => a.Url).Distinct(StringComparer.Ordinal).Count());
    }

    // A well-behaved client: on 429 it waits as told and sends the same article again.
    private static async Task<HttpResponseMessage> PostWithRetryAsync(HttpClient client, object article)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.PostAsJsonAsync("api/articles", article);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 20)
            {
                return response;
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
