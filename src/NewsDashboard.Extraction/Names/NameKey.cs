using System.Text;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Names;

/// <summary>
/// A script-independent key for a person's name: a consonant skeleton per word, in the spirit of the
/// Europe Media Monitor (romanise, merge letters that scripts confuse, drop vowels). "Sergey Lavrov",
/// "Sergueï Lavrov", "Сергей Лавров" and "سيرغي لافروف" all give "srg lfrf".
/// </summary>
internal static class NameKey
{
    // Articles and particles that some spellings write and others leave out.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "al", "el", "ال", "ad", "ed", "as", "es", "ash", "esh", "at", "ar", "an", "az", "ath", "ul",
        "de", "du", "des", "von", "van", "der", "den", "da", "di", "la", "le", "y",
    };

    // "Abu" in all its spellings is one particle; "Abd" joins the next word (Abd al-Aziz = Abdulaziz).
    private static readonly HashSet<string> Abu = new(StringComparer.Ordinal) { "abu", "abou", "aboul", "abul", "abo", "ابو", "abū" };
    private static readonly HashSet<string> Abd = new(StringComparer.Ordinal) { "abd", "abdel", "abdul", "abdal", "abdol", "abdoul", "abdu", "عبد" };

    // The skeleton of a word with no consonants (Yi, И, يي): they still count as a word.
    private const string VowelsOnly = "V";

    /// <summary>The skeleton words of a name, in order, particles dropped.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var tokens = Tokenizer.Tokenize(name);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = Latinize(tokens[i]);
            if (Abd.Contains(word) && i + 1 < tokens.Count)
            {
                // Abd + (al) + X is one name: keep the article as "l" so "عبد الله" meets "Abdullah".
                var next = Latinize(tokens[++i]);
                if (Dropped.Contains(next) && i + 1 < tokens.Count)
                {
                    next = "l" + Latinize(tokens[++i]);
                }

                var head = word is "abd" or "عبد" ? "bd" : "bdl";
                words.Add(Collapse(head + Skeleton(next, tokens[i].Script, keepArticle: true)));
                continue;
            }

            if (Abu.Contains(word))
            {
                words.Add("b");
                continue;
            }

            if (Dropped.Contains(word) && tokens.Count > 1)
            {
                continue;
            }

            var skeleton = Skeleton(word, tokens[i].Script, keepArticle: false);
            if (skeleton.Length > 0)
            {
                words.Add(skeleton);
            }
        }

        return words;
    }

    /// <summary>The key: skeleton words joined by spaces ("srg lfrf").</summary>
    public static string For(string name) => string.Join(' ', Words(name));

    /// <summary>Cyrillic to Latin letters; other scripts unchanged (already folded by the tokenizer).</summary>
    private static string Latinize(Token token) => token.Script == Script.Cyrillic ? Romanizer.CyrillicToLatin(token.Norm) : token.Norm;

    private static string Skeleton(string word, Script script, bool keepArticle)
        => Ordinals.TryGetValue(word, out var number) ? number
            : script == Script.Arabic ? ArabicSkeleton(word, keepArticle) : LatinSkeleton(word);

    private static string ArabicSkeleton(string word, bool keepArticle)
    {
        if (word == "الله" || word == "لله")
        {
            return "lh";
        }

        var w = !keepArticle && word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        if (w.Length > 2 && w[^1] == 'ه')
        {
            w = w[..^1]; // ta marbuta (folded to ه) is a vowel in romanisation: قصرة = Qasra
        }

        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            var mapped = c switch
            {
                'ق' or 'ك' => "k",
                'ج' or 'غ' or 'گ' => "g",
                'ح' or 'خ' or 'ه' => "h",
                'ش' => "S",
                'ث' or 'ص' or 'س' => "s",
                'ط' or 'ت' => "t",
                'ض' or 'د' => "d",
                'ذ' or 'ظ' or 'ز' or 'ژ' => "z",
                'ف' or 'ڤ' => "f",
                'ب' or 'پ' => "b",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'ر' => "r",
                'چ' => "S",
                _ => string.Empty, // ا و ي ع ء and the rest are vowels or glides in names
            };
            sb.Append(mapped);
        }

        var result = Collapse(sb.ToString());
        return result.Length > 0 ? result : VowelsOnly;
    }

    // Ordered digraph rules, longest first: the spellings of one sound in English, French, German, Spanish.
    private static readonly (string From, string To)[] Digraphs =
    [
        ("shch", "S"), ("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"), ("sz", "S"), ("cz", "S"),
        ("zh", "g"), ("dj", "g"), ("gh", "g"), ("kh", "h"), ("ph", "f"), ("th", "t"), ("ts", "s"), ("tz", "s"),
        ("ck", "k"), ("qu", "k"), ("ou", ""), ("x", "ks"),
    ];

    // Regnal numbers are written as numerals in one script and as ordinals in another (عبد الله الثاني = Abdullah II).
    private static readonly Dictionary<string, string> Ordinals = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4", ["الثاني"] = "2", ["الثالث"] = "3", ["الرابع"] = "4", ["второи"] = "2", ["третии"] = "3",
    };

    private static string LatinSkeleton(string word)
    {
        if (word.Length > 2 && word[^1] == 'h' && "aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            word = word[..^1]; // Qasrah = Qasra: a final h after a vowel is the ta marbuta of the Arabic spelling
        }

        var sb = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            var matched = false;
            foreach (var (from, to) in Digraphs)
            {
                if (string.CompareOrdinal(word, i, from, 0, from.Length) == 0)
                {
                    sb.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                continue;
            }

            var c = word[i++];
            var mapped = c switch
            {
                'j' or 'g' => 'g',
                'c' or 'q' or 'k' => 'k',
                'w' or 'v' or 'f' => 'f',
                'p' or 'b' => 'b',
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' => '\0',
                _ when char.IsLetter(c) => c,
                _ => '\0',
            };
            if (mapped != '\0')
            {
                sb.Append(mapped);
            }
        }

        var result = Collapse(sb.ToString());
        return result.Length > 0 ? result : word.Length > 0 ? VowelsOnly : string.Empty;
    }

    private static string Collapse(string s)
    {
        if (s.Length < 2)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
