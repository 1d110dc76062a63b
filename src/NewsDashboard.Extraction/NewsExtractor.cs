using NewsDashboard.Extraction.Entities;
using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction;

/// <summary>
/// The extraction pipeline: language, entities, quotes, meetings. Pure and thread-safe; build one and share it.
/// </summary>
public sealed partial class NewsExtractor
{
    private static readonly Lazy<NewsExtractor> Shared = new(() => new NewsExtractor());

    private readonly EntityRecognizer _entities = new();
    private readonly QuoteExtractor _quotes = new();
    private readonly MeetingExtractor _meetings = new();

    public static NewsExtractor Default => Shared.Value;

    /// <param name="input">The article.</param>
    /// <param name="fallbackPublished">Used when the article carries no publication time (the ingestion time).</param>
    public ExtractionResult Extract(ArticleInput input, DateTimeOffset? fallbackPublished = null)
        => Analyze(input, fallbackPublished).Result;

    /// <summary>Extraction within a budget: what was found before the limit, flagged when the limit cut it short.</summary>
    public ExtractionResult Extract(ArticleInput input, DateTimeOffset? fallbackPublished, ExtractionBudget budget)
        => Analyze(input, fallbackPublished, budget).Result;

    /// <summary>The contract result plus the mention offsets behind it (for highlighting source sentences).</summary>
    internal ExtractionAnalysis Analyze(ArticleInput input, DateTimeOffset? fallbackPublished = null, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        budget ??= ExtractionBudget.Unlimited;
        var clock = budget.Start();
        var title = budget.Cut(input.Title ?? string.Empty);
        var body = budget.Cut(input.Body ?? string.Empty);
        var cutShort = title.Length < (input.Title?.Length ?? 0) || body.Length < (input.Body?.Length ?? 0) ? ExtractionBudget.Reasons.Size : null;
        // A title that is the body's own first line (an article sent without a headline gets its first line as one,
        // and some feeds repeat the lede) is read once, in the body: its names are not counted twice.
        var titleRead = !RepeatsOpening(title, body);
        var document = new TextDocument(titleRead ? title : string.Empty, body);
        var language = string.IsNullOrWhiteSpace(input.Language)
            ? LanguageIdentifier.Identify(document.Text)
            : input.Language.Trim().ToLowerInvariant();
        var published = input.Published ?? fallbackPublished;

        // Each pass is linear in the (bounded) text; the clock is read between them, so a pass that would start after
        // the time is spent is skipped and the article keeps what the earlier passes found.
        var entities = _entities.Recognize(document, language);
        IReadOnlyList<ExtractedQuote> quotes = [];
        IReadOnlyList<ExtractedMeeting> meetings = [];
        var skipped = clock.Spent;
        if (!skipped)
        {
            var context = DocumentContext.For(document, entities); // the quote and meeting stages read one context
            quotes = _quotes.Extract(context, language);
            skipped = clock.Spent;
            if (!skipped)
            {
                // A meeting's relative date ("yesterday") needs the article's own date, never the day it was read.
                meetings = _meetings.Extract(context, language, input.Published);
            }
        }

        cutShort ??= skipped ? ExtractionBudget.Reasons.Time : null;
        var written = WrittenNames(entities.Entities);
        var result = new ExtractionResult(
            input.File, language, input.Title ?? string.Empty, published, WithSpans(entities),
            NameAsWritten(meetings, WrittenSingleNames(entities.Entities, written)), NameAsWritten(quotes, written))
        {
            CutShort = cutShort,
        };
        if (!titleRead && title.Length > 0)
        {
            // The ranges count into title, blank line, body (the contract), though the title was not read.
            result = Shifted(result, title.Length + 2);
        }

        return new ExtractionAnalysis(result, document, entities.Mentions);
    }

