using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>
/// What the dashboard's country chips and date range select, as it appears in the URL
/// (<c>?country=SY&amp;country=RU&amp;match=all&amp;from=2025-07-01&amp;to=2025-07-31</c>), so a view can be bookmarked.
/// </summary>
public sealed record DashboardFilter(IReadOnlyList<string> Countries, bool MatchAll, DateOnly? From, DateOnly? To)
{
    public const int MaxCountries = 20;

    public static DashboardFilter None { get; } = new([], false, null, null);

    public bool IsEmpty => Countries.Count == 0 && From is null && To is null;

    /// <summary>Reads the query values leniently: unknown or malformed values are dropped, never an error page.</summary>
    public static DashboardFilter Parse(IEnumerable<string?>? countries, string? match, string? from, string? to)
        => new(
            NormalizeCountries(countries),
            string.Equals(match, "all", StringComparison.OrdinalIgnoreCase),
            ParseDate(from),
            ParseDate(to));

    /// <summary>The assigned ISO codes among <paramref name="countries"/>, normalised, each once, at most <see cref="MaxCountries"/>.</summary>
    public static IReadOnlyList<string> NormalizeCountries(IEnumerable<string?>? countries)
        => [.. KnownCountries(countries).Take(MaxCountries)];

    /// <summary>The assigned ISO codes among <paramref name="countries"/>, normalised, each once, in the order given.</summary>
    public static IEnumerable<string> KnownCountries(IEnumerable<string?>? countries)
        => CountryCode.Valid(countries).Where(Localization.UiText.IsKnownCountry);

    /// <summary>
    /// The values in a URL's country list that are not an assigned country code ("XX", "Syria"), trimmed and shortened,
    /// at most five: the dashboard says it ignored them rather than show a blank chip.
    /// </summary>
    public static IReadOnlyList<string> UnknownCountries(IEnumerable<string?>? countries)
        => [.. (countries ?? []).Select(c => c?.Trim() ?? string.Empty).Where(c => c.Length > 0 && !Localization.UiText.IsKnownCountry(c))
            .Select(c => c.Length > 12 ? c[..12] + "…" : c).Distinct(StringComparer.OrdinalIgnoreCase).Take(5)];

    public DashboardFilter Toggle(string country)
    {
        var code = CountryCode.Parse(country)?.Value ?? country;
        var list = Countries.Contains(code, StringComparer.Ordinal)
            ? Countries.Where(c => c != code).ToList()
            : Countries.Append(code).ToList();
        return this with { Countries = NormalizeCountries(list) };
    }

    public MeetingFilter ToMeetingFilter(int limit) => new(Countries, MatchAll, From, To, limit);

    /// <summary>The query parameters this filter sets; null removes a parameter from the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["country"] = Countries.Count == 0 ? null : Countries.ToArray(),
        ["match"] = MatchAll && Countries.Count > 1 ? "all" : null,
        ["from"] = Format(From),
        ["to"] = Format(To),
    };

    public bool Equals(DashboardFilter? other)
        => other is not null && Countries.SequenceEqual(other.Countries, StringComparer.Ordinal)
            && MatchAll == other.MatchAll && From == other.From && To == other.To;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    /// <summary>The filter as one string: equal filters, equal keys.</summary>
    public string Key => $"{string.Join(',', Countries)}|{MatchAll}|{Format(From)}|{Format(To)}";

    public static string? Format(DateOnly? date) => Days.ToText(date);

    private static DateOnly? ParseDate(string? value) => Days.Parse(value);
}
