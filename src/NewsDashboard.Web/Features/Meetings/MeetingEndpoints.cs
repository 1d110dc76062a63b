using NewsDashboard.Web.Features.Store;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Meetings;

internal static class MeetingEndpoints
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
        => services.AddSingleton<MeetingQueries>().AddSingleton<IMeetingList>(sp => sp.GetRequiredService<MeetingQueries>());

    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/meetings").WithTags("Meetings");
        api.MapGet("/", async Task<Results<Ok<IReadOnlyList<MeetingView>>, ValidationProblem>> (MeetingQueries queries, [Microsoft.AspNetCore.Mvc.FromQuery] string[]? country, string? match,
            string? from, string? to, int? limit, CancellationToken ct) =>
        {
            if (match is not (null or "any" or "all"))
            {
                return FieldProblem.For("match", "'match' must be 'any' or 'all'.");
            }

            if (!TryDate(from, out var fromDate))
            {
                return FieldProblem.For("from", "'from' must be a date such as 2025-07-31.");
            }

            if (!TryDate(to, out var toDate))
            {
                return FieldProblem.For("to", "'to' must be a date such as 2025-07-31.");
            }

            var countries = (country ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (countries.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetter)))
            {
                return FieldProblem.For("country", "'country' must be ISO 3166-1 alpha-2 codes such as SY or RU.");
            }

            var filter = new MeetingFilter(countries, match == "all", fromDate, toDate, QueryLimits.Meetings.Clamp(limit));
            return TypedResults.Ok(await queries.ListAsync(filter, ct));
        });
        api.MapGet("/{id:long}", async Task<Results<Ok<MeetingView>, NotFound>> (long id, MeetingQueries queries, CancellationToken ct)
            => await queries.GetAsync(id, ct) is { } meeting ? TypedResults.Ok(meeting) : TypedResults.NotFound());
        return app;
    }

    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (Days.TryParse(value, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
