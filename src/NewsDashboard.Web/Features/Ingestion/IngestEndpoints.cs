using Microsoft.Extensions.Options;
using System.Text;
using System.Text.Json;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Security;

namespace NewsDashboard.Web.Features.Ingestion;

public static class IngestEndpoints
{
    /// <summary>The one way in: limits, extraction, the single writer, warm-up and seeds (the sources add themselves).</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
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
        api.MapPost("/", PostAsync).RequireWriteKey().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostAsync(HttpRequest request, ArticleIngestor ingestor, IConfiguration configuration, IOptions<ArticleLimits> limits, CancellationToken ct)
    {
        var maxBytes = limits.Value.MaxArticleBytes;
        if (request.ContentLength > maxBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "body", $"The article is larger than {maxBytes} bytes.");
        }

        if (ingestor.Waiting > configuration.GetValue("Ingest:MaxQueue", 256))
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Problem(StatusCodes.Status429TooManyRequests, "body", "The server is busy storing other articles; retry in a second.");
        }

        ArticleSubmission? submission;
        try
        {
            using var limited = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
            {
                if (limited.Length + read > maxBytes)
                {
                    return Problem(StatusCodes.Status413PayloadTooLarge, "body", $"The article is larger than {maxBytes} bytes.");
                }

                limited.Write(buffer, 0, read);
            }

            limited.Position = 0;
            submission = await JsonSerializer.DeserializeAsync<ArticleSubmission>(limited, JsonOptions, ct);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return Problem(StatusCodes.Status400BadRequest, field, $"The request is not valid JSON for an article: {ex.Message}");
        }
        catch (DecoderFallbackException)
        {
            return Problem(StatusCodes.Status400BadRequest, "body", "The request body is not valid UTF-8.");
        }

        var errors = ArticleValidator.Validate(submission);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The article is not valid.");
        }

        var outcome = await ingestor.IngestAsync(ArticleValidator.ToInput(submission!), ct);
        return outcome.Status == IngestStatus.Created
            ? TypedResults.Created($"/api/articles/{outcome.Id}", new { id = outcome.Id, duplicate = false, extraction = outcome.Extraction })
            : TypedResults.Ok(new { id = outcome.Id, duplicate = true });
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    private static IResult Problem(int status, string field, string detail)
        => TypedResults.Problem(
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
