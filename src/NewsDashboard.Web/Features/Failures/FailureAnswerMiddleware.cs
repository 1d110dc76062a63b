using System.Globalization;

namespace NewsDashboard.Web.Features.Failures;

/// <summary>
/// A request to the API or the health endpoints that fails is answered with problem details and the status that
/// says what went wrong (408, 413, 503, 507, 500), never an HTML error page. Pages keep the usual error handling.
/// </summary>
internal sealed class FailureAnswerMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<FailureAnswerMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left: there is no one to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted && Answers(context, ex))
        {
            var answer = FailureAnswer.For(ex);
            if (answer.Status >= StatusCodes.Status500InternalServerError)
            {
                logger.LogError(ex, "{Method} {Path} failed: {Status} {Title}", context.Request.Method, context.Request.Path, answer.Status, answer.Title);
            }
            else
            {
                logger.LogWarning("{Method} {Path} refused: {Status} {Detail}", context.Request.Method, context.Request.Path, answer.Status, ex.Message);
            }

            context.Response.Clear();
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = answer.Status, Title = answer.Title, Detail = answer.Detail };
            if (answer.Field is { } field)
            {
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [answer.Detail] };
            }

            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
        }
    }

    // API and health requests always; any request whose failure is the client's (408, 413, 400).
    private static bool Answers(HttpContext context, Exception exception)
        => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
           || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
           || exception is BadHttpRequestException;
}

internal static class FailureAnswerExtensions
{
    public static IApplicationBuilder UseFailureAnswers(this IApplicationBuilder app) => app.UseMiddleware<FailureAnswerMiddleware>();
}
