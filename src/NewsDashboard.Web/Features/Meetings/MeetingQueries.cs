using Dapper;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Meetings;


/// <summary>Which meetings: those involving any (default) or all of the countries, within a date range.</summary>
public sealed record MeetingFilter(IReadOnlyList<string> Countries, bool MatchAll, DateOnly? From, DateOnly? To, int Limit = 100)
{
    public static MeetingFilter None { get; } = new([], false, null, null);
}

internal sealed class MeetingQueries(Database database) : IMeetingList
{
    public async Task<IReadOnlyList<MeetingView>> GetAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LoadAsync(connection, [.. ids.Distinct()]);
    }

    public async Task<IReadOnlyList<MeetingView>> ReportedInAsync(long afterArticle, long upToArticle, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<long>(
            """
            SELECT meeting_id FROM meeting_sources WHERE article_id > @afterArticle AND article_id <= @upToArticle
            GROUP BY meeting_id ORDER BY meeting_id
            """,
            new { afterArticle, upToArticle })).AsList();
        return await LoadAsync(connection, ids);
    }

    public async Task<IReadOnlyList<MeetingView>> ListAsync(MeetingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var countries = CountryCode.ForLookup(filter.Countries);
        var args = new
        {
            from = Days.ToText(filter.From),
            to = Days.ToText(filter.To),
            limit = QueryLimits.Meetings.Clamp(filter.Limit),
        };
        await using var connection = await database.OpenAsync(cancellationToken);

        // Dated meetings newest first, then the undated ones (by the day they were reported): each part is one
        // ordered index range, and the undated part is read only when the dated part does not fill the list.
        var ids = new List<long>(args.limit);
        foreach (var dated in (int[])[1, 0])
        {
            var limit = args.limit - ids.Count;
            if (limit <= 0)
            {
                break;
            }

            ids.AddRange(await TimelineAsync(connection, countries, filter.MatchAll, dated, args.from, args.to, limit));
        }

        return await LoadAsync(connection, ids);
    }

    private static async Task<List<long>> TimelineAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, IReadOnlyList<string> countries, bool matchAll, int dated, string? from, string? to, int limit)
    {
        if (countries.Count == 0)
        {
            return (await connection.QueryAsync<long>(
                """
                SELECT id FROM meetings
                WHERE dated = @dated AND (@from IS NULL OR sort_date >= @from) AND (@to IS NULL OR sort_date <= @to)
                ORDER BY sort_date DESC, id DESC LIMIT @limit
                """,
                new { dated, from, to, limit })).AsList();
        }

        if (matchAll)
        {
            // Walk the first country's timeline in order; keep meetings that involve every other country too.
            return (await connection.QueryAsync<long>(
                """
                SELECT mc.meeting_id FROM meeting_countries mc
                WHERE mc.country = @first AND mc.dated = @dated
                  AND (@from IS NULL OR mc.sort_date >= @from) AND (@to IS NULL OR mc.sort_date <= @to)
                  AND (SELECT COUNT(*) FROM meeting_countries x WHERE x.meeting_id = mc.meeting_id AND x.country IN @others) = @otherCount
                ORDER BY mc.sort_date DESC, mc.meeting_id DESC LIMIT @limit
                """,
                new { first = countries[0], others = countries.Skip(1).DefaultIfEmpty("").ToList(), otherCount = countries.Count - 1, dated, from, to, limit })).AsList();
        }

        // Each country's timeline is one ordered index range: take the newest of each, then merge.
        var merged = new List<(string SortDate, long Id)>();
        foreach (var country in countries)
        {
            merged.AddRange(await connection.QueryAsync<(string, long)>(
                """
                SELECT sort_date, meeting_id FROM meeting_countries
                WHERE country = @country AND dated = @dated AND (@from IS NULL OR sort_date >= @from) AND (@to IS NULL OR sort_date <= @to)
                ORDER BY sort_date DESC, meeting_id DESC LIMIT @limit
                """,
                new { country, dated, from, to, limit }));
        }

        return merged.DistinctBy(m => m.Id).OrderByDescending(m => m.SortDate, StringComparer.Ordinal).ThenByDescending(m => m.Id)
            .Take(limit).Select(m => m.Id).ToList();
    }

    /// <summary>
    /// The meetings an entity took part in (a person or organisation as a participant; a country through its code):
    /// dated newest first, then undated. Reads the entity's newest meetings from the end of its index range.
    /// </summary>
    public async Task<IReadOnlyList<MeetingView>> OfEntityAsync(long entityId, string? countryCode, int limit, CancellationToken cancellationToken = default)
    {
        limit = QueryLimits.Meetings.Clamp(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = countryCode is { Length: 2 }
            ? (await connection.QueryAsync<long>(
                """
                SELECT meeting_id FROM meeting_countries WHERE country = @countryCode
                ORDER BY dated DESC, sort_date DESC, meeting_id DESC LIMIT @limit
                """,
                new { countryCode, limit })).AsList()
            : (await connection.QueryAsync<long>(
                """
                SELECT m.id FROM meetings m
                WHERE m.id IN (SELECT meeting_id FROM meeting_participants WHERE entity_id = @entityId ORDER BY meeting_id DESC LIMIT @scan)
                ORDER BY m.dated DESC, m.sort_date DESC, m.id DESC LIMIT @limit
                """,
                new { entityId, limit, scan = limit * 4 })).AsList();
        return await LoadAsync(connection, ids);
    }

    public async Task<MeetingView?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await LoadAsync(connection, [id])).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<MeetingView>> LoadAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var meetings = (await connection.QueryAsync<(long Id, string? Date, string Status, string Kind, string? Location, string? LocationCountry)>(
            "SELECT id, date, status, kind, location, location_country FROM meetings WHERE id IN @ids", new { ids })).ToDictionary(m => m.Id);
        var participants = (await connection.QueryAsync<(long MeetingId, long? EntityId, string? Name, string? Country, string? Role)>(
            """
            SELECT p.meeting_id, p.entity_id, COALESCE(e.name, p.name), COALESCE(p.country, e.country), COALESCE(p.role, e.role)
            FROM meeting_participants p LEFT JOIN entities e ON e.id = p.entity_id
            WHERE p.meeting_id IN @ids ORDER BY p.meeting_id, p.position
            """,
            new { ids })).ToLookup(p => p.MeetingId);
        var sources = (await connection.QueryAsync<(long MeetingId, long ArticleId, string Evidence, string Title, string Language)>(
            """
            SELECT s.meeting_id, s.article_id, s.evidence, a.title, a.language
            FROM meeting_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.meeting_id IN @ids ORDER BY s.meeting_id, s.article_id
            """,
            new { ids })).ToLookup(s => s.MeetingId);
        return ids.Where(meetings.ContainsKey).Select(id =>
        {
            var m = meetings[id];
            return new MeetingView(m.Id, m.Date, m.Status, m.Kind, m.Location, m.LocationCountry,
                participants[id].Select(p => new MeetingParticipantView(p.EntityId, p.Name, p.Country, p.Role)).ToList(),
                sources[id].Select(s => new MeetingSourceView(s.ArticleId, s.Evidence, s.Title, s.Language)).ToList());
        }).ToList();
    }
}
