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
    private readonly Dictionary<(string Type, long Hour), Dictionary<long, (long Mentions, long Articles)>> _buckets = [];

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
        var rows = await connection.QueryAsync<(string Type, long EntityId, string Hour, long Count, long Articles)>(
            """
            SELECT type, entity_id, substr(ingested, 1, 13), SUM(count), COUNT(*) FROM mentions
            WHERE ingested >= @from GROUP BY type, entity_id, substr(ingested, 1, 13)
            """,
            new { from = from.ToString("O") });
        lock (_gate)
        {
            _buckets.Clear();
            foreach (var (type, entityId, hour, count, articles) in rows)
            {
                var at = DateTimeOffset.ParseExact(hour + ":00:00Z", "yyyy-MM-dd'T'HH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                AddLocked(type, entityId, count, articles, HourOf(at));
            }
        }
    }

    /// <summary>What one article added: each entry is one entity named in it, <c>Count</c> times.</summary>
    public void Add(IEnumerable<(string Type, long EntityId, long Count)> mentions, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var hour = HourOf(ingested);
        lock (_gate)
        {
            foreach (var (type, entityId, count) in mentions)
            {
                AddLocked(type, entityId, count, 1, hour);
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

    /// <summary>
    /// The most mentioned entities of a type over the last <paramref name="window"/>, by mentions or (when
    /// <paramref name="byArticles"/>) by articles naming them, with the same measure over the window before it.
    /// </summary>
    public IReadOnlyList<(long Id, long Mentions, long Articles, long Previous)> Top(string type, TimeSpan window, int limit, bool byArticles)
    {
        var now = HourOf(_clock.GetUtcNow());
        var hours = (long)Math.Ceiling(window.TotalHours);
        lock (_gate)
        {
            var current = Sum(type, now - hours + 1, now);
            var top = (byArticles
                    ? current.OrderByDescending(kv => kv.Value.Articles).ThenByDescending(kv => kv.Value.Mentions)
                    : current.OrderByDescending(kv => kv.Value.Mentions))
                .ThenBy(kv => kv.Key).Take(limit).ToList();
            var previous = Sum(type, now - (2 * hours) + 1, now - hours, top.Select(t => t.Key).ToHashSet());
            return top.Select(t =>
            {
                var before = previous.GetValueOrDefault(t.Key);
                return (t.Key, t.Value.Mentions, t.Value.Articles, byArticles ? before.Articles : before.Mentions);
            }).ToList();
        }
    }

    private Dictionary<long, (long Mentions, long Articles)> Sum(string type, long fromHour, long toHour, HashSet<long>? only = null)
    {
        var totals = new Dictionary<long, (long Mentions, long Articles)>();
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
                    var total = totals.GetValueOrDefault(id);
                    totals[id] = (total.Mentions + count.Mentions, total.Articles + count.Articles);
                }
            }
        }

        return totals;
    }

    private void AddLocked(string type, long entityId, long count, long articles, long hour)
    {
        if (!_buckets.TryGetValue((type, hour), out var bucket))
        {
            _buckets[(type, hour)] = bucket = [];
        }

        var before = bucket.GetValueOrDefault(entityId);
        bucket[entityId] = (before.Mentions + count, before.Articles + articles);
    }
}
