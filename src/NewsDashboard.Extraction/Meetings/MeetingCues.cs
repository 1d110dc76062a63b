using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// The meeting stage's word tables (Data/meetings/{lang}.tsv) read as small named questions: which words are
/// meeting cues, what status and kind a clause gives, who attends rather than meets.
/// </summary>
internal sealed class MeetingCues
{
    private const int MaxTriggersPerSentence = 16;

    private static readonly Lazy<MeetingCues> Shared = new(() => new MeetingCues(Lexicon.Load("meetings"), SpeechCues.Default.Lexicon));

    public MeetingCues(Lexicon lexicon, Lexicon speech)
    {
        Lexicon = lexicon;
        Speech = speech;
    }

    public static MeetingCues Default => Shared.Value;

    public Lexicon Lexicon { get; }

    /// <summary>The quote stage's words (pronouns).</summary>
    public Lexicon Speech { get; }

    /// <summary>Meeting, visit, call and conference cues of words [from, to), outside quotation marks.</summary>
    public List<PhraseMatch> Triggers(Word[] words, int from, int to, bool[] quoted)
    {
        var triggers = new List<PhraseMatch>();
        foreach (var m in Lexicon.FindAll(words, from, to))
        {
            // "this visit", "cette visite", "هذه الزيارة": a meeting already reported, spoken of again.
            if (m.Entry.Category is "meeting" or "visit" or "call" or "conference" && triggers.Count < MaxTriggersPerSentence && !quoted[m.Start]
                && !SpokenOfAgain(words, from, m.Start) && !InTitle(words, from, m.Start))
            {
                triggers.Add(m);
            }
        }

        return triggers;
    }

    /// <summary>
    /// Planned when words [from, to) have a marker of the future or of intent; cancelled when they, or the rest of the
    /// cue's part of the sentence up to <paramref name="cancelTo"/>, have one of cancelling or postponing ("The summit
    /// between X and Y, set for Monday, was postponed").
    /// </summary>
    public string Status(Word[] words, int from, int to, int cancelTo)
    {
        var status = MeetingStatus.Held;
        foreach (var m in Lexicon.FindAll(words, from, Math.Max(to, cancelTo), "status"))
        {
            if (m.Entry.Value == MeetingStatus.Cancelled)
            {
                return MeetingStatus.Cancelled;
            }

            if (m.End <= to)
            {
                status = MeetingStatus.Planned;
            }
        }

        return status;
    }

