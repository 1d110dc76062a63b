using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Quotes;

/// <summary>A span of quoted text: the marks and the content between them (several segments when a quote runs over paragraphs).</summary>
internal sealed record QuoteSpan(int Open, int Close, IReadOnlyList<TextSpan> Segments)
{
    /// <summary>Index just after the closing mark.</summary>
    public int End => Close + 1;
}

/// <summary>
/// Finds quotation-mark pairs in one pass. Each family of marks (straight double, curly double, guillemets, single
/// guillemets, single quotes) keeps its own open mark, so a stray mark of one family cannot swallow the quotes of
/// another; a quote still open at the end of a paragraph continues only when the next paragraph opens with the same
/// family (the convention for quotes over several paragraphs), otherwise the open mark was stray and is dropped.
/// Apostrophes (l'ONU, don't, Lavrov's) are letters between letters and never open a quote.
/// </summary>
internal static class QuoteScanner
{
    private enum Family
    {
        Straight,
        Curly,
        Guillemet,
        SingleGuillemet,
        Single,
    }

    private sealed class Pending
    {
        public int Open = -1;
        public char Closer;
        public int SegmentStart;
        public int SkipAt = -1;
        public List<TextSpan>? Segments;
    }

    public static (List<QuoteSpan> Quotes, List<int> StrayClosers) Scan(string text)
    {
        var quotes = new List<QuoteSpan>();
        var strays = new List<int>();
        var pending = new Pending[5];
        for (var f = 0; f < pending.Length; f++)
        {
            pending[f] = new Pending();
        }

        var nextVisible = 0; // the first non-space after the current run of white space, found once per run
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (nextVisible <= i)
                {
                    nextVisible = i + 1;
                    while (nextVisible < text.Length && char.IsWhiteSpace(text[nextVisible]))
                    {
                        nextVisible++;
                    }
                }

                EndParagraph(text, i, nextVisible, pending);
                continue;
            }

            if (Skipped(pending, i))
            {
                continue;
            }

