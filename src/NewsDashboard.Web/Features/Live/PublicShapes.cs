namespace NewsDashboard.Web.Features.Live;

// The public shapes of a quote and a meeting: what the REST API returns (GET /api/quotes, GET /api/meetings), what the
// hub sends (QuoteAdded, MeetingAdded/MeetingUpdated, CatchUp) and what the components render. One shape per thing,
// read from the store; in Live so that the publish point needs nothing from the Quotes or Meetings slices.

public sealed record QuoteSpeaker(long? EntityId, string? Name, string? Country, string? Role);

/// <summary>An article that reported a quote: <see cref="Published"/> is its own time (null when it gave none), <see cref="Received"/> when it arrived.</summary>
public sealed record QuoteSourceView(long ArticleId, string? Title = null, string? Source = null, DateTimeOffset? Published = null, DateTimeOffset? Received = null);

/// <summary>A stored quote: the same words by the same speaker are one quote with several sources.</summary>
public sealed record QuoteView(long Id, string Text, string Language, QuoteSpeaker Speaker, IReadOnlyList<QuoteSourceView> Sources, DateTimeOffset FirstSeen);

public sealed record MeetingParticipantView(long? EntityId, string? Name, string? Country, string? Role);

public sealed record MeetingSourceView(long ArticleId, string Evidence, string? Title = null, string? Language = null);

/// <summary>A stored meeting with its participants and the articles that report it.</summary>
public sealed record MeetingView(
    long Id, string? Date, string Status, string Kind, string? Location, string? LocationCountry,
    IReadOnlyList<MeetingParticipantView> Participants, IReadOnlyList<MeetingSourceView> Sources);

/// <summary>What a reconnecting client missed: the articles stored after its last article id, and the quotes and meetings they reported.</summary>
internal sealed record CatchUpResult(IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<QuoteView> Quotes, IReadOnlyList<MeetingView> Meetings);

/// <summary>Stored quotes in their public shape (the Quotes slice provides it).</summary>
internal interface IQuoteList
{
    Task<IReadOnlyList<QuoteView>> GetAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Quotes with a source among the articles after <paramref name="afterArticle"/> up to <paramref name="upToArticle"/>, oldest first.</summary>
    Task<IReadOnlyList<QuoteView>> ReportedInAsync(long afterArticle, long upToArticle, CancellationToken cancellationToken = default);
}

/// <summary>Stored meetings in their public shape (the Meetings slice provides it).</summary>
internal interface IMeetingList
{
    Task<IReadOnlyList<MeetingView>> GetAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Meetings with a source among the articles after <paramref name="afterArticle"/> up to <paramref name="upToArticle"/>, oldest first.</summary>
    Task<IReadOnlyList<MeetingView>> ReportedInAsync(long afterArticle, long upToArticle, CancellationToken cancellationToken = default);
}
