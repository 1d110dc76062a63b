namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>The JSON an ingestion client posts: the contract's input form. Only <see cref="Body"/> is required.</summary>
internal sealed record ArticleSubmission(string? Title, string? Body, string? Source, string? Url, string? Published, string? Language);

internal enum IngestStatus
{
    Created,
    Duplicate,
}

internal sealed record IngestOutcome(IngestStatus Status, long Id, Extraction.ExtractionResult? Extraction);
