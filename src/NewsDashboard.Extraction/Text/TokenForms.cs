namespace NewsDashboard.Extraction.Text;

/// <summary>
/// One way to read a token when looking it up: the folded word itself, the word without an Arabic
/// proclitic (و ف ب ل ك, with or without the article), or a Russian stem without its case ending.
/// </summary>
/// <param name="Text">The form to look up.</param>
/// <param name="Prefix">How many folded letters of the token precede the form (a stripped clitic).</param>
internal readonly record struct TokenForm(string Text, int Prefix);

/// <summary>The forms under which a token (text side) or a lexicon word (index side) is looked up.</summary>
internal static class TokenForms
{
    /// <summary>Marks a stem key, so a stem meets only a stem of the same declension class, never a bare word
    /// that happens to spell it ("Александр" is not "Александрия" without its ending).</summary>
    public const char StemMark = '~';

    private const int MinStem = 3;

    // Longest first, so "وال" is tried before "و".
    private static readonly string[] ArabicPrefixes =
        ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

    // Russian endings, folded (й → и, ё → е), by declension class: the nominative ending a lexicon word loses, and
    // the oblique endings an article word may carry. A stem only meets a stem of the same class, so "Виктором"
    // (masculine) does not meet "Виктория" (feminine) and "Александра" does not meet "Александрия".
    private static readonly (string Ending, char Class)[] NominativeEndings =
    [
        ("ая", 'A'), ("яя", 'A'), ("ое", 'A'), ("ее", 'A'), ("ые", 'A'), ("ие", 'A'), ("ыи", 'A'), ("ои", 'A'),
        ("ия", 'F'), ("а", 'F'), ("я", 'F'),
        ("еи", 'J'), ("ии", 'J'), ("и", 'J'), ("ь", 'J'),
        ("о", 'N'), ("е", 'N'),
        ("ы", 'P'),
    ];

    private static readonly (string Ending, string Classes)[] CaseEndings =
    [
        ("ого", "A"), ("его", "A"), ("ому", "A"), ("ему", "A"), ("ыми", "AP"), ("ими", "AP"), ("ами", "FNP"), ("ями", "FJP"),
        ("иеи", "F"), ("ию", "F"), ("ии", "FJ"), ("ым", "A"), ("им", "A"), ("ых", "A"), ("их", "A"), ("ую", "A"), ("юю", "A"),
        ("ою", "AF"), ("ею", "AF"), ("ои", "AF"), ("еи", "AFJP"), ("ом", "AN"), ("ем", "AJN"), ("ам", "FNP"), ("ям", "FJP"),
        ("ах", "FNP"), ("ях", "FJP"), ("ов", "P"), ("ев", "P"), ("ая", "A"), ("ое", "A"), ("ые", "A"), ("ие", "A"),
        ("ы", "F"), ("и", "FJ"), ("е", "FJN"), ("у", "FN"), ("ю", "FJ"), ("я", "J"), ("а", "N"), ("о", "A"), // "о": the combining form of adjectives (российско-арабский)
    ];

    // Endings that inflect a word ending in a consonant (Лавров → Лаврова, Лавровым): they meet the full form.
    private static readonly string[] ConsonantStemEndings = ["ами", "ом", "ым", "ам", "ах", "ов", "а", "у", "е", "ы"];

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

    /// <summary>Keys under which a lexicon word is indexed (Russian: also its stem, marked with its class).</summary>
    public static IEnumerable<string> ForIndex(in Token token)
    {
        if (token.Script != Script.Cyrillic)
        {
            return [token.Norm];
        }

        var keys = new List<string> { token.Norm };
        foreach (var (ending, cls) in NominativeEndings)
        {
            if (token.Norm.Length - ending.Length >= MinStem && token.Norm.EndsWith(ending, StringComparison.Ordinal))
            {
                keys.Add(StemKey(token.Norm[..^ending.Length], cls));
            }
        }

        return keys;
    }

    /// <summary>
    /// The key under which an adjective in -ий (-ский, -ний: "Европейский", "Ратманский") meets its case forms
    /// ("Европейского", "Ратманского"), which <see cref="ForIndex"/> leaves out (it reads -ий as a noun's ending, as in
    /// "Василий"); null for other words. Kept apart so the tagger's gazetteer features stay those it was trained on.
    /// </summary>
    public static string? AdjectiveStem(in Token token)
        => token.Script == Script.Cyrillic && token.Norm.Length - 2 >= MinStem && token.Norm.EndsWith("ии", StringComparison.Ordinal)
            ? StemKey(token.Norm[..^2], 'A')
            : null;

    /// <summary>The lexicon word a form stands for, without a stem mark and class (for word lists).</summary>
    public static string Bare(string form) => form.Length > 2 && form[0] == StemMark ? form[2..] : form;

    private static string StemKey(string stem, char cls) => string.Concat(StemMark.ToString(), cls.ToString(), stem);

    // An inflected word meets a lexicon word's full form ("лаврова" → "лавров") or its stem of the same class
    // ("россии" → "~Fросси").
    private static TokenForm[] CyrillicText(string norm)
    {
        var forms = new List<TokenForm>(6) { new(norm, 0) };
        foreach (var ending in ConsonantStemEndings)
        {
            if (norm.Length - ending.Length >= MinStem && norm.EndsWith(ending, StringComparison.Ordinal))
            {
                Add(forms, new TokenForm(norm[..^ending.Length], 0));
            }
        }

        foreach (var (ending, classes) in CaseEndings)
        {
            if (norm.Length - ending.Length >= MinStem && norm.EndsWith(ending, StringComparison.Ordinal))
            {
                foreach (var cls in classes)
                {
                    Add(forms, new TokenForm(StemKey(norm[..^ending.Length], cls), 0));
                }
            }
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
