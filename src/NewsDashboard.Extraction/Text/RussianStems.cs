namespace NewsDashboard.Extraction.Text;

/// <summary>
/// A key that every case form of a Russian name shares: each Cyrillic word without its longest case or nominative
/// ending ("Большого театра", "Большой театр", "Большим театром" → "больш театр"; "Чечне", "Чечня" → "чечн").
/// Words in other scripts are kept as they are. Used to make one place or organisation of the case forms an
/// article uses; people have their own resolution (RussianNames).
/// </summary>
internal static class RussianStems
{
    private const int MinStem = 3;

    // Folded (й → и, ё → е), longest first.
    private static readonly string[] Endings =
    [
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иеи", "ием", "ии", "ия", "ие", "ию",
        "ым", "им", "ых", "их", "ую", "юю", "ою", "ею", "ои", "еи", "ыи", "ом", "ем", "ам", "ям", "ах", "ях",
        "ов", "ев", "ая", "яя", "ое", "ее", "ые",
        "ы", "и", "е", "у", "ю", "я", "а", "о", "ь",
    ];

    /// <summary>The shared key of a name's case forms.</summary>
    public static string Key(string surface)
    {
        var tokens = Tokenizer.Tokenize(surface);
        var parts = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            parts[i] = tokens[i].Script == Script.Cyrillic ? Stem(tokens[i].Norm) : tokens[i].Norm;
        }

        return string.Join(' ', parts);
    }

    private static string Stem(string norm)
    {
        foreach (var ending in Endings)
        {
            if (norm.Length - ending.Length >= MinStem && norm.EndsWith(ending, StringComparison.Ordinal))
            {
                return norm[..^ending.Length];
            }
        }

        return norm;
    }
}
