using NewsDashboard.Web.Features.Localization;
using Bunit;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Entities;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;
using DashboardPage = NewsDashboard.Web.Features.Dashboard.Dashboard;

namespace NewsDashboard.Web.Tests.Features.Entities;

public sealed class MentionCountsTests : IAsyncLifetime
{
    private UiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await UiHost.CreateAsync();
        await _host.IngestAsync("one", Result("en", [Person("lavrov", "Sergey Lavrov", "RU", 5), Person("shaibani", "Asaad al-Shaibani", "SY", 2), Country("SY", "Syria", 7)]));
    }

    [Fact]
    public void Dashboard_RankedByMentions_ShowsPeopleMostMentionedFirstWithLinks()
    {
        _host.Navigation.NavigateTo("/?rank=mentions");
        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=mentions] .nd-bar-row").Count));
        var rows = page.FindAll("[data-testid=mentions] .nd-bar-row");
        Assert.Equal(["Sergey Lavrov", "Asaad al-Shaibani"], rows.Select(r => r.QuerySelector(".nd-bar-name")!.TextContent).ToArray());
        Assert.Equal(["5", "2"], rows.Select(r => r.QuerySelector(".nd-bar-count")!.TextContent).ToArray());
        Assert.StartsWith("/entities/", rows[0].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("inline-size: 100%", rows[0].QuerySelector(".nd-bar")!.GetAttribute("style"));
        Assert.Equal("inline-size: 40%", rows[1].QuerySelector(".nd-bar")!.GetAttribute("style"));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("1h")]
    [InlineData("24h")]
    [InlineData("7d")]
    public async Task Dashboard_ByDefault_RanksByArticlesSoOneLongArticleCountsOnce(string window)
    {
        // Lavrov: 5 mentions in one article. Al-Shaibani: 2 there, and once more in a second article.
        await _host.IngestAsync("two", Result("en", [Person("shaibani", "Asaad al-Shaibani", "SY", 1)]));
        _host.Navigation.NavigateTo("/?window=" + window);

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(["Asaad al-Shaibani", "Sergey Lavrov"], page.FindAll(".nd-bar-row .nd-bar-name").Select(n => n.TextContent).ToArray()));
        Assert.Equal(["2", "1"], page.FindAll(".nd-bar-row .nd-bar-count").Select(n => n.TextContent).ToArray());
        Assert.Equal("articles", page.Find("[data-testid=mentions]").GetAttribute("data-rank"));

        page.Find("button[data-rank=mentions]").Click();

        Assert.Contains("rank=mentions", _host.Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal(["Sergey Lavrov", "Asaad al-Shaibani"], page.FindAll(".nd-bar-row .nd-bar-name").Select(n => n.TextContent).ToArray()));
        Assert.Equal(["5", "3"], page.FindAll(".nd-bar-row .nd-bar-count").Select(n => n.TextContent).ToArray());
    }

    [Fact]
    public async Task OrganisationsTab_OrganisationWithoutCountry_HasItsBarInTheBarColumn()
    {
        await _host.IngestAsync("un", Result("en", [new("organization/united-nations", "organization", "United Nations", null, null, 3, ["United Nations"]),
            new("organization/gazprom", "organization", "Gazprom", "RU", null, 1, ["Gazprom"])]));
        _host.Navigation.NavigateTo("/?type=organization");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-bar-row").Count));
        foreach (var row in page.FindAll(".nd-bar-row"))
        {
            // The row is a five-column grid: name, flag, bar, count, trend. A missing flag must not shift the bar
            // into the flag's narrow column, where it had no width.
            Assert.Equal(["nd-bar-name", "nd-bar-flag", "nd-bar-track", "nd-bar-count", "nd-trend"],
                row.Children.Select(c => c.ClassList.First()).ToArray());
        }
    }

    [Fact]
    public void Dashboard_CountryFilterSet_MentionsPanelSaysItCountsAllCountries()
    {
        var page = _host.Context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-bar-row").Count));
        Assert.Empty(page.FindAll("[data-testid=mentions-all-countries]"));

        _host.Navigation.NavigateTo("/?country=SY");

        page.WaitForAssertion(() => Assert.Equal("Counted over all countries: the country filter narrows meetings and quotes.",
            page.Find("[data-testid=mentions-all-countries]").TextContent));
    }

    [Fact]
    public async Task ArabicDashboard_PersonWithNoArabicSpelling_IsMarkedAsARomanisation()
    {
        await using var host = await UiHost.CreateAsync(UiText.Arabic);
        await host.IngestAsync("one", Result("en", [Person("brekke", "Jonas Brekke", "NO", 3), Person("putin", "Vladimir Putin", "RU", 2, "Vladimir Putin")]));

        var page = host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-bar-row").Count));
        var names = page.FindAll(".nd-bar-name");
        Assert.Equal(["Jonas Brekke", "فلاديمير بوتين"], names.Select(n => n.TextContent).ToArray());
        Assert.Contains("nd-romanized", names[0].ClassList);
        Assert.StartsWith("مكتوب بالحروف اللاتينية", names[0].GetAttribute("title"), StringComparison.Ordinal);
        Assert.DoesNotContain("nd-romanized", names[1].ClassList);
    }

    [Fact]
    public void CountriesTab_Clicked_ShowsCountriesAndPutsTabInUrl()
    {
        var page = _host.Context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-bar-row").Count));

        page.Find("button[data-type=country]").Click();

        Assert.Contains("type=country", _host.Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("Syria", page.Find(".nd-bar-row .nd-bar-name").TextContent));
        Assert.Equal("/flags/sy.svg", page.Find(".nd-bar-row img.nd-flag").GetAttribute("src"));
        Assert.Equal("true", page.Find("button[data-type=country]").GetAttribute("aria-selected"));
    }

    [Theory]
    [InlineData("1h")]
    [InlineData("24h")]
    [InlineData("7d")]
    [InlineData("all")]
    public void WindowButton_Clicked_CountsInThatWindow(string window)
    {
        _host.Navigation.NavigateTo("/?rank=mentions");
        var page = _host.Context.Render<DashboardPage>();

        page.Find($"button[data-window='{window}']").Click();

        Assert.Contains("window=" + window, _host.Navigation.Uri, StringComparison.Ordinal);
        // Everything was ingested just now, so every window holds it.
        page.WaitForAssertion(() => Assert.Equal(window, page.Find("[data-testid=mentions]").GetAttribute("data-window")));
        page.WaitForAssertion(() => Assert.Equal("5", page.Find(".nd-bar-row .nd-bar-count").TextContent));
    }

    [Fact]
    public void OrganisationsTab_NothingMentioned_ShowsEmptyState()
    {
        _host.Navigation.NavigateTo("/?type=organization");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("No mentions in this window yet.", page.Find("[data-testid=mentions-empty]").TextContent));
    }

    [Theory]
    [InlineData(5, 2, "rising", "▲")]
    [InlineData(2, 5, "falling", "▼")]
    [InlineData(3, 3, "steady", "–")]
    public void MentionBar_AgainstPreviousWindow_MarksTrend(long mentions, long previous, string trend, string mark)
    {
        var bar = _host.Context.Render<MentionCounts>(p => p
            .Add(b => b.Items, [new EntityCount(1, "person", "Sergey Lavrov", "RU", null, mentions, previous, [])]));

        Assert.Equal(trend, bar.Find("li.nd-bar-row").GetAttribute("data-trend"));
        Assert.Equal(mark, bar.Find(".nd-trend").TextContent);
        Assert.Contains("nd-bar-" + trend, bar.Find(".nd-bar").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ArticleWithMentionsArrives_CountsUpdateWithoutReload()
    {
        _host.Navigation.NavigateTo("/?rank=mentions");
        var page = _host.Context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("5", page.Find(".nd-bar-row .nd-bar-count").TextContent));

        await _host.IngestAsync("two", Result("en", [Person("lavrov", "Sergey Lavrov", "RU", 4)]));

        page.WaitForAssertion(() => Assert.Equal("9", page.Find(".nd-bar-row .nd-bar-count").TextContent), TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
