using System.Globalization;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Meetings;

/// <summary>
/// Meeting resolution inside one article's transaction: the same named participants, unnamed ones from the same
/// countries and timeline dates within a day of each other are one meeting with several sources (ADR 0005).
/// </summary>
internal sealed class MeetingResolver(PreparedStatements sql, long articleId, string ingested, string fallbackDay)
{
    private readonly string _ingested = ingested;

    // An undated meeting is placed on the timeline at the article's publication day.
    private readonly string _fallbackDay = fallbackDay;

    /// <summary>
    /// Stores a meeting, or links this article to the same meeting already stored; <paramref name="participantIds"/>
    /// are the participants' entity ids (null for unnamed ones), in order, from the caller's entity resolution.
    /// </summary>
    public MeetingChange Write(ExtractedMeeting meeting, IReadOnlyList<long?> participantIds)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(participantIds);
        var existing = FindSameMeeting(meeting, participantIds);
        var isNew = existing is null;
        long meetingId;
        if (existing is { } found)
        {
            meetingId = found;

            // A meeting announced and later reported is held (its sources keep both reports); a cancellation
            // cancels it, as within one article (MeetingMerger.MergedStatus).
            sql.Execute(
                """
                UPDATE meetings SET updated = @ingested,
                    status = CASE WHEN status <> 'cancelled' AND @status IN ('held', 'cancelled') THEN @status ELSE status END,
                    date = COALESCE(date, @date), sort_date = COALESCE(date, @date, sort_date), location = COALESCE(location, @location),
                    location_country = COALESCE(location_country, @locationCountry), dated = (COALESCE(date, @date) IS NOT NULL)
                WHERE id = @meetingId;
                UPDATE meeting_countries SET (sort_date, dated) = (SELECT sort_date, dated FROM meetings WHERE id = @meetingId)
                WHERE meeting_id = @meetingId;
                """,
                ("@ingested", _ingested), ("@status", meeting.Status), ("@date", meeting.Date), ("@location", meeting.Location),
                ("@locationCountry", meeting.LocationCountry), ("@meetingId", meetingId));
        }
        else
        {
            meetingId = sql.Scalar(
                """
                INSERT INTO meetings (date, status, kind, location, location_country, first_seen, updated, sort_date, dated)
                VALUES (@date, @status, @kind, @location, @locationCountry, @ingested, @ingested, COALESCE(@date, @day), @date IS NOT NULL)
                RETURNING id
                """,
                ("@date", meeting.Date), ("@status", meeting.Status), ("@kind", meeting.Kind), ("@location", meeting.Location),
                ("@locationCountry", meeting.LocationCountry), ("@ingested", _ingested), ("@day", _fallbackDay))!.Value;
            for (var i = 0; i < meeting.Participants.Count; i++)
            {
                var p = meeting.Participants[i];
                sql.Execute(
                    """
                    INSERT INTO meeting_participants (meeting_id, position, entity_id, name, country, role)
                    VALUES (@meetingId, @i, @entityId, @name, @country, @role)
                    """,
                    ("@meetingId", meetingId), ("@i", i), ("@entityId", participantIds[i]), ("@name", p.Name),
                    ("@country", p.Country), ("@role", p.Role));
            }
        }

        sql.Execute(
            "INSERT OR IGNORE INTO meeting_sources (meeting_id, article_id, evidence) VALUES (@meetingId, @articleId, @evidence)",
            ("@meetingId", meetingId), ("@articleId", articleId), ("@evidence", meeting.Evidence));

        var countries = CountryCode.ForLookup(meeting.Participants.Select(p => p.Country).Append(meeting.LocationCountry));
        foreach (var country in countries)
        {
            sql.Execute(
                """
                INSERT OR IGNORE INTO meeting_countries (country, meeting_id, sort_date, dated)
                SELECT @country, @meetingId, sort_date, dated FROM meetings WHERE id = @meetingId
                """,
                ("@country", country), ("@meetingId", meetingId));
        }

        return new MeetingChange(meetingId, countries, isNew);
    }

    // The same meeting: the same named participants, unnamed ones from the same countries, and timeline dates
    // (the meeting's date, else the report's day) within a day of each other. Only the anchor's 50 newest meetings
    // are candidates, read from the end of its index range: the cost does not grow with how often they have met.
    private long? FindSameMeeting(ExtractedMeeting meeting, IReadOnlyList<long?> participantIds)
    {
        var named = participantIds.Where(id => id is not null).Select(id => id!.Value).Distinct().Order().ToList();
        if (named.Count == 0 || meeting.Participants.Count < 2)
        {
            return null;
        }

        var candidates = new List<(long Id, string SortDate, string? Ids, string? Unnamed)>();
        using (var reader = sql.Reader(
            """
            SELECT m.id, m.sort_date,
                   (SELECT group_concat(entity_id) FROM (SELECT DISTINCT entity_id FROM meeting_participants
                        WHERE meeting_id = m.id AND entity_id IS NOT NULL ORDER BY entity_id)),
                   (SELECT group_concat(country) FROM (SELECT COALESCE(country, '') AS country FROM meeting_participants
                        WHERE meeting_id = m.id AND entity_id IS NULL ORDER BY 1))
            FROM meetings m
            WHERE m.id IN (SELECT meeting_id FROM meeting_participants WHERE entity_id = @anchor ORDER BY meeting_id DESC LIMIT 50)
            ORDER BY m.id DESC
            """,
            ("@anchor", named[0])))
        {
            while (reader.Read())
            {
                candidates.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        var wantedIds = string.Join(',', named);
        var unnamed = meeting.Participants.Where((_, i) => participantIds[i] is null).Select(p => p.Country ?? string.Empty).Order(StringComparer.Ordinal).ToList();
        var wantedUnnamed = unnamed.Count == 0 ? null : string.Join(',', unnamed);
        var day = meeting.Date ?? _fallbackDay;
        foreach (var (id, sortDate, ids, others) in candidates)
        {
            if (ids == wantedIds && others == wantedUnnamed && WithinADay(sortDate, day))
            {
                return id;
            }
        }

        return null;
    }

    private static bool WithinADay(string a, string b)
        => DateOnly.TryParse(a, CultureInfo.InvariantCulture, out var x)
            && DateOnly.TryParse(b, CultureInfo.InvariantCulture, out var y)
            && Math.Abs(x.DayNumber - y.DayNumber) <= 1;
}
