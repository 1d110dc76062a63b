using System.Text;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Names;

/// <summary>
/// Guesses the nominative of a Russian-written name from an inflected form, for names the lexicon does not
/// know: only endings that cannot be nominative are undone (Хаканом Фиданом → Хакан Фидан, Захаровой →
/// Захарова, Сергеем → Сергей); genitive "-а" stays, since Захарова may be nominative already.
/// </summary>
internal static class RussianNames
{
    private static readonly (string Ending, string Replacement)[] Rules =
    [
        ("ым", string.Empty), ("ом", string.Empty), ("ой", "а"), ("ею", "я"), ("ей", "я"), ("ем", "й"),
    ];

    // Case endings a name word may carry, with what its nominative ends in instead: genitive, dative, instrumental
    // and prepositional of masculine names (Егора, Свиридову, Николаевичем), feminine ones (Марины, Марину, Марией).
    private static readonly (string Ending, string Replacement)[] CaseRules =
    [
        ("ичем", "ич"), ("ича", "ич"), ("ичу", "ич"), ("иче", "ич"), ("овны", "овна"), ("овне", "овна"), ("овну", "овна"),
        ("ой", "а"), ("ом", string.Empty), ("ым", string.Empty), ("ем", "й"), ("ем", "ь"), ("ей", "я"), ("ею", "я"),
        ("а", string.Empty), ("у", string.Empty), ("е", string.Empty), ("я", "й"), ("я", "ь"), ("ю", "й"), ("ю", "ь"),
        ("ы", "а"), ("у", "а"), ("е", "а"), ("и", "я"), ("и", "а"),
    ];

    /// <summary>The dictionary form of a Russian-written name ("Бориса Николаевича Ельцина" → "Борис Николаевич
    /// Ельцин"). Where the Wikidata name lists know the words, they decide: when one word of the name is clearly in an
    /// oblique case (Егора is no name, Егор is), every word takes the same step back (Свиридова → Свиридов, although
    /// Свиридова is a surname too). Otherwise only endings that cannot be nominative are undone.</summary>
    public static string Nominative(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokenizer.Tokenize(name);
        var words = tokens.Select(t => name.Substring(t.Start, t.Length)).ToList();
        var lemmas = KnownLemmas(words) ?? words.Select(Word).ToList();
        var sb = new StringBuilder(name.Length);
        var last = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            sb.Append(name, last, tokens[i].Start - last);
            sb.Append(lemmas[i]);
            last = tokens[i].End;
        }

