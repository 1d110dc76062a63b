using System.Globalization;
using NewsDashboard.Web.Features.Dashboard;

namespace NewsDashboard.Web.Features.Screen;

/// <summary>
/// What a wall screen shows, all from its URL: <c>/screen?country=SY&amp;country=RU&amp;panels=meetings,quotes&amp;rotate=30s</c>.
/// Without <c>rotate</c> the chosen panels share the screen; with it, one panel fills the screen at a time.
/// </summary>
internal sealed record ScreenOptions(IReadOnlyList<string> Countries, IReadOnlyList<string> Panels, TimeSpan? Rotate, string MentionType, string Window)
{
    public const string Meetings = "meetings";
    public const string Quotes = "quotes";
    public const string Mentions = "mentions";
    public const string Headlines = "headlines";

    public static IReadOnlyList<string> AllPanels { get; } = [Mentions, Meetings, Quotes, Headlines];

    /// <summary>Faster than this and nobody can read a panel; a wall screen is not a slideshow.</summary>
    public static readonly TimeSpan MinimumRotation = TimeSpan.FromSeconds(5);

    public static ScreenOptions Parse(IEnumerable<string?>? countries, string? panels, string? rotate, string? type, string? window)
    {
        var chosen = (panels ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.ToLowerInvariant())
            .Where(AllPanels.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ScreenOptions(
            DashboardFilter.NormalizeCountries(countries),
            chosen.Count == 0 ? AllPanels : chosen,
            ParseRotation(rotate),
            DashboardQueries.NormalizeType(type),
            DashboardQueries.NormalizeWindow(window));
    }

    /// <summary><c>30s</c>, <c>2m</c> or plain seconds; anything else (or too fast) means no rotation.</summary>
    public static TimeSpan? ParseRotation(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim().ToLowerInvariant();
        var (number, unit) = value[^1] switch
        {
            's' => (value[..^1], 1),
            'm' => (value[..^1], 60),
            _ => (value, 1),
        };
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= 3600
            ? TimeSpan.FromSeconds(Math.Max(n * unit, MinimumRotation.TotalSeconds))
            : null;
    }
}
