using System.Diagnostics;
using CsCheck;

namespace NewsDashboard.Extraction.Tests.Robustness;

/// <summary>
/// A bounded fuzz run of the extraction entry point (20 s in CI): long runs of hostile pieces — line breaks, quotation
/// marks, titles, names, dates, bullets, controls — mixed at random, extracted within a budget. Every article comes
/// back (no exception), its offsets inside the text, and in time. A failure prints the seed that reproduces it.
/// </summary>
public sealed class ExtractionFuzzTests
{
    private static readonly string[] Pieces =
    [
        "\n", "\n\n", " \n", "\"", "«", "»", "“", "”", "„", "'", "- ", "• ", ". ", ": ", "، ", "\u200B", "\u202E", "\uFEFF", "\t",
        "Russian Foreign Minister ", "Sergei Lavrov ", "said ", "\"Yes,\" he said. ", "He said so.\n\n", "- نريد\".\n",
        "وزير الخارجية الروسي سيرجي لافروف ", "قال ", "Сергей Лавров заявил ", "глава МИД России ", "on 12 March 2025 ",
        "on Thursday ", "yesterday ", "٣١ تموز ", "Lavrov met Shaibani in Moscow. ", "President ", "al-", "U.S. ", "J. K. ",
    ];

    // Up to 24 runs of one piece repeated up to 2,000 times: texts from empty to about 100 KB.
    private static readonly Gen<string> HostileText = Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[1, 2_000])
        .Array[0, 24]
        .Select(runs => string.Concat(runs.Select(r => string.Concat(Enumerable.Repeat(Pieces[r.Item1], r.Item2)))));

    private static readonly ExtractionBudget Budget = new(64 * 1024, TimeSpan.FromSeconds(1));

    [Fact]
    public void Extract_HostileRunsForTwentySeconds_EveryArticleBackInTimeWithOffsetsInside()
        => HostileText.Sample(text =>
        {
            var watch = Stopwatch.StartNew();
            var analysis = NewsExtractor.Default.Analyze(new ArticleInput(text, "Fuzz"), new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero), Budget);
            var length = analysis.Document.Text.Length;

            // The budget skips passes after 1 s; each pass is linear in at most 64 KB, so 10 s is a loaded machine's margin.
            return watch.Elapsed < TimeSpan.FromSeconds(10)
                && analysis.Mentions.All(m => m.Start >= 0 && m.End <= length && m.Length > 0)
                && analysis.Result.Quotes.All(q => !string.IsNullOrWhiteSpace(q.Text))
                && (text.Length <= Budget.MaxChars || analysis.Result.CutShort is not null);
        }, time: 20, threads: 1, print: t => $"{t.Length} chars: {t[..Math.Min(t.Length, 200)]}…");
}
