using System.Globalization;

namespace NewsDashboard.Web.Components.Shared;

/// <summary>Stored times are ISO 8601 UTC strings; the interface shows them in UTC, the newsroom's common clock.</summary>
public static class Times
{
    public static string Clock(string? iso)
        => Parse(iso) is { } t ? t.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture) : iso ?? string.Empty;

    public static string DateAndClock(string? iso)
        => Parse(iso) is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : iso ?? string.Empty;

    public static DateTimeOffset? Parse(string? iso)
        => DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : null;
}
