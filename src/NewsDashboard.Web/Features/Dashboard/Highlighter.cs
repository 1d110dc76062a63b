namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>A run of article text, marked when it is a source sentence, quote or name being pointed at.</summary>
public readonly record struct TextSegment(string Text, bool Marked);

/// <summary>
/// Splits untrusted article text into plain and marked segments. The page renders each segment as text
/// (inside <c>&lt;mark&gt;</c> when marked), never as markup, so nothing in an article can inject HTML.
/// </summary>
public static class Highlighter
{
    // Bounds the work on a hostile article: a needle found this often is not worth marking every time.
    private const int MaxHitsPerNeedle = 200;

    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<string?> needles)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marked = new bool[text.Length];
        var any = false;
        foreach (var needle in (needles ?? []).Select(n => n?.Trim()).Where(n => n is { Length: >= 2 }).Distinct(StringComparer.Ordinal))
        {
            var hits = 0;
            for (var at = text.IndexOf(needle!, StringComparison.Ordinal); at >= 0 && hits < MaxHitsPerNeedle;
                 at = text.IndexOf(needle!, at + needle!.Length, StringComparison.Ordinal))
            {
                if (IsBoundary(text, at - 1) && IsBoundary(text, at + needle!.Length))
                {
                    Array.Fill(marked, true, at, needle!.Length);
                    any = true;
                    hits++;
                }
            }
        }

        if (!any)
        {
            return text.Length == 0 ? [] : [new TextSegment(text, false)];
        }

        var segments = new List<TextSegment>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || marked[i] != marked[start])
            {
                segments.Add(new TextSegment(text[start..i], marked[start]));
                start = i;
            }
        }

        return segments;
    }

    /// <summary>Paragraphs (split on line breaks), each split into segments.</summary>
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs(string text, IReadOnlyCollection<string?> needles)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Split(p, needles))
            .ToList();
    }

    // A match must not start or end inside a word: "Iran" is not marked inside "Iranian".
    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
