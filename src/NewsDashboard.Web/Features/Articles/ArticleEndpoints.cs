using Microsoft.AspNetCore.Http.HttpResults;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Articles;

internal static class ArticleEndpoints
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
        => services.AddSingleton<ArticleStore>().AddSingleton<IArticleList>(sp => sp.GetRequiredService<ArticleStore>());

    /// <summary>The article reads; posting an article is the Ingestion slice's (<c>MapIngestion</c>).</summary>
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", async (ArticleStore store, int? limit, long? after, CancellationToken ct)
            => TypedResults.Ok(await store.ListAsync(QueryLimits.Articles.Clamp(limit), after, ct)));
        api.MapGet("/{id:long}", async Task<Results<Ok<ArticleDetail>, NotFound>> (long id, ArticleStore store, CancellationToken ct)
            => await store.GetAsync(id, ct) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound());
        return app;
    }
}
