using System.Text;
using Dapper;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Search;

/// <summary>
/// One search result: an entity, a quote or an article, with the page that shows it (<see cref="Url"/>: a quote and an
/// article found through a person open on the exact sentence).
/// </summary>
internal sealed record SearchHit(string Kind, long Id, long ArticleId, string Title, string Snippet, string Url = "");

/// <summary>
/// Search over entities (by any spelling the store holds and, for people, by the cross-script key of the surname:
/// Lavrov, Лавров and لافروف find one person), their quotes and the articles naming them, and full text (FTS5) over
/// article text and quotes. Entities first, then quotes, then articles, newest first: a newsroom wants the latest match.
/// </summary>
internal sealed class SearchQueries(Database database)
{
    public const string Entity = "entity";
    public const string Quote = "quote";
    public const string Article = "article";

    // The most people one surname brings back (a common surname is many people).
    private const int EntitiesPerKey = 20;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var match = ToMatchExpression(query);
        if (match.Length == 0)
        {
            return [];
        }

        limit = QueryLimits.Search.Clamp(limit);
        query = query.Length > 200 ? query[..200] : query;
        await using var connection = await database.OpenAsync(cancellationToken);
        var entities = await EntitiesAsync(connection, query, limit);
        var ids = entities.Select(e => e.Id).ToList();

        var quotes = new List<SearchHit>();
        if (ids.Count > 0)
        {
            quotes.AddRange((await connection.QueryAsync<HitRow>(
                """
                SELECT 'quote' AS Kind, q.id AS Id, (SELECT MIN(article_id) FROM quote_sources WHERE quote_id = q.id) AS ArticleId,
                       COALESCE(q.speaker_name, '') AS Title, q.text AS Snippet
                FROM quotes q WHERE q.speaker_entity_id IN @ids ORDER BY q.id DESC LIMIT @limit
                """,
                new { ids, limit })).Select(QuoteHit));
        }

        quotes.AddRange((await connection.QueryAsync<HitRow>(
            """
            SELECT 'quote' AS Kind, q.id AS Id, (SELECT MIN(article_id) FROM quote_sources WHERE quote_id = q.id) AS ArticleId,
                   COALESCE(q.speaker_name, '') AS Title, q.text AS Snippet
            FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
            WHERE quotes_fts MATCH @match ORDER BY quotes_fts.rowid DESC LIMIT @limit
            """,
            new { match, limit })).Select(QuoteHit));

        var articles = new List<SearchHit>();
        if (ids.Count > 0)
        {
            articles.AddRange((await connection.QueryAsync<(long ArticleId, long EntityId, string Title)>(
                """
                SELECT m.article_id, m.entity_id, a.title FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.entity_id IN @ids ORDER BY m.article_id DESC LIMIT @limit
                """,
                new { ids, limit })).Select(r => new SearchHit(Article, r.ArticleId, r.ArticleId, r.Title, string.Empty, $"/articles/{r.ArticleId}?entity={r.EntityId}")));
        }

        articles.AddRange((await connection.QueryAsync<HitRow>(
            """
            SELECT 'article' AS Kind, a.id AS Id, a.id AS ArticleId, a.title AS Title,
                   snippet(articles_fts, 1, '', '', ' … ', 16) AS Snippet
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH @match ORDER BY articles_fts.rowid DESC LIMIT @limit
            """,
            new { match, limit })).Select(h => new SearchHit(Article, h.Id, h.ArticleId, h.Title, h.Snippet, $"/articles/{h.ArticleId}")));

        return
        [
            .. entities.Select(e => new SearchHit(Entity, e.Id, 0, e.Name, e.Type, $"/entities/{e.Id}")),
            .. quotes.DistinctBy(q => q.Id).OrderByDescending(q => q.Id).Take(limit),
            .. articles.DistinctBy(a => a.Id).OrderByDescending(a => a.Id).Take(limit),
        ];
    }

    private static SearchHit QuoteHit(HitRow h) => new(Quote, h.Id, h.ArticleId, h.Title, h.Snippet, $"/articles/{h.ArticleId}?quote={h.Id}");

    // By a stored spelling (any type, any script the store has seen), then people by the skeleton of the surname
    // (the key's first word: one range of the name_key index), the full name checked when two words or more were typed.
    private static async Task<List<(long Id, string Type, string Name)>> EntitiesAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string query, int limit)
    {
        var found = (await connection.QueryAsync<(long, string, string)>(
            """
            SELECT e.id, e.type, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias_key = @key GROUP BY e.id ORDER BY e.mentions_total DESC LIMIT @limit
            """,
            new { key = Normalizer.Normalize(query), limit })).AsList();
        if (PersonNameKey.SurnameOf(query) is { Length: > 1 } surname)
        {
            var fullName = PersonNameKey.For(query) is not null;
            var people = await connection.QueryAsync<(long, string, string)>(
                """
                SELECT id, type, name FROM entities
                WHERE type = 'person' AND name_key >= @from AND name_key < @to
                ORDER BY mentions_total DESC LIMIT @count
                """,
                new { from = surname + " ", to = surname + "!", count = EntitiesPerKey });
            found.AddRange(people.Where(p => !fullName || PersonNameKey.Same(query, p.Item3)));
        }

        return [.. found.DistinctBy(e => e.Item1).Take(limit)];
    }

    /// <summary>Each word becomes a quoted FTS5 term, so user input is never parsed as query syntax.</summary>
    internal static string ToMatchExpression(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return string.Empty;
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query.Length > 500 ? query[..500] : query)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            terms.Add(word.ToString());
        }

        return string.Join(' ', terms.Take(16).Select(t => "\"" + t + "\""));
    }

    // Settable properties, not a constructor: with no rows SQLite reports expression columns as blobs, and
    // Dapper would then look for a constructor taking byte arrays.
    private sealed class HitRow
    {
        public string Kind { get; set; } = string.Empty;

        public long Id { get; set; }

        public long ArticleId { get; set; }

        public string Title { get; set; } = string.Empty;

        public string Snippet { get; set; } = string.Empty;
    }
}
