using NewsDashboard.Extraction;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>
/// A run of article text, marked when it is a source sentence, quote or name being pointed at; <see cref="Kind"/> says
/// which (<c>quote</c>, <c>meeting</c>, <c>entity</c>), so each kind has its colour.
/// </summary>
public readonly record struct TextSegment(string Text, bool Marked, string? Kind = null);

/// <summary>An article's title and paragraphs, each split into plain and marked segments.</summary>
internal sealed record ArticleLayout(IReadOnlyList<TextSegment> Title, IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs);

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

    /// <summary>
    /// Lays out an article (title, then paragraphs split on line breaks) with the given ranges of its text marked as
    /// <paramref name="kind"/>. Ranges are offsets into the title, "\n\n", then the body (the extraction contract's
    /// text); out-of-range parts are ignored. One pass over the text and the ranges.
    /// </summary>
    public static ArticleLayout Layout(string title, string body, IEnumerable<TextRange> ranges, string kind)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var bodyStart = title.Length == 0 ? 0 : title.Length + 2;
        var merged = Merge(ranges, bodyStart + body.Length);
        var cursor = 0;
        var titleSegments = Cut(title, 0, 0, title.Length, merged, ref cursor, kind);
        var paragraphs = new List<IReadOnlyList<TextSegment>>();
        var lineStart = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] != '\n')
            {
                continue;
            }

            // As string.Split('\n', RemoveEmptyEntries | TrimEntries): each line without its white space at either end.
            var (from, to) = (lineStart, i);
            while (from < to && char.IsWhiteSpace(body[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(body[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                paragraphs.Add(Cut(body, bodyStart, from, to, merged, ref cursor, kind));
            }

            lineStart = i + 1;
        }

        return new ArticleLayout(titleSegments, paragraphs);
    }

    /// <summary>
    /// Where the needles are in an article's text (title, "\n\n", body), as <see cref="Split"/> marks them: whole words,
    /// at most 200 per needle. For articles stored before their offsets were.
    /// </summary>
    public static IReadOnlyList<TextRange> Find(string title, string body, IEnumerable<string?> needles)
    {
        var text = title.Length == 0 ? body : title + "\n\n" + body;
        var ranges = new List<TextRange>();
        var at = 0;
        foreach (var segment in new Marker(Matcher(needles)).Split(text))
        {
            if (segment.Marked)
            {
                ranges.Add(new TextRange(at, segment.Text.Length));
            }

            at += segment.Text.Length;
        }

        return ranges;
    }

    // Sorted, clipped to the text and overlapping ranges joined.
    private static List<TextRange> Merge(IEnumerable<TextRange> ranges, int length)
    {
        var sorted = ranges.Where(r => r.Length > 0 && r.Start >= 0 && r.Start < length).OrderBy(r => r.Start).ToList();
        var merged = new List<TextRange>(sorted.Count);
        foreach (var r in sorted)
        {
            var end = Math.Min(r.End, length);
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextRange(last.Start, Math.Max(last.End, end) - last.Start);
            }
            else
            {
                merged.Add(new TextRange(r.Start, end - r.Start));
            }
        }

        return merged;
    }

    // The part [from, to) of a text that starts at offset `origin` of the article, cut at the marked ranges. The cursor
    // only moves forward: ranges wholly before this part are never looked at again.
    private static List<TextSegment> Cut(string text, int origin, int from, int to, List<TextRange> ranges, ref int cursor, string kind)
    {
        var segments = new List<TextSegment>();
        var (start, end) = (origin + from, origin + to);
        while (cursor < ranges.Count && ranges[cursor].End <= start)
        {
            cursor++;
        }

        var at = start;
        for (var r = cursor; r < ranges.Count && ranges[r].Start < end; r++)
        {
            var markStart = Math.Max(ranges[r].Start, start);
            var markEnd = Math.Min(ranges[r].End, end);
            if (markStart > at)
            {
                segments.Add(new TextSegment(text[(at - origin)..(markStart - origin)], false));
            }

            segments.Add(new TextSegment(text[(markStart - origin)..(markEnd - origin)], true, kind));
            at = markEnd;
        }

        if (at < end)
        {
            segments.Add(new TextSegment(text[(at - origin)..(end - origin)], false));
        }

        return segments;
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
