namespace NewsDashboard.Extraction.Tests;

/// <summary>
/// The offsets the extraction gives (the contract's <see cref="TextRange"/>) point at what it read, in the text as the
/// input format writes it (title, blank line, body): a quote's words, a meeting's evidence sentences, each mention of an
/// entity. A reader marks exactly these characters, so they must be exact.
/// </summary>
public sealed class TextRangeTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root(), "tests", "fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        data.Add(Path.Combine("..", "..", "..", "seeds", Quotes.SeedArticle.File)); // relative to tests/fixtures/articles
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Extract_FixtureArticle_EveryRangeIsWhatWasRead(string file)
    {
        var input = ArticleText.Parse(File.ReadAllText(Path.Combine(Root(), "tests", "fixtures", "articles", file)), file);
        var text = string.IsNullOrEmpty(input.Title) ? input.Body : input.Title + "\n\n" + input.Body;

        var result = NewsExtractor.Default.Extract(input, new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero));

        foreach (var quote in result.Quotes)
        {
            var pieces = Slices(text, quote.Spans);
            Assert.NotEmpty(pieces);
            Assert.Equal(Words(quote.Text), Words(string.Join(" ", pieces)));
            if (pieces.Count == 1)
            {
                Assert.Equal(quote.Text, pieces[0]);
            }
        }

        foreach (var meeting in result.Meetings)
        {
            Assert.Equal(meeting.Evidence, string.Join(" ", Slices(text, meeting.EvidenceSpans)));
        }

        foreach (var entity in result.Entities)
        {
            var mentions = Slices(text, entity.Spans);
            Assert.NotEmpty(mentions);
            Assert.All(mentions, m => Assert.Contains(m, entity.Surfaces));
        }
    }

    [Fact]
    public void Extract_QuoteWithAnAttributionInsideTheMarks_PointsAtBothPiecesAroundIt()
    {
        const string body = "«Мы продолжим переговоры, — сказал Лавров, — до тех пор, пока это необходимо».";
        var input = new ArticleInput(body, "Лавров о переговорах", Language: "ru");

        var quote = Assert.Single(NewsExtractor.Default.Extract(input).Quotes);

        var text = input.Title + "\n\n" + body;
        Assert.Equal(["Мы продолжим переговоры", "до тех пор, пока это необходимо"], Slices(text, quote.Spans));
    }

    private static List<string> Slices(string text, IReadOnlyList<TextRange>? ranges)
    {
        Assert.NotNull(ranges);
        Assert.All(ranges, r => Assert.True(r.Start >= 0 && r.Length > 0 && r.End <= text.Length, $"{r} outside {text.Length}"));
        Assert.Equal(ranges.OrderBy(r => r.Start), ranges);
        return [.. ranges.Select(r => text.Substring(r.Start, r.Length))];
    }

    private static string[] Words(string text)
        => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '،', ';', '؛', ':', '—', '–', '-')).Where(w => w.Length > 0).ToArray();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
