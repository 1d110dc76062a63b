using Dapper;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Entities;

/// <summary>
/// An entity's counts in a window: <see cref="Mentions"/> (every time it is named) and <see cref="Articles"/> (articles
/// naming it). <see cref="Rank"/> says which one orders the list; <see cref="Count"/> is that one, and
/// <see cref="Previous"/> is the same measure over the window before.
/// </summary>
public sealed record EntityCount(long Id, string Type, string Name, string? Country, string? Role, long Mentions, long Previous, IReadOnlyList<string> Aliases,
    long Articles = 0, string Rank = MentionChoices.ByMentions)
{
    /// <summary>The ranked measure: articles, or mentions.</summary>
    public long Count => Rank == MentionChoices.ByArticles ? Articles : Mentions;

    /// <summary>Rising, falling or steady against the previous window of the same length.</summary>
    public string Trend => Count > Previous ? "rising" : Count < Previous ? "falling" : "steady";
}

internal sealed record EntityDetail(long Id, string Type, string Name, string? Country, string? Role, long Mentions, IReadOnlyList<string> Aliases,
    IReadOnlyList<EntityArticle> Articles);

/// <summary>An article that mentions an entity: <see cref="Published"/> is its own time (null when it gave none), <see cref="Ingested"/> when it arrived.</summary>
internal sealed record EntityArticle(long ArticleId, string Title, string Language, long Count, DateTimeOffset Ingested, DateTimeOffset? Published);

internal sealed class EntityQueries(Database database, TimeProvider clock, MentionWindows windows)
{
    public async Task<IReadOnlyList<EntityCount>> TopAsync(string type, MentionWindow window, int limit, CancellationToken cancellationToken = default, string rank = MentionChoices.ByArticles)
    {
        limit = QueryLimits.Entities.Clamp(limit);
        rank = MentionChoices.NormalizeRank(rank);
        var byArticles = rank == MentionChoices.ByArticles;
        var now = clock.GetUtcNow().ToUniversalTime();
        // 1 h and all time read the store directly (an index range, a column); 24 h and 7 d add up hourly counters in memory.
        await using var connection = await database.OpenAsync(cancellationToken);
        List<(long Id, long Mentions, long Articles)> top;
        Dictionary<long, long> previous = [];
        if (window.Span is not { } span)
        {
            top = (await connection.QueryAsync<(long, long, long)>(
                byArticles
                    ? "SELECT id, mentions_total, articles_total FROM entities WHERE type = @type AND articles_total > 0 ORDER BY articles_total DESC, mentions_total DESC, id LIMIT @limit"
                    : "SELECT id, mentions_total, articles_total FROM entities WHERE type = @type AND mentions_total > 0 ORDER BY mentions_total DESC, id LIMIT @limit",
                new { type, limit })).AsList();
        }
        else if (window == MentionWindow.Hour)
        {
            var hourAgo = now - span;
            top = await RangeAsync(connection, type, hourAgo, now.AddYears(1), limit, byArticles);
            previous = await PreviousRangeAsync(connection, top.Select(t => t.Id).ToList(), hourAgo - span, hourAgo, byArticles);
        }
        else
        {
            var counted = windows.Top(type, span, limit, byArticles);
            top = counted.Select(c => (c.Id, c.Mentions, c.Articles)).ToList();
            previous = counted.ToDictionary(c => c.Id, c => c.Previous);
        }

        if (top.Count == 0)
        {
            return [];
        }

        var ids = top.Select(t => t.Id).ToList();
        var rows = (await connection.QueryAsync<(long Id, string Type, string Name, string? Country, string? Role)>(
            "SELECT id, type, name, country, role FROM entities WHERE id IN @ids", new { ids })).ToDictionary(r => r.Id);
        var aliases = (await connection.QueryAsync<(long Id, string Alias)>(
            "SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN @ids ORDER BY entity_id, alias", new { ids }))
            .ToLookup(a => a.Id, a => a.Alias);
        return top.Where(t => rows.ContainsKey(t.Id)).Select(t =>
        {
            var r = rows[t.Id];
            return new EntityCount(r.Id, r.Type, r.Name, r.Country, r.Role, t.Mentions, previous.GetValueOrDefault(t.Id), aliases[t.Id].ToList(), t.Articles, rank);
        }).ToList();
    }