            switch (c)
            {
                case '"' or '\uFF02':
                    Ambiguous(text, i, pending[(int)Family.Straight], c, quotes, strays);
                    break;
                case '\u201C': // “ opens in English, closes „ in German
                    var curly = pending[(int)Family.Curly];
                    if (curly.Open >= 0 && (curly.Closer == '\u201C' || (CanClose(text, i) && !CanOpen(text, i))))
                    {
                        Close(curly, i, quotes);
                    }
                    else if (CanOpen(text, i))
                    {
                        OpenAt(curly, i, '\u201D');
                    }

                    break;
                case '\u201E': // „
                    OpenAt(pending[(int)Family.Curly], i, '\u201C');
                    break;
                case '\u201D': // ”
                    var p = pending[(int)Family.Curly];
                    if (p.Open >= 0)
                    {
                        Close(p, i, quotes);
                    }
                    else if (CanOpen(text, i) && !CanClose(text, i))
                    {
                        OpenAt(p, i, '\u201D');
                    }
                    else
                    {
                        strays.Add(i);
                    }

                    break;
                case '\u00AB': // «
                    var g = pending[(int)Family.Guillemet];
                    if (g.Open >= 0 && g.Closer == '\u00AB')
                    {
                        Close(g, i, quotes);
                    }
                    else
                    {
                        OpenAt(g, i, '\u00BB');
                    }

                    break;
                case '\u00BB': // »
                    var gg = pending[(int)Family.Guillemet];
                    if (gg.Open >= 0 && gg.Closer == '\u00BB')
                    {
                        Close(gg, i, quotes);
                    }
                    else if (gg.Open < 0 && CanOpen(text, i) && !CanClose(text, i))
                    {
                        OpenAt(gg, i, '\u00AB'); // »…« as in German and Danish
                    }
                    else
                    {
                        strays.Add(i);
                    }

                    break;
                case '\u2039': // ‹
                    OpenAt(pending[(int)Family.SingleGuillemet], i, '\u203A');
                    break;
                case '\u203A': // ›
                    if (pending[(int)Family.SingleGuillemet].Open >= 0)
                    {
                        Close(pending[(int)Family.SingleGuillemet], i, quotes);
                    }

                    break;
                case '\'' or '\u2018' or '\u2019' or '\u201A':
                    Single(text, i, pending[(int)Family.Single], quotes);
                    break;
            }
        }

        for (var f = 0; f < pending.Length; f++)
        {
            pending[f].Open = -1;
        }

        return (Nest(quotes), strays);
    }

    private static bool Skipped(Pending[] pending, int i)
    {
        foreach (var p in pending)
        {
            if (p.SkipAt == i)
            {
                p.SkipAt = -1;
                return true;
            }
        }

        return false;
    }

    private static void Ambiguous(string text, int i, Pending p, char mark, List<QuoteSpan> quotes, List<int> strays)
    {
        var canOpen = CanOpen(text, i);
        var canClose = CanClose(text, i);
        if (p.Open >= 0)
        {
            if (canClose)
            {
                Close(p, i, quotes);
            }
            else
            {
                OpenAt(p, i, mark); // the earlier open mark was stray
            }
        }
        else if (canOpen)
        {
            OpenAt(p, i, mark);
        }
        else if (canClose)
        {
            strays.Add(i);
        }
    }

    private static void Single(string text, int i, Pending p, List<QuoteSpan> quotes)
    {
        var prevLetter = i > 0 && Words.IsWordChar(text[i - 1]);
        var nextLetter = i + 1 < text.Length && Words.IsWordChar(text[i + 1]);
        if (prevLetter && nextLetter)
        {
            return; // an apostrophe
        }

        var c = text[i];
        if (p.Open >= 0 && c != '\u201A' && c != '\u2018' && CanClose(text, i) && !nextLetter)
        {
            Close(p, i, quotes);
        }
        else if (c != '\u2019' && nextLetter && (i == 0 || !Words.IsWordChar(text[i - 1])) && CanOpen(text, i))
        {
            OpenAt(p, i, c == '\'' ? '\'' : '\u2019');
        }
    }

    private static bool CanOpen(string text, int i)
        => i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '،' or '؛' or '؟');

    private static bool CanClose(string text, int i)
        => i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[' or '{');

    private static void OpenAt(Pending p, int i, char closer)
    {
        p.Open = i;
        p.Closer = closer;
        p.SegmentStart = i + 1;
        p.Segments = null;
    }

    private static void Close(Pending p, int i, List<QuoteSpan> quotes)
    {
        var last = new TextSpan(p.SegmentStart, i - p.SegmentStart);
        IReadOnlyList<TextSpan> segments = p.Segments is null ? [last] : [.. p.Segments, last];
        quotes.Add(new QuoteSpan(p.Open, i, segments));
        p.Open = -1;
        p.Segments = null;
    }

    // At a line break: a quote that the next paragraph reopens with the same family continues there.
    // next is the first non-space after i (computed by the caller once per run of blank lines).
    private static void EndParagraph(string text, int i, int next, Pending[] pending)
    {
        for (var f = 0; f < pending.Length; f++)
        {
            var p = pending[f];
            if (p.Open < 0 || p.SkipAt > i)
            {
                continue; // closed, or already continued past this blank line
            }

            if (next < text.Length && SameFamilyOpener((Family)f, text[next]) && next + 1 < text.Length && !char.IsWhiteSpace(text[next + 1]))
            {
                (p.Segments ??= []).Add(new TextSpan(p.SegmentStart, i - p.SegmentStart));
                p.SegmentStart = next + 1;
                p.SkipAt = next; // the reopening mark is not a new quote

            }
            else
            {
                p.Open = -1;
                p.Segments = null;
            }
        }
    }

    private static bool SameFamilyOpener(Family f, char c) => f switch
    {
        Family.Straight => c is '"' or '\uFF02',
        Family.Curly => c is '\u201C' or '\u201E',
        Family.Guillemet => c == '\u00AB',
        Family.SingleGuillemet => c == '\u2039',
        _ => c is '\'' or '\u2018',
    };

    private static bool IsOrdered(List<QuoteSpan> quotes)
    {
        for (var i = 1; i < quotes.Count; i++)
        {
            if (quotes[i].Open < quotes[i - 1].Open)
            {
                return false;
            }
        }

        return true;
    }

    // Quotes inside quotes belong to the outer one; of two crossing spans the earlier wins.
    private static List<QuoteSpan> Nest(List<QuoteSpan> quotes)
    {
        if (!IsOrdered(quotes))
        {
            quotes.Sort((a, b) => a.Open != b.Open ? a.Open.CompareTo(b.Open) : b.Close.CompareTo(a.Close));
        }

        var result = new List<QuoteSpan>(quotes.Count);
        var lastEnd = -1;
        foreach (var q in quotes)
        {
            if (q.Open < lastEnd)
            {
                continue;
            }

            result.Add(q);
            lastEnd = q.End;
        }

        return result;
    }
}
