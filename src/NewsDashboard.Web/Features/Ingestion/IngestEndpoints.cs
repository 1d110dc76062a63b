using Microsoft.Extensions.Options;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Security;

namespace NewsDashboard.Web.Features.Ingestion;

internal static class IngestEndpoints
{
    /// <summary>The one way in: limits, extraction, the single writer, warm-up and seeds (the sources add themselves).</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ArticleLimits>().BindConfiguration(ArticleLimits.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ArticleLimits>, ArticleLimitsValidator>();
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArticleExtraction>(provider =>
        {
            var budget = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ExtractionOptions>>().Value.Budget;
            return (input, fallbackPublished) => NewsExtractor.Default.Extract(input, fallbackPublished, budget);
        });
        services.AddSingleton<ArticleIngestor>();
        // The writer starts before the sources that feed it (hosted services start in registration order).
        services.AddHostedService(provider => provider.GetRequiredService<ArticleIngestor>());
        services.AddHostedService<ExtractionWarmUp>();
        services.AddHostedService<SeedLoader>();
        return services;
    }

    /// <summary><c>POST /api/articles</c>: one article (the batch is <see cref="BatchEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapIngestion(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapPost("/", PostAsync)
            .Accepts<ArticleSubmission>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireWriteKey()
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Created<ArticleAccepted>, Ok<ArticleAccepted>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpRequest request, ArticleIngestor ingestor, IOptions<IngestOptions> options, IOptions<ArticleLimits> limits, CancellationToken ct)
    {
        var maxBytes = limits.Value.MaxArticleBytes;
        if (request.ContentLength > maxBytes)
        {
            return ApiProblem.For(StatusCodes.Status413PayloadTooLarge, "body", $"The article is larger than {maxBytes} bytes.");
        }

        if (ingestor.Waiting > options.Value.MaxQueue)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return ApiProblem.For(StatusCodes.Status429TooManyRequests, "body", "The server is busy storing other articles; retry in a second.");
        }

        var read = await JsonBodyReader.ReadAsync<ArticleSubmission>(request, maxBytes, "The article",
            ex => (JsonBodyReader.FieldOf(ex), $"The request is not valid JSON for an article: {ex.Message}"), ct);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var submission = read.Value;
        var errors = ArticleValidator.Validate(submission);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The article is not valid.");
        }

        var outcome = await ingestor.IngestAsync(ArticleValidator.ToInput(submission!), ct);
        return outcome.Status == IngestStatus.Created
            ? TypedResults.Created($"/api/articles/{outcome.Id}", new ArticleAccepted(outcome.Id, false, outcome.Extraction))
            : TypedResults.Ok(new ArticleAccepted(outcome.Id, true));
    }
}

/// <summary>
/// The answer to a posted article: its id, whether it was already stored, and (when new) what was extracted from it.
/// </summary>
internal sealed record ArticleAccepted(
    long Id,
    bool Duplicate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ExtractionResult? Extraction = null);
