using System.Globalization;
using NewsDashboard.Extraction.Tagging;

namespace NewsDashboard.Cli.Train;

/// <summary>
/// <c>train --corpus DIR --out FILE [--epochs N] [--exclude-docs-in DIR] [--cv K]</c>: trains the name tagger on
/// the annotated corpora (deterministic: the same data gives the same file byte for byte); with <c>--cv K</c> it
/// first reports span precision, recall and F1 per language and type, cross-validated by document.
/// </summary>
internal static class TrainCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? corpus = null;
        string? output = null;
        string? excludeFolder = null;
        var epochs = 8;
        var folds = 0;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"train: {arg} needs a value");
            switch (arg)
            {
                case "--corpus": corpus = Value(); break;
                case "--out": output = Value(); break;
                case "--exclude-docs-in": excludeFolder = Value(); break;
                case "--epochs": epochs = PositiveInt(arg, Value()); break;
                case "--cv": folds = PositiveInt(arg, Value()); break;
                default: throw new UsageException($"train: unknown option '{arg}'");
            }
        }

        if (corpus is null || (output is null && folds == 0))
        {
            throw new UsageException("train: give --corpus DIR and --out FILE (or --cv K to only cross-validate)");
        }

        if (!Directory.Exists(corpus))
        {
            await stderr.WriteLineAsync($"newsdash: train: corpus folder '{corpus}' not found");
            return 1;
        }

        void Log(string line) => stderr.WriteLine(line);
        var sentences = ConllCorpus.Read(corpus, Log);
        if (excludeFolder is not null)
        {
            var excluded = Directory.GetFiles(excludeFolder).Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet(StringComparer.Ordinal);
            var before = sentences.Count;
            sentences = sentences.Where(s => !excluded.Contains(s.Document[(s.Document.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToList();
            Log($"excluded {before - sentences.Count} sentences of documents named in {excludeFolder}");
        }

        if (sentences.Count == 0)
        {
            await stderr.WriteLineAsync("newsdash: train: no annotated sentences found (expected {ar,en,fr,ru}/*.conll)");
            return 1;
        }

        var names = ConllCorpus.ReadNames(corpus, Log);
        var trainer = new PerceptronTrainer(names, TaggerLexicons.Default);
        if (folds > 1)
        {
            await stdout.WriteAsync(CrossValidation.Run(trainer, sentences, folds, epochs, Log));
        }

        if (output is not null)
        {
            var spellings = NameSpellings.Read(corpus, Log, out var rareNames);
            var model = trainer.Train(sentences, epochs, Log).WithSpellings(spellings, rareNames)
                .WithLexiconFingerprint(TaggerLexicons.Fingerprint());
            var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
            Directory.CreateDirectory(directory);
            var temporary = output + ".tmp";
            await using (var stream = File.Create(temporary))
            {
                model.Save(stream);
            }

            File.Move(temporary, output, overwrite: true);
            await stdout.WriteLineAsync($"model: {output} ({new FileInfo(output).Length / 1024} KiB, {sentences.Count} sentences, {epochs} epochs)");
        }

        return 0;
    }

    private static int PositiveInt(string option, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"train: {option} needs a positive whole number, not '{value}'");
}
