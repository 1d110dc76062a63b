namespace NewsDashboard.Extraction.Tagging;

/// <summary>Stable 64-bit hashes (FNV-1a, then a SplitMix finaliser): the same on every machine and run, unlike
/// <see cref="string.GetHashCode()"/>, so a committed model means the same features everywhere.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    /// <summary>A feature: its template and its value.</summary>
    public static ulong Combine(ulong template, ulong value) => Mix((template * 0x9E3779B97F4A7C15UL) ^ value);

    public static ulong Combine(ulong template, ulong a, ulong b) => Combine(Combine(template, a), b);

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
