using System.Globalization;

namespace NewsDashboard.Web.Components.Shared;

/// <summary>The interface shows times in UTC, the newsroom's common clock (the store hands them over as <see cref="DateTimeOffset"/>).</summary>
internal static class Times
{
    public static string Clock(DateTimeOffset? time)
        => time?.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string DateAndClock(DateTimeOffset? time)
        => time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? string.Empty;
}
