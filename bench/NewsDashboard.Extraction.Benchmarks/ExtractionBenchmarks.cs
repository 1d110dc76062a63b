using BenchmarkDotNet.Attributes;
using NewsDashboard.Extraction;

namespace NewsDashboard.Extraction.Benchmarks;

/// <summary>
/// Whole-pipeline extraction: the seed article, a 3 KB article (throughput bar: 300 articles/s per core),
/// a 50 KB article, and 1 MB adversarial inputs (repeated quotation marks, titles, names).
/// Run: dotnet run -c Release --project bench/NewsDashboard.Extraction.Benchmarks -- --job short --filter '*'
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    // Written for this benchmark: a short wire story in Arabic and one in English.
    private const string ArabicParagraph =
        "أعلن وزير الخارجية الروسي سيرغي لافروف أنه سيلتقي نظيره السوري أسعد الشيباني في موسكو الأسبوع المقبل، " +
        "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن المحادثات ستتناول الوضع في سوريا. " +
        "وأضاف لافروف: \"نتطلع إلى علاقات قائمة على الاحترام\". وكان الرئيس السوري أحمد الشرع قد زار أنقرة والتقى الرئيس التركي.\n";

    private const string EnglishParagraph =
        "Russian Foreign Minister Sergei Lavrov will host his Syrian counterpart Asaad al-Shaibani in Moscow next week, " +
        "Foreign Ministry spokeswoman Maria Zakharova told reporters. \"We look forward to relations built on respect,\" Lavrov said. " +
        "Syrian President Ahmed al-Sharaa visited Ankara on Tuesday and met Turkish President Recep Tayyip Erdogan.\n";

    private ArticleInput _seed = null!;
    private ArticleInput _article3K = null!;
    private ArticleInput _article50K = null!;
    private ArticleInput _quotes1M = null!;
    private ArticleInput _titles1M = null!;
    private ArticleInput _names1M = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seedPath = FindUp(Path.Combine("seeds", "000_7bba44013deafea9.txt"));
        _seed = ArticleText.Parse(File.ReadAllText(seedPath), "seed.txt");
        _article3K = new ArticleInput(Repeat(ArabicParagraph + EnglishParagraph, 3 * 1024), "Talks in Moscow");
        _article50K = new ArticleInput(Repeat(ArabicParagraph + EnglishParagraph, 50 * 1024), "Talks in Moscow");
        _quotes1M = new ArticleInput(Repeat("\"«»“", 1 << 20));
        _titles1M = new ArticleInput(Repeat("وزير الخارجية الروسي سيرجي لافروف ", 1 << 20));
        _names1M = new ArticleInput(Repeat("Russian Foreign Minister Sergei Lavrov said \"", 1 << 20));
        _ = NewsExtractor.Default.Extract(_seed); // load the lexicon outside the measurement
    }

    [Benchmark(Baseline = true)]
    public ExtractionResult Seed() => NewsExtractor.Default.Extract(_seed);

    [Benchmark]
    public ExtractionResult Article3K() => NewsExtractor.Default.Extract(_article3K);

    [Benchmark]
    public ExtractionResult Article50K() => NewsExtractor.Default.Extract(_article50K);

    [Benchmark]
    public ExtractionResult Quotes1M() => NewsExtractor.Default.Extract(_quotes1M);

    [Benchmark]
    public ExtractionResult Titles1M() => NewsExtractor.Default.Extract(_titles1M);

    [Benchmark]
    public ExtractionResult Names1M() => NewsExtractor.Default.Extract(_names1M);

    private static string Repeat(string unit, int length)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1));
        return text[..length];
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
