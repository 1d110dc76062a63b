using Microsoft.AspNetCore.SignalR;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Live;

/// <summary>
/// The events a hub client receives, in the shapes the REST API returns. Article ids increase in commit order: the
/// last article id a client saw is where <see cref="NewsHub.CatchUp"/> starts after a reconnect.
/// </summary>
public interface INewsClient
{
    Task ArticleIngested(ArticleSummary article);

    Task QuoteAdded(QuoteView quote);

    Task MeetingAdded(MeetingView meeting);

    Task MeetingUpdated(MeetingView meeting);

    Task MentionsChanged(MentionsChangedEvent change);
}

public sealed record MentionsChangedEvent(long ArticleId, IReadOnlyList<string> Countries);


/// <summary>
/// <c>/hubs/news</c>: live events for screens and integrations. A connection receives every event until it
/// subscribes to countries; then it receives only events that involve one of them (once each, however many match).
/// </summary>
internal sealed class NewsHub(IArticleList articles, IQuoteList quotes, IMeetingList meetings, HubSubscriptions subscriptions) : Hub<INewsClient>
{
    public const string Path = "/hubs/news";

    private const string CountriesKey = "countries";

    public override async Task OnConnectedAsync()
    {
        await SubscribeAsync([]);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Leave(CurrentGroup());
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The most articles one <see cref="CatchUp"/> returns; a client that missed more calls again after the last.</summary>
    public const int CatchUpArticles = 500;

    /// <summary>
    /// What a reconnecting client missed: the articles stored after article <paramref name="afterSeq"/> (oldest
    /// first, at most <see cref="CatchUpArticles"/>), and the quotes and meetings those articles reported, as stored now.
    /// </summary>
    public async Task<CatchUpResult> CatchUp(long afterSeq)
    {
        var missed = await articles.ListAsync(CatchUpArticles, afterSeq, Context.ConnectionAborted);
        if (missed.Count == 0)
        {
            return new CatchUpResult([], [], []);
        }

        var upTo = missed[^1].Id;
        return new CatchUpResult(
            missed,
            await quotes.ReportedInAsync(afterSeq, upTo, Context.ConnectionAborted),
            await meetings.ReportedInAsync(afterSeq, upTo, Context.ConnectionAborted));
    }

    /// <summary>Receive only events involving these countries (ISO codes); an empty list means everything.</summary>
    public Task Subscribe(string[] countries) => SubscribeAsync(countries);

    public Task JoinCountry(string country) => SubscribeAsync([.. Current(), country]);

    public Task LeaveCountry(string country) => SubscribeAsync([.. Current().Where(c => !string.Equals(c, country, StringComparison.OrdinalIgnoreCase))]);

    private IReadOnlyList<string> Current()
        => Context.Items.TryGetValue(CountriesKey, out var value) && value is IReadOnlyList<string> list ? list : [];

    private string CurrentGroup() => HubSubscriptions.GroupFor(Current());

    private async Task SubscribeAsync(IEnumerable<string> countries)
    {
        var wanted = HubSubscriptions.Normalize(countries);
        var before = Context.Items.ContainsKey(CountriesKey) ? CurrentGroup() : null;
        var after = HubSubscriptions.GroupFor(wanted);
        if (before == after)
        {
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, after);
        subscriptions.Join(after, wanted);
        if (before is not null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, before);
            subscriptions.Leave(before);
        }

        Context.Items[CountriesKey] = wanted;
    }
}

/// <summary>
/// The subscription groups in use. Each connection is in exactly one group, named by its sorted country set
/// ("all" for everything), so an event is sent to a connection at most once.
/// </summary>
internal sealed class HubSubscriptions
{
    public const string All = "all";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (IReadOnlyList<string> Countries, int Connections)> _groups = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Normalize(IEnumerable<string> countries)
        => [.. CountryCode.Valid(countries).Order(StringComparer.Ordinal)];

    public static string GroupFor(IReadOnlyList<string> countries) => countries.Count == 0 ? All : "countries:" + string.Join(',', countries);

    public void Join(string group, IReadOnlyList<string> countries)
    {
        lock (_gate)
        {
            _groups[group] = (countries, _groups.TryGetValue(group, out var g) ? g.Connections + 1 : 1);
        }
    }

