namespace NewsDashboard.Extraction.Text;

/// <summary>
/// One way to read a token when looking it up: the folded word itself, the word without an Arabic
/// proclitic (و ف ب ل ك, with or without the article), or a Russian stem without its case ending.
/// </summary>
/// <param name="Text">The form to look up.</param>
/// <param name="Prefix">How many folded letters of the token precede the form (a stripped clitic).</param>
public readonly record struct TokenForm(string Text, int Prefix);

/// <summary>The forms under which a token (text side) or a lexicon word (index side) is looked up.</summary>
public static class TokenForms
{
    // Longest first, so "وال" is tried before "و". Each entry: the clitic, and whether it ends in the article.
    private static readonly string[] ArabicPrefixes =
        ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

    // Russian case endings in folded form (й → и, ё → е), longest first.
    private static readonly string[] CaseEndings =
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ыи", "ии", "ои", "еи", "ая", "яя", "ое", "ее", "ые",
        "ие", "ых", "их", "ым", "им", "ою", "ею", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ию", "ия", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь",
    ];

    // Endings of Russian dictionary (nominative) forms that inflection replaces.
    private static readonly string[] NominativeEndings = ["ая", "яя", "ое", "ее", "ые", "ие", "ия", "еи", "ии", "ыи", "ои", "а", "я", "ь", "и", "о", "е", "ы"];

    /// <summary>Marks a stem key, so a stem meets only another word's stem or full form, never a bare word that
    /// happens to spell it ("Александр" is not "Александрия" without its ending).</summary>
    public const char StemMark = '~';

    private const int MinStem = 3;

    /// <summary>Forms of an article token: itself first, then clitic-free or stem forms.</summary>
    public static TokenForm[] ForText(in Token token)
    {
        return token.Script switch
        {
            Script.Arabic => Arabic(token.Norm),
            Script.Cyrillic => CyrillicText(token.Norm),
            _ => [new TokenForm(token.Norm, 0)],
        };
    }

    /// <summary>Keys under which a lexicon word is indexed (Russian: also its stems, so inflected forms meet).</summary>
    public static IEnumerable<string> ForIndex(in Token token)
    {
        if (token.Script != Script.Cyrillic)
        {
            return [token.Norm];
        }

        return Cyrillic(token.Norm, NominativeEndings).Select((f, i) => i == 0 ? f.Text : StemMark + f.Text);
    }

    // An inflected word meets a lexicon word's full form ("лаврова" → "лавров") or its stem ("россии" → "~росси").
    private static TokenForm[] CyrillicText(string norm)
    {
        var stems = Cyrillic(norm, CaseEndings);
        var forms = new List<TokenForm>(stems.Length * 2) { stems[0] };
        for (var i = 1; i < stems.Length; i++)
        {
            Add(forms, stems[i]);
            Add(forms, new TokenForm(StemMark + stems[i].Text, 0));
        }

        return [.. forms];
    }

    private static TokenForm[] Arabic(string norm)
    {
        var forms = new List<TokenForm>(4) { new(norm, 0) };
        foreach (var prefix in ArabicPrefixes)
        {
            if (norm.Length - prefix.Length < 2 || !norm.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = norm[prefix.Length..];
            Add(forms, new TokenForm(rest, prefix.Length));
            if (prefix.EndsWith("ال", StringComparison.Ordinal))
            {
                Add(forms, new TokenForm("ال" + rest, prefix.Length - 2));
            }
            else if (prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                // ل + ال writes لل: the second ل is the article's.
                Add(forms, new TokenForm("ال" + rest, prefix.Length - 1));
            }
        }

        return [.. forms];
    }

    private static TokenForm[] Cyrillic(string norm, string[] endings)
    {
        var forms = new List<TokenForm>(4) { new(norm, 0) };
        foreach (var ending in endings)
        {
            if (norm.Length - ending.Length >= MinStem && norm.EndsWith(ending, StringComparison.Ordinal))
            {
                Add(forms, new TokenForm(norm[..^ending.Length], 0));
            }
        }

        return [.. forms];
    }

    private static void Add(List<TokenForm> forms, TokenForm form)
    {
        foreach (var f in forms)
        {
            if (f.Text == form.Text)
            {
                return;
            }
        }

        forms.Add(form);
    }
}
