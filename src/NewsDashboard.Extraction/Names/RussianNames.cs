using System.Text;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Names;

/// <summary>
/// Guesses the nominative of a Russian-written name from an inflected form, for names the lexicon does not
/// know: only endings that cannot be nominative are undone (Хаканом Фиданом → Хакан Фидан, Захаровой →
/// Захарова, Сергеем → Сергей); genitive "-а" stays, since Захарова may be nominative already.
/// </summary>
public static class RussianNames
{
    private static readonly (string Ending, string Replacement)[] Rules =
    [
        ("ым", string.Empty), ("ом", string.Empty), ("ой", "а"), ("ею", "я"), ("ей", "я"), ("ем", "й"),
    ];

    public static string Nominative(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var last = 0;
        foreach (var token in Tokenizer.Tokenize(name))
        {
            sb.Append(name, last, token.Start - last);
            sb.Append(Word(name.Substring(token.Start, token.Length)));
            last = token.End;
        }

        sb.Append(name, last, name.Length - last);
        return sb.ToString();
    }

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
