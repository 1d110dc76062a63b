namespace NewsDashboard.Web.Features.Articles;

/// <summary>A run of article text, marked when it is a source sentence, quote or name being pointed at.</summary>
public readonly record struct TextSegment(string Text, bool Marked);

/// <summary>
/// Splits untrusted article text into plain and marked segments. The page renders each segment as text
/// (inside <c>&lt;mark&gt;</c> when marked), never as markup, so nothing in an article can inject HTML.
/// </summary>
internal static class Highlighter
{
    // Bounds the work on a hostile article: a needle found this often is not worth marking every time.
    private const int MaxHitsPerNeedle = 200;

    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<string?> needles)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Marker(Matcher(needles)).Split(text);
    }

    /// <summary>Paragraphs (split on line breaks), each split into segments.</summary>
    /// <remarks>One matcher for all needles and one pass per paragraph: linear in the text, the needles and the hits.</remarks>
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs(string text, IReadOnlyCollection<string?> needles)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marker = new Marker(Matcher(needles));
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(marker.Split)
            .ToList();
    }

    private static NeedleMatcher Matcher(IEnumerable<string?>? needles)
        => new((needles ?? []).Select(n => n?.Trim()).Where(n => n is { Length: >= 2 }).Select(n => n!).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>
    /// Marks whole-word matches of each needle in a text: the non-overlapping occurrences from the left, at most
    /// <see cref="MaxHitsPerNeedle"/> marked per needle and text.
    /// </summary>
    private sealed class Marker(NeedleMatcher matcher)
    {
        private readonly int[] _resumeAt = new int[matcher.Needles.Count]; // where the needle's next occurrence may start
        private readonly int[] _hits = new int[matcher.Needles.Count];
        private readonly int[] _stamp = new int[matcher.Needles.Count]; // which text the two counters above belong to
        private int _text;

        public IReadOnlyList<TextSegment> Split(string text)
        {
            _text++;
            var depth = new int[text.Length + 1]; // +1 where a mark starts, -1 where it ends
            var any = false;
            matcher.Scan(text, (at, n) =>
            {
                if (_stamp[n] != _text)
                {
                    (_stamp[n], _resumeAt[n], _hits[n]) = (_text, 0, 0);
                }

                var length = matcher.Needles[n].Length;
                if (at < _resumeAt[n] || _hits[n] >= MaxHitsPerNeedle)
                {
                    return;
                }

                _resumeAt[n] = at + length;
                if (IsBoundary(text, at - 1) && IsBoundary(text, at + length))
                {
                    depth[at]++;
                    depth[at + length]--;
                    any = true;
                    _hits[n]++;
                }
            });

            if (!any)
            {
                return text.Length == 0 ? [] : [new TextSegment(text, false)];
            }

            var marked = new bool[text.Length];
            var open = 0;
            for (var i = 0; i < text.Length; i++)
            {
                open += depth[i];
                marked[i] = open > 0;
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
    }

    // A match must not start or end inside a word: "Iran" is not marked inside "Iranian".
    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
