namespace NewsDashboard.Extraction.Text;

internal enum Script : byte
{
    Other,
    Latin,
    Cyrillic,
    Arabic,
    Digit,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Punctuation other than a hyphen or apostrophe, a quotation mark or a line break precedes the token.</summary>
    BreakBefore = 1,

    /// <summary>The token is joined to the previous one by a hyphen (al-Sharaa, Ould-Abdallah).</summary>
    HyphenBefore = 2,
    Capitalized = 4,
    AllUpper = 8,

    /// <summary>A quotation mark sits between the previous token and this one.</summary>
    QuoteBefore = 16,

    /// <summary>A line break (or the start of the text) precedes the token.</summary>
    LineStart = 32,
}

/// <summary>One word of the text: its place in the original text and its normal form.</summary>
internal readonly record struct Token(int Start, int Length, string Norm, Script Script, TokenFlags Flags)
{
    public int End => Start + Length;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

/// <summary>Cuts text into words in one linear pass; everything between words is classified, not kept.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 6 + 4);
        var i = 0;
        var gapStart = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || Normalizer.IsIgnorable(text[i])))
            {
                i++;
            }

            // A bidi or zero-width control after the word belongs to the gap, not to the surface.
            while (i - 1 > start && text[i - 1] is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                i--;
            }

            var flags = ClassifyGap(text, gapStart, start, tokens.Count == 0);
            if (tokens.Count > 0 && tokens[^1].Length == 1 && char.IsUpper(text[tokens[^1].Start]) && IsAbbreviationGap(text, gapStart, start))
            {
                flags &= ~TokenFlags.BreakBefore; // U.S. President, J. K. Rowling: the full stop of an initial
            }
            else if (tokens.Count > 0 && start - gapStart == 1 && text[gapStart] == '.')
            {
                flags &= ~TokenFlags.BreakBefore; // Lenta.ru, NEWSru.com, Театр.doc: a full stop inside a name ends no sentence
            }

            var word = text.AsSpan(start, i - start);
            var script = ScriptOf(word);
            if (char.IsUpper(word[0]))
            {
                flags |= TokenFlags.Capitalized;
                if (word.Length > 1 && IsAllUpper(word))
                {
                    flags |= TokenFlags.AllUpper;
                }
            }

            tokens.Add(new Token(start, i - start, Normalizer.NormalizeWord(word), script, flags));
            gapStart = i;
        }

        return tokens;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool IsQuote(char c) => c is '"' or '«' or '»' or '“' or '”' or '„' or '‟' or '″' or '「' or '」';

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    private static bool IsAbbreviationGap(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap is "." or ". ";
    }

    private static TokenFlags ClassifyGap(string text, int from, int to, bool first)
    {
        var flags = first ? TokenFlags.BreakBefore | TokenFlags.LineStart : TokenFlags.None;
        var newlines = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                newlines++;
            }
            else if (IsQuote(c))
            {
                flags |= TokenFlags.BreakBefore | TokenFlags.QuoteBefore;
            }
            else if (IsHyphen(c))
            {
                flags |= TokenFlags.HyphenBefore;
            }
            else if (!char.IsWhiteSpace(c) && !IsApostrophe(c) && !Normalizer.IsIgnorable(c))
            {
                flags |= TokenFlags.BreakBefore;
            }
        }

        if (newlines > 0)
        {
            // A wrapped line (one line break after a letter) continues the sentence; a blank line or a
            // line after punctuation does not. Decided once per gap, so a run of line breaks costs one pass.
            var wrapped = !first && newlines == 1 && char.IsLetter(text[from > 0 ? from - 1 : 0])
                && LineLengthBefore(text, from) >= MinWrappedLine;
            flags |= wrapped ? TokenFlags.LineStart : TokenFlags.BreakBefore | TokenFlags.LineStart;
        }

        return flags;
    }

    // A heading or a list item is short and ends without punctuation; a wrapped line of running text is long.
    private const int MinWrappedLine = 50;

    private static int LineLengthBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && text[start - 1] != '\n' && end - start < MinWrappedLine)
        {
            start--;
        }

        return end - start;
    }

    private static Script ScriptOf(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE')
            {
                return Script.Arabic;
            }

            if (c is >= '\u0400' and <= '\u04FF')
            {
                return Script.Cyrillic;
            }

            if (char.IsLetter(c))
            {
                return c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' ? Script.Latin : Script.Other;
            }
        }

        return Script.Digit;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
