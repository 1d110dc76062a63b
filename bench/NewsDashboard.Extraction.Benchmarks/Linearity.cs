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

    /// <summary>
    /// Bytes the extraction allocates on this thread for the input and for ten times the input. Unlike time, this does
    /// not move with the machine's load: a pass that copies or rescans per item shows as a ratio far above 10.
    /// </summary>
    public static (long Small, long Large) AllocatedBytes(string piece, int times, int factor = 10)
    {
        NewsExtractor.Default.Extract(new ArticleInput(Article(piece, Math.Min(times, 50)))); // JIT and lexicon first
        return (Allocated(Article(piece, times)), Allocated(Article(piece, times * factor)));
    }

    private static long Allocated(string body)
    {
        var input = new ArticleInput(body, "Title");
        var before = GC.GetAllocatedBytesForCurrentThread();
        NewsExtractor.Default.Extract(input, new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero));
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Runs every case and prints the 10× ratios of time and of bytes allocated; exit code 1 if either is above 12×.
    /// A case above 12× in time is timed again (up to three rounds in all): a busy machine only ever adds time.
    /// </summary>
    public static int Run(TextWriter output)
    {
        var failed = 0;
        output.WriteLine($"{"input",-28} {"1×",10} {"10×",10} {"time",7} {"alloc",7}");
        foreach (var (name, piece, times) in Linearity.Cases)
        {
            var ratio = double.MaxValue;
            (TimeSpan Small, TimeSpan Large) timing = default;
            for (var round = 0; round < 3 && ratio > 12; round++)
            {
                var next = Grow(piece, times);
                // Below a few milliseconds the timer and the collector dominate: compare against a floor.
                var nextRatio = next.Large.TotalMilliseconds / Math.Max(next.Small.TotalMilliseconds, 2);
                (ratio, timing) = nextRatio < ratio ? (nextRatio, next) : (ratio, timing);
            }

            var (smallBytes, largeBytes) = AllocatedBytes(piece, times);
            var allocation = (double)largeBytes / smallBytes;
            var ok = ratio <= 12 && allocation <= 12;
            failed += ok ? 0 : 1;
            output.WriteLine($"{name,-28} {timing.Small.TotalMilliseconds,8:F1}ms {timing.Large.TotalMilliseconds,8:F1}ms {ratio,6:F1}× {allocation,6:F1}× {(ok ? "" : "TOO SLOW")}");
        }

        return failed == 0 ? 0 : 1;
    }
}
