using Bunit;
using NewsDashboard.Web.Features.Localization;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;
using DashboardPage = NewsDashboard.Web.Features.Dashboard.Dashboard;

namespace NewsDashboard.Web.Tests.Features.Quotes;

public sealed class QuoteCardsTests : IAsyncLifetime
{
    private UiHost _host = null!;

    public async Task InitializeAsync() => _host = await UiHost.CreateAsync();

    [Fact]
    public async Task QuoteCard_QuoteWithScriptTag_IsShownAsText()
    {
        await _host.IngestAsync("x", Result("en", [Person("lavrov", "Sergey Lavrov", "RU")],
            quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "<script>alert('x')</script> We will not <b>yield</b>.")]));

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("<script>alert('x')</script> We will not <b>yield</b>.", page.Find(".nd-quote-text").TextContent));
        Assert.Empty(page.FindAll("[data-testid=quotes] script"));
        Assert.Empty(page.FindAll("[data-testid=quotes] b"));
    }

    [Fact]
    public async Task QuoteCard_Rendered_ShowsSpeakerRoleFlagTextInItsOwnDirectionSourceAndTime()
    {
        await _host.IngestAsync("ar", Result("ar", [Person("lavrov", "Sergey Lavrov", "RU", 1, "سيرغي لافروف")],
            quotes: [Quote("lavrov", "لافروف", "RU", "نحن مستعدون للحوار مع الجميع", "ar")]));

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".nd-quote")));
        var text = page.Find(".nd-quote-text");
        Assert.Equal("auto", text.GetAttribute("dir"));
        Assert.Equal("ar", text.GetAttribute("lang"));
        Assert.Equal("Sergey Lavrov", page.Find(".nd-quote .nd-person").TextContent);
        Assert.Equal("Minister of Foreign Affairs", page.Find(".nd-quote .nd-role").TextContent);
        Assert.Equal("/flags/ru.svg", page.Find(".nd-quote img.nd-flag").GetAttribute("src"));
        Assert.StartsWith("/articles/", page.Find(".nd-quote .nd-source-title").GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("UTC", page.Find(".nd-quote time").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=quote-sources]"));
    }

    [Fact]
    public async Task QuoteCard_SameQuoteInThreeArticles_SaysThreeSources()
    {
        for (var i = 0; i < 3; i++)
        {
            await _host.IngestAsync("article " + i, Result("en", [Person("lavrov", "Sergey Lavrov", "RU")],
                quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "The door to dialogue remains open.")]));
        }

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("3 sources", page.Find("[data-testid=quote-sources]").TextContent));
        Assert.Single(page.FindAll(".nd-quote"));
    }

    [Fact]
    public async Task QuoteCards_CountryInUrl_ShowOnlyThatCountrysSpeakers()
    {
        await _host.IngestAsync("ru", Result("en", [Person("lavrov", "Sergey Lavrov", "RU")], quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "Russian words.")]));
        await _host.IngestAsync("sy", Result("en", [Person("shaibani", "Asaad al-Shaibani", "SY")], quotes: [Quote("shaibani", "Asaad al-Shaibani", "SY", "Syrian words.")]));
        _host.Navigation.NavigateTo("/?country=SY");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(["Syrian words."], page.FindAll(".nd-quote-text").Select(q => q.TextContent).ToArray()));
    }

    [Fact]
    public async Task Dashboard_QuoteArrivesAfterRender_AppearsWithoutReload()
    {
        var page = _host.Context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("No quotes yet.", page.Find("[data-testid=quotes-empty]").TextContent));

        await _host.IngestAsync("late", Result("en", [Person("lavrov", "Sergey Lavrov", "RU")], quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "A late quote.")]));

        page.WaitForAssertion(() => Assert.Equal("A late quote.", page.Find(".nd-quote-text").TextContent), TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

public sealed class ArabicInterfaceTests : IAsyncLifetime
{
    private UiHost _host = null!;

    public async Task InitializeAsync() => _host = await UiHost.CreateAsync(UiText.Arabic);

    [Fact]
    public void MainLayout_ArabicInterface_RendersRightToLeftWithArabicStrings()
    {
        var layout = _host.Context.Render<NewsDashboard.Web.Components.Layout.MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "body")));

        Assert.NotEmpty(layout.FindAll("[dir=rtl]"));
        Assert.Equal("English", layout.Find("[data-testid=language-toggle]").TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_ArabicInterface_ShowsArabicLabelsArabicNamesAndKeepsQuoteDirectionAuto()
    {
        await _host.IngestAsync("en", Result("en", [Person("lavrov", "Sergey Lavrov", "RU", 3, "سيرغي لافروف", "لافروف")],
            quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "The door to dialogue remains open.")]));

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("لوحة الأخبار المباشرة", page.Find("h1").TextContent));
        Assert.Equal("الأكثر ذكرًا", page.Find("[data-testid=mentions] h2").TextContent);
        page.WaitForAssertion(() => Assert.Equal("سيرغي لافروف", page.Find(".nd-bar-row .nd-bar-name").TextContent));
        Assert.Equal("سيرغي لافروف", page.Find(".nd-quote .nd-person").TextContent);
        // The quote is English and keeps its own direction inside the right-to-left interface.
        Assert.Equal("auto", page.Find(".nd-quote-text").GetAttribute("dir"));
        Assert.Equal("The door to dialogue remains open.", page.Find(".nd-quote-text").TextContent);
    }

    [Fact]
    public async Task Dashboard_ArabicInterface_NamesMeetingPlaceAndRolesInArabic()
    {
        await _host.IngestAsync("m", Result("en",
            [Person("lavrov", "Sergey Lavrov", "RU"), Person("shaibani", "Asaad al-Shaibani", "SY"),
             new Extraction.ExtractedEntity("place/moscow", "place", "Moscow", "RU", null, 1, ["موسكو"])],
            [Meeting("2025-07-31", "They met in Moscow.", "Moscow", "RU", ("lavrov", "Sergey Lavrov", "RU"), ("shaibani", "Asaad al-Shaibani", "SY"))]));

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("موسكو", page.Find(".nd-meeting .nd-location span[dir=auto]").TextContent));
        Assert.Equal("وزير الخارجية", page.Find(".nd-meeting .nd-role").TextContent);
        Assert.Equal("لقاء", page.Find(".nd-meeting .nd-kind").TextContent);
        Assert.Equal("عُقد", page.Find(".nd-meeting .nd-status").TextContent);
    }

    [Fact]
    public void Dashboard_ArabicInterfaceNoData_ShowsArabicEmptyStates()
    {
        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("لا تصريحات بعد.", page.Find("[data-testid=quotes-empty]").TextContent));
        Assert.Equal("لا لقاءات مطابقة.", page.Find("[data-testid=meetings-empty]").TextContent);
        Assert.Equal("لا إشارات في هذه الفترة بعد.", page.Find("[data-testid=mentions-empty]").TextContent);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
