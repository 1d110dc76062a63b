using Dapper;
using Microsoft.Data.Sqlite;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Quotes;

internal sealed class QuoteQueries(Database database) : IQuoteList
{
    private const string Columns = """
        SELECT q.id AS Id, q.text AS Text, q.language AS Language, q.speaker_entity_id AS EntityId,
               COALESCE(e.name, q.speaker_name) AS Name, COALESCE(q.speaker_country, e.country) AS Country,
               COALESCE(e.role, q.speaker_role) AS Role, q.first_seen AS FirstSeen
        FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
        """;

    public async Task<IReadOnlyList<QuoteView>> ListAsync(IReadOnlyList<string>? countries, long? speaker, int limit, CancellationToken cancellationToken = default)
    {
        var codes = CountryCode.ForLookup(countries);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<QuoteRow>(
            Columns + """

            WHERE (@anyCountry = 1 OR q.speaker_country IN @codes)
              AND (@speaker IS NULL OR q.speaker_entity_id = @speaker)
            ORDER BY q.id DESC
            LIMIT @limit
            """,
            new { codes, anyCountry = codes.Count == 0 ? 1 : 0, speaker, limit = QueryLimits.Quotes.Clamp(limit) })).AsList();
        return await WithSourcesAsync(connection, rows);
    }

    public async Task<IReadOnlyList<QuoteView>> GetAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<QuoteRow>(Columns + " WHERE q.id IN @ids ORDER BY q.id", new { ids = ids.Distinct().ToList() })).AsList();
        return await WithSourcesAsync(connection, rows);
    }

    public async Task<IReadOnlyList<QuoteView>> ReportedInAsync(long afterArticle, long upToArticle, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<QuoteRow>(
            Columns + """

            WHERE q.id IN (SELECT quote_id FROM quote_sources WHERE article_id > @afterArticle AND article_id <= @upToArticle)
            ORDER BY q.id
            """,
            new { afterArticle, upToArticle })).AsList();
        return await WithSourcesAsync(connection, rows);
    }

    private static async Task<IReadOnlyList<QuoteView>> WithSourcesAsync(SqliteConnection connection, List<QuoteRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var sources = (await connection.QueryAsync<(long QuoteId, long ArticleId, string Title, string? Source, string? Published, string Received)>(
            """
            SELECT s.quote_id, s.article_id, a.title, a.source, a.published, a.ingested FROM quote_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.quote_id IN @ids ORDER BY s.quote_id, s.article_id
            """,
            new { ids })).ToLookup(s => s.QuoteId);
        return rows.Select(r => new QuoteView(r.Id, r.Text, r.Language, new QuoteSpeaker(r.EntityId, r.Name, r.Country, r.Role),
            sources[r.Id].Select(s => new QuoteSourceView(s.ArticleId, s.Title, s.Source,
                s.Published is null ? null : DateTimeOffsetHandler.Parse(s.Published), DateTimeOffsetHandler.Parse(s.Received))).ToList(), r.FirstSeen)).ToList();
    }

    // Mapped by property, not by constructor: SQLite gives COALESCE columns no declared type.
    private sealed class QuoteRow
    {
        public long Id { get; init; }

        public string Text { get; init; } = string.Empty;

        public string Language { get; init; } = string.Empty;

        public long? EntityId { get; init; }

        public string? Name { get; init; }

        public string? Country { get; init; }

        public string? Role { get; init; }

        public DateTimeOffset FirstSeen { get; init; }
    }
}
