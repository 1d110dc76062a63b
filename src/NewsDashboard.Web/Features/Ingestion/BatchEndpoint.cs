using Microsoft.Extensions.Options;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsDashboard.Web.Features.Security;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>One entry of a batch answer, in the order the items were sent.</summary>
internal sealed record BatchItemResult(
    int Index,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Id = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dictionary<string, string[]>? Errors = null);

/// <summary>
/// <c>POST /api/articles/batch</c>: a JSON array of submissions, each validated and ingested on its own, so one bad
/// item never stops the others. The answer is 200 with one result per item: created, duplicate or invalid.
/// </summary>
internal static class BatchEndpoint
{
    public const string Created = "created";
    public const string Duplicate = "duplicate";
    public const string Invalid = "invalid";

    public static IEndpointRouteBuilder MapBatchArticles(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles/batch", PostBatchAsync)
            .WithTags("Articles")
            .Accepts<ArticleSubmission[]>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireWriteKey()
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<List<BatchItemResult>>, ProblemHttpResult>> PostBatchAsync(
        HttpRequest request, ArticleIngestor ingestor, WriteRateLimiter limiter, IOptions<IngestOptions> options, IOptions<ArticleLimits> limits, CancellationToken ct)
    {
        var maxBytes = options.Value.MaxBatchBytes;
        var maxItems = options.Value.MaxBatchItems;
        var maxArticleBytes = limits.Value.MaxArticleBytes;
        if (request.ContentLength > maxBytes)
        {
            return ApiProblem.For(StatusCodes.Status413PayloadTooLarge, "body", $"The batch is larger than {maxBytes} bytes.");
        }

        if (ingestor.Waiting > options.Value.MaxQueue)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return ApiProblem.For(StatusCodes.Status429TooManyRequests, "body", "The server is busy storing other articles; retry shortly.");
        }

        var read = await JsonBodyReader.ReadAsync<List<JsonElement>>(request, maxBytes, "The batch",
            ex => ("body", $"The request must be a JSON array of articles: {ex.Message}"), ct);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var items = read.Value;
        if (items is null || items.Count == 0)
        {
            return ApiProblem.For(StatusCodes.Status400BadRequest, "items", "Send a JSON array with at least one article.");
        }

        if (items.Count > maxItems)
        {
            return ApiProblem.For(StatusCodes.Status400BadRequest, "items", $"A batch holds at most {maxItems} articles; this one has {items.Count}.");
        }

        // The request took one article from the key's budget; a batch of N costs N.
        if (limiter.TryTake(request.HttpContext, items.Count - 1, "items") is { } limited)
        {
            return limited;
        }

        var results = new List<BatchItemResult>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            results.Add(await IngestOneAsync(index, items[index], ingestor, maxArticleBytes, ct));
        }

        return TypedResults.Ok(results);
    }

    private static async Task<BatchItemResult> IngestOneAsync(int index, JsonElement item, ArticleIngestor ingestor, long maxArticleBytes, CancellationToken ct)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return InvalidItem(index, "body", "Each item must be a JSON object with at least a 'body' field.");
        }

        if (Encoding.UTF8.GetByteCount(item.GetRawText()) > maxArticleBytes)
        {
            return InvalidItem(index, "body", $"The article is larger than {maxArticleBytes} bytes.");
        }

        ArticleSubmission? submission;
        try
        {
            submission = item.Deserialize<ArticleSubmission>(JsonBodyReader.JsonOptions);
        }
        catch (JsonException ex)
        {
            return InvalidItem(index, JsonBodyReader.FieldOf(ex), $"Not valid JSON for an article: {ex.Message}");
        }

        var errors = ArticleValidator.Validate(submission);
        if (errors.Count > 0)
        {
            return new BatchItemResult(index, Invalid, Errors: errors);
        }

        var outcome = await ingestor.IngestAsync(ArticleValidator.ToInput(submission!), ct);
        return new BatchItemResult(index, outcome.Status == IngestStatus.Created ? Created : Duplicate, outcome.Id);
    }

    private static BatchItemResult InvalidItem(int index, string field, string message)
        => new(index, Invalid, Errors: new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
