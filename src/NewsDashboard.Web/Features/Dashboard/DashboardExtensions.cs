using NewsDashboard.Web.Features.Names;

namespace NewsDashboard.Web.Features.Dashboard;

internal static class DashboardExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddHttpContextAccessor(); // detail pages answer 404 for an unknown id while prerendering
        services.AddSingleton<EntityNameLookup>();
        services.AddSingleton<SharedReads>();
        services.AddSingleton<DashboardQueries>();
        return services;
    }
}
