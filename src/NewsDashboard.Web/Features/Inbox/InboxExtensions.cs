namespace NewsDashboard.Web.Features.Inbox;

public static class InboxExtensions
{
    /// <summary>The watched inbox folder for <c>Ingest:InboxPath</c> (off when empty).</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<InboxWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWatcher>());
        return services;
    }
}
