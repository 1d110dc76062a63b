namespace NewsDashboard.Extraction.Names;

/// <summary>
/// Decides whether two written names are one person, across scripts and spellings: skeleton words
/// (<see cref="NameKey"/>) compared with a Levenshtein ratio, averaged Monge-Elkan style from the
/// shorter name into the longer one (so "al-Shaibani" and "Asaad Hassan al-Shaibani" agree), and the
/// surname (last word) of each must be found in the other (so "Sergey Lavrov" and "Sergey Vershinin"
/// stay apart).
/// </summary>
internal static class NameMatcher
{
    public const double Threshold = 0.85;
    private const double SurnameThreshold = 0.8;

    public static bool Same(string a, string b) => Score(a, b) >= Threshold;

    public static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => Score(a, b) >= Threshold;

    /// <summary>0 when a surname is missing from the other name, else the Monge-Elkan similarity in [0, 1].</summary>
    public static double Score(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Score(NameKey.Words(a), NameKey.Words(b));
    }

    public static double Score(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        if (Best(a[^1], b) < SurnameThreshold || Best(b[^1], a) < SurnameThreshold)
        {
            return 0;
        }

        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var w in shorter)
        {
            sum += Best(w, longer);
        }

        return sum / shorter.Count;
    }

    private static double Best(string word, IReadOnlyList<string> others)
    {
        var best = 0.0;
        foreach (var o in others)
        {
            best = Math.Max(best, Ratio(word, o));
        }

        return best;
    }

    /// <summary>1 − edit distance / longer length; letters that scripts confuse (s/S, k/g, t/d, f/b) cost less.</summary>
    public static double Ratio(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return 1;
        }

        var max = Math.Max(a.Length, b.Length);
        if (max == 0)
        {
            return 1;
        }

        var prev = new double[b.Length + 1];
        var cur = new double[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var sub = prev[j - 1] + Cost(a[i - 1], b[j - 1]);
                cur[j] = Math.Min(sub, Math.Min(prev[j] + 1, cur[j - 1] + 1));
            }

            (prev, cur) = (cur, prev);
        }

        return 1 - (prev[b.Length] / max);
    }

    private static double Cost(char x, char y)
    {
        if (x == y)
        {
            return 0;
        }

        return Near(x, y) || Near(y, x) ? 0.3 : 1;
    }

    private static bool Near(char x, char y) => (x, y) is ('s', 'S') or ('s', 'z') or ('S', 'g') or ('k', 'g') or ('t', 'd') or ('f', 'b') or ('h', 'k');
}
