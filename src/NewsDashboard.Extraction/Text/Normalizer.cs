using System.Globalization;
using System.Text;

namespace NewsDashboard.Extraction.Text;

/// <summary>
/// One normal form for comparing words across spellings: Unicode NFKC, lower case, no accents or
/// harakat, Arabic letter variants merged (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), no tatweel,
/// ё → е, and no zero-width or bidi controls. The same folding as the contract's scorer, so what
/// matches here matches there.
/// </summary>
public static class Normalizer
{
    // Characters below this bound are folded by table; above it only lower-casing applies,
    // except compatibility forms (presentation forms, full width) which go through NFKC first.
    private const int TableSize = 0x0700;

    private static readonly (char From, char To)[] ArabicLetters =
    [
        ('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ى', 'ي'), ('ة', 'ه'), ('ؤ', 'و'), ('ئ', 'ي'),
        ('ک', 'ك'), ('ی', 'ي'), ('ە', 'ه'),
    ];

    private static readonly char[] Table = BuildTable();

    /// <summary>Normalises a whole phrase: folded words separated by single spaces, punctuation removed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in NeedsCompatibility(text) ? text.Normalize(NormalizationForm.FormKC) : text)
        {
            var f = Fold(c);
            if (f == '\0')
            {
                continue;
            }

            if (char.IsLetterOrDigit(f))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(f);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Folds one word (letters and marks only, as the tokenizer cuts them).</summary>
    public static string NormalizeWord(ReadOnlySpan<char> word)
    {
        if (NeedsCompatibility(word))
        {
            return Normalize(word.ToString()).Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            var f = Fold(c);
            if (f != '\0')
            {
                buffer[n++] = f;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>The folded form of one character; '\0' when the character is dropped (marks, tatweel, controls).</summary>
    public static char Fold(char c) => c < TableSize ? Table[c] : FoldHigh(c);

    /// <summary>True for characters that vanish in the normal form but may sit inside a word.</summary>
    public static bool IsIgnorable(char c) => c is '\u0640' or '\u00AD' or >= '\u200B' and <= '\u200F'
        or >= '\u202A' and <= '\u202E' or >= '\u2060' and <= '\u2069' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static char FoldHigh(char c)
    {
        if (IsIgnorable(c))
        {
            return '\0';
        }

        return char.ToLowerInvariant(c);
    }

    private static bool NeedsCompatibility(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // Arabic presentation forms, ligatures, full-width and compatibility letters.
            if (c is >= '\uFB00' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE' or >= '\uFF00' and <= '\uFFEF'
                or >= '\u2100' and <= '\u214F' or >= '\u2460' and <= '\u24FF' or '\u00DF')
            {
                return true;
            }
        }

        return false;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (IsIgnorable(c) || c is >= '\u0610' and <= '\u061A' or >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED')
            {
                table[i] = '\0';
                continue;
            }

            // Decompose and keep the base letter: é → e, й → и, ё → е, أ → ا, ؤ → و, ئ → ي.
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && !char.IsSurrogate(decomposed[0]) ? decomposed[0] : lower;
        }

        foreach (var (from, to) in ArabicLetters)
        {
            table[from] = to;
        }

        return table;
    }

}
