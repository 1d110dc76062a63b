using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Extraction;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Live;

public sealed class HubTests : IDisposable
{
    // Extraction is the seam: an article's body names the countries it is "about".
    // The real meeting queries, wrapped to record which meetings the broadcaster read back from the store.
    private readonly NewsApp _app = new(services: s => s.AddSingleton<IMeetingList>(sp => new CountingMeetings(
        sp.GetRequiredService<NewsDashboard.Web.Features.Meetings.MeetingQueries>())).AddSingleton<ArticleExtraction>((input, published) => new ExtractionResult(
        null, "en", input.Title ?? "", published,
        input.Body.Split(' ').Where(w => w.Length == 2 && w.All(char.IsUpper))
            .SelectMany(c => new[]
            {
                new ExtractedEntity($"country/{c.ToLowerInvariant()}", "country", c, c, null, 1, [c]),
                new ExtractedEntity($"person/envoy-{c.ToLowerInvariant()}", "person", "Envoy of " + c, c, "envoy", 1, ["Envoy of " + c]),
            }).ToList(),
        input.Body.Contains("met", StringComparison.Ordinal)
            ? [.. Enumerable.Repeat(
                new ExtractedMeeting(
                    [.. Countries(input.Body).Select(c => new MeetingParticipant($"person/envoy-{c.ToLowerInvariant()}", "Envoy of " + c, c, "envoy"))],
                    null, null, "2025-07-31", "held", "talks", "The envoys met " + input.Title),
                input.Body.Contains("twice", StringComparison.Ordinal) ? 2 : 1)]
            : [],
        input.Body.Contains("said", StringComparison.Ordinal)
            ? [new ExtractedQuote("Official", null, Countries(input.Body).First(), "A statement " + input.Title, "en")]
            : [])));

    private sealed class CountingMeetings(IMeetingList inner) : IMeetingList
    {
        public ConcurrentQueue<long> Reads { get; } = new();

        public Task<IReadOnlyList<MeetingView>> GetAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
        {
            foreach (var id in ids)
            {
                Reads.Enqueue(id);
            }

            return inner.GetAsync(ids, cancellationToken);
        }

        public Task<IReadOnlyList<MeetingView>> ReportedInAsync(long afterArticle, long upToArticle, CancellationToken cancellationToken = default)
            => inner.ReportedInAsync(afterArticle, upToArticle, cancellationToken);
    }

    private static IEnumerable<string> Countries(string body) => body.Split(' ').Where(w => w.Length == 2 && w.All(char.IsUpper));

    private HubConnection Connect() => new HubConnectionBuilder().WithUrl(new Uri(_app.BaseAddress, "hubs/news")).Build();