    public void Leave(string group)
    {
        lock (_gate)
        {
            if (_groups.TryGetValue(group, out var g))
            {
                if (g.Connections <= 1)
                {
                    _groups.Remove(group);
                }
                else
                {
                    _groups[group] = (g.Countries, g.Connections - 1);
                }
            }
        }
    }

    /// <summary>The groups that should receive an event involving <paramref name="countries"/>.</summary>
    public IReadOnlyList<string> GroupsFor(IEnumerable<string> countries)
    {
        var involved = countries.ToHashSet(StringComparer.OrdinalIgnoreCase);
        lock (_gate)
        {
            return _groups.Where(g => g.Key == All || g.Value.Countries.Any(involved.Contains)).Select(g => g.Key).ToList();
        }
    }
}

/// <summary>Forwards each committed update from the in-process publish point to hub clients.</summary>
internal sealed class HubBroadcaster(
    NewsEvents events, IHubContext<NewsHub, INewsClient> hub, HubSubscriptions subscriptions, IQuoteList quotes, IMeetingList meetings,
    ILogger<HubBroadcaster> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        events.Published += OnPublished;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        events.Published -= OnPublished;
        return Task.CompletedTask;
    }

    private void OnPublished(NewsUpdate update) => _ = BroadcastAsync(update);

    internal async Task BroadcastAsync(NewsUpdate update)
    {
        try
        {
            // Each event goes to the groups that want it; nothing is read from the store for an event no connection
            // receives (no hub clients, or screens subscribed to other countries).
            var articleGroups = subscriptions.GroupsFor(update.Countries);
            if (articleGroups.Count > 0)
            {
                await hub.Clients.Groups(articleGroups).ArticleIngested(update.Article);
            }

            // The hub sends quotes and meetings in their public shape, read from the store after the commit.
            var added = update.Quotes.Where(q => q.IsNew).DistinctBy(q => q.QuoteId)
                .Select(q => (q.QuoteId, Groups: subscriptions.GroupsFor(q.SpeakerCountry is { } c ? [c] : [])))
                .Where(q => q.Groups.Count > 0).ToList();
            var quoteViews = added.Count == 0 ? [] : (await quotes.GetAsync([.. added.Select(q => q.QuoteId)])).ToDictionary(q => q.Id);
            foreach (var (quoteId, groups) in added)
            {
                if (quoteViews.TryGetValue(quoteId, out var view))
                {
                    await hub.Clients.Groups(groups).QuoteAdded(view);
                }
            }

            // One article may report the same meeting twice (two sentences, one meeting): send it once, as added if
            // either report created it.
            var changed = update.Meetings.GroupBy(m => m.MeetingId).Select(g => g.FirstOrDefault(m => m.IsNew) ?? g.First())
                .Select(m => (m.MeetingId, m.IsNew, Groups: subscriptions.GroupsFor(m.Countries)))
                .Where(m => m.Groups.Count > 0).ToList();
            var meetingViews = changed.Count == 0 ? []
                : (await meetings.GetAsync([.. changed.Select(m => m.MeetingId)])).ToDictionary(m => m.Id);
            foreach (var (meetingId, isNew, groups) in changed)
            {
                if (meetingViews.TryGetValue(meetingId, out var view))
                {
                    var clients = hub.Clients.Groups(groups);
                    await (isNew ? clients.MeetingAdded(view) : clients.MeetingUpdated(view));
                }
            }

            if (articleGroups.Count > 0)
            {
                await hub.Clients.Groups(articleGroups).MentionsChanged(new MentionsChangedEvent(update.Article.Id, update.Countries));
            }
        }
#pragma warning disable CA1031 // A failed broadcast must not take the ingestion path down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Broadcasting article {ArticleId} failed", update.Article.Id);
        }
    }
}

internal static class LiveExtensions
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSingleton<NewsEvents>();
        services.AddSingleton<HubSubscriptions>();
        services.AddSignalR();
        services.AddHostedService<HubBroadcaster>();
        return services;
    }

    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<NewsHub>(NewsHub.Path);
        return app;
    }
}
