using System.Reflection;

namespace NewsDashboard.Extraction.Text;

/// <summary>One line of a data file: a category, a phrase and an optional value.</summary>
internal sealed record LexiconEntry(string Category, string[] Tokens, string Value);

/// <summary>A match of a lexicon phrase over words [Start, End).</summary>
internal readonly record struct PhraseMatch(int Start, int End, LexiconEntry Entry);

/// <summary>
/// Phrases from the tab-separated data files of one area (quotes, meetings, dates): <c>category TAB phrase
/// [TAB value]</c>, '#' starts a comment. All languages of an area load together: their phrases are in different
/// scripts or words, and an article whose language was guessed wrong still finds its cues.
/// </summary>
internal sealed class Lexicon
{
    // Arabic one-letter proclitics (and, so, with, for, as) written onto the next word.
    private const string ArabicConjunctions = "وف";
    private const string ArabicPrepositions = "بلك";

    private readonly Dictionary<string, List<LexiconEntry>> _byFirst = new(StringComparer.Ordinal);

    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        foreach (var e in entries)
        {
            if (!_byFirst.TryGetValue(e.Tokens[0], out var list))
            {
                _byFirst[e.Tokens[0]] = list = [];
            }

            list.Add(e);
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>Every phrase of one category.</summary>
    public IEnumerable<LexiconEntry> Entries(string category) => _byFirst.Values.SelectMany(list => list).Where(e => e.Category == category);

    /// <summary>Does any phrase start with this word (as written)? A cheap test before costlier matching.</summary>
    public bool StartsAny(string norm) => _byFirst.ContainsKey(norm);

    public static Lexicon Load(string area)
    {
        var prefix = $"NewsDashboard.Extraction.Data.{area}";
        var assembly = typeof(Lexicon).Assembly;
        var entries = new List<LexiconEntry>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var rest = name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.Ordinal) ? name[(prefix.Length + 1)..] : null;
            if (rest is null || !name.EndsWith(".tsv", StringComparison.Ordinal) || name[prefix.Length] is not ('/' or '.' or '\\'))
            {
                continue;
            }

            entries.AddRange(Parse(Read(assembly, name)));
        }

        return new Lexicon(entries);
    }

    internal static IEnumerable<LexiconEntry> Parse(string content)
    {
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var tokens = Words.Scan(parts[1]).Select(w => w.Norm).ToArray();
            if (tokens.Length > 0)
            {
                yield return new LexiconEntry(parts[0].Trim(), tokens, parts.Length > 2 ? parts[2].Trim() : string.Empty);
            }
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The longest phrase of <paramref name="category"/> (or any, when null) starting at word <paramref name="i"/>.</summary>
    public PhraseMatch? MatchAt(Word[] words, int i, string? category = null)
    {
        var w = words[i];
        if (w.IsPunct)
        {
            return null;
        }

        var norm = w.Norm;
        if (Match(words, i, norm, category) is { } direct)
        {
            return direct;
        }

        // Without an Arabic conjunction and/or preposition prefix (وقال → قال, وبحث → بحث).
        if (norm.Length < 4 || !IsArabic(norm[0]))
        {
            return null;
        }

        var rest = norm;
        if (ArabicConjunctions.Contains(rest[0], StringComparison.Ordinal))
        {
            rest = rest[1..];
            if (Match(words, i, rest, category) is { } stripped)
            {
                return stripped;
            }
        }

        return rest.Length >= 4 && ArabicPrepositions.Contains(rest[0], StringComparison.Ordinal) ? Match(words, i, rest[1..], category) : null;
    }

    private PhraseMatch? Match(Word[] words, int i, string first, string? category)
    {
        if (!_byFirst.TryGetValue(first, out var list))
        {
            return null;
        }

        foreach (var e in list)
        {
            if ((category is null || e.Category == category) && Follows(words, i, e.Tokens))
            {
                return new PhraseMatch(i, i + e.Tokens.Length, e);
            }
        }

        return null;
    }

    /// <summary>Every non-overlapping match in words [from, to), longest first at each position.</summary>
    public List<PhraseMatch> FindAll(Word[] words, int from, int to, string? category = null)
    {
        var result = new List<PhraseMatch>();
        for (var i = from; i < to; i++)
        {
            var m = MatchAt(words, i, category);
            if (m is { } match && match.End <= to)
            {
                result.Add(match);
                i = match.End - 1;
            }
        }

        return result;
    }

    private static bool Follows(Word[] words, int i, string[] tokens)
    {
        if (i + tokens.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < tokens.Length; k++)
        {
            var w = words[i + k];
            if (w.Norm != tokens[k] && (w.IsPunct || !StripsTo(w.Norm, tokens[k])))
            {
                return false;
            }
        }

        return true;
    }

    // Is the word the token with an Arabic proclitic or two written onto it (والرئيس → الرئيس)?
    private static bool StripsTo(string norm, string token)
    {
        var k = norm.Length - token.Length;
        if (k is < 1 or > 2 || !IsArabic(norm[0]) || !norm.AsSpan(k).SequenceEqual(token))
        {
            return false;
        }

        return k == 1
            ? ArabicConjunctions.Contains(norm[0], StringComparison.Ordinal) || ArabicPrepositions.Contains(norm[0], StringComparison.Ordinal)
            : ArabicConjunctions.Contains(norm[0], StringComparison.Ordinal) && ArabicPrepositions.Contains(norm[1], StringComparison.Ordinal);
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
