using NewsDashboard.Web.Features.Store;
namespace NewsDashboard.Web.Features.Quotes;

internal static class QuoteEndpoints
{
    public static IServiceCollection AddQuotes(this IServiceCollection services)
        => services.AddSingleton<QuoteQueries>().AddSingleton<Live.IQuoteList>(sp => sp.GetRequiredService<QuoteQueries>());

    public static IEndpointRouteBuilder MapQuotes(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/quotes").WithTags("Quotes").MapGet("/", async (QuoteQueries queries,
            [Microsoft.AspNetCore.Mvc.FromQuery] string[]? country, long? speaker, int? limit, CancellationToken ct)
            => TypedResults.Ok(await queries.ListAsync(country ?? [], speaker, QueryLimits.Quotes.Clamp(limit), ct)));
        return app;
    }
}
