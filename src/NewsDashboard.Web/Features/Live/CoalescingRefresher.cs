using System.Diagnostics;

namespace NewsDashboard.Web.Features.Live;

/// <summary>
/// Subscribes a component to the publish point and coalesces updates into refreshes: an update after a quiet spell
/// is shown after <see cref="Gather"/> (the rest of its group commit rides along); under a steady feed refreshes
/// start at most once per interval, with everything that arrived meanwhile. The interval is <see cref="Interval"/>
/// until more pages are open than <see cref="RefreshBudget"/> refreshes a second can serve; beyond that it grows with
/// the number of open pages (<see cref="IntervalFor"/>), so a thousand dashboards under a busy feed get an update
/// every few seconds instead of queueing renders the server cannot finish. A page has one refresh on its way at a
/// time: the next waits until the page reports the last one shown (<see cref="Shown"/>), at most
/// <see cref="ShownTimeout"/>, so a browser that falls behind gets fewer, larger updates instead of a backlog of
/// them (docs/performance.md). Dispose to unsubscribe.
/// </summary>
internal sealed class CoalescingRefresher : IDisposable
{
    public static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(10);

    /// <summary>The shortest interval between two refreshes of one page under a steady feed.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// Page refreshes a second the server starts, all open pages together, once a feed is steady. Measured on two
    /// cores: 400 refreshes a second of 1,000 open dashboards take about 80–90 % of one core, which leaves the rest to
    /// ingest and to the pages' own requests (docs/performance.md).
    /// </summary>
    public static readonly int RefreshBudget = 200 * Environment.ProcessorCount;

    /// <summary>The interval between refreshes of each page when <paramref name="pages"/> live pages are open.</summary>
    public static TimeSpan IntervalFor(int pages)
        => TimeSpan.FromSeconds(Math.Max(Interval.TotalSeconds, (double)pages / RefreshBudget));

    /// <summary>The longest a refresh waits for the page to show the one before (a page may not render at all).</summary>
    public static readonly TimeSpan ShownTimeout = TimeSpan.FromSeconds(2);

    private readonly NewsEvents _events;
    private readonly Func<IReadOnlyList<NewsUpdate>, Task> _refresh;
    private readonly Lock _gate = new();
    private List<NewsUpdate> _pending = [];
    private bool _scheduled;
    private bool _disposed;
    private long _lastFlush;
    private TaskCompletionSource? _showing; // the refresh handed to the page and not yet reported shown

    public CoalescingRefresher(NewsEvents events, Func<IReadOnlyList<NewsUpdate>, Task> refresh)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events;
        _refresh = refresh;
        _events.Published += OnPublished;
        _events.AddLivePage();
    }

    public int Refreshes { get; private set; }

    private void OnPublished(NewsUpdate update)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _pending.Add(update);
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
        }

        var wait = Gather;
        var last = Interlocked.Read(ref _lastFlush);
        if (last != 0 && IntervalFor(_events.LivePages) - Stopwatch.GetElapsedTime(last) is var rest && rest > wait)
        {
            wait = rest;
        }

        _ = FlushLaterAsync(wait);
    }

    /// <summary>
    /// The page calls this when a render has reached its browser: in a Blazor Server circuit a component's
    /// OnAfterRender runs once the browser has acknowledged the render batch, that is, applied it to the page.
    /// </summary>
    public void Shown() => Interlocked.Exchange(ref _showing, null)?.TrySetResult();

    private async Task FlushLaterAsync(TimeSpan wait)
    {
        await Task.Delay(wait);
        if (Volatile.Read(ref _showing) is { } showing)
        {
            try
            {
                await showing.Task.WaitAsync(ShownTimeout);
            }
            catch (TimeoutException)
            {
                // Not shown in time (a page that did not render, or a stalled browser): refresh anyway.
            }
        }

        List<NewsUpdate> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            _scheduled = false;
            Interlocked.Exchange(ref _lastFlush, Stopwatch.GetTimestamp());
            if (_disposed)
            {
                return;
            }
        }

        Refreshes++;
        Volatile.Write(ref _showing, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await _refresh(batch);
        }
        catch (ObjectDisposedException)
        {
            // The component went away between the update and the refresh.
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _events.Published -= OnPublished;
        _events.RemoveLivePage();
    }
}
