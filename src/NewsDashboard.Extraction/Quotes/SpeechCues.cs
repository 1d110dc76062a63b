using NewsDashboard.Extraction.Text;
namespace NewsDashboard.Extraction.Quotes;

/// <summary>A statement's cue ("قال", "said", "selon") at a text offset, with the speaker it names, if any.</summary>
internal sealed record SpeechEvent(int Offset, int CueWord, Speaker? Speaker, bool Headline = false, bool Subject = false);

/// <summary>
/// Speech verbs and cue phrases (data files per language) and who they attribute to: the nearest person or
/// organisation to the cue in a window of words, else a role named without a name, resolved to the most recent
/// person with that role and country.
/// </summary>
internal sealed class SpeechCues
{
    private const int MaxDistance = 10;
    private const int ClauseReach = 30;
    private const int SubjectReach = 30;
    private const int MaxCuesPerSentence = 20;

    private static readonly Lazy<SpeechCues> Shared = new(() => new SpeechCues(Lexicon.Load("quotes")));

    public SpeechCues(Lexicon lexicon) => Lexicon = lexicon;

    public static SpeechCues Default => Shared.Value;

    /// <summary>What <see cref="Resolve"/> returns for "he said", "a-t-il ajouté": the one the text is about.</summary>
    public static Speaker Pronoun { get; } = new(null, null, null, null);

    public Lexicon Lexicon { get; }

    public bool IsCue(PhraseMatch m) => m.Entry.Category is "speech" or "source";

    /// <summary>Every cue in words [from, to).</summary>
    public List<PhraseMatch> Cues(Word[] words, int from, int to)
    {
        var result = new List<PhraseMatch>();
        foreach (var m in Lexicon.FindAll(words, from, to))
        {
            if (IsCue(m))
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>The speaker a cue names within words [from, to); null when the window names none (a pronoun, "وأضاف").</summary>
    public Speaker? Resolve(DocumentContext ctx, PhraseMatch cue, int from, int to, bool subjectAfter)
    {
        // "a-t-il déclaré", "he said", "добавил он": the speaker is the one the text was already about.
        for (var w = Math.Max(from, cue.Start - 3); w < Math.Min(to, cue.End + 1); w++)
        {
            if (w < cue.Start || w >= cue.End)
            {
                if (Lexicon.MatchAt(ctx.Words, w, "pronoun") is not null)
                {
                    return Pronoun;
                }
            }
        }

        var after = cue.Entry.Category == "source" || subjectAfter;

        // A person in reach first, then a title standing for one ("the Syrian minister"), then an organisation
        // (or a country or city that is the verb's neighbour: "وهو ما اعتبرته الجزائر", "Moscow says").
        // "أفادت وكالة سانا، بأن الوزير …": an organisation right beside the verb is its subject.
        // A name in quotation marks is an outlet or a title («Фокс ньюс»), not the one speaking.
        var adjacent = Nearest(ctx, cue, from, to, after, m => m.Type == EntityTypes.Organization && !InQuote(ctx.Spans, m.Start), 1);
        if (adjacent >= 0 && Nearest(ctx, cue, from, to, after, m => m.Type == EntityTypes.Person, 1) < 0)
        {
            return ctx.SpeakerOf(ctx.Mentions[adjacent]);
        }

        var person = Nearest(ctx, cue, from, to, after, m => m.Type == EntityTypes.Person, MaxDistance);
        if (person >= 0)
        {
            return ctx.SpeakerOf(ctx.Mentions[person]);
        }

        if (RoleSpeaker(ctx, Math.Max(from, cue.Start - MaxDistance), Math.Min(to, cue.End + MaxDistance)) is { } role)
        {
            return role;
        }

        var other = Nearest(ctx, cue, from, to, after, m => m.Type == EntityTypes.Organization && !InQuote(ctx.Spans, m.Start), MaxDistance);
        if (other < 0)
        {
            other = Nearest(ctx, cue, from, to, after, m => m.Type is EntityTypes.Country or EntityTypes.Place, 0);
        }

        return other >= 0 ? ctx.SpeakerOf(ctx.Mentions[other]) : null;
    }

    private static int Nearest(DocumentContext ctx, PhraseMatch cue, int from, int to, bool after, Func<EntityMention, bool> accept, int reach)
    {
        var best = -1;
        var bestScore = int.MaxValue;
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            var m = ctx.Mentions[k];
            if (!accept(m))
            {
                continue;
            }

            var w = ctx.MentionWord[k];
            int distance;
            if (w >= cue.End)
            {
                distance = w - cue.End;
            }
            else if (ctx.MentionEndWord[k] <= cue.Start)
            {
                if (cue.Entry.Category == "source")
                {
                    continue;
                }

                distance = cue.Start - ctx.MentionEndWord[k];
            }
            else
            {
                continue;
            }

            if (distance > reach)
            {
                continue;
            }

            var score = distance * 2 + ((w >= cue.End) == after ? 0 : 1);
            if (score < bestScore)
            {
                bestScore = score;
                best = k;
            }
        }

        return best;
    }

    /// <summary>A role named without a name in words [from, to), resolved to the person it stands for.</summary>
    public Speaker? RoleSpeaker(DocumentContext ctx, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (ctx.RoleReferenceAt(w) is { } r)
            {
                return ctx.PersonByRole(r.Role, r.Country, ctx.Words[w].Start);
            }
        }

        return null;
    }

