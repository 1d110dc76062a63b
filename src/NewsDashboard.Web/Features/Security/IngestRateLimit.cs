using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsDashboard.Web.Features.Security;

/// <summary>
/// Writes are rate limited per API key (or per address without one): <c>Api:RequestsPerMinute</c>, default 12,000.
/// Past the limit the answer is 429 with problem details and a Retry-After header.
/// </summary>
public static class IngestRateLimit
{
    public const string Policy = "ingest";

    public static IServiceCollection AddIngestRateLimit(this IServiceCollection services)
        => services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await TypedResults.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: "This key has sent more articles than its per-minute limit; retry after the time in Retry-After.")
                    .ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(Policy, context =>
            {
                var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
                var key = context.Request.Headers[ApiKeyFilter.Header].ToString();
                var partition = key.Length > 0 ? "key:" + key : "ip:" + context.Connection.RemoteIpAddress;
                var limit = configuration.GetValue("Api:RequestsPerMinute", 12_000);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limit),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
}
