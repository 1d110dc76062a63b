namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>The JSON an ingestion client posts: the contract's input form. Only <see cref="Body"/> is required.</summary>
public sealed record ArticleSubmission(string? Title, string? Body, string? Source, string? Url, string? Published, string? Language);

public enum IngestStatus
{
    Created,
    Duplicate,
}

public sealed record IngestOutcome(IngestStatus Status, long Id, Extraction.ExtractionResult? Extraction);
