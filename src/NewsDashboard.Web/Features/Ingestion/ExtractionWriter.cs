using System.Globalization;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>
/// Writes what was extracted from one article inside the article's transaction, linking it to what the store
/// already knows: the same entity key is one entity (<see cref="EntityResolver"/>), the same quote by the same
/// speaker is one quote with several sources (<see cref="QuoteWriter"/>), the same participants within a day are
/// one meeting with several sources (<see cref="MeetingResolver"/>). Each slice owns its part; this class orders them.
/// </summary>
internal sealed class ExtractionWriter(PreparedStatements sql, long articleId, DateTimeOffset ingested, DateTimeOffset? published)
{
    private readonly string _ingested = ingested.ToUniversalTime().ToString("O");

    // An undated meeting is placed on the timeline at the article's publication day.
    private readonly string _fallbackDay = (published ?? ingested).ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private readonly EntityResolver _entities = new(sql);

    /// <summary>
    /// What this article added to the mention counts, one entry per entity it names (two extracted names that resolve to
    /// one entity are one entry), for the in-memory windows after the commit.
    /// </summary>
    public List<(string Type, long EntityId, long Count)> Mentions { get; } = [];

    public (IReadOnlyList<QuoteChange> Quotes, IReadOnlyList<MeetingChange> Meetings) Write(ExtractionResult result)
    {
        var named = new Dictionary<long, int>(); // entity id → its index in Mentions
        foreach (var entity in result.Entities)
        {
            var id = _entities.Resolve(entity);
            var count = Math.Max(1, entity.Mentions);
            var first = !named.ContainsKey(id);
            sql.Execute(
                """
                INSERT INTO mentions (article_id, entity_id, type, count, ingested) VALUES (@articleId, @id, @type, @count, @ingested)
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
                UPDATE entities SET mentions_total = mentions_total + @count, articles_total = articles_total + @first WHERE id = @id;
                """,
                ("@articleId", articleId), ("@id", id), ("@type", entity.Type), ("@count", count), ("@ingested", _ingested), ("@first", first ? 1 : 0));
            if (named.TryGetValue(id, out var at))
            {
                Mentions[at] = Mentions[at] with { Count = Mentions[at].Count + count };
            }
            else
            {
                named[id] = Mentions.Count;
                Mentions.Add((entity.Type, id, count));
            }

            ArticleMarks.Write(sql, articleId, MarkKind.Entity, id, entity.Spans);
        }

        var quoteWriter = new QuoteWriter(sql, articleId, _ingested);
        var quotes = new List<QuoteChange>();
        foreach (var quote in result.Quotes)
        {
            var change = quoteWriter.Write(quote, _entities.Find(quote.SpeakerEntity));
            quotes.Add(change);
            ArticleMarks.Write(sql, articleId, MarkKind.Quote, change.QuoteId, quote.Spans);
        }

        var meetingResolver = new MeetingResolver(sql, articleId, _ingested, _fallbackDay);
        var meetings = new List<MeetingChange>();
        foreach (var meeting in result.Meetings)
        {
            var change = meetingResolver.Write(meeting, meeting.Participants.Select(p => _entities.Find(p.Entity)).ToList());
            meetings.Add(change);
            ArticleMarks.Write(sql, articleId, MarkKind.Meeting, change.MeetingId, meeting.EvidenceSpans);
        }

        return (quotes, meetings);
    }
}
