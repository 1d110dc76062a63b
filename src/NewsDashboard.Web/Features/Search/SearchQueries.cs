using System.Text;
using Dapper;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Search;

internal sealed record SearchHit(string Kind, long Id, long ArticleId, string Title, string Snippet);

/// <summary>Full-text search (FTS5) over article text and quotes, newest first: a newsroom wants the latest match.</summary>
internal sealed class SearchQueries(Database database)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var match = ToMatchExpression(query);
        if (match.Length == 0)
        {
            return [];
        }

        limit = QueryLimits.Search.Clamp(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var articles = await connection.QueryAsync<HitRow>(
            """
            SELECT 'article' AS Kind, a.id AS Id, a.id AS ArticleId, a.title AS Title,
                   snippet(articles_fts, 1, '', '', ' … ', 16) AS Snippet
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH @match ORDER BY articles_fts.rowid DESC LIMIT @limit
            """,
            new { match, limit });
        var quotes = await connection.QueryAsync<HitRow>(
            """
            SELECT 'quote' AS Kind, q.id AS Id, (SELECT MIN(article_id) FROM quote_sources WHERE quote_id = q.id) AS ArticleId,
                   COALESCE(q.speaker_name, '') AS Title, q.text AS Snippet
            FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
            WHERE quotes_fts MATCH @match ORDER BY quotes_fts.rowid DESC LIMIT @limit
            """,
            new { match, limit });
        return articles.Concat(quotes).Select(h => new SearchHit(h.Kind, h.Id, h.ArticleId, h.Title, h.Snippet)).ToList();
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
