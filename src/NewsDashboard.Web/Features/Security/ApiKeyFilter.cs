using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Security;

/// <summary>Writes need one of the configured <c>Api:Keys</c> in the <c>X-Api-Key</c> header; otherwise 401.</summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!IsAccepted(options.CurrentValue, context.HttpContext.Request.Headers[Header].ToString()))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: $"Send a valid ingestion key in the {Header} header.");
        }

        return await next(context);
    }

    /// <summary>Whether <paramref name="presented"/> is one of the configured keys (compared in fixed time).</summary>
    public static bool IsAccepted(ApiOptions options, string presented)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = options.Keys ?? [];
        return !string.IsNullOrEmpty(presented) && keys.Any(k => k.Length > 0 && FixedTimeEquals(k, presented));
    }

    private static bool FixedTimeEquals(string a, string b)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
