using System.Diagnostics;

namespace NewsDashboard.Extraction.Benchmarks;

/// <summary>
/// Hostile inputs that grow one feature (line breaks, quotes, paragraphs, titles, names, dates) and a timing of the
/// whole extraction entry point at two sizes ten times apart. A linear pipeline takes about ten times as long on the
/// larger input; a quadratic one a hundred. The benchmark runs it as a check
/// (<c>dotnet run -c Release --project bench/NewsDashboard.Extraction.Benchmarks -- linearity</c>); the tests link this
/// file and assert the same ratios loosely.
/// </summary>
public static class Linearity
{
    /// <summary>Name, the repeated piece, and how often it is repeated in the smaller input.</summary>
    public static readonly IReadOnlyList<(string Name, string Piece, int Times)> Cases =
    [
        ("newlines", "\n", 20_000),
        ("blank lines between words", "a\n\n\n", 5_000),
        ("quotes", "\"Yes,\" he said. ", 1_000),
        ("quote marks", "\"«»“", 20_000),
        ("paragraphs", "He said so.\n\n", 2_000),
        ("bullets", "- نريد\".\n", 4_000),
        ("titles", "Russian Foreign Minister ", 1_000),
        ("arabic titles", "وزير الخارجية الروسي سيرجي لافروف ", 500),
        ("names", "Sergei Lavrov ", 4_000),
        ("cyrillic names", "Сергей Лавров заявил ", 2_000),
        ("dates", "on 12 March 2025 ", 4_000),
        ("met on dates", "Lavrov met Shaibani on Thursday. ", 500),
    ];

    /// <summary>The article: a word, the piece repeated, a word (so the run sits between two tokens).</summary>
    public static string Article(string piece, int times) => "x" + string.Concat(Enumerable.Repeat(piece, times)) + "y";

    /// <summary>The best of <paramref name="rounds"/> timings of one extraction (the least disturbed by other load).</summary>
    public static TimeSpan BestOf(int rounds, string body)
    {
        var input = new ArticleInput(body, "Title");
        var best = TimeSpan.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            NewsExtractor.Default.Extract(input, new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero));
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    /// <summary>Times the small and the ten-times larger input (best of three each) and returns both.</summary>
    public static (TimeSpan Small, TimeSpan Large) Grow(string piece, int times, int factor = 10)
    {
        NewsExtractor.Default.Extract(new ArticleInput(Article(piece, Math.Min(times, 50)))); // load the lexicon and JIT outside the timing
        var small = BestOf(3, Article(piece, times));
        var large = BestOf(3, Article(piece, times * factor));
        return (small, large);
    }

    /// <summary>Runs every case and prints the ratios; exit code 1 if any grows faster than 12× for 10× the input.</summary>
    public static int Run(TextWriter output)
    {
        var failed = 0;
        output.WriteLine($"{"input",-28} {"1×",10} {"10×",10} {"ratio",7}");
        foreach (var (name, piece, times) in Cases)
        {
            var (small, large) = Grow(piece, times);
            // Below a few milliseconds the timer and the collector dominate: compare against a floor.
            var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 2);
            var ok = ratio <= 12;
            failed += ok ? 0 : 1;
            output.WriteLine($"{name,-28} {small.TotalMilliseconds,8:F1}ms {large.TotalMilliseconds,8:F1}ms {ratio,6:F1}× {(ok ? "" : "TOO SLOW")}");
        }

        return failed == 0 ? 0 : 1;
    }
}
