namespace NewsDashboard.Web.Features.Articles;

/// <summary>The JSON an ingestion client posts: the contract's input form. Only <see cref="Body"/> is required.</summary>
public sealed record ArticleSubmission(string? Title, string? Body, string? Source, string? Url, string? Published, string? Language);

public sealed record ArticleSummary(long Id, long Seq, string Title, string Language, string? Source, string? Url, string? Published, string Ingested);

public enum IngestStatus
{
    Created,
    Duplicate,
}

public sealed record IngestOutcome(IngestStatus Status, long Id, Extraction.ExtractionResult? Extraction);