    private static async Task<List<(long Id, long Mentions, long Articles)>> RangeAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, string type, DateTimeOffset from, DateTimeOffset to, int limit, bool byArticles)
        => (await connection.QueryAsync<(long, long, long)>(
            byArticles
                ? """
                  SELECT entity_id, SUM(count) AS total, COUNT(*) AS articles FROM mentions
                  WHERE type = @type AND ingested >= @from AND ingested < @to
                  GROUP BY entity_id ORDER BY articles DESC, total DESC, entity_id LIMIT @limit
                  """
                : """
                  SELECT entity_id, SUM(count) AS total, COUNT(*) AS articles FROM mentions
                  WHERE type = @type AND ingested >= @from AND ingested < @to
                  GROUP BY entity_id ORDER BY total DESC, entity_id LIMIT @limit
                  """,
            new { type, from = from.ToString("O"), to = to.ToString("O"), limit })).AsList();

    // The previous window only for the entities shown: a range scan per entity on (entity_id, ingested).
    private static async Task<Dictionary<long, long>> PreviousRangeAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, List<long> ids, DateTimeOffset from, DateTimeOffset to, bool byArticles)
        => ids.Count == 0 ? [] : (await connection.QueryAsync<(long Id, long Total)>(
            byArticles
                ? "SELECT entity_id, COUNT(*) FROM mentions WHERE entity_id IN @ids AND ingested >= @from AND ingested < @to GROUP BY entity_id"
                : "SELECT entity_id, SUM(count) FROM mentions WHERE entity_id IN @ids AND ingested >= @from AND ingested < @to GROUP BY entity_id",
            new { ids, from = from.ToString("O"), to = to.ToString("O") })).ToDictionary(x => x.Id, x => x.Total);

    /// <summary>
    /// Mentions of an entity per day (by arrival, UTC) over the last <paramref name="days"/> days, oldest first, one
    /// value per day (0 when none): the entity page's sparkline. An index range on (entity_id, ingested).
    /// </summary>
    public async Task<IReadOnlyList<(DateOnly Day, long Mentions)>> PerDayAsync(long id, int days, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<(string Day, long Mentions)>(
            "SELECT substr(ingested, 1, 10), SUM(count) FROM mentions WHERE entity_id = @id AND ingested >= @from GROUP BY substr(ingested, 1, 10)",
            new { id, from = first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }))
            .ToDictionary(c => c.Day, c => c.Mentions, StringComparer.Ordinal);
        return [.. Enumerable.Range(0, days).Select(i => first.AddDays(i))
            .Select(d => (d, counts.GetValueOrDefault(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))];
    }

    /// <summary>The entity a merged entity's id now leads to, or null when the id was never merged.</summary>
    public async Task<long?> MergedIntoAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT into_id FROM entity_id_redirects WHERE from_id = @id", new { id });
    }

    public async Task<EntityDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, string Type, string Name, string? Country, string? Role, long Mentions)>(
            "SELECT id, type, name, country, role, mentions_total FROM entities WHERE id = @id", new { id });
        if (row.Id == 0)
        {
            return null;
        }

        var aliases = (await connection.QueryAsync<string>("SELECT alias FROM entity_aliases WHERE entity_id = @id ORDER BY alias", new { id })).AsList();
        var articles = (await connection.QueryAsync<EntityArticle>(
            """
            SELECT a.id AS ArticleId, a.title AS Title, a.language AS Language, m.count AS Count, a.ingested AS Ingested,
                   a.published AS Published
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id = @id ORDER BY m.ingested DESC LIMIT 100
            """,
            new { id })).AsList();
        return new EntityDetail(row.Id, row.Type, row.Name, row.Country, row.Role, row.Mentions, aliases, articles);
    }
}
