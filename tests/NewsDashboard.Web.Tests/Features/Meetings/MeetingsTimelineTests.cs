using Bunit;
using DashboardPage = NewsDashboard.Web.Features.Dashboard.Dashboard;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;

namespace NewsDashboard.Web.Tests.Features.Meetings;

public sealed class MeetingsTimelineTests : IAsyncLifetime
{
    private UiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await UiHost.CreateAsync();
        // Three meetings we wrote: Syria–Russia in Moscow, France–Germany in Paris, Syria–Turkey in Ankara.
        await _host.IngestAsync("moscow", Result("en", [Person("lavrov", "Sergey Lavrov", "RU"), Person("shaibani", "Asaad al-Shaibani", "SY")],
            [Meeting("2025-07-31", "The two ministers met in Moscow on Thursday.", "Moscow", "RU", ("lavrov", "Sergey Lavrov", "RU"), ("shaibani", "Asaad al-Shaibani", "SY"))]));
        await _host.IngestAsync("paris", Result("en", [Person("barrot", "Jean-Noel Barrot", "FR"), Person("wadephul", "Johann Wadephul", "DE")],
            [Meeting("2025-07-10", "The French and German ministers met in Paris.", "Paris", "FR", ("barrot", "Jean-Noel Barrot", "FR"), ("wadephul", "Johann Wadephul", "DE"))]));
        await _host.IngestAsync("ankara", Result("en", [Person("fidan", "Hakan Fidan", "TR"), Person("shaibani", "Asaad al-Shaibani", "SY")],
            [Meeting("2025-06-15", "Fidan received al-Shaibani in Ankara.", "Ankara", "TR", ("fidan", "Hakan Fidan", "TR"), ("shaibani", "Asaad al-Shaibani", "SY"))]));
    }

    public static TheoryData<string, string[]> Filters => new()
    {
        { "/", ["Moscow", "Paris", "Ankara"] },
        { "/?country=SY", ["Moscow", "Ankara"] },
        { "/?country=SY&country=FR", ["Moscow", "Paris", "Ankara"] },
        { "/?country=SY&country=RU&match=all", ["Moscow"] },
        { "/?country=SY&country=FR&match=all", [] },
        { "/?from=2025-07-01&to=2025-07-31", ["Moscow", "Paris"] },
        { "/?country=SY&from=2025-07-01", ["Moscow"] },
        { "/?country=xx1&match=bogus&from=not-a-date", ["Moscow", "Paris", "Ankara"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Dashboard_FilterInUrl_ShowsMatchingMeetingsNewestFirst(string url, string[] locations)
    {
        _host.Navigation.NavigateTo(url);

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(locations, page.FindAll("[data-testid=meetings] .nd-location").Select(l => l.TextContent.Trim()[2..].Trim()).ToArray()));
    }

    [Fact]
    public void Dashboard_NoMeetingMatches_ShowsEmptyState()
    {
        _host.Navigation.NavigateTo("/?country=JP");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("No meetings match.", page.Find("[data-testid=meetings-empty]").TextContent));
    }

    [Fact]
    public void CountryChip_Clicked_PutsCountryInUrlAndNarrowsTimeline()
    {
        var page = _host.Context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll(".nd-meeting").Count));

        page.Find("[data-chip=TR]").Click();

        Assert.EndsWith("/?country=TR", _host.Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".nd-meeting")));
    }

    [Fact]
    public void MatchAllToggle_Clicked_KeepsOnlyMeetingsInvolvingEveryCountry()
    {
        _host.Navigation.NavigateTo("/?country=SY&country=TR");
        var page = _host.Context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-meeting").Count));

        page.Find("button[data-match=all]").Click();

        Assert.Contains("match=all", _host.Navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("Ankara", page.Find(".nd-meeting .nd-location").TextContent.Trim()[2..].Trim()));
    }

    [Fact]
    public void Meeting_Rendered_ShowsKindStatusParticipantsWithRoleAndFlagAndEvidenceBehindOneClick()
    {
        _host.Navigation.NavigateTo("/?country=RU");
        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".nd-meeting")));
        var meeting = page.Find(".nd-meeting");
        Assert.Equal("Meeting", meeting.QuerySelector(".nd-kind")!.TextContent);
        Assert.Equal("held", meeting.QuerySelector(".nd-status")!.TextContent);
        Assert.Equal("2025-07-31", meeting.QuerySelector("time")!.TextContent);
        Assert.Equal(["Sergey Lavrov", "Asaad al-Shaibani"], meeting.QuerySelectorAll(".nd-person").Select(p => p.TextContent).ToArray());
        Assert.Equal(["/flags/ru.svg", "/flags/ru.svg", "/flags/sy.svg"], meeting.QuerySelectorAll("img.nd-flag").Select(i => i.GetAttribute("src") ?? "").ToArray());
        Assert.All(meeting.QuerySelectorAll(".nd-role"), r => Assert.Equal("Minister of Foreign Affairs", r.TextContent));
        Assert.Equal("The two ministers met in Moscow on Thursday.", meeting.QuerySelector("details.nd-evidence mark")!.TextContent);
        Assert.StartsWith("/meetings/", meeting.QuerySelector("a.nd-open")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void CountryChips_WhileFilteredToOneCountry_StillOfferEveryCountryInTheStore()
    {
        _host.Navigation.NavigateTo("/?country=TR");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".nd-meeting")));
        Assert.Equal(["DE", "FR", "RU", "SY", "TR"], page.FindAll("[data-chip]").Select(c => c.GetAttribute("data-chip")!).Order().ToArray());
        Assert.Equal(["TR"], page.FindAll("[data-chip][data-selected=true]").Select(c => c.GetAttribute("data-chip")!).ToArray());
    }

    [Fact]
    public void CountryInUrl_NoCountryHasThatCode_IsIgnoredWithAMessageNotAChip()
    {
        _host.Navigation.NavigateTo("/?country=XX&country=SY");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-meeting").Count));
        Assert.Equal("Not a country code, ignored: XX", page.Find("[data-testid=filter-unknown]").TextContent);
        Assert.Empty(page.FindAll("[data-chip=XX]"));
        Assert.Equal(["SY"], page.FindAll("[data-chip][data-selected=true]").Select(c => c.GetAttribute("data-chip")!).ToArray());
    }

    [Fact]
    public void DateRange_InUrl_ReadsAsYearMonthDayInTheFields()
    {
        _host.Navigation.NavigateTo("/?from=2025-07-01&to=2025-07-31");

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".nd-meeting").Count));
        foreach (var (field, value) in new[] { ("filter-from", "2025-07-01"), ("filter-to", "2025-07-31") })
        {
            var input = page.Find($"input[data-testid={field}]");
            // A text field in the timeline's own format, not a browser date field (which shows mm/dd/yyyy in a US browser).
            Assert.Equal("text", input.GetAttribute("type"));
            Assert.Equal("YYYY-MM-DD", input.GetAttribute("placeholder"));
            Assert.Equal(value, input.GetAttribute("value"));
        }

        page.Find("input[data-testid=filter-from]").Change("2025-07-15");
        Assert.Contains("from=2025-07-15", _host.Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_UndatedMeetingReportedToday_ListedAfterEveryDatedOne()
    {
        // Reported now, so its report day is later than every dated meeting: it still goes last.
        var undated = Meeting("2025-01-01", "The envoys met in Rome.", "Rome", "IT", ("tajani", "Antonio Tajani", "IT"), ("shaibani", "Asaad al-Shaibani", "SY")) with { Date = null };
        await _host.IngestAsync("rome", Result("en", [Person("tajani", "Antonio Tajani", "IT"), Person("shaibani", "Asaad al-Shaibani", "SY")], [undated]));

        foreach (var (url, locations) in new[] { ("/", new[] { "Moscow", "Paris", "Ankara", "Rome" }), ("/?country=SY", ["Moscow", "Ankara", "Rome"]) })
        {
            _host.Navigation.NavigateTo(url);
            var page = _host.Context.Render<DashboardPage>();
            page.WaitForAssertion(() => Assert.Equal(locations, page.FindAll("[data-testid=meetings] .nd-location").Select(l => l.TextContent.Trim()[2..].Trim()).ToArray()));
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