        sb.Append(name, last, name.Length - last);
        return sb.ToString();
    }

    private static List<string>? KnownLemmas(List<string> words)
    {
        if (Tagging.NameTagger.Default is not { } tagger || words.Count == 0 || words.Any(w => w.Length < 3 || !w.All(c => c is >= 'А' and <= 'я' or 'ё' or 'Ё')))
        {
            return null;
        }

        bool Known(string word)
        {
            var folded = Normalizer.NormalizeWord(word);
            return tagger.Spelling(folded) is not null || tagger.Names.Contains(folded);
        }

        // Марии is listed too (in longer names), but a name in -ии is the oblique case of one in -ия.
        bool KnownAsWritten(string word) => tagger.Spelling(Normalizer.NormalizeWord(word)) is not null
            && !(word.EndsWith("ии", StringComparison.Ordinal) && Known(word[..^1] + "я"));

        // A given name in the nominative (Мария Захарова): the name is in the nominative; only impossible endings go.
        if (words.Count > 1 && KnownAsWritten(words[0]))
        {
            return null;
        }

        // The rule that shows the case: a word unknown as written that a rule turns into a known name.
        (string Ending, string Replacement)? shown = null;
        foreach (var word in words)
        {
            if (KnownAsWritten(word))
            {
                continue;
            }

            foreach (var rule in CaseRules)
            {
                if (Apply(word, rule) is { } lemma && Known(lemma))
                {
                    shown = rule;
                    break;
                }
            }

            if (shown is not null)
            {
                break;
            }
        }

        if (shown is null)
        {
            return words.All(KnownAsWritten) ? words : null;
        }

        // Every word takes a step back: a known lemma by the same kind of ending first, then by any rule.
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            var lemma = word;
            if (Masculine(shown.Value) && AdjectiveSurname(word) is { } adjective)
            {
                lemma = adjective;
            }
            else if (!KnownAsWritten(word) || Masculine(shown.Value))
            {
                foreach (var rule in CaseRules.OrderBy(r => r.Ending == shown.Value.Ending ? 0 : 1))
                {
                    if (Apply(word, rule) is { } candidate && Known(candidate))
                    {
                        lemma = candidate;
                        break;
                    }
                }
            }

            if (lemma == word && Masculine(shown.Value))
            {
                // Not in the lists (Ельцина, Николаевича, Лужкова after Юрия): the same case as the word that showed it.
                lemma = Apply(word, ("ича", "ич")) ?? AdjectiveSurname(word) ?? Apply(word, shown.Value) ?? SameCase(word, shown.Value) ?? word;
            }
            else if (lemma == word && !Masculine(shown.Value) && word.EndsWith("ой", StringComparison.Ordinal))
            {
                // Жанны Агузаровой: a feminine surname in the case the given name showed (the lists hold the form too).
                lemma = Word(word);
            }

            result.Add(lemma == word && !Known(word) ? Word(word) : lemma);
        }

        return result;
    }

    // A masculine surname declined as an adjective (Рымашевского, Долгорукому, Задорожным → -ский, -кий): the
    // stem ends in -ск, -цк or a velar, so the nominative ends in -ий.
    private static string? AdjectiveSurname(string word)
    {
        foreach (var ending in (string[])["ого", "ому", "им", "ом"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal) && "кгх".Contains(word[^(ending.Length + 1)], StringComparison.Ordinal))
            {
                return word[..^ending.Length] + "ий";
            }
        }

        return null;
    }

    // The masculine ending of the case another word showed, for a consonant stem (Юрия showed the genitive: Лужкова →
    // Лужков; Юрию the dative: Лужкову → Лужков; Юрием the instrumental: Лужковым → Лужков).
    private static string? SameCase(string word, (string Ending, string Replacement) shown)
        => shown.Ending switch
        {
            "а" or "я" or "ича" => Apply(word, ("а", string.Empty)),
            "у" or "ю" or "ичу" => Apply(word, ("у", string.Empty)),
            "ом" or "ем" or "ым" or "ичем" => Apply(word, ("ым", string.Empty)) ?? Apply(word, ("ом", string.Empty)),
            "е" or "иче" => Apply(word, ("е", string.Empty)),
            _ => null,
        };

    // A masculine oblique ending (-а, -у, -ом, -ича): a surname that looks feminine (Свиридова) is in the same case.
    private static bool Masculine((string Ending, string Replacement) rule) => rule.Replacement.Length == 0 || rule.Replacement is "ич" or "й" or "ь";

    private static string? Apply(string word, (string Ending, string Replacement) rule)
        => word.Length - rule.Ending.Length >= 2 && word.EndsWith(rule.Ending, StringComparison.Ordinal)
            ? word[..^rule.Ending.Length] + rule.Replacement
            : null;

    private static string Word(string word)
    {
        if (word.Length < 5)
        {
            return word;
        }

        foreach (var (ending, replacement) in Rules)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                // "-ем" after a vowel was "-й" (Сергеем → Сергей); after a soft consonant it was "-ь" (Игорем → Игорь);
                // after a hushing consonant it is a plain ending (Лукашом → no, Ткачем → Ткач).
                if (ending == "ем" && !"аеиоуыэюя".Contains(stem[^1], StringComparison.Ordinal))
                {
                    return "жшчщц".Contains(stem[^1], StringComparison.Ordinal) ? stem : stem + "ь";
                }

                // "-ей" is "-я" only for feminine soft stems (Марией → Мария); otherwise leave it (Сергей).
                if (ending == "ей" && stem[^1] != 'и')
                {
                    return word;
                }

                return stem + replacement;
            }
        }

        return word;
    }
}
