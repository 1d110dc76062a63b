using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Ingestion.Inbox;

/// <summary>The watched inbox's settings, bound from the <c>Ingest</c> section (<c>Ingest:InboxPath</c>...) and checked at start.</summary>
internal sealed class InboxOptions
{
    public const string Section = "Ingest";

    /// <summary>The folder; empty turns the inbox off. A relative path is taken from the content root.</summary>
    public string? InboxPath { get; set; }

    /// <summary>How often the folder is looked at.</summary>
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a file's size and modification time must stay the same before it is read (a writer may pause).</summary>
    public TimeSpan InboxStableFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Files larger than this go to <c>failed/</c> unread.</summary>
    public long MaxInboxFileBytes { get; set; } = 5L * 1024 * 1024;
}

internal sealed class InboxOptionsValidator : IValidateOptions<InboxOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.InboxPollInterval <= TimeSpan.Zero)
        {
            problems.Add($"Ingest:InboxPollInterval must be positive, not {options.InboxPollInterval}.");
        }

        if (options.InboxStableFor < TimeSpan.Zero || options.InboxStableFor > TimeSpan.FromHours(1))
        {
            problems.Add($"Ingest:InboxStableFor must be between 00:00:00 and 01:00:00, not {options.InboxStableFor}.");
        }

        if (options.MaxInboxFileBytes < 1)
        {
            problems.Add($"Ingest:MaxInboxFileBytes must be positive, not {options.MaxInboxFileBytes}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
