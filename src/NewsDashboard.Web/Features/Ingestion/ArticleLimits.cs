using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>The limits every source applies to one article, bound from the <c>Ingest</c> section and checked at start.</summary>
internal sealed class ArticleLimits
{
    public const string Section = "Ingest";

    /// <summary>The most one article may weigh: a request on the API, an item in a batch, a body from the inbox, a feed or a seed.</summary>
    public long MaxArticleBytes { get; set; } = 1_048_576;
}

internal sealed class ArticleLimitsValidator : IValidateOptions<ArticleLimits>
{
    public ValidateOptionsResult Validate(string? name, ArticleLimits options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxArticleBytes >= 1024
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Ingest:MaxArticleBytes must be at least 1024, not {options.MaxArticleBytes}.");
    }
}
