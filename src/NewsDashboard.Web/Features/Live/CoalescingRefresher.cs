namespace NewsDashboard.Web.Features.Live;

/// <summary>
/// Subscribes a component to the publish point and coalesces a burst of updates into one refresh:
/// the first update schedules a refresh after <see cref="Delay"/>; updates until then ride along.
/// Dispose to unsubscribe.
/// </summary>
public sealed class CoalescingRefresher : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(40);

    private readonly NewsEvents _events;
    private readonly Func<IReadOnlyList<NewsUpdate>, Task> _refresh;
    private readonly Lock _gate = new();
    private List<NewsUpdate> _pending = [];
    private bool _scheduled;
    private bool _disposed;

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

        _ = FlushLaterAsync();
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(Delay);
        List<NewsUpdate> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            _scheduled = false;
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
