using Microsoft.Extensions.Logging.Abstractions;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;

namespace NewsDashboard.Web.Tests.Features.Dashboard;

public sealed class SharedReadsTests
{
    private sealed class StepClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    private static NewsUpdate Update(long seq)
        => new(new ArticleSummary(seq, $"Headline {seq}", "en", null, null, null, new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero)), [], [], [], [], DateTimeOffset.UtcNow);

    [Fact]
    public async Task TwoHundredDashboardsOnOneView_ReadTheStoreOncePerUpdate()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var shared = new SharedReads(events, new StepClock());
        var stored = 1;

        async Task<int[]> RefreshAll() => await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(_ => shared.GetAsync("quotes|SY|20", async () => { await Task.Yield(); return stored; })));

        Assert.All(await RefreshAll(), v => Assert.Equal(1, v));
        Assert.Equal(1, shared.Loads);

        stored = 2;
        events.Publish(Update(1));
        Assert.All(await RefreshAll(), v => Assert.Equal(2, v));
        Assert.Equal(2, shared.Loads);
    }

    [Fact]
    public async Task DifferentViews_AreReadSeparately()
    {
        var shared = new SharedReads(new NewsEvents(NullLogger<NewsEvents>.Instance), new StepClock());

        Assert.Equal("SY", await shared.GetAsync("quotes|SY|20", () => Task.FromResult("SY")));
        Assert.Equal("RU", await shared.GetAsync("quotes|RU|20", () => Task.FromResult("RU")));
        Assert.Equal(2, shared.Loads);
    }

    [Fact]
    public async Task QuietSpell_ReadsAgainAfterMaxAge_SoTimeWindowsMove()
    {
        var clock = new StepClock();
        var shared = new SharedReads(new NewsEvents(NullLogger<NewsEvents>.Instance), clock);
        var now = "09:00";

        Assert.Equal("09:00", await shared.GetAsync("mentions|person|1h|10", () => Task.FromResult(now)));
        now = "10:00";
        clock.Ticks += (SharedReads.MaxAge - TimeSpan.FromSeconds(1)).Ticks;
        Assert.Equal("09:00", await shared.GetAsync("mentions|person|1h|10", () => Task.FromResult(now)));
        clock.Ticks += TimeSpan.FromSeconds(2).Ticks;
        Assert.Equal("10:00", await shared.GetAsync("mentions|person|1h|10", () => Task.FromResult(now)));
    }

    [Fact]
    public async Task FailedRead_IsNotShared_TheNextReadTriesAgain()
    {
        var shared = new SharedReads(new NewsEvents(NullLogger<NewsEvents>.Instance), new StepClock());

        await Assert.ThrowsAsync<InvalidOperationException>(() => shared.GetAsync<int>("latest|12", () => throw new InvalidOperationException("database busy")));
        Assert.Equal(7, await shared.GetAsync("latest|12", () => Task.FromResult(7)));
    }
}
