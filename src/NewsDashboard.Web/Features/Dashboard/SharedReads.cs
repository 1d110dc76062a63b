using System.Collections.Concurrent;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>
/// One read per view and update for every open dashboard. When an article is stored, every circuit showing the same
/// view re-reads it; the first asks the store and the others share its (immutable) result. A result is reused until
/// the next update, or <see cref="MaxAge"/> at most so time-based windows ("last hour") keep moving in a quiet spell.
/// Results are read-only records and lists: components must not change them.
/// </summary>
internal sealed class SharedReads
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    // Views in use at one time are few (a handful of filters per newsroom); past this, entries of older updates go.
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private long _version;

    public SharedReads(NewsEvents events, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(events);
        _clock = clock;
        events.Published += _ => Invalidate();
    }

    /// <summary>How many reads went to the store, for tests and diagnostics.</summary>
    public long Loads => Interlocked.Read(ref _loads);

    private long _loads;

    /// <summary>Drops every shared result: the next read of each view goes to the store.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var version = Interlocked.Read(ref _version);
        var now = _clock.GetTimestamp();
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && _clock.GetElapsedTime(entry.Started, now) < MaxAge
            && !entry.Task.IsFaulted && !entry.Task.IsCanceled)
        {
            return (T)(await entry.Task)!;
        }

        var fresh = new Entry(version, now, LoadAsync(load));
        _entries[key] = fresh;
        if (_entries.Count > MaxEntries)
        {
            foreach (var (k, e) in _entries)
            {
                if (e.Version != version)
                {
                    _entries.TryRemove(k, out _);
                }
            }
        }

        return (T)(await fresh.Task)!;
    }

    private async Task<object?> LoadAsync<T>(Func<Task<T>> load)
    {
        Interlocked.Increment(ref _loads);
        return await load();
    }

    private sealed record Entry(long Version, long Started, Task<object?> Task);
}
