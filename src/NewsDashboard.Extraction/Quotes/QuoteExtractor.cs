namespace NewsDashboard.Extraction.Quotes;

/// <summary>Direct quotes with their speakers.</summary>
public sealed class QuoteExtractor
{
    public IReadOnlyList<ExtractedQuote> Extract(TextDocument document, string language, EntityAnalysis entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = language;
        _ = entities;
        return [];
    }
}