    /// <summary>The first person mentioned in words [from, to).</summary>
    public static Speaker? FirstPerson(DocumentContext ctx, int from, int to)
    {
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            if (ctx.Mentions[k].Type == EntityTypes.Person)
            {
                return ctx.SpeakerOf(ctx.Mentions[k]);
            }
        }

        return null;
    }

    /// <summary>The last person or organisation mentioned in words [from, to).</summary>
    public static Speaker? LastMention(DocumentContext ctx, int from, int to)
    {
        Speaker? last = null;
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            if (DocumentContext.IsSpeakerType(ctx.Mentions[k].Type))
            {
                last = ctx.SpeakerOf(ctx.Mentions[k]);
            }
        }

        return last;
    }

    /// <summary>Speech cues of every sentence outside quotes, with the speaker each names (in text order).</summary>
    public List<SpeechEvent> Events(DocumentContext ctx, string language, IReadOnlyList<QuoteSpan> quotes)
    {
        var events = new List<SpeechEvent>();
        var q = 0;
        foreach (var sentence in ctx.Document.Sentences)
        {
            var from = Words.IndexAt(ctx.Words, sentence.Start);
            var to = Words.IndexAt(ctx.Words, sentence.End);
            if (Subject(ctx, from, to, quotes) is { } subject)
            {
                events.Add(subject);
            }

            foreach (var cue in Cues(ctx.Words, from, to).Take(MaxCuesPerSentence))
            {
                var offset = ctx.Words[cue.Start].Start;
                while (q < quotes.Count && quotes[q].End <= offset)
                {
                    q++;
                }

                if (q < quotes.Count && quotes[q].Open < offset)
                {
                    continue; // a verb inside a quote says nothing about the speaker
                }

                var clauseFrom = ClauseStart(ctx.Words, from, cue.Start);
                var clauseTo = ClauseEnd(ctx.Words, cue.End, to);
                var speaker = Resolve(ctx, cue, clauseFrom, clauseTo, SubjectAfter(language));
                events.Add(new SpeechEvent(offset, cue.Start, ReferenceEquals(speaker, Pronoun) ? null : speaker));
            }
        }

        events.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return events;
    }

    // The first person a sentence names (or a title standing for one), outside quotes: who "he" most likely is next.
    private static SpeechEvent? Subject(DocumentContext ctx, int from, int to, IReadOnlyList<QuoteSpan> quotes)
    {
        var person = -1;
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            if (ctx.Mentions[k].Type == EntityTypes.Person && !InQuote(quotes, ctx.Mentions[k].Start))
            {
                person = k;
                break;
            }
        }

        var limit = person >= 0 ? ctx.MentionWord[person] : Math.Min(to, from + SubjectReach);
        for (var w = from; w < limit; w++)
        {
            if (!ctx.Words[w].IsPunct && ctx.RoleReferenceAt(w) is { } r && !InQuote(quotes, ctx.Words[w].Start)
                && ctx.PersonByRole(r.Role, r.Country, ctx.Words[w].Start) is { } byRole)
            {
                return new SpeechEvent(ctx.Words[w].Start, w, byRole, Subject: true);
            }
        }

        return person >= 0 ? new SpeechEvent(ctx.Mentions[person].Start, ctx.MentionWord[person], ctx.SpeakerOf(ctx.Mentions[person]), Subject: true) : null;
    }

    private static bool InQuote(IReadOnlyList<QuoteSpan> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < quotes.Count && quotes[lo].Open < offset;
    }

    /// <summary>Arabic puts the subject after the verb (قال لافروف); the others mostly before it.</summary>
    public static bool SubjectAfter(string language) => language == "ar";

    // A speech verb's subject sits in its own stretch of the sentence; quotation marks and colons end it, and so
    // does a comma more than a few words away (Arabic often puts a comma between a long subject and its verb).
    private static int ClauseStart(Word[] words, int sentenceFrom, int cue)
    {
        sentenceFrom = Math.Max(sentenceFrom, cue - ClauseReach);
        for (var i = cue - 1; i >= sentenceFrom; i--)
        {
            if (words[i].IsPunct && IsHardBreak(words[i].Punct))
            {
                return i + 1;
            }

            if (words[i].IsPunct && IsComma(words[i].Punct) && cue - i > 8)
            {
                return i + 1;
            }
        }

        return sentenceFrom;
    }

    private static int ClauseEnd(Word[] words, int cueEnd, int sentenceTo)
    {
        sentenceTo = Math.Min(sentenceTo, cueEnd + ClauseReach);
        for (var i = cueEnd; i < sentenceTo; i++)
        {
            if (words[i].IsPunct && IsHardBreak(words[i].Punct))
            {
                return i;
            }

            if (words[i].IsPunct && IsComma(words[i].Punct) && i - cueEnd > 8)
            {
                return i;
            }
        }

        return sentenceTo;
    }

    public static bool IsHardBreak(char c) => c is ':' or '"' or '«' or '»' or '“' or '”' or '„' or ';' or '؛';

    public static bool IsComma(char c) => c is ',' or '،';
}
