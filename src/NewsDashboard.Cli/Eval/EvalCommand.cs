using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsDashboard.Extraction;

namespace NewsDashboard.Cli.Eval;

/// <summary>
/// <c>eval --gold DIR [--gold DIR]... [--pred-out FILE] [--min-entity-f1 X] [--min-quote-f1 X] [--min-attribution-f1 X]
/// [--min-meeting-f1 X]</c>: extracts the article beside each <c>*.gold.json</c> (same base name, <c>.txt</c>; its
/// <c>published</c> anchors dates) and prints the contract scorer's figures per language and overall.
/// </summary>
internal static class EvalCommand
{
    private static readonly string[] Keys = ["entity", "quote", "attribution", "meeting"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var golds = new List<string>();
        var bars = new Dictionary<string, double>(StringComparer.Ordinal);
        string? predOut = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{arg} needs a value");
            if (arg == "--gold")
            {
                golds.Add(Value());
            }
            else if (arg == "--pred-out")
            {
                predOut = Value();
            }
            else if (arg.StartsWith("--min-", StringComparison.Ordinal) && arg.EndsWith("-f1", StringComparison.Ordinal))
            {
                var key = arg[6..^3];
                if (!Keys.Contains(key) || !double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var bar))
                {
                    throw new UsageException($"eval: bad option '{arg}'");
                }

                bars[key] = bar;
            }
            else
            {
                throw new UsageException($"eval: unknown argument '{arg}'");
            }
        }

        if (golds.Count == 0)
        {
            throw new UsageException("eval: give at least one --gold DIR");
        }

        var goldFiles = new List<string>();
        foreach (var g in golds)
        {
            if (Directory.Exists(g))
            {
                goldFiles.AddRange(Directory.EnumerateFiles(g, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(g))
            {
                goldFiles.Add(g);
            }
            else
            {
                await stderr.WriteLineAsync($"newsdash eval: no such gold directory '{g}'");
                return 2;
            }
        }

        if (goldFiles.Count == 0)
        {
            await stderr.WriteLineAsync("newsdash eval: no gold files found");
            return 2;
        }

        var byLanguage = new SortedDictionary<string, Summary>(StringComparer.Ordinal);
        var all = new Summary();
        var predictions = new List<string>();
        foreach (var goldFile in goldFiles)
        {
            var gold = JsonNode.Parse(await File.ReadAllTextAsync(goldFile))!;
            var name = Path.GetFileName(Scorer.Str(gold["file"]) ?? string.Empty);
            var article = Path.Combine(Path.GetDirectoryName(goldFile) ?? ".", name);
            if (!File.Exists(article))
            {
                article = goldFile[..^".gold.json".Length] + ".txt";
            }

            JsonNode pred;
            if (File.Exists(article))
            {
                var input = ArticleText.Parse(await File.ReadAllTextAsync(article), name);
                var published = Dates.ParsePublished(Scorer.Str(gold["published"]));
                if (published is not null)
                {
                    input = input with { Published = published };
                }

                var json = ContractJson.Serialize(NewsExtractor.Default.Extract(input, published ?? DateTimeOffset.UnixEpoch));
                predictions.Add(json);
                pred = JsonNode.Parse(json)!;
            }
            else
            {
                await stderr.WriteLineAsync($"newsdash eval: no article for '{goldFile}'");
                pred = new JsonObject();
                all.Missing.Add(name);
            }

            var language = Scorer.Str(gold["language"]) ?? Scorer.Str(pred["language"]) ?? "?";
            if (!byLanguage.TryGetValue(language, out var summary))
            {
                byLanguage[language] = summary = new Summary();
            }

            summary.Add(gold, pred);
            all.Add(gold, pred);
        }

        if (predOut is not null)
        {
            await File.WriteAllLinesAsync(predOut, predictions);
        }

        foreach (var (language, summary) in byLanguage)
        {
            await summary.PrintAsync(stdout, $"{language} ({summary.Articles} articles)", details: false);
        }

        await all.PrintAsync(stdout, $"all ({all.Articles} articles)", details: true);
        var failed = bars.Where(b => all.Tally(b.Key).Prf().F1 < b.Value).Select(b => $"{b.Key} F1 {Round(all.Tally(b.Key).Prf().F1)} < {b.Value}").ToList();
        if (failed.Count > 0)
        {
            await stdout.WriteLineAsync("below the bar: " + string.Join("; ", failed));
            return 1;
        }

        return 0;
    }

    private static string Round(double x) => Math.Round(x, 3, MidpointRounding.ToEven).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The scorer's tallies over a set of articles.</summary>
    internal sealed class Summary
    {
        private readonly Dictionary<string, Tally> _tallies = Keys.ToDictionary(k => k, _ => new Tally(), StringComparer.Ordinal);
        private readonly List<(string Type, int Error, int Gold)> _counts = [];
        private readonly MeetingAccuracy _meetings = new();

        public int Articles { get; private set; }

        public List<string> Missing { get; } = [];

        public Tally Tally(string key) => _tallies[key];

        public void Add(JsonNode gold, JsonNode pred)
        {
            Articles++;
            Scorer.ScoreEntities(gold, pred, _tallies["entity"], _counts);
            Scorer.ScoreQuotes(gold, pred, _tallies["quote"], _tallies["attribution"]);
            Scorer.ScoreMeetings(gold, pred, _tallies["meeting"], _meetings);
        }

        public double? MentionMeanAbsoluteError => _counts.Count == 0 ? null : _counts.Average(c => (double)c.Error);

        /// <summary>Share of matched gold entities whose mention count is exact, by type.</summary>
        public IReadOnlyDictionary<string, double> MentionExactByType => _counts.GroupBy(c => c.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(c => c.Error == 0) / (double)g.Count(), StringComparer.Ordinal);

        public MeetingAccuracy Meetings => _meetings;

        public async Task PrintAsync(TextWriter stdout, string heading, bool details)
        {
            await stdout.WriteLineAsync(heading);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"",-14}{"P",7}{"R",7}{"F1",7}{"tp",6}{"fp",6}{"fn",6}"));
            foreach (var key in Keys)
            {
                var t = _tallies[key];
                var (p, r, f) = t.Prf();
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{key,-14}{Round(p),7}{Round(r),7}{Round(f),7}{t.Tp,6}{t.Fp,6}{t.Fn,6}"));
            }

            if (!details)
            {
                await stdout.WriteLineAsync();
                return;
            }

            var exact = _counts.GroupBy(c => c.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: {Round(g.Count(c => c.Error == 0) / (double)g.Count())}");
            await stdout.WriteLineAsync("mention counts exact by type: {" + string.Join(", ", exact) + "} mean abs error: "
                + (MentionMeanAbsoluteError is { } mae ? Round(mae) : "None"));
            await stdout.WriteLineAsync($"meetings: location {Frac(_meetings.Location)} date {Frac(_meetings.Date)} status {Frac(_meetings.Status)} kind {Frac(_meetings.Kind)}");
            if (Missing.Count > 0)
            {
                await stdout.WriteLineAsync("no prediction for: " + string.Join(", ", Missing));
            }
        }

        private static string Frac(List<bool> xs) => xs.Count == 0 ? "None" : Round(xs.Count(x => x) / (double)xs.Count);
    }
}
