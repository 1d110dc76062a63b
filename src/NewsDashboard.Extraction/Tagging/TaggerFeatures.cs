using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// The tagger's view of a token: hashed features of the word, its folded and clitic-free or stem forms, prefixes
/// and suffixes, shape, capitalisation and script, its place in the sentence, its neighbours, membership in the
/// gazetteer and in the person-name lists, a title before it and a verb of saying after it. The same code runs in
/// training and at run time, over the engine's own tokens, so the two cannot drift apart.
/// </summary>
internal sealed class TaggerFeatures
{
    /// <summary>At most this many static features per token.</summary>
    public const int PerToken = 56;

    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    private readonly NameTokenSet _names;
    private readonly NameTokenSet _common;
    private readonly TaggerLexicons _lexicons;

    public TaggerFeatures(NameTokenSet names, NameTokenSet common, TaggerLexicons lexicons)
    {
        _names = names;
        _common = common;
        _lexicons = lexicons;
    }

    /// <summary>Features of every token: <paramref name="features"/>[i * PerToken ..] holds token i's, padded with 0.</summary>
    /// <param name="sentenceStarts">Ascending token indices where sentences start (the first is 0).</param>
    public ulong[] Compute(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenForm[]> forms, IReadOnlyList<int> sentenceStarts, out ulong[] words, out ulong[] shapes)
    {
        var n = tokens.Count;
        var features = new ulong[n * PerToken];
        words = new ulong[n];
        shapes = new ulong[n];
        var gazetteer = new byte[n];
        var afterTitle = new bool[n];
        var named = new bool[n];
        var sentenceOf = new int[n];
        _lexicons.Mark(tokens, forms, gazetteer, afterTitle);
        Span<char> shape = stackalloc char[8];
        var s = 0;
        for (var i = 0; i < n; i++)
        {
            while (s + 1 < sentenceStarts.Count && sentenceStarts[s + 1] <= i)
            {
                s++;
            }

            sentenceOf[i] = sentenceStarts[s];
            words[i] = FeatureHash.Of(tokens[i].Norm);
            shapes[i] = FeatureHash.Of(Shape(text.AsSpan(tokens[i].Start, tokens[i].Length), shape));
            named[i] = NameListed(forms[i]);
        }

        // Runs of capitalised words with nothing but spaces between them: each token's length of run and place in it.
        var runStart = new int[n];
        var runEnd = new int[n];
        for (var i = 0; i < n; i++)
        {
            var continues = i > 0 && sentenceOf[i] != i && tokens[i].Has(TokenFlags.Capitalized) && tokens[i - 1].Has(TokenFlags.Capitalized)
                && !tokens[i].Has(TokenFlags.BreakBefore);
            runStart[i] = continues ? runStart[i - 1] : i;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            runEnd[i] = i + 1 < n && runStart[i + 1] == runStart[i] ? runEnd[i + 1] : i + 1;
        }

        var sentenceEnd = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            sentenceEnd[i] = i + 1 < n && sentenceOf[i + 1] == sentenceOf[i] ? sentenceEnd[i + 1] : i + 1;
        }

