using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

public sealed class ArticleValidatorTests
{
    [Theory]
    [InlineData("abc\u0000def")]
    [InlineData("\u0001\u0002\u0003\u0004")]
    public void Check_MostlyControlCharacters_IsBinaryAndRefused(string body)
        => Assert.Contains("binary", ArticleValidator.Check(new ArticleInput(body)).Errors["body"][0], StringComparison.Ordinal);

    [Fact]
    public void Check_RandomBytesDecodedAsText_AreRefused()
    {
        var bytes = new byte[4096];
        new Random(15).NextBytes(bytes);
        var text = NewsDashboard.Web.Features.Ingestion.Feeds.TextDecoding.Decode(bytes);

        Assert.True(ArticleValidator.Check(new ArticleInput(text)).Errors.ContainsKey("body"));
    }

    [Fact]
    public void Check_OneStrayControlInALongBody_IsRemoved()
    {
        var body = string.Concat(Enumerable.Repeat("A sentence of ordinary text. ", 10)) + "\u001b" + "The end.";

        var check = ArticleValidator.Check(new ArticleInput(body, "Title\u0007"));

        Assert.True(check.IsValid);
        Assert.DoesNotContain('\u001b', check.Article!.Body);
        Assert.Equal("Title", check.Article.Title);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "url")]
    public void Check_NotHttpUrl_IsRefused(string url, string field)
        => Assert.True(ArticleValidator.Check(new ArticleInput("Text.", Url: url)).Errors.ContainsKey(field));

    [Fact]
    public void Check_LanguageOf5000Characters_IsRefused()
        => Assert.True(ArticleValidator.Check(new ArticleInput("Text.", Language: new string('a', 5000))).Errors.ContainsKey("language"));

    [Fact]
    public void Check_BodyOverTheLimit_IsRefusedNamingTheSetting()
        => Assert.Contains("MaxArticleBytes", ArticleValidator.Check(new ArticleInput(new string('x', 5000)), maxBodyBytes: 4096).Errors["body"][0], StringComparison.Ordinal);

    [Theory]
    [InlineData(1899, false)]
    [InlineData(1900, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void Check_PublishedYear_OnlyFrom1900To2100(int year, bool valid)
        => Assert.Equal(valid, ArticleValidator.Check(new ArticleInput("Text.", Published: new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero))).IsValid);

    [Fact]
    public void ContentHash_ZeroWidthCharacters_DoNotMakeAnotherArticle()
        => Assert.Equal(ArticleStore.ContentHash("Talks", "Lavrov met Blinken."), ArticleStore.ContentHash("Tal\u200Bks", "Lav\u200Brov\u2060 met\uFEFF Blinken."));
}
