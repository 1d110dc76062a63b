using System.ComponentModel.DataAnnotations;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>
/// The <c>Ingest</c> keys of the HTTP front door and the seeds, bound once and checked at start. The per-article limit
/// is <see cref="ArticleLimits"/>; the inbox and feed keys are <c>InboxOptions</c> and <c>FeedOptions</c>.
/// </summary>
internal sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// Articles extracted and waiting for the single writer past which a write is answered 429 with Retry-After, on
    /// the single and the batch endpoint alike. 256 (four of the writer's 64-article group commits): the single
    /// endpoint's old value, the one the load tool's sustained-ingest figure was measured with; the batch endpoint
    /// used 64, but it ingests its items one after another, so it adds at most one waiting article at a time.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Ingest:MaxQueue must be between {1} and {2}.")]
    public int MaxQueue { get; set; } = 256;

    /// <summary>The most a batch request body may weigh (16 MiB).</summary>
    [Range(1024, long.MaxValue, ErrorMessage = "Ingest:MaxBatchBytes must be at least {1}.")]
    public long MaxBatchBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The most articles one batch may hold.</summary>
    [Range(1, 100_000, ErrorMessage = "Ingest:MaxBatchItems must be between {1} and {2}.")]
    public int MaxBatchItems { get; set; } = 500;

    /// <summary>The seed folder loaded into an empty store (found upwards from the content root); empty for none.</summary>
    public string? SeedsPath { get; set; } = "seeds";
}
