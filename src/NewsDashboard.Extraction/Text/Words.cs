using System.Globalization;
using System.Text;

namespace NewsDashboard.Extraction.Text;

/// <summary>A word or a single punctuation character of the text, with its normalised form.</summary>
internal readonly record struct Word(int Start, int End, string Norm, bool IsPunct)
{
    public char Punct => IsPunct ? Norm[0] : '\0';
}

/// <summary>
/// Splits text into words and punctuation in one pass, and normalises words so that data files and article
/// text compare equal: case, Arabic letter variants and diacritics, Latin accents, ё, typographic apostrophes,
/// Arabic-Indic digits.
/// </summary>
internal static class Words
{
    public static Word[] Scan(string text) => Scan(text, 0, text.Length);

    public static Word[] Scan(string text, int start, int end)
    {
        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsIgnorable(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var s = i;
                i++;
                // An apostrophe between letters belongs to the word (l'ONU, don't, s'est).
                while (i < end && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < end && IsWordChar(text[i + 1]) && char.IsLetter(text[i - 1]))))
                {
                    i++;
                }

                words.Add(new Word(s, i, Normalize(text.AsSpan(s, i - s)), false));
                continue;
            }

            words.Add(new Word(i, i + 1, Normalize(text.AsSpan(i, 1)), true));
            i++;
        }

        return [.. words];
    }

    public static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    // Tatweel and zero-width characters carry nothing.
    private static bool IsIgnorable(char c) => c is '\u0640' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF';

    // One-character strings for punctuation, made once: an article of a million quotation marks allocates nothing per mark.
    private static readonly string?[] Singles = new string?[0x3100];

    public static string Normalize(ReadOnlySpan<char> s)
    {
        if (s.Length == 1 && s[0] < Singles.Length)
        {
            return Singles[s[0]] ??= NormalizeSlow(s);
        }

        return NormalizeSlow(s);
    }

    private static string NormalizeSlow(ReadOnlySpan<char> s)
    {
        var buffer = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var raw in s)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640':
                    continue;
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    c = 'ا';
                    break;
                case 'ى' or 'ی':
                    c = 'ي';
                    break;
                case 'ة':
                    c = 'ه';
                    break;
                case 'ؤ':
                    c = 'و';
                    break;
                case 'ئ':
                    c = 'ي';
                    break;
                case 'ک':
                    c = 'ك';
                    break;
                case 'ё':
                    c = 'е';
                    break;
                case '\u2019' or '\u02BC' or '\u2018':
                    c = '\'';
                    break;
                case >= '\u0660' and <= '\u0669':
                    c = (char)('0' + (c - '\u0660'));
                    break;
                case >= '\u06F0' and <= '\u06F9':
                    c = (char)('0' + (c - '\u06F0'));
                    break;
                case > '\u007F' and < '\u0250':
                    c = LatinBase(c);
                    break;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }

    private static readonly char[] LatinBases = BuildLatinBases();

    // Latin accents: é → e, so data and text agree however the article spells them.
    private static char LatinBase(char c) => LatinBases[c - 0x80];

    private static char[] BuildLatinBases()
    {
        var table = new char[0x250 - 0x80];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(i + 0x80);
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = d[0];
        }

        return table;
    }

    /// <summary>Index of the first word whose start is at or after <paramref name="offset"/>.</summary>
    public static int IndexAt(Word[] words, int offset) => Offsets.FirstAtOrAfter<Word>(words, offset, static w => w.Start);
}
