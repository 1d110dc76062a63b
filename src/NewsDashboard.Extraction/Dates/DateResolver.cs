using System.Globalization;
using NewsDashboard.Extraction.Text;

// Not NewsDashboard.Extraction.Dates: that name is taken by the publication-date parser class.
namespace NewsDashboard.Extraction.Dating;

/// <summary>How a date was found: an explicit calendar date is stronger than a weekday or a relative day.</summary>
internal enum DateEvidence
{
    Relative = 1,
    Weekday = 2,
    Explicit = 3,
}

internal readonly record struct ResolvedDate(DateOnly Date, DateEvidence Evidence, int Start, int End)
{
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Finds the date an expression of the text refers to, anchored on the publication date: explicit dates in each
/// language's formats and month names, weekdays ("اليوم الخميس", "on Thursday", «в четверг»), and relative days
/// (أمس, yesterday, hier, вчера). Month and weekday names come from the data files, not from CultureInfo.
/// </summary>
internal sealed class DateResolver
{
    private static readonly Lazy<DateResolver> Shared = new(() => new DateResolver());

    private readonly Lexicon _lexicon = Lexicon.Load("dates");

    public static DateResolver Default => Shared.Value;

    /// <summary>The publication dates relative expressions resolve against (the ingest refuses others).</summary>
    public static readonly DateOnly EarliestAnchor = new(1900, 1, 1);

    /// <inheritdoc cref="EarliestAnchor"/>
    public static readonly DateOnly LatestAnchor = new(2100, 12, 31);

    /// <summary>The strongest date expression in <paramref name="text"/> (the first among equals).</summary>
    /// <param name="forward">The context points to the future (a planned meeting, future tense): bare weekdays resolve forward.</param>
    public ResolvedDate? Resolve(string text, DateOnly? published, bool forward = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words.Scan(text);
        return Resolve(words, 0, words.Length, published, forward);
    }

    internal ResolvedDate? Resolve(Word[] words, int from, int to, DateOnly? published, bool forward)
        => Resolve(null, words, from, to, published, forward, anchor: -1);

    /// <summary>
    /// The date expression nearest to word <paramref name="anchor"/> (a meeting's verb), the stronger one among
    /// equally near; with no anchor the strongest. A dateline's date ("MOSCOW, July 31 (Reuters) -") says when the
    /// story was filed, not when the event happened, and is skipped.
    /// </summary>
    internal ResolvedDate? Resolve(string? text, Word[] words, int from, int to, DateOnly? published, bool forward, int anchor)
    {
        // A publication date no news carries (year 1, year 9000) anchors nothing: "yesterday" and "on Monday" then
        // have no date, and no day arithmetic can leave the calendar.
        if (published is { } p && (p < EarliestAnchor || p > LatestAnchor))
        {
            published = null;
        }

        ResolvedDate? best = null;
        var bestDistance = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            var found = Explicit(words, i, to, published, forward) ?? Lexical(words, i, to, from, published, forward);
            if (found is not { } f)
            {
                continue;
            }

            var end = Words.IndexAt(words, f.End);
            if (f.Evidence == DateEvidence.Explicit && text is not null && IsDateline(text, words, i, end))
            {
                i = end - 1;
                continue;
            }

            // "اليوم الخميس": the weekday says which day "today" is.
            if (f.Evidence == DateEvidence.Relative && end < to && _lexicon.MatchAt(words, end, "weekday") is not null)
            {
                continue;
            }

            var distance = anchor < 0 ? 0 : Math.Min(Math.Abs(i - anchor), Math.Abs(end - 1 - anchor));
            if (best is null || distance < bestDistance || (distance == bestDistance && f.Evidence > best.Value.Evidence))
            {
                best = f;
                bestDistance = distance;
            }

            i = Math.Max(i, end - 1);
        }

        return best;
    }

    // A date in the first words of a paragraph followed closely by a dash.
    private static bool IsDateline(string text, Word[] words, int start, int end)
    {
        var lineStart = start;
        for (var n = 0; lineStart > 0 && n < 6; n++, lineStart--)
        {
            if (text.AsSpan(words[lineStart - 1].End, words[lineStart].Start - words[lineStart - 1].End).Contains('\n'))
            {
                break;
            }
        }

        if (lineStart > 0 && !text.AsSpan(words[lineStart - 1].End, words[lineStart].Start - words[lineStart - 1].End).Contains('\n'))
        {
            return false;
        }

        for (var k = end; k < Math.Min(words.Length, end + 6); k++)
        {
            if (words[k].IsPunct && words[k].Punct is '-' or '—' or '–')
            {
                return true;
            }
        }

        return false;
    }

    private ResolvedDate? Lexical(Word[] words, int i, int to, int from, DateOnly? published, bool forward)
    {
        if (published is not { } pub || _lexicon.MatchAt(words, i) is not { } m || m.End > to)
        {
            return null;
        }

        var value = int.Parse(m.Entry.Value.Length == 0 ? "0" : m.Entry.Value, CultureInfo.InvariantCulture);
        switch (m.Entry.Category)
        {
            case "relative":
                return new ResolvedDate(pub.AddDays(value), DateEvidence.Relative, words[i].Start, words[m.End - 1].End);
            case "weekday":
                var direction = Direction(words, Math.Max(from, i - 2), Math.Min(to, m.End + 2));
                var date = direction switch
                {
                    > 0 => Next(pub, value, strictly: true),
                    < 0 => Previous(pub, value, strictly: true),
                    _ when forward => Next(pub, value, strictly: false),
                    _ => Previous(pub, value, strictly: false),
                };
                return new ResolvedDate(date, DateEvidence.Weekday, words[i].Start, words[m.End - 1].End);
            default:
                return null;
        }
    }

    private int Direction(Word[] words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_lexicon.MatchAt(words, k) is { } m)
            {
                if (m.Entry.Category == "forward")
                {
                    return 1;
                }

                if (m.Entry.Category == "backward")
                {
                    return -1;
                }
            }
        }

        return 0;
    }

    private static DateOnly Next(DateOnly pub, int weekday, bool strictly)
    {
        var delta = ((weekday - (int)pub.DayOfWeek) + 7) % 7;
        return pub.AddDays(delta == 0 && strictly ? 7 : delta);
    }

    private static DateOnly Previous(DateOnly pub, int weekday, bool strictly)
    {
        var delta = (((int)pub.DayOfWeek - weekday) + 7) % 7;
        return pub.AddDays(-(delta == 0 && strictly ? 7 : delta));
    }

    // ISO 2025-07-31; 31/07/2025 or 31.07.2025; day month [year]; month day[,] [year].
    private ResolvedDate? Explicit(Word[] words, int i, int to, DateOnly? published, bool forward)
    {
        var w = words[i];
        if (Number(w) is { } n)
        {
            if (w.Norm.Length == 4 && i + 4 < to && IsSep(words[i + 1], '-') && IsSep(words[i + 3], '-')
                && Number(words[i + 2]) is { } mo && Number(words[i + 4]) is { } d)
            {
                return Make(n, mo, d, words[i].Start, words[i + 4].End);
            }

            if (n is >= 1 and <= 31 && i + 4 < to && (IsSep(words[i + 1], '/') || IsSep(words[i + 1], '.')) && words[i + 3].Norm == words[i + 1].Norm
                && Number(words[i + 2]) is { } mo2 && Number(words[i + 4]) is { } y && words[i + 4].Norm.Length == 4)
            {
                return Make(y, mo2, n, words[i].Start, words[i + 4].End);
            }

            if (n is >= 1 and <= 31 && i + 1 < to && Month(words, i + 1, to) is { } month)
            {
                var (year, end) = Year(words, month.End, to);
                return Complete(n, month.Value, year, published, forward, words[i].Start, words[end - 1].End);
            }

            return null;
        }

        if (Month(words, i, to) is { } m && m.End < to && Number(words[m.End]) is { } day && day is >= 1 and <= 31 && words[m.End].Norm.Length <= 4)
        {
            var next = m.End + 1;
            if (next < to && IsSep(words[next], ','))
            {
                next++;
            }

            var (year, end) = Year(words, next, to);
            return Complete(day, m.Value, year, published, forward, words[i].Start, words[Math.Max(end, m.End + 1) - 1].End);
        }

        return null;
    }

    private (int Value, int End)? Month(Word[] words, int i, int to)
    {
        if (_lexicon.MatchAt(words, i, "month") is not { } m || m.End > to)
        {
            return null;
        }

        var end = m.End;
        // "يوليو/تموز": the same month in two naming systems.
        if (end + 1 < to && IsSep(words[end], '/') && _lexicon.MatchAt(words, end + 1, "month") is { } second && second.End <= to)
        {
            end = second.End;
        }

        return (int.Parse(m.Entry.Value, CultureInfo.InvariantCulture), end);
    }

    private static (int? Year, int End) Year(Word[] words, int i, int to)
        => i < to && Number(words[i]) is { } y && words[i].Norm.Length == 4 && y is >= 1900 and <= 2200 ? (y, i + 1) : (null, i);

    // Without a year: news speaks of the recent past, or of the near future when the context points forward.
    private static ResolvedDate? Complete(int day, int month, int? year, DateOnly? published, bool forward, int start, int end)
    {
        if (year is { } y)
        {
            return Make(y, month, day, start, end);
        }

        if (published is not { } pub || Make(pub.Year, month, day, start, end) is not { } c)
        {
            return null;
        }

        if (!forward && c.Date > pub.AddDays(7))
        {
            return Make(pub.Year - 1, month, day, start, end);
        }

        return forward && c.Date < pub.AddDays(-7) ? Make(pub.Year + 1, month, day, start, end) : c;
    }

    private static ResolvedDate? Make(int year, int month, int day, int start, int end)
        => month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new ResolvedDate(new DateOnly(year, month, day), DateEvidence.Explicit, start, end)
            : null;

    // "31", "1er", "1st", "٣١" (the normaliser already turned Arabic-Indic digits into ASCII ones).
    private static int? Number(Word w)
    {
        if (w.IsPunct)
        {
            return null;
        }

        var s = w.Norm;
        var k = 0;
        while (k < s.Length && char.IsAsciiDigit(s[k]))
        {
            k++;
        }

        if (k == 0 || k > 4 || (k < s.Length && s[k..] is not ("er" or "st" or "nd" or "rd" or "th" or "e" or "-го" or "го")))
        {
            return null;
        }

        return int.Parse(s.AsSpan(0, k), CultureInfo.InvariantCulture);
    }

    private static bool IsSep(Word w, char c) => w.IsPunct && w.Punct == c;
}
