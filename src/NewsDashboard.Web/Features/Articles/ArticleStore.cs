using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>Reads and writes articles and what was extracted from them.</summary>
internal sealed class ArticleStore(Database database) : IArticleList
{
    public Database Database => database;

    private const string DuplicateSql = """
        SELECT id FROM articles WHERE content_hash = @contentHash
        UNION ALL
        SELECT id FROM articles WHERE url = @url AND @url IS NOT NULL
        LIMIT 1
        """;

    internal static Task<long?> FindDuplicateAsync(SqliteConnection connection, string? url, string contentHash)
        => connection.ExecuteScalarAsync<long?>(DuplicateSql, new { url, contentHash });

    internal static long? FindDuplicate(PreparedStatements sql, string? url, string contentHash)
        => sql.Scalar(DuplicateSql, ("@url", url), ("@contentHash", contentHash));

    internal static long InsertArticle(PreparedStatements sql, ArticleInput input, ExtractionResult result, string contentHash, DateTimeOffset ingested)
        => sql.Scalar(
            """
            INSERT INTO articles (title, body, language, source, url, published, ingested, content_hash, extraction, extraction_cut)
            VALUES (@title, @body, @language, @source, @url, @published, @ingested, @contentHash, @extraction, @extractionCut)
            RETURNING id
            """,
            ("@title", result.Title),
            ("@body", input.Body),
            ("@language", result.Language),
            ("@source", input.Source),
            ("@url", input.Url),
            // The article's own time only: the extraction falls back to the receive time to read relative dates.
            ("@published", input.Published?.ToUniversalTime().ToString("O")),
            ("@ingested", ingested.ToUniversalTime().ToString("O")),
            ("@contentHash", contentHash),
            ("@extraction", JsonSerializer.Serialize(result, ContractJson.Options)),
            ("@extractionCut", result.CutShort))!.Value;

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(int limit, long? after, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string Columns = """
            SELECT id AS Id, title AS Title, language AS Language, source AS Source, url AS Url,
                   published AS Published, ingested AS Ingested
            FROM articles
            """;
        // Two constant statements, so each walks the primary key in its own order.
        var rows = after is null
            ? await connection.QueryAsync<ArticleSummary>(Columns + " ORDER BY id DESC LIMIT @limit", new { limit = QueryLimits.Articles.Clamp(limit) })
            : await connection.QueryAsync<ArticleSummary>(Columns + " WHERE id > @after ORDER BY id LIMIT @limit", new { limit = QueryLimits.Articles.Clamp(limit), after });
        return rows.AsList();
    }

    public async Task<ArticleDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(
            """
            SELECT id AS Id, title AS Title, body AS Body, language AS Language, source AS Source, url AS Url,
                   published AS Published, ingested AS Ingested, extraction AS Extraction
            FROM articles WHERE id = @id
            """,
            new { id });
        if (row is null)
        {
            return null;
        }

        var extraction = JsonSerializer.Deserialize<ExtractionResult>(row.Extraction, ContractJson.Options);
        return new ArticleDetail(row.Id, row.Title, row.Body, row.Language, row.Source, row.Url, row.Published, row.Ingested, extraction);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
    }

    /// <summary>SHA-256 of the text with white space collapsed and case folded: the same story re-sent is a duplicate.</summary>
    public static string ContentHash(string title, string body)
    {
        var builder = new StringBuilder(title.Length + body.Length + 1);
        var space = false;
        foreach (var c in (title + "\n" + body).Normalize(NormalizationForm.FormKC))
        {
            // Invisible characters (a zero-width space, a joiner, a BOM) do not make another article.
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private sealed record ArticleRow(long Id, string Title, string Body, string Language, string? Source, string? Url, DateTimeOffset? Published, DateTimeOffset Ingested, string Extraction);
}

internal sealed record ArticleDetail(
    long Id, string Title, string Body, string Language, string? Source, string? Url, DateTimeOffset? Published, DateTimeOffset Ingested,
    ExtractionResult? Extraction);
