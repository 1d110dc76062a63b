using NewsDashboard.Extraction.Dating;
using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// The meetings one sentence states, read cue by cue over one article: the sides in the cue's clause (widened
/// clause by clause until it has enough), without the one who reports it; then its kind, place, status and date.
/// </summary>
internal sealed class SentenceMeetings
{
    private const int TriggerReach = 40;
    private const int MaxClauseSteps = 3;
    private const int RecentMeetings = 50;

    private readonly DocumentContext _ctx;
    private readonly MeetingCues _cues;
    private readonly DateResolver _dates;
    private readonly SideFinder _sides;
    private readonly bool[] _quoted;
    private readonly DateOnly? _published;

    public SentenceMeetings(DocumentContext ctx, MeetingCues cues, DateResolver dates, bool[] quoted, List<SpeechEvent> speech, DateOnly? published)
    {
        _ctx = ctx;
        _cues = cues;
        _dates = dates;
        _quoted = quoted;
        _published = published;
        _sides = new SideFinder(ctx, cues, quoted, speech);
    }

    /// <summary>One-sided cancellations ("X cancelled his visit to Algeria"): the entity and the country of the place.</summary>
    public List<(string Entity, string? Country)> Cancelled { get; } = [];

    /// <summary>The drafts of sentence <paramref name="si"/>; <paramref name="speakers"/> report in it; <paramref name="earlier"/> are the article's drafts so far.</summary>
    public List<Draft> Read(int si, HashSet<string> speakers, List<Draft> earlier)
    {
        var sentence = _ctx.Document.Sentences[si];
        var from = Words.IndexAt(_ctx.Words, sentence.Start);
        var to = Words.IndexAt(_ctx.Words, sentence.End);
        var triggers = _cues.Triggers(_ctx.Words, from, to, _quoted);
        var drafts = new List<Draft>();
        if (triggers.Count == 0 || !_sides.MayHaveSides(from, to))
        {
            return drafts;
        }

        var parts = Parts(Clause.Split(_ctx.Words, from, to), triggers, from, to);
        for (var i = 0; i < triggers.Count; i++)
        {
            var before = new List<Draft>(earlier.Skip(Math.Max(0, earlier.Count - RecentMeetings)));
            before.AddRange(drafts);
            if (ReadCue(new SentenceSpan(si, from, to, parts[i], speakers), triggers[i], before) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        return Distinct(KeepOwnClauseReadings(drafts));
    }

    /// <summary>
    /// The part of the sentence each cue speaks for: from the clause after the previous cue's clause to the clause
    /// before the next cue's ("X met Y in Moscow on Monday, while Z met W in Ankara on Tuesday" is two parts, each
    /// with its own place and date). Cues of one clause share it; a lone cue has the whole sentence.
    /// </summary>
    internal static Clause[] Parts(List<Clause> clauses, List<PhraseMatch> triggers, int from, int to)
    {
        var at = new int[triggers.Count];
        for (int i = 0, c = 0; i < triggers.Count; i++)
        {
            while (c < clauses.Count - 1 && clauses[c].To <= triggers[i].Start)
            {
                c++;
            }

            at[i] = c;
        }

        var parts = new Clause[triggers.Count];
        for (var i = 0; i < triggers.Count; i++)
        {
            var p = i - 1;
            while (p >= 0 && at[p] == at[i])
            {
                p--;
            }

            var n = i + 1;
            while (n < triggers.Count && at[n] == at[i])
            {
                n++;
            }

            parts[i] = new Clause(p < 0 || clauses.Count == 0 ? from : clauses[at[p] + 1].From, n >= triggers.Count ? to : clauses[at[n]].From);
        }

        return parts;
    }

    /// <summary>The sentence's index and words [From, To), the part of it the cue speaks for (its place, date and status), and who speaks in it.</summary>
    private sealed record SentenceSpan(int Index, int From, int To, Clause Part, HashSet<string> Speakers);

    private Draft? ReadCue(SentenceSpan s, PhraseMatch trigger, List<Draft> before)
    {
        var clauses = Clause.Split(_ctx.Words, Math.Max(s.From, trigger.Start - TriggerReach), Math.Min(s.To, trigger.End + TriggerReach));
        var ci = clauses.FindIndex(c => c.Contains(trigger.Start));
        if (ci < 0)
        {
            return null;
        }

        var need = trigger.Entry.Category == "conference" ? 1 : 2;
        if (WithNoPerson(trigger, clauses[ci].To))
        {
            return null; // "на встрече с журналистами", "a meeting with reporters": the other side is no person
        }

        // "the visit of President Medvedev", "встреча Путина с Си": a noun whose own sides follow it; whoever is named
        // before it is the subject of another verb ("Kan condemned …").
        var ownFrom = OwnSidesFrom(trigger, clauses[ci], need);
        var own = ownFrom is not null;
        var sides = ClauseSides(ownFrom is { } f ? new Clause(f, clauses[ci].To) : clauses[ci], trigger, before);
        var clauseSides = sides.ToList();
        var (a, b) = Widen(clauses, ci, need, own, ref sides);
        var widened = a != ci || b != ci;
        if (widened)
        {
            _sides.AddReferred(sides, clauses[a].From, clauses[b].To, before, trigger.Start);
        }

        if (WithoutReporters(sides, s.Speakers, need, widened) is not { } reported)
        {
            return null;
        }

        sides = reported;
        DropUnnamedBesideNamed(sides);
        var range = new Clause(clauses[a].From, clauses[b].To);
        var previous = before.LastOrDefault(d => d.Date is not null);
        return Draft(s, trigger, sides, new CueReading(clauses[ci], range, widened, clauseSides, _cues.Continues(_ctx.Words, clauses[ci].From, trigger.Start), previous));
    }

    // The people of the cue's clause. "он провёл переговоры с …": a pronoun stands for the one the text is about;
    // "the two ministers" for the sides of the meeting just reported. "where he will meet Rubio to prepare a visit
    // by Erdogan": the pronoun is the subject, the object follows.
    private List<Side> ClauseSides(Clause clause, PhraseMatch trigger, List<Draft> before)
    {
        clause = clause with { To = RelativeAfter(trigger, clause) };
        var sides = _sides.In(clause.From, clause.To);
        _sides.AddReferred(sides, clause.From, clause.To, before, trigger.Start);
        if (_cues.PronounBefore(_ctx.Words, trigger.Start, clause.From) && _sides.LastSubject(_ctx.Words[trigger.Start].Start) is { EntityId: { } heId } he)
        {
            var obj = sides.Where(x => x.Word >= trigger.End && x.Entity != heId).OrderBy(x => x.Word).FirstOrDefault();
            sides = obj is null ? [_sides.Named(heId, he.Name)] : [_sides.Named(heId, he.Name), obj];
        }

        return sides;
    }

    // "… مع نظيره الإيراني حسن روحاني الذي تعتبر بلاده أحد حلفاء نظام بشار الأسد": a relative clause after the cue,
    // with no comma before it, speaks of someone else; the clause ends there.
    private int RelativeAfter(PhraseMatch trigger, Clause clause)
    {
        for (var w = trigger.End + 1; w < clause.To; w++)
        {
            if (_cues.IsRelative(_ctx.Words, w))
            {
                return w;
            }
        }

        return clause.To;
    }

    // Clause by clause, left then right, until the cue has its sides; a relative clause on the right speaks of someone else.
    // A noun that owns its sides ("the visit of X") is not widened.
    private (int A, int B) Widen(List<Clause> clauses, int ci, int need, bool owned, ref List<Side> sides)
    {
        int a = ci, b = ci;
        for (var step = 0; !owned && sides.Count < need && step < MaxClauseSteps && (a > 0 || b < clauses.Count - 1); step++)
        {
            if (a > 0)
            {
                a--;
                sides = _sides.In(clauses[a].From, clauses[b].To);
            }

            if (sides.Count < need && b < clauses.Count - 1 && !_cues.IsRelative(_ctx.Words, clauses[b + 1].From))
            {
                b++;
                sides = _sides.In(clauses[a].From, clauses[b].To);
            }
        }

        return (a, b);
    }

    /// <summary>
    /// The cue is followed by "with" and an audience, no person: "на встрече с журналистами", "a meeting with
    /// reporters", "مع الصحفيين" (the audience table; an adjective may stand between).
    /// </summary>
    private bool WithNoPerson(PhraseMatch trigger, int clauseTo)
    {
        var words = _ctx.Words;
        for (var w = trigger.End; w < Math.Min(clauseTo, trigger.End + 2); w++)
        {
            if (_cues.IsWith(words, w))
            {
                return _cues.IsAudience(words, w + 1) || (w + 2 < clauseTo && _ctx.PersonStartingNear(w + 1, 1) is null && _cues.IsAudience(words, w + 2));
            }
        }

        return false;
    }

    /// <summary>
    /// A noun cue with its own sides: its possessor ("Rubio's visit") and the people right after it that no "with"
    /// introduces (the visitor of "the visit of X", the two of "встреча Лаврова и Шейбани", "استقبال لافروف …
    /// الشيباني"), enough with those after "with" to make the meeting; a visit needs only its visitor. Returns the
    /// first word of those sides (the possessor's, else the cue's), or null when the noun's sides are not all there.
    /// </summary>
    private int? OwnSidesFrom(PhraseMatch trigger, Clause clause, int need)
    {
        // "وشارك في جانب من المباحثات …": those after the noun attend, they are not its sides.
        if (_cues.Noun(_ctx.Words, trigger) is not { } noun || _cues.Attending(_ctx.Words, clause.From, trigger.Start) != int.MaxValue
            || MeetingCues.IsPurpose(_ctx.Words[trigger.Start], trigger.Entry))
        {
            return null;
        }

        var possessor = Possessor(trigger, clause);
        int own = possessor is null ? 0 : 1, with = 0;
        var afterWith = false;
        var k = 0;
        foreach (var m in _ctx.MentionsInWords(trigger.End, clause.To))
        {
            var mw = _ctx.MentionWord[m];
            for (; trigger.End + k < mw; k++)
            {
                afterWith |= _cues.IsWith(_ctx.Words, trigger.End + k);
            }

            if (_ctx.Mentions[m].Type != EntityTypes.Person || _quoted[mw])
            {
                continue;
            }

            if (afterWith)
            {
                with++;
            }
            else
            {
                own++;
            }
        }

        return own > 0 && (noun == "visit" || own + with >= need) ? possessor ?? trigger.Start : null;
    }

    // "Marco Rubio's visit": a person whose name ends right before the cue with the possessive "'s".
    private int? Possessor(PhraseMatch trigger, Clause clause)
    {
        var cueStart = _ctx.Words[trigger.Start].Start;
        foreach (var m in _ctx.MentionsInWords(Math.Max(clause.From, trigger.Start - 6), trigger.Start))
        {
            var mention = _ctx.Mentions[m];
            if (mention.Type == EntityTypes.Person && mention.End <= cueStart
                && _ctx.Text.AsSpan(mention.End, cueStart - mention.End).Trim() is "'s" or "’s" or "'" or "’")
            {
                return _ctx.MentionWord[m];
            }
        }

        return null;
    }

    // The one who reports a meeting is not a side of it ("Zakharova said Lavrov will meet al-Shaibani"); when only a
    // speaker fills the gap of a widened reading ("Opening the meeting, Lavrov said ..."), there is no meeting.
    private static List<Side>? WithoutReporters(List<Side> sides, HashSet<string> speakers, int need, bool widened)
    {
        var reported = sides.Where(x => x.Entity is null || !speakers.Contains(x.Entity)).ToList();
        if (reported.Count >= need)
        {
            return reported;
        }

        return reported.Count < sides.Count && widened ? null : sides;
    }

    // "the Jordanian minister" beside Safadi is Safadi, not another Jordanian.
    private static void DropUnnamedBesideNamed(List<Side> sides)
        => sides.RemoveAll(x => x.Entity is null && x.Country is not null && sides.Exists(y => y.Entity is not null && y.Country == x.Country));

    /// <summary>How a cue was read: its own clause, the clauses its sides came from, whether they were widened to.</summary>
    private sealed record CueReading(Clause Own, Clause Range, bool Widened, List<Side> ClauseSides, bool Continues, Draft? PreviousDated);

    private Draft? Draft(SentenceSpan s, PhraseMatch trigger, List<Side> sides, CueReading reading)
    {
        var words = _ctx.Words;
        var range = reading.Range;
        var kind = _cues.Kind(words, range.From, range.To, trigger, sides.Count);

        // The place of the cue's own clause first ("…, а затем встретился в Анкаре с Фиданом"), then of the clauses
        // its sides came from, then of its part of the sentence.
        var (location, locationCountry) = kind == MeetingKind.Call ? (null, null) : Places.Place(_ctx, reading.Own.From, reading.Own.To);
        if (location is null && kind != MeetingKind.Call)
        {
            (location, locationCountry) = Places.Place(_ctx, range.From, range.To);
        }

        if (location is null && kind != MeetingKind.Call && sides.Count > 1)
        {
            (location, locationCountry) = Places.Place(_ctx, Math.Max(s.Part.From, trigger.Start - (2 * TriggerReach)), Math.Min(s.Part.To, trigger.End + (2 * TriggerReach))); // "…, اليوم الخميس، في العاصمة موسكو"
        }

        var status = _cues.Status(words, range.From, range.To, Math.Min(Math.Max(range.To, s.Part.To), range.To + TriggerReach));
        if (sides.Count == 1 && sides[0].Entity is { } lone && status == MeetingStatus.Cancelled)
        {
            Cancelled.Add((lone, locationCountry));
        }

        // One named side is a meeting only as a conference it takes part in, at a known place.
        if (sides.Count == 0 || (sides.Count == 1 && !(kind == MeetingKind.Conference && sides[0].Entity is not null && location is not null && _cues.TakesPart(words, range.From, range.To))))
        {
            return null;
        }

        SideFinder.FillCounterpartRoles(sides);
        _sides.NameCounterparts(sides, words[trigger.Start].Start);
        // Within the cue's part, and at most a few clauses from the cue: every cue reads a bounded stretch, however long the sentence.
        var dateFrom = Math.Max(s.Part.From, trigger.Start - (2 * TriggerReach));
        var dateTo = Math.Min(s.Part.To, trigger.End + (2 * TriggerReach));
        var date = _dates.Resolve(_ctx.Text, words, dateFrom, dateTo, _published, status != MeetingStatus.Held, trigger.Start) ?? PreviousSentenceDate(s.Index, status);

        // "Позже Евкуров был принят …", "Later that day …": the day (and, unnamed, the place) of the meeting just reported.
        if (date is null && status == MeetingStatus.Held && reading.PreviousDated is { } previous && _cues.SameDay(words, s.From))
        {
            date = previous.Date;
            if (location is null && kind != MeetingKind.Call)
            {
                (location, locationCountry) = (previous.Location, previous.LocationCountry);
            }
        }
        return new Draft
        {
            Sides = sides,
            Location = location,
            LocationCountry = locationCountry,
            Date = date,
            Status = status,
            Kind = kind,
            Evidence = [_ctx.Document.Sentences[s.Index]],
            Widened = reading.Widened,
            ClauseSides = reading.ClauseSides,
            Continues = reading.Continues,
        };
    }

    // "…, а затем встретился с X": the sentence's subject met X.
    private ResolvedDate? PreviousSentenceDate(int si, string status)
    {
        if (si == 0)
        {
            return null;
        }

        var previous = _ctx.Document.Sentences[si - 1];
        var current = _ctx.Document.Sentences[si];
        if (_ctx.Text.AsSpan(previous.End, current.Start - previous.End).Contains('\n'))
        {
            return null; // another paragraph
        }

        var words = _ctx.Words;
        return _dates.Resolve(_ctx.Text, words, Words.IndexAt(words, previous.Start), Words.IndexAt(words, previous.End), _published, status != MeetingStatus.Held, anchor: -1);
    }

    // Another cue of the sentence found its sides in its own clause: a widened one only repeats or confuses it,
    // unless its own clause names one side and the verb's subject is the sentence's ("…, а затем встретился с X").
    // With none such, widened readings that reuse a side of an earlier one go ("… والتقى الشرع، في أول زيارة … نظام الأسد").
    private static List<Draft> KeepOwnClauseReadings(List<Draft> drafts)
    {
        if (drafts.Find(d => !d.Widened) is not { } strong)
        {
            var kept = new List<Draft>();
            foreach (var d in drafts)
            {
                if (!kept.Exists(k => k.Sides.Exists(x => x.Entity is not null && d.Sides.Exists(y => y.Entity == x.Entity)) && !SideMatching.SameSides(k.Sides, d.Sides)))
                {
                    kept.Add(d);
                }
            }

            return kept;
        }

        foreach (var d in drafts.Where(d => d.Widened && d.ClauseSides.Count == 1 && d.Continues))
        {
            var subject = strong.Sides[0];
            if (subject.Key != d.ClauseSides[0].Key && d.ClauseSides[0].Entity is not null)
            {
                d.Sides.Clear();
                d.Sides.Add(subject);
                d.Sides.Add(d.ClauseSides[0]);
                SideFinder.FillCounterpartRoles(d.Sides);
                d.Widened = false;
            }
        }

        var own = drafts.Where(d => !d.Widened).ToList();
        CancelFrom(own, drafts.Where(d => d.Widened));
        return own;
    }

    // "…, однако саммит был перенесён": another cue of the same meeting in the sentence cancels it.
    private static void CancelFrom(List<Draft> kept, IEnumerable<Draft> others)
    {
        foreach (var d in others.Where(d => d.Status == MeetingStatus.Cancelled))
        {
            foreach (var same in kept.Where(k => SideMatching.SameSides(k.Sides, d.Sides)))
            {
                same.Status = MeetingStatus.Cancelled;
            }
        }
    }

    private static List<Draft> Distinct(List<Draft> drafts)
    {
        var unique = new List<Draft>();
        foreach (var d in drafts)
        {
            if (unique.Exists(u => SideMatching.SameSides(u.Sides, d.Sides)))
            {
                CancelFrom(unique, [d]);
            }
            else
            {
                unique.Add(d);
            }
        }

        return unique;
    }
}
