using Dapper;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

internal sealed record FeedValidators(string? ETag, string? LastModified);

/// <summary>The feed tables: conditional-GET validators per feed, items already taken per feed.</summary>
internal sealed class FeedStore(Database database)
{
    public async Task<FeedValidators> ValidatorsAsync(Uri feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FeedValidators>(
            """SELECT etag AS ETag, last_modified AS LastModified FROM feed_state WHERE url = @url""",
            new { url = feed.ToString() }) ?? new FeedValidators(null, null);
    }

    public async Task SaveSuccessAsync(Uri feed, FeedValidators validators, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO feed_state (url, etag, last_modified, last_success, last_error)
            VALUES (@url, @etag, @lastModified, @now, NULL)
            ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                                           last_success = excluded.last_success, last_error = NULL
            """,
            new { url = feed.ToString(), etag = validators.ETag, lastModified = validators.LastModified, now = now.ToString("O") });
    }

    public async Task SaveErrorAsync(Uri feed, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO feed_state (url, last_error) VALUES (@url, @error)
            ON CONFLICT(url) DO UPDATE SET last_error = excluded.last_error
            """,
            new { url = feed.ToString(), error });
    }

    public async Task<bool> SeenAsync(Uri feed, string itemKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            """SELECT COUNT(*) FROM feed_items WHERE feed_url = @feed AND item_key = @itemKey""",
            new { feed = feed.ToString(), itemKey }) > 0;
    }

    public async Task MarkSeenAsync(Uri feed, string itemKey, long? articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO feed_items (feed_url, item_key, article_id, seen) VALUES (@feed, @itemKey, @articleId, @now)
            ON CONFLICT(feed_url, item_key) DO NOTHING
            """,
            new { feed = feed.ToString(), itemKey, articleId, now = now.ToString("O") });
    }
}
