namespace NewsDashboard.Web.Features.Live;

/// <summary>
/// A stored article as lists show it and the live feed announces it (<see cref="NewsUpdate"/>, the hub's
/// <c>ArticleIngested</c> and <c>CatchUp</c>, <c>GET /api/articles</c>): in <c>Live</c> so that the publish point
/// needs nothing from the Articles slice.
/// </summary>
public sealed record ArticleSummary(long Id, long Seq, string Title, string Language, string? Source, string? Url, string? Published, string Ingested);

/// <summary>Stored articles in sequence order: what the hub's <c>CatchUp</c> reads (the Articles slice provides it).</summary>
public interface IArticleList
{
    Task<IReadOnlyList<ArticleSummary>> ListAsync(int limit, long? after, CancellationToken cancellationToken = default);
}
