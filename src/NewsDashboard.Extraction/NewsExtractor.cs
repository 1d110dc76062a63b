using NewsDashboard.Extraction.Entities;
using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction;

/// <summary>
/// The extraction pipeline: language, entities, quotes, meetings. Pure and thread-safe; build one and share it.
/// </summary>
public sealed class NewsExtractor
{
    private static readonly Lazy<NewsExtractor> Shared = new(() => new NewsExtractor());

    private readonly EntityRecognizer _entities = new();
    private readonly QuoteExtractor _quotes = new();
    private readonly MeetingExtractor _meetings = new();

    public static NewsExtractor Default => Shared.Value;

    /// <param name="input">The article.</param>
    /// <param name="fallbackPublished">Used when the article carries no publication time (the ingestion time).</param>
    public ExtractionResult Extract(ArticleInput input, DateTimeOffset? fallbackPublished = null)
        => Analyze(input, fallbackPublished).Result;

    /// <summary>The contract result plus the mention offsets behind it (for highlighting source sentences).</summary>
    public ExtractionAnalysis Analyze(ArticleInput input, DateTimeOffset? fallbackPublished = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title ?? string.Empty;
        var document = new TextDocument(title, input.Body ?? string.Empty);
        var language = string.IsNullOrWhiteSpace(input.Language)
            ? LanguageIdentifier.Identify(document.Text)
            : input.Language.Trim().ToLowerInvariant();
        var published = input.Published ?? fallbackPublished;

        var entities = _entities.Recognize(document, language);
        var quotes = _quotes.Extract(document, language, entities);
        var meetings = _meetings.Extract(document, language, entities, published);
        var result = new ExtractionResult(input.File, language, title, published, entities.Entities, meetings, quotes);
        return new ExtractionAnalysis(result, document, entities.Mentions);
    }
}

public sealed record ExtractionAnalysis(ExtractionResult Result, TextDocument Document, IReadOnlyList<EntityMention> Mentions);