    private async Task<long> PostAsync(string title, string body)
    {
        using var client = _app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", new { title, body });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Subscribe_ToCountry_ReceivesOnlyEventsInvolvingIt()
    {
        await using var hub = Connect();
        var titles = new ConcurrentQueue<string>();
        hub.On<ArticleSummary>("ArticleIngested", a => titles.Enqueue(a.Title));
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", new[] { "SY" });

        await PostAsync("Oslo fisheries", "Talks on fisheries: NO and IS");
        await PostAsync("Damascus talks", "Ministers of SY and RU met");
        await PostAsync("Last one", "SY again");

        await WaitUntil(() => titles.Contains("Last one"));
        Assert.Equal(["Damascus talks", "Last one"], titles);
    }

    [Fact]
    public async Task SubscribedToTwoCountries_EventInvolvingBoth_ArrivesOnce()
    {
        await using var hub = Connect();
        var quotes = new ConcurrentQueue<QuoteView>();
        hub.On<QuoteView>("QuoteAdded", q => quotes.Enqueue(q));
        await hub.StartAsync();
        await hub.InvokeAsync("JoinCountry", "SY");
        await hub.InvokeAsync("JoinCountry", "RU");

        var id = await PostAsync("Moscow statement", "SY RU official said");
        await PostAsync("Marker", "RU official said again");

        await WaitUntil(() => quotes.Any(q => q.Text.Contains("Marker", StringComparison.Ordinal)));
        Assert.Single(quotes, q => q.Sources.Any(s => s.ArticleId == id));
    }

    [Fact]
    public async Task Reconnect_CatchUpAfterLastSeq_ReturnsWhatWasMissed()
    {
        await using var hub = Connect();
        var last = await SeeOneThenDropAsync(hub, "FR");

        await PostAsync("Missed one", "FR");
        await PostAsync("Missed two", "DE");
        await hub.StartAsync();
        var missed = (await hub.InvokeAsync<CatchUpResult>("CatchUp", last)).Articles;

        Assert.Equal(["Missed one", "Missed two"], missed.Select(a => a.Title));
        Assert.True(missed[0].Id > last && missed[1].Id > missed[0].Id);
    }

    [Fact]
    public async Task Reconnect_CatchUp_ReturnsMissedArticlesQuotesAndMeetings()
    {
        await using var hub = Connect();
        var last = await SeeOneThenDropAsync(hub, "FR official said");

        var quoted = await PostAsync("Missed statement", "SY official said");
        var met = await PostAsync("Missed talks", "SY RU envoys met");
        var both = await PostAsync("Missed summit", "DE FR envoys met and an official said");
        await hub.StartAsync();
        var missed = await hub.InvokeAsync<CatchUpResult>("CatchUp", last);

        Assert.Equal([quoted, met, both], missed.Articles.Select(a => a.Id));
        Assert.Equal(["A statement Missed statement", "A statement Missed summit"], missed.Quotes.Select(q => q.Text));
        Assert.Equal(new[] { new[] { quoted }, new[] { both } }, missed.Quotes.Select(q => q.Sources.Select(s => s.ArticleId).ToArray()));
        Assert.Equal(new[] { new[] { met }, new[] { both } }, missed.Meetings.Select(m => m.Sources.Select(s => s.ArticleId).ToArray()));
        Assert.Equal(new[] { new[] { "RU", "SY" }, new[] { "DE", "FR" } }, missed.Meetings.Select(m => m.Participants.Select(p => p.Country!).Order(StringComparer.Ordinal).ToArray()));

        // The same shapes as the REST API's.
        using var client = _app.CreateApiClient();
        var listed = await client.GetFromJsonAsync<List<QuoteView>>("api/quotes?limit=10");
        Assert.Equivalent(listed!.Where(q => q.Sources.Any(s => s.ArticleId > last)).OrderBy(q => q.Id), missed.Quotes, strict: true);

        var nothing = await hub.InvokeAsync<CatchUpResult>("CatchUp", both);
        Assert.Empty(nothing.Articles);
        Assert.Empty(nothing.Quotes);
        Assert.Empty(nothing.Meetings);
    }

    [Fact]
    public async Task MeetingAdded_IsTheRestApisMeeting()
    {
        await using var hub = Connect();
        var meetings = new ConcurrentQueue<MeetingView>();
        hub.On<MeetingView>("MeetingAdded", m => meetings.Enqueue(m));
        await hub.StartAsync();

        var id = await PostAsync("Talks", "SY RU envoys met");

        await WaitUntil(() => !meetings.IsEmpty);
        var sent = Assert.Single(meetings);
        using var client = _app.CreateApiClient();
        var stored = await client.GetFromJsonAsync<MeetingView>($"api/meetings/{sent.Id}");
        Assert.Equivalent(stored, sent, strict: true);
        Assert.Equal(id, Assert.Single(sent.Sources).ArticleId);
    }

    [Fact]
    public async Task MeetingReportedTwiceInOneArticle_IsSentOnceWithTheRestOfTheArticlesEvents()
    {
        await using var hub = Connect();
        var meetings = new ConcurrentQueue<MeetingView>();
        var mentions = new ConcurrentQueue<MentionsChangedEvent>();
        hub.On<MeetingView>("MeetingAdded", m => meetings.Enqueue(m));
        hub.On<MentionsChangedEvent>("MentionsChanged", m => mentions.Enqueue(m));
        await hub.StartAsync();

        var id = await PostAsync("Talks twice", "SY RU envoys met twice");

        // MentionsChanged is the broadcast's last event: it arrives only if nothing before it failed.
        await WaitUntil(() => mentions.Any(m => m.ArticleId == id));
        var sent = Assert.Single(meetings);
        Assert.Equal(id, Assert.Single(sent.Sources).ArticleId);
    }

    /// <summary>Connects, sees one article posted, and disconnects: returns the last article id the client saw.</summary>
    [Fact]
    public async Task MeetingNoConnectionWants_IsNotReadFromTheStore_WhileOneItsScreenWantsIsSent()
    {
        var reads = (CountingMeetings)_app.Services.GetRequiredService<IMeetingList>();
        await using var hub = Connect();
        var meetings = new ConcurrentQueue<MeetingView>();
        var titles = new ConcurrentQueue<string>();
        hub.On<MeetingView>("MeetingAdded", meetings.Enqueue);
        hub.On<ArticleSummary>("ArticleIngested", a => titles.Enqueue(a.Title));
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", new[] { "SY" });

        await PostAsync("Fisheries talks", "Envoys of NO and IS met");
        await PostAsync("Damascus talks", "Envoys of SY and TR met");
        await WaitUntil(() => titles.Contains("Damascus talks") && !meetings.IsEmpty);

        var sent = Assert.Single(meetings);
        Assert.Equal(["SY", "TR"], sent.Participants.Select(p => p.Country!).Order());
        Assert.Equal([sent.Id], reads.Reads);
    }

    private async Task<long> SeeOneThenDropAsync(HubConnection hub, string body)
    {
        var seen = new ConcurrentQueue<ArticleSummary>();
        using var subscription = hub.On<ArticleSummary>("ArticleIngested", a => seen.Enqueue(a));
        await hub.StartAsync();
        await PostAsync("Before the drop", body);
        await WaitUntil(() => !seen.IsEmpty);
        await hub.StopAsync();
        return seen.Max(a => a.Id);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public void Dispose() => _app.Dispose();
}
