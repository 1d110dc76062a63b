namespace NewsDashboard.Web.Features.Security;

/// <summary>
/// What every write endpoint carries: the rate limit first (so unknown keys spend their shared budget before they
/// are refused), then the key check. A request costs one article; a batch takes the rest once it knows its size.
/// </summary>
internal static class WriteEndpoints
{
    public static IServiceCollection AddWriteRateLimit(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
        services.ConfigureAll<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(openApi => openApi.AddApiKeyScheme());
        services.AddOptions<WriteRateLimitOptions>()
            .BindConfiguration(WriteRateLimitOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (configuration["Api:ArticlesPerMinute"] is null && configuration.GetValue<int?>("Api:RequestsPerMinute") is { } old)
                {
                    options.ArticlesPerMinute = old;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddSingleton<WriteRateLimiter>();
    }

    /// <summary>
    /// The rate limit and the key check, and what they add to the OpenAPI document: the <c>ApiKey</c> security
    /// scheme, 401 and 429, and the store's 503 and 507 that any write may meet.
    /// </summary>
    public static RouteHandlerBuilder RequireWriteKey(this RouteHandlerBuilder builder)
        => builder
            .AddEndpointFilter<WriteRateLimitFilter>()
            .AddEndpointFilter<ApiKeyFilter>()
            .WithMetadata(ApiKeyOpenApi.Required)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
}

/// <summary>Takes one article from the request's partition before anything else runs.</summary>
internal sealed class WriteRateLimitFilter(WriteRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return limiter.TryTake(context.HttpContext, 1) is { } rejected ? rejected : await next(context);
    }
}
