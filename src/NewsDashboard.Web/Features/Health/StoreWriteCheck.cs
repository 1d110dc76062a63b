using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Health;

/// <summary>Ready only if the store accepts a write: a probe row written in a transaction that is rolled back.</summary>
public sealed class StoreWriteCheck(Database database) : IHealthCheck
{
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
            return HealthCheckResult.Healthy("The store accepts writes.");
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
}
