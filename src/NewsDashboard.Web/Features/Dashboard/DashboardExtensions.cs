namespace NewsDashboard.Web.Features.Dashboard;

public static class DashboardExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<EntityNameLookup>();
        services.AddSingleton<SharedReads>();
        services.AddSingleton<DashboardQueries>();
        return services;
    }
}
