using System.ComponentModel.DataAnnotations;
using NewsDashboard.Extraction;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>
/// The "Extraction" section: the most one article's extraction may cost. Past it the article is stored with what was
/// extracted and <c>extraction.cutShort</c> set, so a hostile article neither blocks a source nor is lost.
/// </summary>
internal sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>Characters of title and body read (the rest is stored, not analysed).</summary>
    [Range(1_000, 64 * 1024 * 1024, ErrorMessage = "Extraction:MaxChars must be between {1} and {2}.")]
    public int MaxChars { get; set; } = 1024 * 1024;

    /// <summary>Seconds after which the remaining passes are skipped.</summary>
    [Range(0.05, 600, ErrorMessage = "Extraction:MaxSeconds must be between {1} and {2}.")]
    public double MaxSeconds { get; set; } = 10;

    public ExtractionBudget Budget => new(MaxChars, TimeSpan.FromSeconds(MaxSeconds));
}
