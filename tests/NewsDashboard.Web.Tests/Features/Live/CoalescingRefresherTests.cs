using Microsoft.Extensions.Logging.Abstractions;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Live;

public sealed class CoalescingRefresherTests
{
    private static NewsUpdate Update(long seq)
        => new(new ArticleSummary(seq, $"Headline {seq}", "en", null, null, null, new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero)), [], [], [], [], DateTimeOffset.UtcNow);

    [Fact]
    public async Task Burst_OfHundredUpdates_RefreshesOnceWithAllOfThem()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var batches = new List<IReadOnlyList<NewsUpdate>>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var refresher = ShownAtOnce(events, batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
                if (batches.Sum(b => b.Count) == 100)
                {
                    done.TrySetResult();
                }
            }
        });

        for (var i = 1; i <= 100; i++)
        {
            events.Publish(Update(i));
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(batches.Count <= 2, $"{batches.Count} refreshes");
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), batches.SelectMany(b => b).Select(u => u.Article.Id));
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
        using var refresher = ShownAtOnce(events, batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }
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
            Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), batches.SelectMany(b => b).Select(u => u.Article.Id));
            var allowed = (int)(elapsed / CoalescingRefresher.Interval) + 2;
            Assert.True(batches.Count <= allowed, $"{batches.Count} refreshes in {elapsed.TotalMilliseconds:0} ms, at most {allowed} expected");
        }
    }

    [Fact]
    public void LivePages_CountsOpenRefreshers_UntilDisposed()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var first = new CoalescingRefresher(events, _ => Task.CompletedTask);
        using var second = new CoalescingRefresher(events, _ => Task.CompletedTask);
        Assert.Equal(2, events.LivePages);

        first.Dispose();
        first.Dispose();

        Assert.Equal(1, events.LivePages);
    }

    [Fact]
    public void IntervalFor_GrowsWithOpenPages_OnceTheBudgetIsSpent()
    {
        Assert.Equal(CoalescingRefresher.Interval, CoalescingRefresher.IntervalFor(1));
        Assert.Equal(CoalescingRefresher.Interval, CoalescingRefresher.IntervalFor(20));
        Assert.Equal(TimeSpan.FromSeconds(2), CoalescingRefresher.IntervalFor(CoalescingRefresher.RefreshBudget * 2));
    }

    [Fact]
    public async Task SteadyFeed_WithMorePagesThanTheBudget_EachPageRefreshesLessOften_AndGetsEveryUpdate()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var pages = CoalescingRefresher.RefreshBudget * 2; // a 2 s interval
        var received = new int[pages];
        var refreshes = new int[pages];
        var refreshers = Enumerable.Range(0, pages).Select(i => ShownAtOnce(events, batch =>
        {
            Interlocked.Increment(ref refreshes[i]);
            Interlocked.Add(ref received[i], batch.Count);
        })).ToList();
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 1; i <= 10; i++)
            {
                events.Publish(Update(i));
                await Task.Delay(50);
            }

            await Task.Delay(TimeSpan.FromSeconds(1) - watch.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
            if (watch.Elapsed < CoalescingRefresher.IntervalFor(pages))
            {
                Assert.All(refreshes, n => Assert.True(n <= 1, $"{n} refreshes within {watch.Elapsed.TotalMilliseconds:0} ms"));
            }

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (received.Any(n => n < 10) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.All(received, n => Assert.Equal(10, n));
            Assert.All(refreshes, n => Assert.True(n <= 3, $"{n} refreshes for 10 updates"));
        }
        finally
        {
            refreshers.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task PageNotShownYet_NextRefreshWaitsForIt_ThenCarriesEverythingNew()
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
        int Count()
        {
            lock (batches)
            {
                return batches.Count;
            }
        }

        events.Publish(Update(1));
        await WaitForAsync(() => Count() == 1, TimeSpan.FromSeconds(5));
        await Task.Delay(CoalescingRefresher.Interval * 2);
        events.Publish(Update(2));
        events.Publish(Update(3));
        await Task.Delay(CoalescingRefresher.Interval * 3);
        Assert.Equal(1, Count()); // the browser has not shown the first refresh yet

        refresher.Shown();
        await WaitForAsync(() => Count() == 2, TimeSpan.FromSeconds(1));
        lock (batches)
        {
            Assert.Equal([2L, 3L], batches[1].Select(u => u.Article.Id));
        }
    }

    [Fact]
    public async Task PageNeverReportsShown_RefreshesStillComeAfterTheTimeout()
    {
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var refreshes = 0;
        using var refresher = new CoalescingRefresher(events, _ =>
        {
            Interlocked.Increment(ref refreshes);
            return Task.CompletedTask;
        });

        events.Publish(Update(1));
        await WaitForAsync(() => Volatile.Read(ref refreshes) == 1, TimeSpan.FromSeconds(5));
        events.Publish(Update(2));

        await WaitForAsync(() => Volatile.Read(ref refreshes) == 2, CoalescingRefresher.ShownTimeout * 3);
    }

    // A page that shows each refresh as soon as it has it.
    private static CoalescingRefresher ShownAtOnce(NewsEvents events, Action<IReadOnlyList<NewsUpdate>> refreshed)
    {
        CoalescingRefresher? refresher = null;
        refresher = new CoalescingRefresher(events, batch =>
        {
            refreshed(batch);
            refresher!.Shown();
            return Task.CompletedTask;
        });
        return refresher;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within {timeout.TotalSeconds:0.#} s");
            await Task.Delay(10);
        }
    }
}
