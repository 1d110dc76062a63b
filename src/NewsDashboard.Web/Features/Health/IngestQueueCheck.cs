using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsDashboard.Web.Features.Ingestion;

namespace NewsDashboard.Web.Features.Health;

/// <summary>Ready unless articles have been waiting (queued or being written) longer than <see cref="HealthOptions.QueueStuckAfter"/> with none written.</summary>
internal sealed class IngestQueueCheck(ArticleIngestor ingestor, TimeProvider clock, IOptions<HealthOptions> options) : IHealthCheck
{
    private readonly Lock _gate = new();
    private long _written = -1;
    private DateTimeOffset _since;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (written, now) = (ingestor.Written, clock.GetUtcNow());
        var waiting = ingestor.Received - written; // queued or in the writer's hands
        lock (_gate)
        {
            if (written != _written || waiting == 0)
            {
                (_written, _since) = (written, now);
            }

            var stalled = now - _since;
            return Task.FromResult(waiting > 0 && stalled > options.Value.QueueStuckAfter
                ? HealthCheckResult.Unhealthy($"{waiting} articles have waited {stalled.TotalSeconds:0} s with none written: the ingest queue is stuck.")
                : HealthCheckResult.Healthy($"{waiting} articles waiting."));
        }
    }
}
