using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Features.Localization;

public sealed class UiTextTests
{
    [Theory]
    [InlineData("ar", "ar", true)]
    [InlineData("AR", "ar", true)]
    [InlineData("en", "en", false)]
    [InlineData("fr", "en", false)]
    [InlineData(null, "en", false)]
    public void For_Language_FallsBackToEnglish(string? requested, string language, bool rightToLeft)
    {
        var text = UiText.For(requested);
        Assert.Equal(language, text.Language);
        Assert.Equal(rightToLeft, text.RightToLeft);
    }

    [Fact]
    public void Indexer_EveryEnglishKey_HasAnArabicString()
    {
        var english = UiText.For("en");
        var arabic = UiText.For("ar");
        foreach (var key in new[] { "dashboard.title", "meetings.title", "quotes.title", "mentions.title", "filter.any", "kind.call", "status.planned" })
        {
            Assert.NotEqual(english[key], arabic[key]);
        }
    }

    [Theory]
    [InlineData("en", "SY", "Syria")]
    [InlineData("ar", "SY", "سوريا")]
    [InlineData("ar", "NZ", "New Zealand")]
    [InlineData("en", "QQ", "QQ")]
    public void CountryName_Code_InInterfaceLanguageElseEnglishElseCode(string language, string code, string expected)
        => Assert.Equal(expected, UiText.For(language).CountryName(code));
}
