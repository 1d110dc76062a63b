using Microsoft.AspNetCore.SignalR;
using NewsDashboard.Web.Features.Articles;

namespace NewsDashboard.Web.Features.Live;

/// <summary>The events a hub client receives. Each carries a sequence number for catch-up after a reconnect.</summary>
public interface INewsClient
{
    Task ArticleIngested(ArticleSummary article);

    Task QuoteAdded(QuoteEvent quote);

    Task MeetingAdded(MeetingEvent meeting);

    Task MeetingUpdated(MeetingEvent meeting);

    Task MentionsChanged(MentionsChangedEvent change);
}

public sealed record MentionsChangedEvent(long Seq, IReadOnlyList<string> Countries);

/// <summary><c>/hubs/news</c>: live events for screens and integrations.</summary>
public sealed class NewsHub(ArticleStore store) : Hub<INewsClient>
{
    public const string Path = "/hubs/news";

    public static string CountryGroup(string country) => "country:" + country.ToUpperInvariant();

    /// <summary>Articles stored after <paramref name="afterSeq"/>, oldest first: what a reconnecting client missed.</summary>
    public Task<IReadOnlyList<ArticleSummary>> CatchUp(long afterSeq) => store.ListAsync(500, afterSeq);

    public Task JoinCountry(string country) => Groups.AddToGroupAsync(Context.ConnectionId, CountryGroup(country));

    public Task LeaveCountry(string country) => Groups.RemoveFromGroupAsync(Context.ConnectionId, CountryGroup(country));
}

/// <summary>Forwards each committed update from the in-process publish point to hub clients.</summary>
public sealed class HubBroadcaster(NewsEvents events, IHubContext<NewsHub, INewsClient> hub, ILogger<HubBroadcaster> logger) : IHostedService
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
            await hub.Clients.All.ArticleIngested(update.Article);
            foreach (var quote in update.Quotes.Where(q => q.IsNew))
            {
                await hub.Clients.All.QuoteAdded(quote);
            }

            foreach (var meeting in update.Meetings)
            {
                await (meeting.IsNew ? hub.Clients.All.MeetingAdded(meeting) : hub.Clients.All.MeetingUpdated(meeting));
            }

            await hub.Clients.All.MentionsChanged(new MentionsChangedEvent(update.Seq, update.Countries));
            foreach (var country in update.Countries)
            {
                await hub.Clients.Group(NewsHub.CountryGroup(country)).ArticleIngested(update.Article);
            }
        }
#pragma warning disable CA1031 // A failed broadcast must not take the ingestion path down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Broadcasting article {ArticleId} failed", update.Seq);
        }
    }
}

public static class LiveExtensions
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSingleton<NewsEvents>();
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
