using System.Reflection;
using System.Text;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Names;

/// <summary>
/// Readable Latin spellings for names the lexicon does not know: Cyrillic by a fixed table (Сергей Лавров →
/// Sergey Lavrov); Arabic by a table of common name spellings (محمد → Mohammed, عبد الله → Abdullah) and,
/// for the rest, letters with simple vowel guesses (مرهف أبو قصرة → Marhaf Abu Qasra).
/// </summary>
internal static class Romanizer
{
    private static readonly Lazy<Dictionary<string, string>> ArabicNames = new(LoadArabicNames);

    private static readonly string[] Cyrillic = BuildCyrillic();

    /// <summary>True for a word of the common Arabic name table (folded form), e.g. وليد, محمد.</summary>
    public static bool IsKnownArabicName(string norm) => ArabicNames.Value.ContainsKey(norm);

    public static string CyrillicToLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            sb.Append(c is >= 'а' and <= 'я' ? Cyrillic[c - 'а'] : c == 'ё' ? "yo" : c.ToString());
        }

        return sb.ToString();
    }

    /// <summary>Romanises a name written in any script, word by word, capitalising each word.</summary>
    public static string Romanize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var tokens = Tokenizer.Tokenize(name);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Script)
            {
                case Script.Arabic:
                    if (t.Norm == "عبد" && i + 1 < tokens.Count && ArabicNames.Value.TryGetValue("عبد " + tokens[i + 1].Norm, out var compound))
                    {
                        words.Add(compound);
                        i++;
                    }
                    else if (t.Norm == "عبد" && i + 1 < tokens.Count && tokens[i + 1].Norm is { Length: > 3 } next && next.StartsWith("ال", StringComparison.Ordinal))
                    {
                        // "عبد الأمير", "عبد الحكيم": "servant of" and a name of God, one name (not "Abdul Prince").
                        words.Add("Abd " + ArabicWord("ال" + next[2..], definite: true));
                        i++;
                    }
                    else
                    {
                        var word = ArabicWord(t.Norm);
                        // "سعيدة بن حبيلس": a family name the lists spell with its "Ben" (Benhabyles) takes the link along.
                        if (i > 0 && tokens[i - 1].Norm is "بن" && words.Count > 0 && words[^1] == ArabicWord("بن")
                            && word.Length > 4 && (word.StartsWith("Ben", StringComparison.Ordinal) || word.StartsWith("Bin", StringComparison.Ordinal)))
                        {
                            words.RemoveAt(words.Count - 1);
                        }

                        words.Add(word);
                    }

                    break;
                case Script.Cyrillic:
                    // The usual spelling where the name lists know the word (Цукерберг → Zuckerberg), else letter by letter;
                    // an acronym is no name word (МИД is not "Mead").
                    var latin = (t.Has(TokenFlags.AllUpper) ? null : Tagging.NameTagger.Default?.Spelling(t.Norm))
                        ?? CyrillicToLatin(name.Substring(t.Start, t.Length).ToLowerInvariant());
                    words.Add(t.Has(TokenFlags.HyphenBefore) && words.Count > 0 ? "-" + Capitalize(latin) : Capitalize(latin));
                    break;
                default:
                    var original = name.Substring(t.Start, t.Length);
                    words.Add(t.Has(TokenFlags.HyphenBefore) && words.Count > 0 ? "-" + original : original);
                    break;
            }
        }

        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && !w.StartsWith('-') && sb[^1] != '-')
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    private static string ArabicWord(string norm, bool definite = false)
    {
        if (!definite && ArabicNames.Value.TryGetValue(norm, out var known))
        {
            return known;
        }

        if (!definite && Tagging.NameTagger.Default?.Spelling(norm) is { } usual)
        {
            return WithArticle(usual);
        }

        if (norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal))
        {
            var rest = norm[2..];
            return "al-" + (ArabicNames.Value.TryGetValue(rest, out var k) ? k
                : Tagging.NameTagger.Default?.Spelling(rest) is { } listed ? WithoutArticle(listed)
                : Capitalize(ArabicLetters(rest)));
        }

        return Capitalize(ArabicLetters(norm));
    }

    // The lists write the article in many ways ("Al-jubouri", "El-Sisi", "Aljazeera"): as "al-" and a capital.
    private static string WithArticle(string spelling)
    {
        foreach (var article in (string[])["al-", "el-"])
        {
            if (spelling.Length > article.Length + 1 && spelling.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return "al-" + Capitalize(spelling[article.Length..]);
            }
        }

        return spelling;
    }

    private static string WithoutArticle(string spelling)
    {
        var withArticle = WithArticle(spelling);
        return withArticle.StartsWith("al-", StringComparison.Ordinal) ? withArticle[3..] : withArticle;
    }

    // Letters to Latin; long vowels are written, short ones guessed: an "a" between two consonants.
    private static string ArabicLetters(string word)
    {
        var sb = new StringBuilder(word.Length * 2);
        var previousConsonant = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var last = i == word.Length - 1;
            string piece;
            bool consonant;
            switch (c)
            {
                case 'ا': piece = "a"; consonant = false; break;
                case 'و': piece = i == 0 ? "w" : previousConsonant ? "ou" : "w"; consonant = i == 0 || !previousConsonant; break;
                case 'ي': piece = i == 0 ? "y" : previousConsonant ? "i" : "y"; consonant = i == 0 || !previousConsonant; break;
                case 'ه' when last: piece = "a"; consonant = false; break;
                // ع opening a word before a consonant, or between two consonants, carries a vowel the script does
                // not write (عبادي → Abadi, معمري → Maamri); elsewhere it is a stop (').
                case 'ع' when !last && IsConsonantLetter(word[i + 1]) && (i == 0 || previousConsonant):
                    piece = i == 0 ? "a" : "aa"; consonant = false; break;
                case 'ع' or 'ء': piece = i == 0 ? string.Empty : "'"; consonant = false; break;
                default: piece = ArabicConsonant(c); consonant = piece.Length > 0; break;
            }

            // Short vowels are not written: guess one in a word-initial cluster (مرهف → Mar…) and before a
            // word-final one (…haf); clusters inside a word are often real (Saboutnik).
            var initialCluster = i == 1;
            var finalCluster = last && i >= 2;
            if (consonant && previousConsonant && c is not ('و' or 'ي') && (initialCluster || finalCluster))
            {
                sb.Append('a');
            }

            sb.Append(piece);
            previousConsonant = consonant;
        }

        return sb.ToString().Replace("''", "'", StringComparison.Ordinal).Trim('\'');
    }

    private static bool IsConsonantLetter(char c) => c is not ('ا' or 'و' or 'ي' or 'ى' or 'ه' or 'ع' or 'ء') && ArabicConsonant(c).Length > 0;

    private static string ArabicConsonant(char c) => c switch
    {
        'ب' => "b", 'ت' => "t", 'ث' => "th", 'ج' => "j", 'ح' => "h", 'خ' => "kh", 'د' => "d", 'ذ' => "dh",
        'ر' => "r", 'ز' => "z", 'س' => "s", 'ش' => "sh", 'ص' => "s", 'ض' => "d", 'ط' => "t", 'ظ' => "z",
        'غ' => "gh", 'ف' => "f", 'ق' => "q", 'ك' => "k", 'ل' => "l", 'م' => "m", 'ن' => "n", 'ه' => "h",
        'پ' => "p", 'چ' => "ch", 'ژ' => "zh", 'گ' => "g", 'ڤ' => "v",
        _ => string.Empty,
    };

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string[] BuildCyrillic()
    {
        // а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я (and folded й = и)
        return
        [
            "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
            "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
        ];
    }

    private static Dictionary<string, string> LoadArabicNames()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("romanization/ar-names.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                map[Normalizer.Normalize(line[..tab])] = line[(tab + 1)..].Trim();
            }
        }

        return map;
    }
}

/// <summary>Reads the embedded data files under Data/.</summary>
internal static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;

    public static bool Exists(string relativePath) => Assembly.GetManifestResourceInfo(ResourceName(relativePath)) is not null;

    /// <summary>The embedded file, or null when the build has none.</summary>
    public static Stream? Open(string relativePath) => Assembly.GetManifestResourceStream(ResourceName(relativePath));

    public static string ReadAll(string relativePath)
    {
        using var stream = Open(relativePath);
        if (stream is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-blank lines without '#' comments.</summary>
    public static IEnumerable<string> ReadLines(string relativePath)
    {
        foreach (var raw in ReadAll(relativePath).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return line;
        }
    }

    private static string ResourceName(string relativePath) => "NewsDashboard.Extraction.Data." + relativePath;
}
