using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Ingestion.Inbox;

internal static class InboxExtensions
{
    /// <summary>The watched inbox folder for <c>Ingest:InboxPath</c> (off when empty).</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboxOptions>, InboxOptionsValidator>();
        services.AddSingleton<InboxWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWatcher>());
        return services;
    }
}
