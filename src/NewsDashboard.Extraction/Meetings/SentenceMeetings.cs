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

        var reading = new SentenceSpan(si, from, to, speakers);
        foreach (var trigger in triggers)
        {
            var before = new List<Draft>(earlier.Skip(Math.Max(0, earlier.Count - RecentMeetings)));
            before.AddRange(drafts);
            if (ReadCue(reading, trigger, before) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        return Distinct(KeepOwnClauseReadings(drafts));
    }

    private sealed record SentenceSpan(int Index, int From, int To, HashSet<string> Speakers);

    private Draft? ReadCue(SentenceSpan s, PhraseMatch trigger, List<Draft> before)
    {
        var clauses = Clause.Split(_ctx.Words, Math.Max(s.From, trigger.Start - TriggerReach), Math.Min(s.To, trigger.End + TriggerReach));
        var ci = clauses.FindIndex(c => c.Contains(trigger.Start));
        if (ci < 0)
        {
            return null;
        }

        var need = trigger.Entry.Category == "conference" ? 1 : 2;
        var sides = ClauseSides(clauses[ci], trigger, before);
        var clauseSides = sides.ToList();
        var (a, b) = Widen(clauses, ci, need, ref sides);
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
        return Draft(s, trigger, sides, range, widened, clauseSides, _cues.Continues(_ctx.Words, clauses[ci].From, trigger.Start));
    }

    // The people of the cue's clause. "он провёл переговоры с …": a pronoun stands for the one the text is about;
    // "the two ministers" for the sides of the meeting just reported. "where he will meet Rubio to prepare a visit
    // by Erdogan": the pronoun is the subject, the object follows.
    private List<Side> ClauseSides(Clause clause, PhraseMatch trigger, List<Draft> before)
    {
        var sides = _sides.In(clause.From, clause.To);
        _sides.AddReferred(sides, clause.From, clause.To, before, trigger.Start);
        if (_cues.PronounBefore(_ctx.Words, trigger.Start, clause.From) && _sides.LastSubject(_ctx.Words[trigger.Start].Start) is { EntityId: { } heId } he)
        {
            var obj = sides.Where(x => x.Word >= trigger.End && x.Entity != heId).OrderBy(x => x.Word).FirstOrDefault();
            sides = obj is null ? [_sides.Named(heId, he.Name)] : [_sides.Named(heId, he.Name), obj];
        }

        return sides;
    }

    // Clause by clause, left then right, until the cue has its sides; a relative clause on the right speaks of someone else.
    private (int A, int B) Widen(List<Clause> clauses, int ci, int need, ref List<Side> sides)
    {
        int a = ci, b = ci;
        for (var step = 0; sides.Count < need && step < MaxClauseSteps && (a > 0 || b < clauses.Count - 1); step++)
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

    private Draft? Draft(SentenceSpan s, PhraseMatch trigger, List<Side> sides, Clause range, bool widened, List<Side> clauseSides, bool continues)
    {
        var words = _ctx.Words;
        var kind = _cues.Kind(words, range.From, range.To, trigger, sides.Count);
        var (location, locationCountry) = kind == MeetingKind.Call ? (null, null) : Places.Place(_ctx, range.From, range.To);
        if (location is null && kind != MeetingKind.Call && sides.Count > 1)
        {
            (location, locationCountry) = Places.Place(_ctx, s.From, s.To); // "…, اليوم الخميس، في العاصمة موسكو"
        }

        var status = _cues.Status(words, range.From, range.To);
        if (sides.Count == 1 && sides[0].Entity is { } lone && status == MeetingStatus.Cancelled)
        {
            Cancelled.Add((lone, locationCountry));
        }

        if (sides.Count == 0 || (sides.Count == 1 && !(kind == MeetingKind.Conference && sides[0].Entity is not null && location is not null)))
        {
            return null;
        }

        SideFinder.FillCounterpartRoles(sides);
        _sides.NameCounterparts(sides, words[trigger.Start].Start);
        var date = _dates.Resolve(_ctx.Text, words, s.From, s.To, _published, status != MeetingStatus.Held, trigger.Start) ?? PreviousSentenceDate(s.Index, status);
        return new Draft
        {
            Sides = sides,
            Location = location,
            LocationCountry = locationCountry,
            Date = date,
            Status = status,
            Kind = kind,
            Evidence = [_ctx.Document.Sentences[s.Index]],
            Widened = widened,
            ClauseSides = clauseSides,
            Continues = continues,
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

        return drafts.Where(d => !d.Widened).ToList();
    }

    private static List<Draft> Distinct(List<Draft> drafts)
    {
        var unique = new List<Draft>();
        foreach (var d in drafts)
        {
            if (!unique.Exists(u => SideMatching.SameSides(u.Sides, d.Sides)))
            {
                unique.Add(d);
            }
        }

        return unique;
    }
}
