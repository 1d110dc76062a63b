using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Ingestion.Feeds;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

/// <summary>Feed items go through the same validator and size limit as every other source.</summary>
[Collection(SourcesCollection.Name)]
public sealed class FeedItemValidationTests
{
    private static async Task<List<JsonElement>> ArticlesAsync(NewsApp app)
    {
        using var client = app.CreateApiClient();
        var list = (await client.GetFromJsonAsync<List<JsonElement>>("api/articles?limit=500"))!;
        var details = new List<JsonElement>();
        foreach (var summary in list)
        {
            details.Add(await client.GetFromJsonAsync<JsonElement>($"api/articles/{summary.GetProperty("id").GetInt64()}"));
        }

        return details;
    }

    [Fact]
    public async Task PollOnce_ItemPageOverMaxArticleBytes_StoresTheDescriptionNotThePage()
    {
        await using var server = await FeedServer.StartAsync();
        using var app = new NewsApp(settings: new Dictionary<string, string?> { ["Ingest:MaxArticleBytes"] = "65536" });
        var poller = app.Services.GetRequiredService<FeedPoller>();

        var result = await poller.PollOnceAsync(new FeedSource(server.Url("feeds/big-page.xml"), TimeSpan.FromMinutes(1)), CancellationToken.None);

        Assert.Equal(1, result.Created);
        var article = Assert.Single(await ArticlesAsync(app));
        Assert.Equal("The description stands in for a page over the article size limit.", article.GetProperty("body").GetString());
        Assert.Contains(server.Requests, r => r.Path.StartsWith("/big-page.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollOnce_ItemPublishedInTheYear9000_IsSkippedAndTheOtherStored()
    {
        await using var server = await FeedServer.StartAsync();
        using var app = new NewsApp();
        var poller = app.Services.GetRequiredService<FeedPoller>();
        var feed = new FeedSource(server.Url("feeds/far-dates.xml"), TimeSpan.FromMinutes(1), FetchPages: false);

        var result = await poller.PollOnceAsync(feed, CancellationToken.None);
        var again = await poller.PollOnceAsync(feed, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, result.Status);
        Assert.Equal(1, result.Created);
        Assert.Equal(0, result.ItemFailures);
        Assert.Equal(0, again.ItemFailures);
        var article = Assert.Single(await ArticlesAsync(app));
        Assert.Equal("An item dated today", article.GetProperty("title").GetString());
    }
}
