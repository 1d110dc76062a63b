using Microsoft.Extensions.Logging.Abstractions;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Live;

public sealed class CoalescingRefresherTests
{
    private static NewsUpdate Update(long seq)
        => new(seq, new ArticleSummary(seq, seq, $"Headline {seq}", "en", null, null, null, "2025-07-31T00:00:00Z"), [], [], []);

    [Fact]
    public async Task Burst_OfHundredUpdates_RefreshesOnceWithAllOfThem()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var batches = new List<IReadOnlyList<NewsUpdate>>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var refresher = new CoalescingRefresher(events, batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
                if (batches.Sum(b => b.Count) == 100)
                {
                    done.TrySetResult();
                }
            }

            return Task.CompletedTask;
        });

        for (var i = 1; i <= 100; i++)
        {
            events.Publish(Update(i));
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(batches.Count <= 2, $"{batches.Count} refreshes");
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), batches.SelectMany(b => b).Select(u => u.Seq));
    }

    [Fact]
    public async Task Dispose_StopsRefreshes()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var refreshed = 0;
        var refresher = new CoalescingRefresher(events, _ =>
        {
            Interlocked.Increment(ref refreshed);
            return Task.CompletedTask;
        });

        refresher.Dispose();
        events.Publish(Update(1));
        await Task.Delay(CoalescingRefresher.Interval * 2);

        Assert.Equal(0, refreshed);
    }

    [Fact]
    public async Task SteadyFeed_RefreshesAtMostOncePerInterval_WithEveryUpdate()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var batches = new List<IReadOnlyList<NewsUpdate>>();
        using var refresher = new CoalescingRefresher(events, batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            return Task.CompletedTask;
        });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 1; i <= 30; i++)
        {
            events.Publish(Update(i));
            await Task.Delay(20);
        }

        var elapsed = watch.Elapsed;
        await Task.Delay(CoalescingRefresher.Interval * 2);
        lock (batches)
        {
            Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), batches.SelectMany(b => b).Select(u => u.Seq));
            var allowed = (int)(elapsed / CoalescingRefresher.Interval) + 2;
            Assert.True(batches.Count <= allowed, $"{batches.Count} refreshes in {elapsed.TotalMilliseconds:0} ms, at most {allowed} expected");
        }
    }
}
