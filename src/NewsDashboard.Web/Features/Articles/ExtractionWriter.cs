using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsDashboard.Extraction;
using NewsDashboard.Extraction.Text;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>
/// Writes what was extracted from one article inside the article's transaction, linking it to what the store
/// already knows: the same entity key is one entity, the same quote by the same speaker is one quote with
/// several sources, the same participants within a day are one meeting with several sources.
/// </summary>
internal sealed class ExtractionWriter(SqliteConnection connection, DbTransaction transaction, long articleId, DateTimeOffset ingested, DateTimeOffset? published = null)
{
    private readonly string _ingested = ingested.ToUniversalTime().ToString("O");

    // An undated meeting is placed on the timeline at the article's publication day.
    private readonly string _fallbackDay = (published ?? ingested).ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);

    /// <summary>What this article added to the mention counts, for the in-memory windows after the commit.</summary>
    public List<(string Type, long EntityId, long Count)> Mentions { get; } = [];

    public async Task<(IReadOnlyList<QuoteEvent> Quotes, IReadOnlyList<MeetingEvent> Meetings)> WriteAsync(ExtractionResult result)
    {
        foreach (var entity in result.Entities)
        {
            var id = await ResolveEntityAsync(entity);
            var count = Math.Max(1, entity.Mentions);
            await connection.ExecuteAsync(
                """
                INSERT INTO mentions (article_id, entity_id, type, count, ingested) VALUES (@articleId, @id, @Type, @count, @ingested)
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
                UPDATE entities SET mentions_total = mentions_total + @count WHERE id = @id;
                """,
                new { articleId, id, entity.Type, count, ingested = _ingested },
                transaction);
            Mentions.Add((entity.Type, id, count));
        }

        var quotes = new List<QuoteEvent>();
        foreach (var quote in result.Quotes)
        {
            quotes.Add(await WriteQuoteAsync(quote));
        }

        var meetings = new List<MeetingEvent>();
        foreach (var meeting in result.Meetings)
        {
            meetings.Add(await WriteMeetingAsync(meeting));
        }

        return (quotes, meetings);
    }

    /// <summary>
    /// Links an extracted entity to the stored one: a corrected (merged) key, the same key, or an entity of the
    /// same type already known by one of its full spellings. New spellings become aliases.
    /// </summary>
    private async Task<long> ResolveEntityAsync(ExtractedEntity entity)
    {
        if (_entityIds.TryGetValue(entity.Id, out var known))
        {
            return known;
        }

        var surfaces = entity.Surfaces.Append(entity.Name).Distinct(StringComparer.Ordinal).ToList();
        var id = await connection.ExecuteScalarAsync<long?>(
            """
            SELECT entity_id FROM entity_redirects WHERE key = @Id
            UNION ALL SELECT id FROM entities WHERE key = @Id
            LIMIT 1
            """,
            entity,
            transaction);
        id ??= await FindByAliasAsync(entity, surfaces);
        if (id is { } existing)
        {
            await connection.ExecuteAsync(
                """
                UPDATE entities SET country = COALESCE(country, @Country), role = COALESCE(@Role, role)
                WHERE id = @existing
                """,
                new { entity.Country, entity.Role, existing },
                transaction);
        }
        else
        {
            id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO entities (key, type, name, country, role, name_key)
                VALUES (@Id, @Type, @Name, @Country, @Role, @nameKey)
                RETURNING id
                """,
                new { entity.Id, entity.Type, entity.Name, entity.Country, entity.Role, nameKey = Normalizer.Normalize(entity.Name) },
                transaction);
        }

        foreach (var alias in surfaces)
        {
            await connection.ExecuteAsync(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (@id, @alias, @key)",
                new { id, alias, key = Normalizer.Normalize(alias) },
                transaction);
        }

        _entityIds[entity.Id] = id.Value;
        return id.Value;
    }

    // People are linked by a full name (two words or more) so that a shared surname alone never merges two people.
    private async Task<long?> FindByAliasAsync(ExtractedEntity entity, List<string> surfaces)
    {
        var keys = surfaces.Select(Normalizer.Normalize)
            .Where(k => k.Length > 1 && (entity.Type != EntityTypes.Person || k.Contains(' ', StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        return await connection.ExecuteScalarAsync<long?>(
            """
            SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias_key IN @keys AND e.type = @Type
            GROUP BY a.entity_id ORDER BY COUNT(*) DESC, a.entity_id LIMIT 1
            """,
            new { keys, entity.Type },
            transaction);
    }

    private async Task<long?> EntityIdAsync(string? key)
    {
        if (key is null)
        {
            return null;
        }

        if (_entityIds.TryGetValue(key, out var id))
        {
            return id;
        }

        return await connection.ExecuteScalarAsync<long?>(
            "SELECT entity_id FROM entity_redirects WHERE key = @key UNION ALL SELECT id FROM entities WHERE key = @key LIMIT 1",
            new { key },
            transaction);
    }

    private async Task<QuoteEvent> WriteQuoteAsync(ExtractedQuote quote)
    {
        var speakerId = await EntityIdAsync(quote.SpeakerEntity);
        var textKey = TextKey(quote.Text);
        var existing = await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM quotes WHERE text_key = @textKey AND speaker_entity_id IS @speakerId LIMIT 1",
            new { textKey, speakerId },
            transaction);
        var isNew = existing is null;
        var quoteId = existing ?? await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO quotes (text, text_key, language, speaker_entity_id, speaker_name, speaker_country, speaker_role, first_seen)
            VALUES (@Text, @textKey, @Language, @speakerId, @Speaker, @SpeakerCountry,
                    (SELECT role FROM entities WHERE id = @speakerId), @first)
            RETURNING id
            """,
            new { quote.Text, textKey, quote.Language, speakerId, quote.Speaker, quote.SpeakerCountry, first = _ingested },
            transaction);
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO quote_sources (quote_id, article_id) VALUES (@quoteId, @articleId)",
            new { quoteId, articleId },
            transaction);
        return new QuoteEvent(articleId, quoteId, quote.Text, quote.Language, quote.Speaker, quote.SpeakerCountry, articleId, isNew);
    }

    private async Task<MeetingEvent> WriteMeetingAsync(ExtractedMeeting meeting)
    {
        var participantIds = new List<long?>();
        foreach (var participant in meeting.Participants)
        {
            participantIds.Add(await EntityIdAsync(participant.Entity));
        }

        var existing = await FindSameMeetingAsync(meeting, participantIds);
        var isNew = existing is null;
        long meetingId;
        if (existing is { } found)
        {
            meetingId = found;
            await connection.ExecuteAsync(
                """
                UPDATE meetings SET updated = @ingested,
                    date = COALESCE(date, @Date), sort_date = COALESCE(date, @Date, sort_date), location = COALESCE(location, @Location),
                    location_country = COALESCE(location_country, @LocationCountry)
                WHERE id = @meetingId;
                UPDATE meeting_countries SET sort_date = (SELECT sort_date FROM meetings WHERE id = @meetingId)
                WHERE meeting_id = @meetingId;
                """,
                new { ingested = _ingested, meeting.Date, meeting.Location, meeting.LocationCountry, meetingId },
                transaction);
        }
        else
        {
            meetingId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO meetings (date, status, kind, location, location_country, first_seen, updated, sort_date)
                VALUES (@Date, @Status, @Kind, @Location, @LocationCountry, @ingested, @ingested, COALESCE(@Date, @day))
                RETURNING id
                """,
                new { meeting.Date, meeting.Status, meeting.Kind, meeting.Location, meeting.LocationCountry, ingested = _ingested, day = _fallbackDay },
                transaction);
            for (var i = 0; i < meeting.Participants.Count; i++)
            {
                var p = meeting.Participants[i];
                await connection.ExecuteAsync(
                    """
                    INSERT INTO meeting_participants (meeting_id, position, entity_id, name, country, role)
                    VALUES (@meetingId, @i, @entityId, @Name, @Country, @Role)
                    """,
                    new { meetingId, i, entityId = participantIds[i], p.Name, p.Country, p.Role },
                    transaction);
            }
        }

        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO meeting_sources (meeting_id, article_id, evidence) VALUES (@meetingId, @articleId, @evidence)",
            new { meetingId, articleId, evidence = meeting.Evidence },
            transaction);

        var countries = meeting.Participants.Select(p => p.Country).Append(meeting.LocationCountry)
            .Where(c => !string.IsNullOrEmpty(c)).Select(c => c!.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var country in countries)
        {
            await connection.ExecuteAsync(
                """
                INSERT OR IGNORE INTO meeting_countries (country, meeting_id, sort_date)
                VALUES (@country, @meetingId, (SELECT sort_date FROM meetings WHERE id = @meetingId))
                """,
                new { country, meetingId },
                transaction);
        }
        return new MeetingEvent(articleId, meetingId, meeting.Date, meeting.Status, meeting.Kind, meeting.Location, countries, isNew);
    }

    // The same meeting: the same named participants, unnamed ones from the same countries, and timeline dates
    // (the meeting's date, else the report's day) within a day of each other.
    private async Task<long?> FindSameMeetingAsync(ExtractedMeeting meeting, List<long?> participantIds)
    {
        var named = participantIds.Where(id => id is not null).Select(id => id!.Value).Distinct().Order().ToList();
        if (named.Count == 0 || meeting.Participants.Count < 2)
        {
            return null;
        }

        var candidates = await connection.QueryAsync<(long Id, string SortDate, string? Ids, string? Unnamed)>(
            """
            SELECT m.id, m.sort_date,
                   (SELECT group_concat(entity_id) FROM (SELECT DISTINCT entity_id FROM meeting_participants
                        WHERE meeting_id = m.id AND entity_id IS NOT NULL ORDER BY entity_id)),
                   (SELECT group_concat(country) FROM (SELECT COALESCE(country, '') AS country FROM meeting_participants
                        WHERE meeting_id = m.id AND entity_id IS NULL ORDER BY 1))
            FROM meetings m
            WHERE m.id IN (SELECT meeting_id FROM meeting_participants WHERE entity_id = @anchor)
            ORDER BY m.id DESC
            LIMIT 50
            """,
            new { anchor = named[0] },
            transaction);
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

    /// <summary>Letters and digits only, case folded: the same quote re-punctuated is the same quote.</summary>
    internal static string TextKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
