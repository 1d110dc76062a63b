using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Dashboard;

public sealed class HighlighterTests
{
    [Theory]
    [InlineData("Iran and Iraq met.", "Iran", "[Iran] and Iraq met.")]
    [InlineData("Iranian officials met.", "Iran", "Iranian officials met.")]
    [InlineData("He said it. Then he left.", "He said it.", "[He said it.] Then he left.")]
    [InlineData("a <b>tag</b> here", "<b>tag</b>", "a [<b>tag</b>] here")]
    [InlineData("قال لافروف إن الحوار مستمر", "لافروف", "قال [لافروف] إن الحوار مستمر")]
    [InlineData("nothing to mark", "absent", "nothing to mark")]
    [InlineData("x", "x", "x")]
    public void Split_Needle_MarksWholeWordMatchesOnly(string text, string needle, string expected)
        => Assert.Equal(expected, Render(Highlighter.Split(text, [needle])));

    [Fact]
    public void Split_OverlappingNeedles_MergeIntoOneMark()
        => Assert.Equal("[Sergey Lavrov said] so", Render(Highlighter.Split("Sergey Lavrov said so", ["Sergey Lavrov", "Lavrov said"])));

    [Fact]
    public void Split_HugeRepetitiveText_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("\"Lavrov\" ", 120_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var segments = Highlighter.Split(text, ["Lavrov", "\"", "Lavrov\" \"Lavrov"]);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }

    private static string Render(IReadOnlyList<TextSegment> segments)
        => string.Concat(segments.Select(s => s.Marked ? "[" + s.Text + "]" : s.Text));
}

public sealed class DashboardFilterTests
{
    [Theory]
    [InlineData(new[] { "sy", "RU", "SY" }, "all", "2025-07-01", "2025-07-31", "SY,RU", true, "2025-07-01", "2025-07-31")]
    [InlineData(new[] { "Syria", "R", "" }, "any", "07/01/2025", null, "", false, null, null)]
    [InlineData(new string[0], null, null, "2025-02-30", "", false, null, null)]
    public void Parse_QueryValues_KeepsValidOnes(string[] countries, string? match, string? from, string? to, string codes, bool all, string? fromOut, string? toOut)
    {
        var filter = DashboardFilter.Parse(countries, match, from, to);

        Assert.Equal(codes, string.Join(',', filter.Countries));
        Assert.Equal(all, filter.MatchAll);
        Assert.Equal(fromOut, DashboardFilter.Format(filter.From));
        Assert.Equal(toOut, DashboardFilter.Format(filter.To));
    }

    [Fact]
    public void Toggle_CountryTwice_AddsThenRemoves()
    {
        var filter = DashboardFilter.None.Toggle("sy").Toggle("RU");
        Assert.Equal(["SY", "RU"], filter.Countries);
        Assert.Equal(["RU"], filter.Toggle("SY").Countries);
    }

    [Fact]
    public void ToQuery_MatchAllWithOneCountry_LeavesMatchOutOfTheUrl()
    {
        var query = new DashboardFilter(["SY"], true, null, null).ToQuery();
        Assert.Null(query["match"]);
        Assert.Equal(new[] { "SY" }, query["country"]);
    }
}

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
}

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

public sealed class RoleNamesTests
{
    [Theory]
    [InlineData("ar", "Minister of Foreign Affairs", "وزير الخارجية")]
    [InlineData("en", "Minister of Foreign Affairs", "Minister of Foreign Affairs")]
    [InlineData("ar", "Chief Negotiator", "Chief Negotiator")]
    [InlineData("ar", null, "")]
    public void Role_InterfaceLanguage_TranslatedWhenKnownElseAsExtracted(string language, string? role, string expected)
        => Assert.Equal(expected, UiText.For(language).Role(role));
}
