using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsDashboard.Extraction;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>
/// Writes what was extracted from one article inside the article's transaction, linking it to what the store
/// already knows: the same entity key is one entity, the same quote by the same speaker is one quote with
/// several sources, the same participants within a day are one meeting with several sources.
/// </summary>
internal sealed class ExtractionWriter(PreparedStatements sql, long articleId, DateTimeOffset ingested, DateTimeOffset? published = null)
{
    private readonly string _ingested = ingested.ToUniversalTime().ToString("O");

    // An undated meeting is placed on the timeline at the article's publication day.
    private readonly string _fallbackDay = (published ?? ingested).ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);

    /// <summary>What this article added to the mention counts, for the in-memory windows after the commit.</summary>
    public List<(string Type, long EntityId, long Count)> Mentions { get; } = [];

    public (IReadOnlyList<QuoteEvent> Quotes, IReadOnlyList<MeetingEvent> Meetings) Write(ExtractionResult result)
    {
        foreach (var entity in result.Entities)
        {
            var id = ResolveEntity(entity);
            var count = Math.Max(1, entity.Mentions);
            sql.Execute(
                """
                INSERT INTO mentions (article_id, entity_id, type, count, ingested) VALUES (@articleId, @id, @type, @count, @ingested)
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
                UPDATE entities SET mentions_total = mentions_total + @count WHERE id = @id;
                """,
                ("@articleId", articleId), ("@id", id), ("@type", entity.Type), ("@count", count), ("@ingested", _ingested));
            Mentions.Add((entity.Type, id, count));
        }

        var quotes = new List<QuoteEvent>();
        foreach (var quote in result.Quotes)
        {
            quotes.Add(WriteQuote(quote));
        }

        var meetings = new List<MeetingEvent>();
        foreach (var meeting in result.Meetings)
        {
            meetings.Add(WriteMeeting(meeting));
        }

        return (quotes, meetings);
    }

    /// <summary>
    /// Links an extracted entity to the stored one: a corrected (merged) key, the same key, or an entity of the
    /// same type already known by one of its full spellings. New spellings become aliases.
    /// </summary>
    private long ResolveEntity(ExtractedEntity entity)
    {
        if (_entityIds.TryGetValue(entity.Id, out var known))
        {
            return known;
        }

        var surfaces = entity.Surfaces.Append(entity.Name).Distinct(StringComparer.Ordinal).ToList();
        var id = StoredId(entity.Id) ?? FindByAlias(entity, surfaces);
        if (id is { } existing)
        {
            sql.Execute(
                """
                UPDATE entities SET country = COALESCE(country, @country), role = COALESCE(@role, role)
                WHERE id = @existing
                """,
                ("@country", entity.Country), ("@role", entity.Role), ("@existing", existing));
        }
        else
        {
            id = sql.Scalar(
                """
                INSERT INTO entities (key, type, name, country, role, name_key)
                VALUES (@key, @type, @name, @country, @role, @nameKey)
                RETURNING id
                """,
                ("@key", entity.Id), ("@type", entity.Type), ("@name", entity.Name), ("@country", entity.Country),
                ("@role", entity.Role), ("@nameKey", NameKeyOf(entity.Type, entity.Name)));
        }

        foreach (var alias in surfaces)
        {
            sql.Execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (@id, @alias, @key)",
                ("@id", id), ("@alias", alias), ("@key", Normalizer.Normalize(alias)));
        }

        _entityIds[entity.Id] = id!.Value;
        return id.Value;
    }

    // A corrected (merged) key first, then the key itself.
    private long? StoredId(string key)
        => sql.Scalar(
            """
            SELECT entity_id FROM entity_redirects WHERE key = @key
            UNION ALL SELECT id FROM entities WHERE key = @key
            LIMIT 1
            """,
            ("@key", key));

    /// <summary>
    /// The cross-script matching key kept in <c>entities.name_key</c>: for a person of two words or more the
    /// skeleton key, surname first (<see cref="PersonNameKey"/>), else the normalised name.
    /// </summary>
    internal static string NameKeyOf(string type, string name)
        => (type == EntityTypes.Person ? PersonNameKey.For(name) : null) ?? Normalizer.Normalize(name);

    // People are linked by a full name (two words or more) so that a shared surname alone never merges two people:
    // by one of its spellings, else by a person with the same surname skeleton whose name is judged the same
    // ("Barak Obama" from a Russian article is the "Barack Obama" an English one stored).
    private long? FindByAlias(ExtractedEntity entity, List<string> surfaces)
        => FindBySpelling(entity, surfaces) ?? (entity.Type == EntityTypes.Person ? FindBySkeleton(surfaces) : null);

    private long? FindBySkeleton(List<string> surfaces)
    {
        foreach (var surname in surfaces.Select(PersonNameKey.For).OfType<string>().Select(PersonNameKey.Surname).Distinct(StringComparer.Ordinal))
        {
            // Keys of one surname form one range of the name_key index ("bm " up to "bm!").
            using var reader = sql.Reader(
                """
                SELECT id, name FROM entities
                WHERE type = 'person' AND name_key >= @from AND name_key < @to
                ORDER BY id LIMIT 50
                """,
                ("@from", surname + " "), ("@to", surname + "!"));
            while (reader.Read())
            {
                var name = reader.GetString(1);
                if (surfaces.Any(s => PersonNameKey.For(s) is not null && PersonNameKey.Same(s, name)))
                {
                    return reader.GetInt64(0);
                }
            }
        }

        return null;
    }

    private long? FindBySpelling(ExtractedEntity entity, List<string> surfaces)
    {
        var keys = surfaces.Select(Normalizer.Normalize)
            .Where(k => k.Length > 1 && (entity.Type != EntityTypes.Person || k.Contains(' ', StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        // The keys travel as one JSON array parameter, so the statement text (and its prepared form) never changes.
        return sql.Scalar(
            """
            SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias_key IN (SELECT value FROM json_each(@keys)) AND e.type = @type
            GROUP BY a.entity_id ORDER BY COUNT(*) DESC, a.entity_id LIMIT 1
            """,
            ("@keys", JsonSerializer.Serialize(keys)), ("@type", entity.Type));
    }

    private long? EntityId(string? key)
        => key is null ? null : _entityIds.TryGetValue(key, out var id) ? id : StoredId(key);

    private QuoteEvent WriteQuote(ExtractedQuote quote)
    {
        var speakerId = EntityId(quote.SpeakerEntity);
        var textKey = TextKey(quote.Text);
        var existing = sql.Scalar(
            "SELECT id FROM quotes WHERE text_key = @textKey AND speaker_entity_id IS @speakerId LIMIT 1",
            ("@textKey", textKey), ("@speakerId", speakerId));
        var isNew = existing is null;
        var quoteId = existing ?? sql.Scalar(
            """
            INSERT INTO quotes (text, text_key, language, speaker_entity_id, speaker_name, speaker_country, speaker_role, first_seen)
            VALUES (@text, @textKey, @language, @speakerId, @speaker, @speakerCountry,
                    COALESCE((SELECT role FROM entities WHERE id = @speakerId), @speakerRole), @first)
            RETURNING id
            """,
            ("@text", quote.Text), ("@textKey", textKey), ("@language", quote.Language), ("@speakerId", speakerId),
            ("@speaker", quote.Speaker), ("@speakerCountry", quote.SpeakerCountry), ("@speakerRole", quote.SpeakerRole), ("@first", _ingested))!.Value;
        sql.Execute(
            "INSERT OR IGNORE INTO quote_sources (quote_id, article_id) VALUES (@quoteId, @articleId)",
            ("@quoteId", quoteId), ("@articleId", articleId));
        return new QuoteEvent(articleId, quoteId, quote.Text, quote.Language, quote.Speaker, quote.SpeakerCountry, articleId, isNew);
    }

    private MeetingEvent WriteMeeting(ExtractedMeeting meeting)
    {
        var participantIds = meeting.Participants.Select(p => EntityId(p.Entity)).ToList();
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
                    location_country = COALESCE(location_country, @locationCountry)
                WHERE id = @meetingId;
                UPDATE meeting_countries SET sort_date = (SELECT sort_date FROM meetings WHERE id = @meetingId)
                WHERE meeting_id = @meetingId;
                """,
                ("@ingested", _ingested), ("@status", meeting.Status), ("@date", meeting.Date), ("@location", meeting.Location),
                ("@locationCountry", meeting.LocationCountry), ("@meetingId", meetingId));
        }
        else
        {
            meetingId = sql.Scalar(
                """
                INSERT INTO meetings (date, status, kind, location, location_country, first_seen, updated, sort_date)
                VALUES (@date, @status, @kind, @location, @locationCountry, @ingested, @ingested, COALESCE(@date, @day))
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

        var countries = meeting.Participants.Select(p => p.Country).Append(meeting.LocationCountry)
            .Where(c => !string.IsNullOrEmpty(c)).Select(c => c!.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var country in countries)
        {
            sql.Execute(
                """
                INSERT OR IGNORE INTO meeting_countries (country, meeting_id, sort_date)
                VALUES (@country, @meetingId, (SELECT sort_date FROM meetings WHERE id = @meetingId))
                """,
                ("@country", country), ("@meetingId", meetingId));
        }

        return new MeetingEvent(articleId, meetingId, meeting.Date, meeting.Status, meeting.Kind, meeting.Location, countries, isNew);
    }

    // The same meeting: the same named participants, unnamed ones from the same countries, and timeline dates
    // (the meeting's date, else the report's day) within a day of each other.
    private long? FindSameMeeting(ExtractedMeeting meeting, List<long?> participantIds)
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
            WHERE m.id IN (SELECT meeting_id FROM meeting_participants WHERE entity_id = @anchor)
            ORDER BY m.id DESC
            LIMIT 50
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
