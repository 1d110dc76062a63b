using NewsDashboard.Web.Features.Store;
namespace NewsDashboard.Web.Features.Search;

internal static class SearchEndpoints
{
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddSingleton<SearchQueries>();

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (SearchQueries queries, string? q, int? limit, CancellationToken ct)
            => TypedResults.Ok(await queries.SearchAsync(q ?? string.Empty, QueryLimits.Search.Clamp(limit), ct))).WithTags("Search");
        return app;
    }
}
