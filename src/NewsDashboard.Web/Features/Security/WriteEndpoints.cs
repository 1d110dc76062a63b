namespace NewsDashboard.Web.Features.Security;

/// <summary>
/// What every write endpoint carries: the rate limit first (so unknown keys spend their shared budget before they
/// are refused), then the key check. A request costs one article; a batch takes the rest once it knows its size.
/// </summary>
public static class WriteEndpoints
{
    public static IServiceCollection AddWriteRateLimit(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
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

    public static RouteHandlerBuilder RequireWriteKey(this RouteHandlerBuilder builder)
        => builder.AddEndpointFilter<WriteRateLimitFilter>().AddEndpointFilter<ApiKeyFilter>();
}

/// <summary>Takes one article from the request's partition before anything else runs.</summary>
public sealed class WriteRateLimitFilter(WriteRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return limiter.TryTake(context.HttpContext, 1) is { } rejected ? rejected : await next(context);
    }
}
