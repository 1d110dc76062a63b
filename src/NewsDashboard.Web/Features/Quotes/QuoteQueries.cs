using Dapper;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Quotes;

public sealed record QuoteSpeaker(long? EntityId, string? Name, string? Country, string? Role);

public sealed record QuoteSourceView(long ArticleId, string? Title = null, string? Source = null);

public sealed record QuoteView(long Id, string Text, string Language, QuoteSpeaker Speaker, IReadOnlyList<QuoteSourceView> Sources, DateTimeOffset FirstSeen);

public sealed class QuoteQueries(Database database)
{
    public async Task<IReadOnlyList<QuoteView>> ListAsync(IReadOnlyList<string>? countries, long? speaker, int limit, CancellationToken cancellationToken = default)
    {
        var codes = (countries ?? []).Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(long Id, string Text, string Language, long? EntityId, string? Name, string? Country, string? Role, DateTimeOffset FirstSeen)>(
            """
            SELECT q.id, q.text, q.language, q.speaker_entity_id, COALESCE(e.name, q.speaker_name),
                   COALESCE(q.speaker_country, e.country), COALESCE(e.role, q.speaker_role), q.first_seen
            FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
            WHERE (@anyCountry = 1 OR q.speaker_country IN @codes)
              AND (@speaker IS NULL OR q.speaker_entity_id = @speaker)
            ORDER BY q.id DESC
            LIMIT @limit
            """,
            new { codes, anyCountry = codes.Count == 0 ? 1 : 0, speaker, limit = Math.Clamp(limit, 1, 500) })).AsList();
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var sources = (await connection.QueryAsync<(long QuoteId, long ArticleId, string Title, string? Source)>(
            """
            SELECT s.quote_id, s.article_id, a.title, a.source FROM quote_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.quote_id IN @ids ORDER BY s.quote_id, s.article_id
            """,
            new { ids })).ToLookup(s => s.QuoteId);
        return rows.Select(r => new QuoteView(r.Id, r.Text, r.Language, new QuoteSpeaker(r.EntityId, r.Name, r.Country, r.Role),
            sources[r.Id].Select(s => new QuoteSourceView(s.ArticleId, s.Title, s.Source)).ToList(), r.FirstSeen)).ToList();
    }
}
