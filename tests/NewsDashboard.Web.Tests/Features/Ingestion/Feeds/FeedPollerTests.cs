using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Ingestion.Feeds;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

[Collection(SourcesCollection.Name)]
public sealed class FeedPollerTests : IClassFixture<FeedPollerTests.Fixture>
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private readonly Fixture _fixture;

    public FeedPollerTests(Fixture fixture) => _fixture = fixture;

    public sealed class Fixture : IAsyncLifetime
    {
        public NewsApp App { get; private set; } = null!;

        public FeedServer Server { get; private set; } = null!;

        internal FeedPoller Poller => App.Services.GetRequiredService<FeedPoller>();

        public async Task InitializeAsync()
        {
            Server = await FeedServer.StartAsync();
            App = new NewsApp();
        }

        public async Task DisposeAsync()
        {
            App.Dispose();
            await Server.DisposeAsync();
        }
    }

    private FeedSource Feed(string path, bool fetchPages = true) => new(_fixture.Server.Url(path), Every, FetchPages: fetchPages);

    private async Task<List<JsonElement>> ArticlesAsync()
    {
        using var client = _fixture.App.CreateApiClient();
        return (await client.GetFromJsonAsync<List<JsonElement>>("api/articles?limit=500"))!;
    }

    private async Task<JsonElement> ArticleAsync(string title)
    {
        using var client = _fixture.App.CreateApiClient();
        var summary = (await ArticlesAsync()).Single(a => a.GetProperty("title").GetString() == title);
        return await client.GetFromJsonAsync<JsonElement>($"api/articles/{summary.GetProperty("id").GetInt64()}");
    }

    [Fact]
    public async Task PollOnce_Rss20_StoresEachItemWithPageTextOrDescription()
    {
        var result = await _fixture.Poller.PollOnceAsync(Feed("feeds/rss20.xml"), CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, result.Status);
        Assert.Equal(3, result.Items);
        Assert.Equal(3, result.Created);
        var ferry = await ArticleAsync("Ferry link to the northern islands reopens");
        Assert.Contains("harbour wall", ferry.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", ferry.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("Team Wire — World", ferry.GetProperty("source").GetString());
        Assert.StartsWith(_fixture.Server.BaseAddress + "pages/long.html", ferry.GetProperty("url").GetString(), StringComparison.Ordinal);
        var library = await ArticleAsync("Library opens late on Thursdays");
        Assert.Equal("The city library will stay open until nine in the evening every Thursday from September.\n\nStaff said the change follows a survey of readers.",
            library.GetProperty("body").GetString());
        var orchard = await ArticleAsync("Orchard harvest starts early");
        Assert.StartsWith("Growers in the valley", orchard.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feeds/atom.xml", "Le marché couvert rouvre ses portes", "maraîchers")]
    [InlineData("feeds/atom.xml", "Concert gratuit au parc & feu d'artifice", "orchestre municipal")]
    [InlineData("feeds/rdf.xml", "Новый мост через реку откроют в сентябре", "последнего пролёта")]
    [InlineData("feeds/double-encoded.xml", "Élections municipales : le débat télévisé est reporté", "semaine prochaine")]
    [InlineData("feeds/double-encoded.xml", "Москва: новые автобусные маршруты", "три новых")]
    [InlineData("feeds/iso-8859-1.xml", "Fête de la moisson à Sainte-Hélène", "défilé")]
    [InlineData("feeds/iso-8859-1.xml?charset=iso-8859-1", "Fête de la moisson à Sainte-Hélène", "défilé")]
    public async Task PollOnce_FeedFormatAndEncoding_StoresTheRightTitleAndText(string path, string title, string bodyPart)
    {
        var result = await _fixture.Poller.PollOnceAsync(Feed(path), CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, result.Status);
        Assert.Equal(0, result.ItemFailures);
        var article = await ArticleAsync(title);
        Assert.Contains(bodyPart, article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feeds/malformed.xml")]
    [InlineData("feeds/bomb.xml")]
    [InlineData("feeds/external-entity.xml")]
    [InlineData("feeds/absent.xml")]
    [InlineData("broken.xml")]
    public async Task PollOnce_BadFeed_FailsSafelyAndStoresNothing(string path)
    {
        var before = (await ArticlesAsync()).Count;

        var result = await _fixture.Poller.PollOnceAsync(Feed(path), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(FeedPollStatus.Failed, result.Status);
        Assert.NotNull(result.Error);
        Assert.Equal(1, _fixture.Poller.HealthOf(_fixture.Server.Url(path))!.Failures);
        Assert.Equal(before, (await ArticlesAsync()).Count);
    }

    [Fact]
    public async Task PollOnce_SecondTime_SendsValidatorsAndHandles304()
    {
        var feed = Feed("conditional.xml");

        var first = await _fixture.Poller.PollOnceAsync(feed, CancellationToken.None);
        var second = await _fixture.Poller.PollOnceAsync(feed, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, first.Status);
        Assert.Equal(FeedPollStatus.NotModified, second.Status);
        var asked = _fixture.Server.Requests.Where(r => r.Path == "/conditional.xml").ToList();
        Assert.Equal(2, asked.Count);
        Assert.Null(asked[0].IfNoneMatch);
        Assert.Equal(FeedServer.ETag, asked[1].IfNoneMatch);
        Assert.Equal(FeedServer.LastModified, DateTimeOffset.Parse(asked[1].IfModifiedSince!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task PollOnce_SameFeedAgainWithoutValidators_SkipsItemsAlreadyTaken()
    {
        var feed = Feed("feeds/rdf.xml?again=1");
        await _fixture.Poller.PollOnceAsync(feed, CancellationToken.None);

        var again = await _fixture.Poller.PollOnceAsync(feed, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, again.Status);
        Assert.Equal(0, again.Created);
        Assert.Equal(1, again.Skipped);
    }

    [Fact]
    public async Task PollOnce_FailingFeedRepeatedly_BackoffGrowsThenResetsOnSuccess()
    {
        var feed = Feed("broken.xml?backoff=1");
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            await _fixture.Poller.PollOnceAsync(feed, CancellationToken.None);
            delays.Add(_fixture.Poller.HealthOf(feed.Url)!.NextPoll - DateTimeOffset.UtcNow);
        }

        Assert.Equal(3, _fixture.Poller.HealthOf(feed.Url)!.Failures);
        Assert.True(delays[0] < delays[1] && delays[1] < delays[2], string.Join(", ", delays));
        Assert.InRange(delays[0], Every * 2 - TimeSpan.FromSeconds(10), Every * 2);

        // A feed whose items no test counts: rss20.xml here would store the items PollOnce_Rss20 expects to create.
        var healthy = feed with { Url = _fixture.Server.Url("feeds/atom.xml?backoff=1") };
        await _fixture.Poller.PollOnceAsync(healthy, CancellationToken.None);
        Assert.Equal(0, _fixture.Poller.HealthOf(healthy.Url)!.Failures);
    }

    [Fact]
    public async Task PollOnce_ItemLinkToAnotherPrivateHost_IsNotFetchedAndDescriptionIsUsed()
    {
        var result = await _fixture.Poller.PollOnceAsync(Feed("feeds/private-link.xml"), CancellationToken.None);

        Assert.Equal(1, result.Created);
        var article = await ArticleAsync("Pages on other private hosts are not fetched");
        Assert.Equal("The description stands in for a page on another private host.", article.GetProperty("body").GetString());
        Assert.DoesNotContain(_fixture.Server.Requests, r => r.Path.Contains("item=private", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1::1", true)]
    public void IsPublic_Address_OnlyPublicOnesPass(string address, bool expected)
        => Assert.Equal(expected, FeedHttp.IsPublic(System.Net.IPAddress.Parse(address)));

    [Theory]
    [InlineData(1, 120)]
    [InlineData(2, 240)]
    [InlineData(3, 480)]
    [InlineData(10, 3600)]
    [InlineData(40, 3600)]
    public void Backoff_ConsecutiveFailures_DoublesUpToTheCap(int failures, int expectedSeconds)
        => Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), FeedPoller.Backoff(Every, failures, TimeSpan.FromHours(1)));

    [SkippableFact]
    public async Task PollOnce_RealDoubleEncodedCaptureOverHttp_StoresRepairedTitles()
    {
        var folder = CorpusFeeds.Folder(out var reason);
        SharedCorpus.Require(folder is not null, reason);
        var expected = FeedParser.Parse(TextDecoding.Decode(await File.ReadAllBytesAsync(Path.Combine(folder!, "Rss20YandexRussia.repaired.xml"))));

        // Pages off: the captures link to real sites, and tests only talk to loopback.
        var result = await _fixture.Poller.PollOnceAsync(Feed("corpus/Rss20YandexRussia.xml", fetchPages: false), CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, result.Status);
        Assert.Equal(expected.Items.Count, result.Items);
        var titles = (await ArticlesAsync()).Select(a => a.GetProperty("title").GetString()).ToHashSet();
        Assert.Contains(expected.Items[0].Title, titles);
        Assert.DoesNotContain(titles, t => t!.Contains("Ð", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loop_BrokenFeedConfiguredFirst_StillPollsTheOtherFeed()
    {
        await using var server = await FeedServer.StartAsync();
        using var app = new NewsApp(settings: new Dictionary<string, string?>
        {
            ["Ingest:Feeds:0"] = server.Url("broken.xml").ToString(),
            ["Ingest:Feeds:1:url"] = server.Url("feeds/atom.xml").ToString(),
            ["Ingest:Feeds:1:every"] = "00:10:00",
            ["Ingest:FeedTick"] = "00:00:00.200",
        });
        var poller = app.Services.GetRequiredService<FeedPoller>();
        using var client = app.CreateApiClient();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<ArticleSummary> stored = [];
        while (DateTime.UtcNow < deadline
               && (stored.Count < 2 || poller.HealthOf(server.Url("feeds/atom.xml")) is null || poller.HealthOf(server.Url("broken.xml")) is null))
        {
            await Task.Delay(100);
            stored = (await client.GetFromJsonAsync<List<ArticleSummary>>("api/articles"))!;
        }

        Assert.Equal(2, stored.Count);
        Assert.True(poller.HealthOf(server.Url("broken.xml"))!.Failures >= 1);
        Assert.Equal(0, poller.HealthOf(server.Url("feeds/atom.xml"))!.Failures);
    }

    [Fact]
    public void FromConfiguration_StringsAndObjects_ReadsUrlsIntervalsAndReportsBadOnes()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Feeds:0"] = "https://example.org/rss.xml",
            ["Ingest:Feeds:1:url"] = "https://example.org/atom.xml",
            ["Ingest:Feeds:1:every"] = "00:15:00",
            ["Ingest:Feeds:1:pages"] = "false",
            ["Ingest:Feeds:2"] = "ftp://example.org/feed",
            ["Ingest:Feeds:3:url"] = "https://example.org/odd.xml",
            ["Ingest:Feeds:3:every"] = "soon",
        }).Build();

        var feeds = FeedSource.FromConfiguration(configuration, out var problems);

        Assert.Equal(["https://example.org/rss.xml", "https://example.org/atom.xml", "https://example.org/odd.xml"], feeds.Select(f => f.Url.ToString()));
        Assert.Equal([FeedSource.DefaultEvery, TimeSpan.FromMinutes(15), FeedSource.DefaultEvery], feeds.Select(f => f.Every));
        Assert.False(feeds[1].FetchPages);
        Assert.Equal(2, problems.Count);
    }
}
