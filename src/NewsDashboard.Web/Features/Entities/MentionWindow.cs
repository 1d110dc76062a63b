namespace NewsDashboard.Web.Features.Entities;

/// <summary>
/// A mention window: 1 h, 24 h, 7 d or all time. Its <see cref="Name"/> is what URLs, the API and the panel's buttons
/// say; its <see cref="Span"/> is how far back it counts (null for all time).
/// </summary>
internal readonly record struct MentionWindow
{
    private MentionWindow(string name, TimeSpan? span)
    {
        Name = name;
        Span = span;
    }

    public string Name { get; }

    public TimeSpan? Span { get; }

    public static MentionWindow Hour { get; } = new("1h", TimeSpan.FromHours(1));

    public static MentionWindow Day { get; } = new("24h", TimeSpan.FromHours(24));

    public static MentionWindow Week { get; } = new("7d", TimeSpan.FromDays(7));

    public static MentionWindow All { get; } = new("all", null);

    /// <summary>What the panel shows when nothing (or something unknown) is asked for.</summary>
    public static MentionWindow Default => Day;

    /// <summary>The windows offered, shortest first.</summary>
    public static IReadOnlyList<MentionWindow> Choices { get; } = [Hour, Day, Week, All];

    /// <summary>The API's reading: a window's name ("1d" too, for 24 h); nothing at all is all time.</summary>
    public static bool TryParse(string? text, out MentionWindow window)
    {
        window = text switch
        {
            null or "" => All,
            "1d" => Day,
            _ => Choices.FirstOrDefault(c => c.Name == text),
        };
        return window.Name is not null;
    }

    /// <summary>The panel's reading: a window's name, else <see cref="Default"/> (never an error page).</summary>
    public static MentionWindow ParseOrDefault(string? text)
        => Choices.FirstOrDefault(c => c.Name == text) is { Name: not null } window ? window : Default;

    public override string ToString() => Name ?? string.Empty;
}
