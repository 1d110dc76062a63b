using NewsDashboard.Extraction.Dating;
using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// Meetings, calls and conferences: participants, place, date, status, kind and evidence. Each sentence with a
/// meeting cue gives its drafts (<see cref="SentenceMeetings"/>); the drafts of the article about the same sides
/// make one meeting (<see cref="MeetingMerger"/>). docs/meetings.md describes the rules.
/// </summary>
internal sealed class MeetingExtractor
{
    // A speaker is named up to six words before the verb of speech or twelve after it (an Arabic title runs long).
    private const int SpeakerBefore = 6;
    private const int SpeakerAfter = 12;
    private const int SentenceSubjectReach = 40;

    private readonly MeetingCues _cues = MeetingCues.Default;
    private readonly SpeechCues _speech = SpeechCues.Default;
    private readonly DateResolver _dates = DateResolver.Default;

    /// <param name="published">Anchors relative dates ("on Thursday", "اليوم الخميس").</param>
    public IReadOnlyList<ExtractedMeeting> Extract(TextDocument document, string language, EntityAnalysis entities, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        return Extract(DocumentContext.For(document, entities), language, published);
    }

    /// <summary>The meetings of a document whose context the quote stage has already read.</summary>
    internal IReadOnlyList<ExtractedMeeting> Extract(DocumentContext ctx, string language, DateTimeOffset? published)
    {
        DateOnly? pub = published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        var speech = SpeechEvents(ctx, language);
        var reader = new SentenceMeetings(ctx, _cues, _dates, QuotedWords(ctx), speech, pub);
        var drafts = new List<Draft>();
        var sentences = ctx.Document.Sentences;
        var e = 0;
        for (var si = 0; si < sentences.Count; si++)
        {
            drafts.AddRange(reader.Read(si, Speakers(ctx, speech, sentences[si], ref e), drafts));
        }

        return MeetingMerger.Merge(ctx.Document, drafts, pub, reader.Cancelled);
    }

    private List<SpeechEvent> SpeechEvents(DocumentContext ctx, string language)
    {
        var speech = new List<SpeechEvent>(ctx.Events(_speech, language ?? string.Empty));
        speech.AddRange(QuoteExtractor.HeadlineEvents(ctx));
        speech.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return speech;
    }

    // Those who speak in the sentence (not as the subject of a verb of meeting), named beside their verb of speech;
    // the events are read once, in order.
    private HashSet<string> Speakers(DocumentContext ctx, List<SpeechEvent> speech, TextSpan sentence, ref int e)
    {
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        for (; e < speech.Count && speech[e].Offset < sentence.End; e++)
        {
            if (speech[e].Offset >= sentence.Start && !speech[e].Subject && speech[e].Speaker?.EntityId is { } id && NamedAtCue(ctx, speech[e], id, sentence))
            {
                speakers.Add(id);
            }
        }

        return speakers;
    }

    /// <summary>
    /// "Zakharova said", "قالت المتحدثة باسم الخارجية ماريا زاخاروفا": the speaker is named beside the verb of speech.
    /// "وفق ما ذكرت مصادر دبلوماسية" (diplomatic sources said) names no one there: whoever the quote stage credits is no
    /// reporter the meeting loses.
    /// </summary>
    private bool NamedAtCue(DocumentContext ctx, SpeechEvent ev, string id, TextSpan sentence)
    {
        // "Fidan also criticised …, saying …", "…, заявив": a participle's subject is the sentence's, named before it.
        var participle = ev.CueWord < ctx.Words.Length && _cues.Lexicon.MatchAt(ctx.Words, ev.CueWord, "saying") is not null;
        var from = participle ? Math.Max(Words.IndexAt(ctx.Words, sentence.Start), ev.CueWord - SentenceSubjectReach) : Math.Max(0, ev.CueWord - SpeakerBefore);
        foreach (var k in ctx.MentionsInWords(from, Math.Min(ctx.Words.Length, ev.CueWord + SpeakerAfter)))
        {
            if (ctx.Mentions[k].EntityId == id && (participle || ctx.MentionWord[k] > ev.CueWord || !PunctuationBetween(ctx.Words, ctx.MentionEndWord[k], ev.CueWord)))
            {
                return true;
            }
        }

        return false;
    }

    // "… أردوغان، وفق ما ذكرت مصادر": a name before a comma is not the subject of the verb of speech after it.
    private static bool PunctuationBetween(Word[] words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (words[w].IsPunct)
            {
                return true;
            }
        }

        return false;
    }

    // Words inside quotation marks: what a speaker says is not what the article reports.
    private static bool[] QuotedWords(DocumentContext ctx)
    {
        var quoted = new bool[ctx.Words.Length + 1];
        foreach (var span in ctx.Spans)
        {
            for (var w = Words.IndexAt(ctx.Words, span.Open + 1); w < ctx.Words.Length && ctx.Words[w].Start < span.Close; w++)
            {
                quoted[w] = true;
            }
        }

        return quoted;
    }
}