    /// <summary>"this visit", "cette visite", "هذه الزيارة", "Opening the meeting", "Открывая встречу": a `this` phrase ends right before the cue.</summary>
    public bool SpokenOfAgain(Word[] words, int from, int cue)
    {
        for (var w = Math.Max(from, cue - 3); w < cue; w++)
        {
            if (Lexicon.MatchAt(words, w, "this") is { } t && t.End == cue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Позже", "Later that day", "في وقت لاحق": the sentence opens (within its first three words) with a `sameday` phrase.</summary>
    public bool SameDay(Word[] words, int sentenceFrom)
    {
        for (var w = sentenceFrom; w < Math.Min(words.Length, sentenceFrom + 3); w++)
        {
            if (Lexicon.MatchAt(words, w, "sameday") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Глава делегации на переговорах Саеб Эрекат": the cue ends a title phrase (the titled table) that names a person.</summary>
    public bool InTitle(Word[] words, int from, int cue)
    {
        for (var w = Math.Max(from, cue - 4); w < cue; w++)
        {
            if (Lexicon.MatchAt(words, w, "titled") is { } t && t.End == cue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"will attend", "примет участие", "يشارك": words [from, to) make someone take part in a conference.</summary>
    public bool TakesPart(Word[] words, int from, int to)
        => Lexicon.FindAll(words, from, to, "joins").Count > 0 || Attending(words, from, to) != int.MaxValue;

    /// <summary>
    /// "للقاء نوشيروان مصطفى" (in order to meet him): an Arabic noun cue written with the preposition لـ is a verb of
    /// purpose, whose subject is the sentence's and whose next name is its object.
    /// </summary>
    public static bool IsPurpose(Word word, LexiconEntry entry)
    {
        var token = entry.Tokens[0];
        return word.Norm.Length > token.Length && word.Norm.EndsWith(token, StringComparison.Ordinal)
            && word.Norm.AsSpan(0, word.Norm.Length - token.Length).Contains('ل');
    }

    /// <summary>The cue is a noun ("визит", "the talks", "زيارة"): "meeting" or "visit"; null for a verb.</summary>
    public string? Noun(Word[] words, PhraseMatch trigger) => Lexicon.MatchAt(words, trigger.Start, "noun")?.Entry.Value;

    /// <summary>"reporters", "журналистами", "الصحفيين": a meeting's other side that is no person.</summary>
    public bool IsAudience(Word[] words, int w) => w < words.Length && !words[w].IsPunct && Lexicon.MatchAt(words, w, "audience") is not null;

    /// <summary>"with" ("с", "avec", "مع") at word <paramref name="w"/>: the meeting's other side follows.</summary>
    public bool IsWith(Word[] words, int w) => !words[w].IsPunct && Lexicon.MatchAt(words, w, "with") is not null;

    /// <summary>
    /// "in the absence of", "вместо", "بغياب": a cue ending at most <paramref name="reach"/> words before word
    /// <paramref name="w"/>, with no punctuation between; the person named there is not a side.
    /// </summary>
    public bool AbsentBefore(Word[] words, int w, int reach = 4)
    {
        for (var i = w - 1; i >= 0 && i >= w - reach - 3; i--)
        {
            if (words[i].IsPunct)
            {
                return false;
            }

            if (Lexicon.MatchAt(words, i, "absent") is { } m && m.End <= w && w - m.End <= reach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A call when the clause names a phone or video call; a conference when the cue is one and it is not a meeting of two.</summary>
    public string Kind(Word[] words, int from, int to, PhraseMatch trigger, int sides)
    {
        var categories = Lexicon.FindAll(words, from, to).Select(m => m.Entry.Category).ToHashSet();
        if (categories.Contains("call"))
        {
            return MeetingKind.Call;
        }

        // A summit of two is their meeting; a conference has one side taking part in it, or three and more.
        if (trigger.Entry.Category == "conference" && sides != 2 && (sides >= 3 || !(categories.Contains("meeting") || categories.Contains("visit"))))
        {
            return MeetingKind.Conference;
        }

        return MeetingKind.Meeting;
    }

    /// <summary>"he met …": a pronoun in the four words before the cue, inside its clause.</summary>
    public bool PronounBefore(Word[] words, int trigger, int clauseFrom)
    {
        for (var w = Math.Max(clauseFrom, trigger - 4); w < trigger; w++)
        {
            if (Speech.MatchAt(words, w, "pronoun") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue follows "and then" at the head of its clause: its subject is the sentence's.</summary>
    public bool Continues(Word[] words, int clauseFrom, int trigger)
    {
        for (var w = clauseFrom; w < trigger && w < clauseFrom + 3; w++)
        {
            if (Lexicon.MatchAt(words, w, "then") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"بحضور …", "took part in the talks": the first word after which those named attend; they are not the sides.</summary>
    public int Attending(Word[] words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (Lexicon.MatchAt(words, w, "attending") is not null)
            {
                return w;
            }
        }

        return int.MaxValue;
    }

    /// <summary>"…, who conveyed his greetings to President Xi": a relative clause speaks of someone else.</summary>
    public bool IsRelative(Word[] words, int w) => Lexicon.MatchAt(words, w, "relative") is not null;

    public bool IsPronoun(Word[] words, int w) => Speech.MatchAt(words, w, "pronoun") is not null;

    public PhraseMatch? Group(Word[] words, int w) => Lexicon.MatchAt(words, w, "group");

    public PhraseMatch? Counterpart(Word[] words, int w) => Lexicon.MatchAt(words, w, "counterpart");

    /// <summary>A word that stands for a side: a counterpart or a group ("the two ministers").</summary>
    public bool StandsForSide(Word[] words, int w) => !words[w].IsPunct && Lexicon.MatchAt(words, w) is { Entry.Category: "counterpart" or "group" };
}
