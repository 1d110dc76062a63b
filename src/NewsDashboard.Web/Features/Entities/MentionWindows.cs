using Dapper;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Entities;

/// <summary>
/// Mention counts per entity per hour for the last <see cref="Days"/> days, kept in memory so the 24-hour and
/// 7-day panels (and their previous windows) add up a few thousand counters instead of scanning every mention.
/// Loaded from the store at start-up and after an identity correction; after each commit it adds what the article
/// added, from the update it hears on <see cref="NewsEvents.Stored"/> (before any page hears of the update).
/// Windows are counted to the hour.
/// </summary>
internal sealed class MentionWindows
{
    public const int Days = 15;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Type, long Hour), Dictionary<long, long>> _buckets = [];

    private readonly TimeProvider _clock;

    public MentionWindows(NewsEvents events, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(events);
        _clock = clock;
        events.Stored += update => Add(update.Mentions, update.Ingested);
    }

    public static long HourOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / 3600;

    public async Task LoadAsync(Database database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var from = _clock.GetUtcNow().AddDays(-Days);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Type, long EntityId, string Hour, long Count)>(
            """
            SELECT type, entity_id, substr(ingested, 1, 13), SUM(count) FROM mentions
            WHERE ingested >= @from GROUP BY type, entity_id, substr(ingested, 1, 13)
            """,
            new { from = from.ToString("O") });
        lock (_gate)
        {
            _buckets.Clear();
            foreach (var (type, entityId, hour, count) in rows)
            {
                var at = DateTimeOffset.ParseExact(hour + ":00:00Z", "yyyy-MM-dd'T'HH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                AddLocked(type, entityId, count, HourOf(at));
            }
        }
    }

    public void Add(IEnumerable<(string Type, long EntityId, long Count)> mentions, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var hour = HourOf(ingested);
        lock (_gate)
        {
            foreach (var (type, entityId, count) in mentions)
            {
                AddLocked(type, entityId, count, hour);
            }

            // Forget hours that no window reaches any more.
            var oldest = HourOf(_clock.GetUtcNow()) - (Days * 24);
            if (_buckets.Count > (Days * 24 * 8))
            {
                foreach (var key in _buckets.Keys.Where(k => k.Hour < oldest).ToList())
                {
                    _buckets.Remove(key);
                }
            }
        }
    }

    /// <summary>The most mentioned entities of a type over the last <paramref name="window"/>, with the window before it.</summary>
    public IReadOnlyList<(long Id, long Mentions, long Previous)> Top(string type, TimeSpan window, int limit)
    {
        var now = HourOf(_clock.GetUtcNow());
        var hours = (long)Math.Ceiling(window.TotalHours);
        lock (_gate)
        {
            var current = Sum(type, now - hours + 1, now);
            var top = current.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(limit).ToList();
            var previous = Sum(type, now - (2 * hours) + 1, now - hours, top.Select(t => t.Key).ToHashSet());
            return top.Select(t => (t.Key, t.Value, previous.GetValueOrDefault(t.Key))).ToList();
        }
    }

    private Dictionary<long, long> Sum(string type, long fromHour, long toHour, HashSet<long>? only = null)
    {
        var totals = new Dictionary<long, long>();
        for (var hour = fromHour; hour <= toHour; hour++)
        {
            if (!_buckets.TryGetValue((type, hour), out var bucket))
            {
                continue;
            }

            foreach (var (id, count) in bucket)
            {
                if (only is null || only.Contains(id))
                {
                    totals[id] = totals.GetValueOrDefault(id) + count;
                }
            }
        }

        return totals;
    }

    private void AddLocked(string type, long entityId, long count, long hour)
    {
        if (!_buckets.TryGetValue((type, hour), out var bucket))
        {
            _buckets[(type, hour)] = bucket = [];
        }

        bucket[entityId] = bucket.GetValueOrDefault(entityId) + count;
    }
}
