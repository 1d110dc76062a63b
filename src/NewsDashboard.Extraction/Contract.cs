namespace NewsDashboard.Extraction;

// The records of docs/extraction-contract.md. Property names serialise (camelCase) to the contract's keys.

/// <summary>One article as it arrives: only <see cref="Body"/> is required.</summary>
public sealed record ArticleInput(
    string Body,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    DateTimeOffset? Published = null,
    string? Language = null,
    string? File = null);

public sealed record ExtractionResult(
    string? File,
    string Language,
    string Title,
    DateTimeOffset? Published,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedMeeting> Meetings,
    IReadOnlyList<ExtractedQuote> Quotes)
{
    /// <summary>
    /// Null when the whole article was read; else why extraction stopped early (<see cref="ExtractionBudget.Reasons"/>):
    /// what it holds was extracted before the limit. Written only when set, so complete results keep the contract's keys.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? CutShort { get; init; }
}

public sealed record ExtractedEntity(
    string Id,
    string Type,
    string Name,
    string? Country,
    string? Role,
    int Mentions,
    IReadOnlyList<string> Surfaces)
{
    /// <summary>Where each mention is (<see cref="TextRange"/>), in text order.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TextRange>? Spans { get; init; }
}

public sealed record MeetingParticipant(string? Entity, string? Name, string? Country, string? Role);

public sealed record ExtractedMeeting(
    IReadOnlyList<MeetingParticipant> Participants,
    string? Location,
    string? LocationCountry,
    string? Date,
    string Status,
    string Kind,
    string Evidence)
{
    /// <summary>Where the evidence sentences are (<see cref="TextRange"/>), in text order.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TextRange>? EvidenceSpans { get; init; }
}

public sealed record ExtractedQuote(
    string? Speaker,
    string? SpeakerEntity,
    string? SpeakerCountry,
    string Text,
    string Language,
    string? SpeakerRole = null)
{
    /// <summary>
    /// Where the quoted words are (<see cref="TextRange"/>): one range when the text is written as it stands, several
    /// when an attribution clause inside the marks was left out; empty when they could not be placed.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TextRange>? Spans { get; init; }
}

/// <summary>
/// A run of the article's text: UTF-16 offsets into the title, a blank line ("\n\n"), then the body (the body alone when
/// there is no title), i.e. the text as the input format writes it. Lets a reader point at the exact words.
/// </summary>
public readonly record struct TextRange(int Start, int Length)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int End => Start + Length;
}

public static class EntityTypes
{
    public const string Person = "person";
    public const string Country = "country";
    public const string Organization = "organization";
    public const string Place = "place";
    public const string Event = "event";

    /// <summary>Every type, in the order the API lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Country, Organization, Place, Event];
}

public static class MeetingStatus
{
    public const string Held = "held";
    public const string Planned = "planned";
    public const string Cancelled = "cancelled";
}

public static class MeetingKind
{
    public const string Meeting = "meeting";
    public const string Call = "call";
    public const string Conference = "conference";
}
