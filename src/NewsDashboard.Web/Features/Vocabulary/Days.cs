using System.Globalization;

namespace NewsDashboard.Web.Features.Vocabulary;

/// <summary>Calendar days as URLs, the API and the store write them: <c>yyyy-MM-dd</c>, nothing else.</summary>
internal static class Days
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly day)
        => DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static DateOnly? Parse(string? text) => TryParse(text, out var day) ? day : null;

    public static string? ToText(DateOnly? day) => day?.ToString(Format, CultureInfo.InvariantCulture);
}
