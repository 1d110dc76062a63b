using NewsDashboard.Extraction;

namespace NewsDashboard.Extraction.Tests;

public class ArticleTextTests
{
    [Fact]
    public void Parse_FrontMatter_FillsMetadataAndSplitsTitleFromBody()
    {
        var raw = "---\nsource: Example Agency\nurl: https://example.org/a\npublished: 2025-07-31T09:30:00Z\nlanguage: fr\n---\nUn titre\n\nLe corps.\nSuite.";

        var input = ArticleText.Parse(raw, "a.txt");

        Assert.Equal("Example Agency", input.Source);
        Assert.Equal("https://example.org/a", input.Url);
        Assert.Equal("fr", input.Language);
        Assert.Equal(new DateTimeOffset(2025, 7, 31, 9, 30, 0, TimeSpan.Zero), input.Published);
        Assert.Equal("Un titre", input.Title);
        Assert.Equal("Le corps.\nSuite.", input.Body);
    }

    [Theory]
    [InlineData("وزير الخارجية يلتقي نظيره", "ar")]
    [InlineData("Министр иностранных дел встретился с коллегой", "ru")]
    [InlineData("The foreign minister met his counterpart", "en")]
    public void Identify_ByScript_ReturnsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }
}
