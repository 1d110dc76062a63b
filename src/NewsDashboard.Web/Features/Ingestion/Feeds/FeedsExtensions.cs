using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

internal static class FeedsExtensions
{
    /// <summary>The RSS/Atom poller for <c>Ingest:Feeds</c> (idle when none are configured).</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        services.AddFeedHttpClient();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        return services;
    }
}
