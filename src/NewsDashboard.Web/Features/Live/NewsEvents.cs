namespace NewsDashboard.Web.Features.Live;

/// <summary>What one committed article changed, published once after the commit.</summary>
public sealed record NewsUpdate(
    ArticleSummary Article,
    IReadOnlyList<string> Countries,
    IReadOnlyList<QuoteChange> Quotes,
    IReadOnlyList<MeetingChange> Meetings,
    IReadOnlyList<(string Type, long EntityId, long Count)> Mentions,
    DateTimeOffset Ingested);

/// <summary>A quote the article added (or added a source to): in-process only, the hub sends the stored <see cref="QuoteView"/>.</summary>
public sealed record QuoteChange(long QuoteId, string? SpeakerCountry, bool IsNew);

/// <summary>A meeting the article added or updated: in-process only, the hub sends the stored <see cref="MeetingView"/>.</summary>
public sealed record MeetingChange(long MeetingId, IReadOnlyList<string> Countries, bool IsNew);

/// <summary>
/// The in-process publish point: the ingestor raises it once after each commit; Blazor components and the hub
/// broadcaster subscribe. Handlers must not throw or block: they marshal to their own context.
/// <see cref="Stored"/> handlers (in-memory copies of the store, such as the mention windows) run before any
/// <see cref="Published"/> handler, so a page or client woken by an update reads copies that already hold it.
/// </summary>
internal sealed class NewsEvents(ILogger<NewsEvents> logger)
{
    private int _livePages;

    /// <summary>Raised first, for in-memory state kept in step with the store.</summary>
    public event Action<NewsUpdate>? Stored;

    /// <summary>Raised after <see cref="Stored"/>, for readers: pages, the hub, shared reads.</summary>
    public event Action<NewsUpdate>? Published;

    /// <summary>Pages open now that refresh live (<see cref="CoalescingRefresher"/>): what paces their refreshes.</summary>
    public int LivePages => Volatile.Read(ref _livePages);

    internal void AddLivePage() => Interlocked.Increment(ref _livePages);

    internal void RemoveLivePage() => Interlocked.Decrement(ref _livePages);

    public void Publish(NewsUpdate update)
    {
        Raise(Stored, update);
        Raise(Published, update);
    }

    private void Raise(Action<NewsUpdate>? handlers, NewsUpdate update)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Action<NewsUpdate>>())
        {
            try
            {
                handler(update);
            }
#pragma warning disable CA1031 // One failing subscriber must not stop the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "A news subscriber failed for article {ArticleId}", update.Article.Id);
            }
        }
    }
}
