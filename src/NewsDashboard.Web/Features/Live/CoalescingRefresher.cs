using System.Diagnostics;

namespace NewsDashboard.Web.Features.Live;

/// <summary>
/// Subscribes a component to the publish point and coalesces updates into refreshes: an update after a quiet spell
/// is shown after <see cref="Gather"/> (the rest of its group commit rides along); under a steady feed refreshes
/// start at most once per <see cref="Interval"/>, with everything that arrived meanwhile. A page then costs the
/// server and the browser a few renders a second however fast articles arrive, and nothing waits longer than one
/// interval (docs/performance.md). Dispose to unsubscribe.
/// </summary>
public sealed class CoalescingRefresher : IDisposable
{
    public static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(10);

    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);

    private readonly NewsEvents _events;
    private readonly Func<IReadOnlyList<NewsUpdate>, Task> _refresh;
    private readonly Lock _gate = new();
    private List<NewsUpdate> _pending = [];
    private bool _scheduled;
    private bool _disposed;
    private long _lastFlush;

    public CoalescingRefresher(NewsEvents events, Func<IReadOnlyList<NewsUpdate>, Task> refresh)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events;
        _refresh = refresh;
        _events.Published += OnPublished;
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
        if (last != 0 && Interval - Stopwatch.GetElapsedTime(last) is var rest && rest > wait)
        {
            wait = rest;
        }

        _ = FlushLaterAsync(wait);
    }

    private async Task FlushLaterAsync(TimeSpan wait)
    {
        await Task.Delay(wait);
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
            _disposed = true;
        }

        _events.Published -= OnPublished;
    }
}
