using NewsDashboard.Web.Features.Articles;

namespace NewsDashboard.Web.Features.Live;

/// <summary>What one committed article changed, published once after the commit.</summary>
public sealed record NewsUpdate(
    long Seq,
    ArticleSummary Article,
    IReadOnlyList<string> Countries,
    IReadOnlyList<QuoteEvent> Quotes,
    IReadOnlyList<MeetingEvent> Meetings);

public sealed record QuoteEvent(long Seq, long QuoteId, string Text, string Language, string? Speaker, string? SpeakerCountry, long ArticleId, bool IsNew);

public sealed record MeetingEvent(long Seq, long MeetingId, string? Date, string Status, string Kind, string? Location, IReadOnlyList<string> Countries, bool IsNew);

/// <summary>
/// The in-process publish point: the ingestor raises it once after each commit; Blazor components and the hub
/// broadcaster subscribe. Handlers must not throw or block: they marshal to their own context.
/// </summary>
public sealed class NewsEvents(ILogger<NewsEvents> logger)
{
    private int _livePages;

    public event Action<NewsUpdate>? Published;

    /// <summary>Pages open now that refresh live (<see cref="CoalescingRefresher"/>): what paces their refreshes.</summary>
    public int LivePages => Volatile.Read(ref _livePages);

    internal void AddLivePage() => Interlocked.Increment(ref _livePages);

    internal void RemoveLivePage() => Interlocked.Decrement(ref _livePages);

    public void Publish(NewsUpdate update)
    {
        var handlers = Published;
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
