namespace NewsDashboard.Extraction.Tests;

public sealed class NewsExtractorTests
{
    private const string Body = "Sergey Lavrov arrived in Ankara on Monday for talks with Hakan Fidan.\n\n"
        + "The two ministers discussed the grain corridor and prisoner exchanges.";

    [Theory]
    [InlineData(null)]
    [InlineData("Sergey Lavrov arrived in Ankara on Monday for talks with Hakan Fidan.")]
    [InlineData("  Sergey Lavrov arrived in Ankara on Monday for talks with Hakan Fidan.  ")]
    public void Extract_TitleThatIsTheBodysFirstLine_CountsItsNamesOnce(string? title)
    {
        var result = NewsExtractor.Default.Extract(new ArticleInput(Body, title, Language: "en"));

        Assert.Equal(1, result.Entities.Single(e => e.Name == "Sergey Lavrov").Mentions);
        Assert.Equal(1, result.Entities.Single(e => e.Name == "Hakan Fidan").Mentions);
        Assert.Equal(title ?? string.Empty, result.Title);
        // Ranges still count into title, blank line, body, as the contract says, though the title was not read.
        var text = string.IsNullOrEmpty(title) ? Body : title + "\n\n" + Body;
        var span = Assert.Single(result.Entities.Single(e => e.Name == "Sergey Lavrov").Spans!);
        Assert.Equal("Sergey Lavrov", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Extract_HeadlineOfItsOwn_CountsItsNamesToo()
    {
        var result = NewsExtractor.Default.Extract(new ArticleInput(Body, "Lavrov in Ankara", Language: "en"));

        Assert.Equal(2, result.Entities.Single(e => e.Name == "Sergey Lavrov").Mentions);
    }
}
