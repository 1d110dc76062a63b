using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Health;

/// <summary>
/// Ready only if the store accepts a write (a probe row written in a transaction that is rolled back) and the disk
/// under it has room for the largest article it may be sent: a probe row fits in pages the file already has, so on a
/// full disk it succeeds while every article is refused with 507.
/// </summary>
internal sealed class StoreWriteCheck(Database database, IOptions<ArticleLimits> limits, IOptions<StoreOptions> store, IHostEnvironment environment) : IHealthCheck
{
    /// <summary>Room one article needs, in multiples of its largest size: its text, its extraction rows, the search index and the write-ahead log.</summary>
    public const int RoomPerArticle = 4;

    private const int SqliteBusy = 5;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            using (var wait = connection.CreateCommand())
            {
                wait.CommandText = "PRAGMA busy_timeout=1000;";
                await wait.ExecuteNonQueryAsync(cancellationToken);
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            using var probe = connection.CreateCommand();
            probe.Transaction = transaction;
            probe.CommandText = "INSERT OR REPLACE INTO schema_migrations (name, applied) VALUES ('health-probe', '')";
            await probe.ExecuteNonQueryAsync(cancellationToken);
            transaction.Rollback();
            return FreeBytes() is { } free && free < RoomPerArticle * limits.Value.MaxArticleBytes
                ? HealthCheckResult.Unhealthy($"The disk holding the store has {free:N0} bytes free; one article may need {RoomPerArticle * limits.Value.MaxArticleBytes:N0} (Ingest:MaxArticleBytes × {RoomPerArticle}).")
                : HealthCheckResult.Healthy("The store accepts writes.");
        }
        catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) == SqliteBusy)
        {
            return HealthCheckResult.Healthy("The store is busy writing.");
        }
        catch (SqliteException ex)
        {
            return HealthCheckResult.Unhealthy($"The store does not accept writes: {ex.Message}");
        }
    }

    private long? FreeBytes()
    {
        var path = StoreStartup.DatabasePath(store.Value, environment);
        if (path == ":memory:" || Path.GetDirectoryName(path) is not { } folder)
        {
            return null;
        }

        try
        {
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
