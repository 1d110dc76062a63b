using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Ingestion.Feeds;
using Xunit.Abstractions;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

/// <summary>
/// Every feed request is bounded by time for its whole answer, and polls are independent: a feed whose server drips
/// one byte a second forever is cut at its timeout, and another feed keeps its own schedule meanwhile.
/// </summary>
[Collection(SourcesCollection.Name)]
public sealed class FeedIndependenceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetAsync_ServerDripsTheBodyForever_IsCutAtTheTimeout()
    {
        await using var server = await FeedServer.StartAsync();
        using var client = new HttpClient();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            FeedHttp.GetAsync(client, server.Url("drip.xml?ms=500"), 1024 * 1024, TimeSpan.FromSeconds(2), null, CancellationToken.None)
                .WaitAsync(TimeSpan.FromSeconds(30)));

        output.WriteLine($"dripping answer cut after {watch.Elapsed.TotalSeconds:F2} s (timeout 2 s)");
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.8), TimeSpan.FromSeconds(6));
        Assert.Contains("not complete within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loop_OneFeedDripsForever_AnotherFeedStillPollsOnTimeAndTheDripIsCut()
    {
        await using var server = await FeedServer.StartAsync();
        var drip = server.Url("drip.xml?ms=1000");
        var steady = server.Url("feeds/atom.xml?steady=1");
        using var app = new NewsApp(settings: new Dictionary<string, string?>
        {
            ["Ingest:Feeds:0:url"] = drip.ToString(),
            ["Ingest:Feeds:0:every"] = "00:00:01",
            ["Ingest:Feeds:1:url"] = steady.ToString(),
            ["Ingest:Feeds:1:every"] = "00:00:01",
            ["Ingest:FeedTick"] = "00:00:00.100",
            ["Ingest:FeedTimeout"] = "00:00:04",
        });
        var poller = app.Services.GetRequiredService<FeedPoller>();

        // Nine seconds: the dripping feed is cut at 4 s, backs off 2 s, and drips again meanwhile.
        await Task.Delay(TimeSpan.FromSeconds(9));

        var steadyPolls = server.Requests.Where(r => r.Path == steady.PathAndQuery).Select(r => r.At).ToList();
        // The first gap includes the first poll's extraction of its two new items on a cold app; later polls skip them.
        var gaps = steadyPolls.Zip(steadyPolls.Skip(1), (a, b) => b - a).Skip(1).ToList();
        var longest = gaps.Count > 0 ? gaps.Max() : TimeSpan.MaxValue;
        var drips = server.Drips.ToList();
        output.WriteLine($"steady feed (every 1 s) polled {steadyPolls.Count} times in 9 s, longest gap {longest.TotalSeconds:F2} s; "
            + $"dripping answers cut after {string.Join(", ", drips.Select(d => d.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s (timeout 4 s)");
        Assert.True(steadyPolls.Count >= 4, $"the steady feed was polled {steadyPolls.Count} times in 9 s");
        Assert.True(longest < TimeSpan.FromSeconds(2.2), $"the steady feed waited {longest} between polls while the other dripped");
        Assert.NotEmpty(drips);
        // Cut at the client's timeout, which also counts the connection (slow on a cold app), so the server sees at most that.
        Assert.All(drips, d => Assert.True(d < TimeSpan.FromSeconds(5.5), $"a dripping answer lasted {d}"));
        Assert.Contains("not complete within", poller.HealthOf(drip)!.LastError, StringComparison.Ordinal);
    }
}
