namespace NewsDashboard.Extraction.Meetings;

/// <summary>When two readings name the same sides: the same people, and an unnamed side of a country matches a named side of that country.</summary>
internal static class SideMatching
{
    public static bool SameSides(List<Side> a, List<Side> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            var j = a[i].Entity is null ? -1 : b.FindIndex(t => t.Entity == a[i].Entity);
            if (j >= 0 && !usedB[j])
            {
                usedA[i] = usedB[j] = true;
            }
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (usedA[i])
            {
                continue;
            }

            var j = -1;
            for (var k = 0; k < b.Count && j < 0; k++)
            {
                if (!usedB[k] && !(a[i].Entity is not null && b[k].Entity is not null) && Compatible(a[i], b[k]))
                {
                    j = k;
                }
            }

            if (j < 0)
            {
                return false;
            }

            usedA[i] = usedB[j] = true;
        }

        return true;
    }

    /// <summary>Two named sides are one person; an unnamed side fits a side of its country (or of any, when it has none).</summary>
    public static bool Compatible(Side s, Side t)
    {
        if (s.Entity is not null && t.Entity is not null)
        {
            return s.Entity == t.Entity;
        }

        return s.Country is null || t.Country is null || string.Equals(s.Country, t.Country, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The sides in a canonical order, as one string: the exact-match key of a meeting.</summary>
    public static string Key(List<Side> sides) => string.Join("|", sides.Select(x => x.Key).Order(StringComparer.Ordinal));
}
