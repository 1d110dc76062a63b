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

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