    private static ExtractionResult Shifted(ExtractionResult result, int by)
    {
        static IReadOnlyList<TextRange>? Move(IReadOnlyList<TextRange>? ranges, int by)
            => ranges is null ? null : [.. ranges.Select(r => r with { Start = r.Start + by })];
        return result with
        {
            Entities = [.. result.Entities.Select(e => e with { Spans = Move(e.Spans, by) })],
            Quotes = [.. result.Quotes.Select(q => q with { Spans = Move(q.Spans, by) })],
            Meetings = [.. result.Meetings.Select(m => m with { EvidenceSpans = Move(m.EvidenceSpans, by) })],
        };
    }

    private static bool RepeatsOpening(string title, string body)
    {
        var head = title.AsSpan().Trim();
        return head.Length > 0 && body.AsSpan().TrimStart().StartsWith(head, StringComparison.Ordinal);
    }
}

// Participants and speakers are named as the article writes them: the fullest spelling in the text, in its
// dictionary form. A name copied from the text is never a misspelling; the canonical English name stays on the
// entity (and its id links every spelling), which is what the dashboard shows.
public sealed partial class NewsExtractor
{
    private static Dictionary<string, string> WrittenNames(IReadOnlyList<ExtractedEntity> entities)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => e.Type == EntityTypes.Person))
        {
            var fullest = entity.Surfaces
                .Select(s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .Select(s => s.Any(c => c is >= '\u0400' and <= '\u04FF') ? Names.RussianNames.Nominative(s) : s)
                .OrderByDescending(s => s.Split(' ').Length)
                .FirstOrDefault();
            if (fullest is { Length: > 0 } && fullest.Contains(' ', StringComparison.Ordinal))
            {
                names[entity.Id] = fullest;
            }
        }

        return names;
    }

    // A participant the text names by one word only ("дочь Лиза") is named so too, not by a transliteration ("Lisa").
    private static Dictionary<string, string> WrittenSingleNames(IReadOnlyList<ExtractedEntity> entities, Dictionary<string, string> written)
    {
        var names = new Dictionary<string, string>(written, StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => e.Type == EntityTypes.Person && !written.ContainsKey(e.Id) && !e.Name.Contains(' ', StringComparison.Ordinal)))
        {
            if (entity.Surfaces.FirstOrDefault() is { Length: > 0 } surface && !surface.Trim().Contains(' ', StringComparison.Ordinal))
            {
                var trimmed = surface.Trim();
                names[entity.Id] = trimmed.Any(c => c is >= '\u0400' and <= '\u04FF') ? Names.RussianNames.Nominative(trimmed) : trimmed;
            }
        }

        return names;
    }

    // Each entity with where its mentions are: one pass over the mentions.
    private static List<ExtractedEntity> WithSpans(EntityAnalysis entities)
    {
        var spans = new Dictionary<string, List<TextRange>>(StringComparer.Ordinal);
        foreach (var mention in entities.Mentions)
        {
            if (!spans.TryGetValue(mention.EntityId, out var list))
            {
                spans[mention.EntityId] = list = [];
            }

            list.Add(new TextRange(mention.Start, mention.Length));
        }

        return entities.Entities.Select(e => e with
        {
            Spans = spans.TryGetValue(e.Id, out var list) ? [.. list.OrderBy(r => r.Start)] : [],
        }).ToList();
    }

    private static List<ExtractedMeeting> NameAsWritten(IReadOnlyList<ExtractedMeeting> meetings, Dictionary<string, string> written)
        => meetings.Select(m => m with
        {
            Participants = m.Participants.Select(p => p.Entity is { } id && written.TryGetValue(id, out var name) ? p with { Name = name } : p).ToList(),
        }).ToList();

    private static List<ExtractedQuote> NameAsWritten(IReadOnlyList<ExtractedQuote> quotes, Dictionary<string, string> written)
        => quotes.Select(q => q.SpeakerEntity is { } id && written.TryGetValue(id, out var name) ? q with { Speaker = name } : q).ToList();
}

internal sealed record ExtractionAnalysis(ExtractionResult Result, TextDocument Document, IReadOnlyList<EntityMention> Mentions);
