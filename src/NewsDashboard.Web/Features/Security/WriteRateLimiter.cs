using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Security;

/// <summary>
/// One fixed one-minute window per accepted key, counted in articles, and one shared window for every other key
/// (System.Threading.RateLimiting). Past a limit the answer is 429 problem details with Retry-After.
/// </summary>
internal sealed class WriteRateLimiter : IDisposable
{
    public const string UnknownKeys = "unknown-keys";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly WriteRateLimitOptions _options;
    private readonly IOptionsMonitor<ApiOptions> _api;
    private readonly PartitionedRateLimiter<string> _limiter;

    public WriteRateLimiter(IOptions<WriteRateLimitOptions> options, IOptionsMonitor<ApiOptions> api)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _api = api;
        _limiter = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(
            partition, p => new FixedWindowRateLimiterOptions { PermitLimit = LimitFor(p), Window = Window, QueueLimit = 0 }));
    }

    /// <summary>The accepted key's own partition, or the one shared by every unknown, wrong or missing key.</summary>
    public string PartitionFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var presented = context.Request.Headers[ApiKeyFilter.Header].ToString();
        return ApiKeyFilter.IsAccepted(_api.CurrentValue, presented) ? "key:" + presented : UnknownKeys;
    }

    public int LimitFor(string partition)
        => partition == UnknownKeys ? _options.UnknownKeyRequestsPerMinute : _options.ArticlesPerMinute;

    /// <summary>Takes <paramref name="articles"/> from the request's partition: null when granted, else the 429 answer.</summary>
    public ProblemHttpResult? TryTake(HttpContext context, int articles, string field = "body")
    {
        ArgumentNullException.ThrowIfNull(context);
        if (articles <= 0)
        {
            return null;
        }

        var partition = PartitionFor(context);
        var limit = LimitFor(partition);
        if (articles > limit)
        {
            return Rejected(context, Window, "items",
                $"This request writes {articles} articles, more than this key's limit of {limit} a minute: send at most {limit} at a time.");
        }

        using var lease = _limiter.AttemptAcquire(partition, articles);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var detail = partition == UnknownKeys
            ? $"Too many writes with unknown keys (at most {limit} a minute together); retry after the time in Retry-After."
            : $"This key has written more than its limit of {limit} articles a minute; retry after the time in Retry-After.";
        return Rejected(context, retryAfter, partition == UnknownKeys ? ApiKeyFilter.Header : field, detail);
    }

    private static ProblemHttpResult Rejected(HttpContext context, TimeSpan retryAfter, string field, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
    }

    public void Dispose() => _limiter.Dispose();
}
