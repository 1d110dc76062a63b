using Bunit;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using ScreenPage = NewsDashboard.Web.Features.Screen.Screen;

namespace NewsDashboard.Web.Tests.Components.Shared;

public sealed class LiveRefreshTests : IAsyncLifetime
{
    private readonly ManualTimers _clock = new();
    private UiHost _host = null!;

    public async Task InitializeAsync() => _host = await UiHost.CreateAsync(clock: _clock);

    [Fact]
    public async Task LiveRefresh_ComponentDisposed_StopsReceivingUpdates()
    {
        var batches = 0;
        _host.Context.Render<LiveRefresh>(p => p.Add(l => l.OnBatch, _ =>
        {
            batches++;
            return Task.CompletedTask;
        }));
        _host.Store.Events.Publish(Update(1));
        await WaitUntilAsync(() => batches == 1);

        await _host.Context.DisposeComponentsAsync();
        _host.Store.Events.Publish(Update(2));
        await Task.Delay(CoalescingRefresher.Interval * 2);

        Assert.Equal(1, batches);
    }

    [Fact]
    public void Screen_RotationTimerFires_ShowsNextPanelThenWrapsAround()
    {
        _host.Navigation.NavigateTo("/screen?panels=quotes,meetings&rotate=30s");
        var screen = _host.Context.Render<ScreenPage>();
        screen.WaitForAssertion(() => Assert.Equal("quotes", screen.Find("[data-testid=screen]").GetAttribute("data-panel")));

        _clock.Fire(TimeSpan.FromSeconds(30));
        screen.WaitForAssertion(() => Assert.Equal("meetings", screen.Find("[data-testid=screen]").GetAttribute("data-panel")));
        Assert.NotEmpty(screen.FindAll("[data-testid=meetings]"));
        Assert.Empty(screen.FindAll("[data-testid=quotes]"));

        _clock.Fire(TimeSpan.FromSeconds(30));
        screen.WaitForAssertion(() => Assert.Equal("quotes", screen.Find("[data-testid=screen]").GetAttribute("data-panel")));
    }

    [Fact]
    public async Task Screen_Disposed_ReleasesItsTimers()
    {
        _host.Navigation.NavigateTo("/screen?panels=quotes,meetings&rotate=30s");
        _host.Context.Render<ScreenPage>();
        Assert.Contains(TimeSpan.FromSeconds(30), _clock.Periods);

        await _host.Context.DisposeComponentsAsync();

        Assert.Empty(_clock.Periods);
    }

    private static NewsUpdate Update(long seq)
        => new(new ArticleSummary(seq, "Headline " + seq, "en", null, null, null, DateTimeOffset.UtcNow), [], [], [], [], DateTimeOffset.UtcNow);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
