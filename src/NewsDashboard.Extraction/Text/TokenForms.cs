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
        "ие", "ых", "их", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ию", "ия", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь",
    ];

    // Endings of Russian dictionary (nominative) forms that inflection replaces.
    private static readonly string[] NominativeEndings = ["ия", "еи", "ии", "ыи", "ои", "а", "я", "ь", "и", "о", "е", "ы"];

    private const int MinStem = 3;

    /// <summary>Forms of an article token: itself first, then clitic-free or stem forms.</summary>
    public static TokenForm[] ForText(in Token token)
    {
        return token.Script switch
        {
            Script.Arabic => Arabic(token.Norm),
            Script.Cyrillic => Cyrillic(token.Norm, CaseEndings),
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

        return Cyrillic(token.Norm, NominativeEndings).Select(f => f.Text);
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
