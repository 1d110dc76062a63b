using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Cli.Train;

/// <summary>
/// Reads the training folder: <c>{ar,en,fr,ru}/*.conll</c> (TOKEN TAB IOB2-TAG, a blank line between sentences,
/// <c># doc: ID</c> before each document) and the person-name lists in <c>names/*.tsv</c>.
/// </summary>
internal static class ConllCorpus
{
    public static readonly string[] Languages = ["ar", "en", "fr", "ru"];

    /// <summary>Sentences without a document id are grouped by this many into one pseudo-document (for folds).</summary>
    private const int BlockSentences = 50;

    public static List<TrainingSentence> Read(string root, Action<string> log)
    {
        var sentences = new List<TrainingSentence>();
        foreach (var language in Languages)
        {
            var folder = Path.Combine(root, language);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.conll").Order(StringComparer.Ordinal))
            {
                var before = sentences.Count;
                ReadFile(file, language, sentences);
                log($"{language}/{Path.GetFileName(file)}: {sentences.Count - before} sentences");
            }
        }

        return sentences;
    }

    private static void ReadFile(string file, string language, List<TrainingSentence> into)
    {
        var corpus = Path.GetFileNameWithoutExtension(file);
        string? document = null;
        var words = new List<string>();
        var tags = new List<int>();
        var count = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (line.StartsWith("# doc:", StringComparison.Ordinal))
            {
                document = line["# doc:".Length..].Trim();
                continue;
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{file}:{lineNumber}: expected TOKEN<TAB>TAG");
            }

            words.Add(line[..tab]);
            tags.Add(NameTags.Parse(line[(tab + 1)..]));
        }

        Flush();

        void Flush()
        {
            if (words.Count == 0)
            {
                return;
            }

            var id = corpus + ":" + (document ?? "block" + (count / BlockSentences).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (TrainingSentence.From(language, id, words, tags) is { } sentence)
            {
                into.Add(sentence);
            }

            count++;
            words.Clear();
            tags.Clear();
        }
    }

    /// <summary>Every name word of the lists (both scripts of each row), folded as the engine folds words.</summary>
    public static NameTokenSet ReadNames(string root, Action<string> log)
    {
        var set = NameTokenSet.Empty;
        var folder = Path.Combine(root, "names");
        if (!Directory.Exists(folder))
        {
            log("names/: none");
            return set;
        }

        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var rows = 0;
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var columns = line.Split('\t');
                for (var c = 0; c < Math.Min(2, columns.Length); c++)
                {
                    foreach (var token in Tokenizer.Tokenize(columns[c]))
                    {
                        if (token.Norm.Length > 1)
                        {
                            set.Add(token.Norm);
                        }
                    }
                }

                rows++;
            }

            log($"names/{Path.GetFileName(file)}: {rows} rows");
        }

        return set;
    }
}

/// <summary>The usual Latin spelling of each Arabic or Cyrillic name word in the Wikidata name lists.</summary>
internal static class NameSpellings
{
    // A Cyrillic word seen fewer times that a case ending turns into a name seen more often is taken for that case
    // form ("Юрия", once as "Yuriya", is the genitive of Юрий; "Йозефа", twice as "Josepha", of Йозеф): with no known
    // spelling the engine reads its case. A rare word that is no such form keeps its spelling (Ельцин → Yeltsin).
    private const int MinUses = 3;

    // Folded (й → и): an oblique ending and what the nominative has instead.
    private static readonly (string Oblique, string Nominative)[] CaseForms =
        [("а", ""), ("у", ""), ("ом", ""), ("е", ""), ("я", "и"), ("я", "ь"), ("ю", "ь"), ("ы", "а"), ("и", "а"), ("ои", "а"), ("у", "а")];

