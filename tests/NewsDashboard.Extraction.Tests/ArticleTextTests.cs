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

    [Fact]
    public void Parse_FictionalMarkerInFrontMatter_ChangesNeitherMetadataNorTitleNorBody()
    {
        // The team's fixture articles (tests/fixtures/articles/) carry "fictional: true"; their gold files were
        // written against the text without it.
        const string Article = "Un titre\n\nLe corps.\nSuite.";
        var plain = ArticleText.Parse("---\nsource: Example Agency\npublished: 2025-07-31\nlanguage: fr\n---\n" + Article, "a.txt");

        var marked = ArticleText.Parse("---\nsource: Example Agency\npublished: 2025-07-31\nlanguage: fr\nfictional: true\n---\n" + Article, "a.txt");

        Assert.Equal(plain, marked);
        Assert.Equal("Un titre", marked.Title);
        Assert.Equal("Le corps.\nSuite.", marked.Body);
        Assert.Equal("fr", marked.Language);
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