        for (var i = 0; i < n; i++)
        {
            var f = new Writer(features, i * PerToken);
            var t = tokens[i];
            var start = sentenceOf[i];
            var end = sentenceEnd[i];

            var first = i == start;
            var w = words[i];
            f.Add(1, 0);
            f.Add(2, w);
            f.Add(3, shapes[i]);
            f.Add(4, (ulong)t.Flags | ((ulong)t.Script << 8) | (first ? 1UL << 16 : 0));
            f.Add(5, shapes[i], first ? 1UL : 0);
            f.Add(6, (ulong)Math.Min(t.Norm.Length, 12));
            var norm = t.Norm.AsSpan();
            for (var k = 1; k <= 3 && k < norm.Length; k++)
            {
                f.Add(10 + (ulong)k, FeatureHash.Of(norm[..k]));
            }

            for (var k = 1; k <= 4 && k < norm.Length; k++)
            {
                f.Add(20 + (ulong)k, FeatureHash.Of(norm[^k..]));
            }

            for (var k = 1; k < forms[i].Length && k < 6; k++)
            {
                f.Add(30, FeatureHash.Of(forms[i][k].Text));
            }

            var previous = i > start ? words[i - 1] : Boundary;
            var previous2 = i - 1 > start ? words[i - 2] : Boundary;
            var next = i + 1 < end ? words[i + 1] : Boundary;
            var next2 = i + 2 < end ? words[i + 2] : Boundary;
            f.Add(40, previous);
            f.Add(41, next);
            f.Add(42, previous2);
            f.Add(43, next2);
            f.Add(44, previous, w);
            f.Add(45, w, next);
            f.Add(46, i > start ? shapes[i - 1] : Boundary);
            f.Add(47, i + 1 < end ? shapes[i + 1] : Boundary);
            f.Add(48, i > start ? shapes[i - 1] : Boundary, shapes[i]);
            f.Add(49, shapes[i], i + 1 < end ? shapes[i + 1] : Boundary);
            f.Add(50, i + 1 < end ? (ulong)tokens[i + 1].Flags : 255);
            var shapeBefore = i > start ? shapes[i - 1] : Boundary;
            var shapeAfter = i + 1 < end ? shapes[i + 1] : Boundary;
            f.Add(51, FeatureHash.Combine(shapeBefore, shapes[i]), shapeAfter);
            f.Add(52, i > start ? Suffix(tokens[i - 1].Norm, 3) : Boundary);
            f.Add(53, i + 1 < end ? Suffix(tokens[i + 1].Norm, 3) : Boundary);
            f.Add(54, previous, shapes[i]);
            f.Add(55, shapes[i], next);
            f.Add(56, Suffix(t.Norm, 2), (ulong)t.Flags & (ulong)TokenFlags.Capitalized);
            if (t.Has(TokenFlags.Capitalized))
            {
                var length = (ulong)Math.Min(runEnd[i] - runStart[i], 4);
                var place = (ulong)Math.Min(i - runStart[i], 3);
                f.Add(58, length, place);
                f.Add(59, named[runStart[i]] ? 1UL : 0, (length << 4) | place);
                f.Add(57, gazetteer[i], i > start && named[i - 1] && gazetteer[i - 1] == 0 && runStart[i] == i - 1 ? 1UL : 0);

                // The words around the whole run, shared by its tokens: "X Y, a former member", "told by X Y".
                var after = runEnd[i];
                f.Add(75, after < end ? words[after] : Boundary, after < end ? (ulong)tokens[after].Flags & (ulong)TokenFlags.BreakBefore : 255);
                f.Add(76, runStart[i] > start ? words[runStart[i] - 1] : Boundary, length);
                var said = false;
                for (var k = after; k < end && k < after + 4 && !said; k++)
                {
                    said = _lexicons.IsSpeechVerb(forms[k]);
                }

                f.Add(77, said ? 1UL : 0, length);
            }

            f.Add(60, gazetteer[i]);
            f.Add(61, i > start ? gazetteer[i - 1] : 255UL);
            f.Add(62, i + 1 < end ? gazetteer[i + 1] : 255UL);
            f.Add(63, gazetteer[i], shapes[i]);
            f.Add(64, named[i] ? 1UL : 0, (ulong)t.Flags & (ulong)TokenFlags.Capitalized);
            f.Add(65, i > start && named[i - 1] ? 1UL : 0, named[i] ? 1UL : 0);
            f.Add(66, i + 1 < end && named[i + 1] ? 1UL : 0, named[i] ? 1UL : 0);
            f.Add(67, afterTitle[i] ? 1UL : 0);
            f.Add(68, afterTitle[i] ? 1UL : 0, shapes[i]);
            var common = _common.Contains(t.Norm);
            f.Add(70, common ? 1UL : 0, (first ? 2UL : 0) | ((ulong)t.Flags & (ulong)TokenFlags.Capitalized));
            f.Add(71, i + 1 < end && _common.Contains(tokens[i + 1].Norm) ? 1UL : 0, common ? 1UL : 0);
            var speechAfter = (i + 1 < end && _lexicons.IsSpeechVerb(forms[i + 1])) || (i + 2 < end && _lexicons.IsSpeechVerb(forms[i + 2]));
            f.Add(69, speechAfter ? 1UL : 0, (ulong)t.Flags & (ulong)TokenFlags.Capitalized);
        }

        return features;
    }

    private static ulong Suffix(string word, int length) => FeatureHash.Of(word.AsSpan(Math.Max(0, word.Length - length)));

    private bool NameListed(TokenForm[] forms)
    {
        foreach (var form in forms)
        {
            if (_names.Contains(TokenForms.Bare(form.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Xxxx, XX, xx-dd: letters by case (Arabic a, other scripts by case), digits d, runs of one kind
    /// shortened to two.</summary>
    private static ReadOnlySpan<char> Shape(ReadOnlySpan<char> surface, Span<char> buffer)
    {
        var length = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in surface)
        {
            var k = char.IsDigit(c) ? 'd'
                : c is >= '\u0600' and <= '\u06FF' ? 'a'
                : char.IsUpper(c) ? 'X'
                : char.IsLetter(c) ? 'x'
                : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2 && length < buffer.Length)
            {
                buffer[length++] = k;
            }
        }

        return buffer[..length];
    }

    private ref struct Writer(ulong[] features, int offset)
    {
        private int _count;

        public void Add(ulong template, ulong value)
        {
            if (_count < PerToken)
            {
                features[offset + _count++] = FeatureHash.Combine(template, value);
            }
        }

        public void Add(ulong template, ulong a, ulong b)
        {
            if (_count < PerToken)
            {
                features[offset + _count++] = FeatureHash.Combine(template, a, b);
            }
        }
    }
}
