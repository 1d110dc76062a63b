using Bunit;
using NewsDashboard.Web.Features.Screen;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;
using ScreenPage = NewsDashboard.Web.Features.Screen.Screen;

namespace NewsDashboard.Web.Tests.Features.Screen;

public sealed class ScreenTests : IAsyncLifetime
{
    private UiHost _host = null!;

    public async Task InitializeAsync() => _host = await UiHost.CreateAsync();

    [Fact]
    public void Screen_PanelsInUrl_ShowsOnlyThosePanelsWithoutControlsOrPopups()
    {
        _host.Navigation.NavigateTo("/screen?country=SY&country=RU&panels=meetings,quotes");

        var screen = _host.Context.Render<ScreenPage>();

        screen.WaitForAssertion(() => Assert.Equal("meetings,quotes", screen.Find("[data-testid=screen]").GetAttribute("data-panels")));
        Assert.Equal(2, screen.FindAll(".nd-screen-panel").Count);
        Assert.Empty(screen.FindAll("[data-testid=mentions]"));
        Assert.Empty(screen.FindAll("button"));
        Assert.Empty(screen.FindAll("details"));
        Assert.Empty(screen.FindAll("[title]"));
        Assert.Equal(["SY", "RU"], screen.FindAll(".nd-screen-countries .nd-country").Select(c => c.GetAttribute("data-country") ?? "").ToArray());
    }

    [Fact]
    public async Task Screen_CountryQuotePostedAfterOpening_AppearsWithoutInteraction()
    {
        _host.Navigation.NavigateTo("/screen?country=RU&panels=quotes");
        var screen = _host.Context.Render<ScreenPage>();
        screen.WaitForAssertion(() => Assert.Equal("true", screen.Find("[data-testid=screen]").GetAttribute("data-interactive")));

        await _host.IngestAsync("sy", Result("en", [Person("shaibani", "Asaad al-Shaibani", "SY")], quotes: [Quote("shaibani", "Asaad al-Shaibani", "SY", "Not for this screen.")]));
        await _host.IngestAsync("ru", Result("en", [Person("lavrov", "Sergey Lavrov", "RU")], quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "For this screen.")]));

        screen.WaitForAssertion(() => Assert.Equal(["For this screen."], screen.FindAll(".nd-quote-text").Select(q => q.TextContent).ToArray()), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Screen_ManyQuotesArrive_KeepsABoundedNumberOnScreen()
    {
        var screen = _host.Context.Render<ScreenPage>(); // all panels
        for (var i = 0; i < 15; i++)
        {
            await _host.IngestAsync("q" + i, Result("en", [Person("lavrov", "Sergey Lavrov", "RU")], quotes: [Quote("lavrov", "Sergey Lavrov", "RU", $"Quote number {i}.")]));
        }

        screen.WaitForAssertion(() => Assert.Equal("Quote number 14.", screen.Find(".nd-quote-text").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal(6, screen.FindAll(".nd-quote").Count);
        Assert.True(screen.FindAll(".nd-article").Count <= 12);
    }

    [Fact]
    public void Screen_RotationInUrl_ShowsOnePanelAtATime()
    {
        _host.Navigation.NavigateTo("/screen?panels=quotes,meetings&rotate=30s");

        var screen = _host.Context.Render<ScreenPage>();

        screen.WaitForAssertion(() => Assert.Single(screen.FindAll(".nd-screen-panel")));
        Assert.Equal("quotes", screen.Find("[data-testid=screen]").GetAttribute("data-panel"));
    }

    public static TheoryData<string?, double?> Rotations => new()
    {
        { null, null },
        { "", null },
        { "30s", 30 },
        { "2m", 120 },
        { "45", 45 },
        { "1s", 5 },
        { "soon", null },
        { "-5s", null },
        { "99999s", null },
    };

    [Theory]
    [MemberData(nameof(Rotations))]
    public void ScreenOptions_Rotation_ParsesSecondsMinutesAndRefusesNonsense(string? value, double? seconds)
        => Assert.Equal(seconds, ScreenOptions.ParseRotation(value)?.TotalSeconds);

    [Theory]
    [InlineData(null, "mentions,meetings,quotes,headlines")]
    [InlineData("quotes", "quotes")]
    [InlineData("Meetings, quotes,quotes", "meetings,quotes")]
    [InlineData("bogus", "mentions,meetings,quotes,headlines")]
    public void ScreenOptions_Panels_KeepsKnownPanelsInOrder(string? panels, string expected)
        => Assert.Equal(expected, string.Join(',', ScreenOptions.Parse(null, panels, null, null, null).Panels));

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
