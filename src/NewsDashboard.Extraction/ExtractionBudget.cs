using System.Diagnostics;

namespace NewsDashboard.Extraction;

/// <summary>
/// The most one article may cost: at most <see cref="MaxChars"/> characters of its text are read, and the passes that
/// would start after <see cref="MaxTime"/> are skipped. What was extracted before the limit is kept; the result says
/// why it stopped (<see cref="ExtractionResult.CutShort"/>).
/// </summary>
public sealed record ExtractionBudget(int MaxChars, TimeSpan MaxTime)
{
    public static ExtractionBudget Unlimited { get; } = new(int.MaxValue, Timeout.InfiniteTimeSpan);

    /// <summary>Why extraction stopped early, as stored with the article.</summary>
    public static class Reasons
    {
        /// <summary>The text was longer than the budget: only its beginning was read.</summary>
        public const string Size = "size";

        /// <summary>The time ran out: the passes after it were skipped.</summary>
        public const string Time = "time";
    }

    internal Clock Start() => new(this, Stopwatch.GetTimestamp());

    /// <summary>The running time of one extraction, checked between passes.</summary>
    internal readonly record struct Clock(ExtractionBudget Budget, long Started)
    {
        public bool Spent => Budget.MaxTime != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(Started) > Budget.MaxTime;
    }

    /// <summary>The first <see cref="MaxChars"/> characters, cut at the last line break or space before the limit.</summary>
    internal string Cut(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }

        var end = MaxChars;
        var space = text.AsSpan(0, end).LastIndexOfAny('\n', ' ');
        end = space > MaxChars / 2 ? space : end;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--; // never half a character
        }

        return text[..end];
    }
}
