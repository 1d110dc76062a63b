using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Features.Names;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("Sergey Lavrov", "ar", "سيرغي لافروف")]
    [InlineData("Sergey Lavrov", "en", "Sergey Lavrov")]
    [InlineData("سيرغي لافروف", "en", "Sergey Lavrov")]
    [InlineData("Syria", "ar", "سوريا")]
    public void For_InterfaceLanguage_PicksFullestAliasInThatScript(string name, string language, string expected)
        => Assert.Equal(expected, DisplayNames.For(name, new[] { "Sergey Lavrov", "Lavrov", "سيرغي لافروف", "لافروف", "Сергей Лавров", "سوريا", "SY" }
            .Where(a => name == "Syria" ? a is "سوريا" or "SY" : a is not ("سوريا" or "SY")).ToList(), language));

    [Fact]
    public void For_NoAliasInThatScript_KeepsStoredName()
        => Assert.Equal("Сергей Лавров", DisplayNames.For("Сергей Лавров", ["Лавров"], "ar"));

    [Theory]
    [InlineData("Moscow", "موسكو")]
    [InlineData("Austria", "النمسا")]
    [InlineData("Vladimir Putin", "فلاديمير بوتين")]
    [InlineData("United Nations", "الأمم المتحدة")]
    public void For_ArabicInterfaceNoArabicAliasInTheNews_UsesTheLexiconsArabicName(string name, string expected)
    {
        Assert.Equal(expected, DisplayNames.For(name, null, "ar"));
        Assert.False(DisplayNames.IsRomanized(expected, "ar"));
    }

    [Fact]
    public void For_ArabicInterfaceNameNobodyWroteInArabic_StaysInLatinLettersMarkedAsARomanisation()
    {
        var shown = DisplayNames.For("Jonas Brekke", ["Brekke"], "ar");

        Assert.Equal("Jonas Brekke", shown);
        Assert.True(DisplayNames.IsRomanized(shown, "ar"));
        Assert.False(DisplayNames.IsRomanized(shown, "en"));
    }
}
