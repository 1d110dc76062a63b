using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

/// <summary>The feed poller's limits, bound from the <c>Ingest</c> section (<c>Ingest:FeedTimeout</c>...) and checked at start.</summary>
internal sealed class FeedOptions
{
    public const string Section = "Ingest";

    /// <summary>How often the loop looks for feeds that are due.</summary>
    public TimeSpan FeedTick { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many feeds are polled at once; a slow one holds only its own slot, and only until its timeout.</summary>
    public int FeedConcurrency { get; set; } = 4;

    /// <summary>The longest wait after failures in a row.</summary>
    public TimeSpan FeedMaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The whole of one request, headers and body: a server that drips its answer is cut here.</summary>
    public TimeSpan FeedTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most a feed document may weigh.</summary>
    public long MaxFeedBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most an item's page may weigh.</summary>
    public long MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Item pages on private addresses are fetched too (intranet feeds).</summary>
    public bool FeedPagesAllowPrivate { get; set; }
}

internal sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.FeedTick <= TimeSpan.Zero)
        {
            problems.Add($"Ingest:FeedTick must be positive, not {options.FeedTick}.");
        }

        if (options.FeedConcurrency < 1)
        {
            problems.Add($"Ingest:FeedConcurrency must be at least 1, not {options.FeedConcurrency}.");
        }

        if (options.FeedMaxBackoff <= TimeSpan.Zero)
        {
            problems.Add($"Ingest:FeedMaxBackoff must be positive, not {options.FeedMaxBackoff}.");
        }

        if (options.FeedTimeout <= TimeSpan.Zero || options.FeedTimeout > TimeSpan.FromHours(1))
        {
            problems.Add($"Ingest:FeedTimeout must be between 0 and 01:00:00, not {options.FeedTimeout}.");
        }

        if (options.MaxFeedBytes < 1024 || options.MaxPageBytes < 1024)
        {
            problems.Add("Ingest:MaxFeedBytes and Ingest:MaxPageBytes must be at least 1024.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
