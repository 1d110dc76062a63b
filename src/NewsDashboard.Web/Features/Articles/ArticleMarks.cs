using System.Globalization;
using System.Text;
using Dapper;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>What a link into an article points at: a quote, a meeting's evidence or an entity's mentions.</summary>
internal enum MarkKind
{
    Quote,
    Meeting,
    Entity,
}

/// <summary>
/// Where each quote, meeting evidence and entity's mentions are in an article (the extraction's offsets), stored with
/// the article in table <c>article_marks</c> so the article page marks exactly those words.
/// </summary>
internal static class ArticleMarks
{
    public static string Name(MarkKind kind) => kind switch
    {
        MarkKind.Quote => "quote",
        MarkKind.Meeting => "meeting",
        _ => "entity",
    };

    /// <summary>Adds the ranges of one thing in one article (added to what is there: an article may report it twice).</summary>
    public static void Write(PreparedStatements sql, long articleId, MarkKind kind, long targetId, IReadOnlyList<TextRange>? spans)
    {
        if (spans is not { Count: > 0 })
        {
            return;
        }

        sql.Execute(
            """
            INSERT INTO article_marks (article_id, kind, target_id, spans) VALUES (@articleId, @kind, @targetId, @spans)
            ON CONFLICT (article_id, kind, target_id) DO UPDATE SET spans = spans || ' ' || excluded.spans
            """,
            ("@articleId", articleId), ("@kind", Name(kind)), ("@targetId", targetId), ("@spans", Format(spans)));
    }

    /// <summary>The stored ranges of one thing in one article, in text order; null when none were stored (an older article).</summary>
    public static async Task<IReadOnlyList<TextRange>?> ReadAsync(Database database, long articleId, MarkKind kind, long targetId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var spans = await connection.ExecuteScalarAsync<string?>(
            "SELECT spans FROM article_marks WHERE article_id = @articleId AND kind = @kind AND target_id = @targetId",
            new { articleId, kind = Name(kind), targetId });
        return spans is null ? null : Parse(spans);
    }

    /// <summary>The words an older article's page falls back to finding: the quote's text, the meeting's evidence in that article.</summary>
    public static async Task<string?> TextAsync(Database database, long articleId, MarkKind kind, long targetId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return kind switch
        {
            MarkKind.Quote => await connection.ExecuteScalarAsync<string?>(
                "SELECT q.text FROM quotes q JOIN quote_sources s ON s.quote_id = q.id WHERE q.id = @targetId AND s.article_id = @articleId",
                new { articleId, targetId }),
            MarkKind.Meeting => await connection.ExecuteScalarAsync<string?>(
                "SELECT evidence FROM meeting_sources WHERE meeting_id = @targetId AND article_id = @articleId",
                new { articleId, targetId }),
            _ => null,
        };
    }

    internal static string Format(IReadOnlyList<TextRange> spans)
    {
        var builder = new StringBuilder(spans.Count * 8);
        foreach (var span in spans)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(CultureInfo.InvariantCulture, $"{span.Start}+{span.Length}");
        }

        return builder.ToString();
    }

    internal static List<TextRange> Parse(string spans)
    {
        var result = new List<TextRange>();
        foreach (var pair in spans.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var plus = pair.IndexOf('+', StringComparison.Ordinal);
            if (plus > 0
                && int.TryParse(pair.AsSpan(0, plus), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(pair.AsSpan(plus + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                result.Add(new TextRange(start, length));
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
