namespace NewsDashboard.Web.Features.Live;

/// <summary>
/// A stored article as lists show it and the live feed announces it (<see cref="NewsUpdate"/>, the hub's
/// <c>ArticleIngested</c> and <c>CatchUp</c>, <c>GET /api/articles</c>): in <c>Live</c> so that the publish point
/// needs nothing from the Articles slice.
/// </summary>
/// <remarks>
/// <see cref="Id"/> is also the article's place in the feed: ids increase in commit order, so the last id a client
/// saw is what it passes to <c>CatchUp</c> and to <c>GET /api/articles?after=</c>.
/// </remarks>
public sealed record ArticleSummary(long Id, string Title, string Language, string? Source, string? Url, DateTimeOffset? Published, DateTimeOffset Ingested);

/// <summary>Stored articles in sequence order: what the hub's <c>CatchUp</c> reads (the Articles slice provides it).</summary>
internal interface IArticleList
{
    Task<IReadOnlyList<ArticleSummary>> ListAsync(int limit, long? after, CancellationToken cancellationToken = default);
}
