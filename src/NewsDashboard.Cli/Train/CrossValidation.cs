using System.Globalization;
using System.Text;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Cli.Train;

/// <summary>K-fold cross-validation by document: exact-span precision, recall and F1 per language and type.</summary>
internal static class CrossValidation
{
    public static string Run(PerceptronTrainer trainer, List<TrainingSentence> sentences, int folds, int epochs, Action<string> log)
    {
        var tally = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = sentences.Where(s => FoldOf(s.Document, folds) != fold).ToList();
            var test = sentences.Where(s => FoldOf(s.Document, folds) == fold).ToList();
            log($"fold {fold + 1}/{folds}: {train.Count} training sentences, {test.Count} held out");
            var tagger = new NameTagger(trainer.Train(train, epochs, log));
            foreach (var sentence in test)
            {
                var forms = sentence.Tokens.Select(t => TokenForms.ForText(t)).ToArray();
                var predicted = tagger.TagSentence(sentence.Text, sentence.Tokens, forms);
                var gold = new List<TaggedSpan>();
                NameTags.Spans(sentence.Tags, 0, gold);
                var goldSet = gold.ToHashSet();
                var predictedSet = predicted.ToHashSet();
                foreach (var span in predictedSet)
                {
                    var right = goldSet.Contains(span);
                    Count(tally, sentence, span.Type, right ? 1 : 0, right ? 0 : 1, 0);
                }

                foreach (var span in goldSet.Where(g => !predictedSet.Contains(g)))
                {
                    Count(tally, sentence, span.Type, 0, 0, 1);
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"| language | type | P | R | F1 | gold spans |");
        report.AppendLine("|---|---|---|---|---|---|");
        foreach (var (key, (tp, fp, fn)) in tally)
        {
            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            var parts = key.Split('|');
            report.AppendLine(CultureInfo.InvariantCulture, $"| {parts[0]} | {parts[1]} | {p:F3} | {r:F3} | {f:F3} | {tp + fn} |");
        }

        return report.ToString();
    }

    private static void Count(SortedDictionary<string, (int Tp, int Fp, int Fn)> tally, TrainingSentence sentence, NameType type, int tp, int fp, int fn)
    {
        foreach (var key in new[] { $"{sentence.Language}|{type}", $"{sentence.Language}|all", $"{Corpus(sentence)}|all" })
        {
            var (a, b, c) = tally.GetValueOrDefault(key);
            tally[key] = (a + tp, b + fp, c + fn);
        }
    }

    private static string Corpus(TrainingSentence sentence) => sentence.Language + "/" + sentence.Document[..sentence.Document.IndexOf(':', StringComparison.Ordinal)];

    private static int FoldOf(string document, int folds) => (int)(FeatureHash.Mix(FeatureHash.Of(document)) % (ulong)folds);
}
