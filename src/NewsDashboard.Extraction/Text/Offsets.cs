namespace NewsDashboard.Extraction.Text;

/// <summary>Binary search over items sorted by their start offset in the text (words, mentions, speech events).</summary>
internal static class Offsets
{
    /// <summary>Index of the first item whose start is at or after <paramref name="offset"/> (the count when none is).</summary>
    public static int FirstAtOrAfter<T>(ReadOnlySpan<T> items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(items[mid]) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
