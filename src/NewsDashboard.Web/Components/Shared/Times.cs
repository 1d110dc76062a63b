using System.Globalization;

namespace NewsDashboard.Web.Components.Shared;

/// <summary>The interface shows times in UTC, the newsroom's common clock (the store hands them over as <see cref="DateTimeOffset"/>).</summary>
internal static class Times
{
    public static string Clock(DateTimeOffset? time)
        => time?.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The clock alone on the day of <paramref name="now"/>, else the date and the clock: an article from 2025 never reads as today's.</summary>
    public static string Short(DateTimeOffset time, DateTimeOffset now)
        => time.ToUniversalTime().Date == now.ToUniversalTime().Date ? Clock(time) : DateAndClock(time);

    /// <summary>For a <c>datetime</c> attribute.</summary>
    public static string Iso(DateTimeOffset? time)
        => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string DateAndClock(DateTimeOffset? time)
        => time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? string.Empty;
}