    /// <summary>A spelling is kept when the word has <see cref="MinUses"/> uses at least and it is the one used for at least half of them.</summary>
    public static Dictionary<string, string> Read(string root, Action<string> log, out HashSet<string> rare)
    {
        rare = new HashSet<string>(StringComparer.Ordinal);
        var best = new Dictionary<string, (string Latin, int Count, int Total)>(StringComparer.Ordinal);
        foreach (var file in new[] { "wikidata_person_name_tokens_en_ar.tsv", "wikidata_person_name_tokens_en_ru.tsv" })
        {
            var path = Path.Combine(root, "names", file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var columns = line.Split('\t');
                if (columns.Length < 3 || !int.TryParse(columns[2], System.Globalization.CultureInfo.InvariantCulture, out var count))
                {
                    continue;
                }

                var words = NewsDashboard.Extraction.Text.Tokenizer.Tokenize(columns[1]);
                if (words.Count != 1 || columns[0].Any(c => !char.IsLetter(c) && c is not ('-' or '\'')))
                {
                    continue;
                }

                var key = words[0].Norm;
                var (latin, seen, total) = best.GetValueOrDefault(key, (string.Empty, 0, 0));
                best[key] = count > seen || (count == seen && string.CompareOrdinal(columns[0], latin) < 0)
                    ? (columns[0], count, total + count)
                    : (latin, seen, total + count);
            }
        }

        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (latin, count, total)) in best)
        {
            // An Arabic word keeps its commonest spelling even where variants share the uses (فيتالي: Vitaly 13, Vitali
            // 10, Vitaliy 5): any of them reads better than letters with guessed vowels, and the word is a listed name.
            if ((count * 2 >= total || IsArabic(key)) && latin.Length > 1 && (total >= MinUses || !IsRareCaseForm(key, total, best)))
            {
                spellings[key] = char.ToUpperInvariant(latin[0]) + latin[1..];
                if (total == 1 && IsArabic(key))
                {
                    rare.Add(key);
                }
            }
        }

        // The Google transliteration list (mostly foreign and Arabic names written in Arabic, no counts) gives the
        // spelling of Arabic words Wikidata's labels lack (بسام → Bassam, نوشيروان → Nawshirwan): its commonest one.
        var google = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var googlePath = Path.Combine(root, "names", "google_ar2en_names.tsv");
        if (File.Exists(googlePath))
        {
            foreach (var line in File.ReadLines(googlePath).Skip(1))
            {
                var columns = line.Split('\t');
                if (columns.Length < 2 || columns[1].Length < 2 || columns[1].Any(c => !char.IsLetter(c) && c is not ('-' or '\'')))
                {
                    continue;
                }

                var words = NewsDashboard.Extraction.Text.Tokenizer.Tokenize(columns[0]);
                if (words.Count != 1 || !IsArabic(words[0].Norm))
                {
                    continue;
                }

                rare.Remove(words[0].Norm); // a transliterated name as well as a Wikidata label
                if (spellings.ContainsKey(words[0].Norm))
                {
                    continue;
                }

                var byLatin = google.TryGetValue(words[0].Norm, out var known) ? known : google[words[0].Norm] = new Dictionary<string, int>(StringComparer.Ordinal);
                byLatin[columns[1]] = byLatin.GetValueOrDefault(columns[1]) + 1;
            }
        }

        foreach (var (key, byLatin) in google)
        {
            var latin = byLatin.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key.Trim('\'');
            if (latin.Length > 1)
            {
                spellings[key] = char.ToUpperInvariant(latin[0]) + latin[1..];
            }
        }

        log($"names: {spellings.Count} known Latin spellings of Arabic and Cyrillic name words ({rare.Count} Arabic ones held once)");
        return spellings;
    }

    private static bool IsArabic(string key) => key.Length > 0 && key[0] is >= '\u0600' and <= '\u06FF';

    private static bool IsRareCaseForm(string key, int total, Dictionary<string, (string Latin, int Count, int Total)> best)
    {
        if (key.Length < 4 || key[0] is < 'а' or > 'я')
        {
            return false;
        }

        foreach (var (oblique, nominative) in CaseForms)
        {
            if (key.EndsWith(oblique, StringComparison.Ordinal)
                && best.TryGetValue(key[..^oblique.Length] + nominative, out var lemma) && lemma.Total > total)
            {
                return true;
            }
        }

        return false;
    }
}
