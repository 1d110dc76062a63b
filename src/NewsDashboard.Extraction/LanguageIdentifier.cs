using System.Collections.Frozen;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction;

/// <summary>
/// Identifies the language of an article: by script first (Arabic, Persian, Russian, Ukrainian), then, for
/// Latin script, by weighted counts of each language's commonest function words (Data/lang/*.txt).
/// See docs/adr/0002-language-identification.md for why not a statistical model.
/// </summary>
internal static class LanguageIdentifier
{
    private static readonly string[] LatinLanguages = ["en", "fr", "es", "de", "it", "pt"];

    // word → weight per language; a word shared by k languages weighs 1/k in each.
    private static readonly Lazy<FrozenDictionary<string, (int Language, double Weight)[]>> StopWords = new(LoadStopWords);

    public static string Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, persian = 0, cyrillic = 0, ukrainian = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE')
            {
                arabic++;
                if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک')
                {
                    persian++;
                }
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                {
                    ukrainian++;
                }
            }
            else if (char.IsLetter(c) && c < '\u0250')
            {
                latin++;
            }
        }

        if (arabic >= cyrillic && arabic >= latin && arabic > 0)
        {
            return persian * 30 > arabic ? "fa" : "ar";
        }

        if (cyrillic >= latin && cyrillic > 0)
        {
            return ukrainian * 100 > cyrillic ? "uk" : "ru";
        }

        return IdentifyLatin(text);
    }

    /// <summary>The Latin-script language whose function words weigh most in the text; English when none is found.</summary>
    public static string IdentifyLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new double[LatinLanguages.Length];
        var words = StopWords.Value;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Script == Script.Latin && words.TryGetValue(token.Norm, out var hits))
            {
                foreach (var (language, weight) in hits)
                {
                    scores[language] += weight;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return scores[best] > 0 ? LatinLanguages[best] : "en";
    }

    private static FrozenDictionary<string, (int, double)[]> LoadStopWords()
    {
        var languagesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < LatinLanguages.Length; i++)
        {
            foreach (var line in DataFiles.ReadLines($"lang/{LatinLanguages[i]}.txt"))
            {
                var word = Normalizer.Normalize(line);
                if (!languagesOf.TryGetValue(word, out var list))
                {
                    languagesOf[word] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }
            }
        }

        return languagesOf.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(l => (l, 1.0 / kv.Value.Count)).ToArray(),
            StringComparer.Ordinal);
    }
}
