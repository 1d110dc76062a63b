using NewsDashboard.Extraction.Dating;
using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// Meetings, calls and conferences: participants, place, date, status, kind and evidence. A sentence with a
/// meeting cue (data files per language) gives the people in the cue's clause, widened clause by clause until two
/// sides are found; "his Russian counterpart" is an unnamed side with the other side's role. The speaker who
/// reports a meeting is not a side of it. Sentences about the same sides make one meeting.
/// </summary>
internal sealed class MeetingExtractor
{
    private const int TriggerReach = 40;
    private const int MaxTriggersPerSentence = 16;
    private const int MaxClauseSteps = 3;
    private const int RecentEvents = 50;
    private const int MaxEvidence = 8;
    private const int RecentMeetings = 50;

    private static readonly Lazy<Lexicon> SharedLexicon = new(() => Lexicon.Load("meetings"));

    private readonly Lexicon _lexicon = SharedLexicon.Value;
    private readonly SpeechCues _cues = SpeechCues.Default;
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
        var spans = ctx.Spans;
        var speech = new List<SpeechEvent>(ctx.Events(_cues, language ?? string.Empty));
        speech.AddRange(QuoteExtractor.HeadlineEvents(ctx));
        speech.Sort((a, b) => a.Offset.CompareTo(b.Offset));

        var quoted = QuotedWords(ctx, spans);
        var cancelled = new List<(string Entity, string? Country)>();
        var drafts = new List<Draft>();
        var sentences = ctx.Document.Sentences;
        var e = 0;
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            for (; e < speech.Count && speech[e].Offset < sentence.End; e++)
            {
                if (speech[e].Offset >= sentence.Start && !speech[e].Subject && speech[e].Speaker?.EntityId is { } id)
                {
                    speakers.Add(id);
                }
            }

            drafts.AddRange(Sentence(ctx, si, speakers, quoted, speech, pub, drafts, cancelled));
        }

        return Merge(ctx, drafts, pub, cancelled);
    }

    private sealed class Side
    {
        public string? Entity { get; set; }

        public string? Name { get; set; }

        public string? Country { get; set; }

        public string? Role { get; set; }

        public string Key => Entity ?? "?" + Country;

        /// <summary>The word the side is named at (-1 when it stands for an earlier mention).</summary>
        public int Word { get; set; } = -1;
    }

    private sealed class Draft
    {
        public required List<Side> Sides { get; init; }

        public string? Location { get; set; }

        public string? LocationCountry { get; set; }

        public ResolvedDate? Date { get; set; }

        public required string Status { get; set; }

        public required string Kind { get; set; }

        public required List<TextSpan> Evidence { get; init; }

        public bool Widened { get; set; }

        public bool DatedWhenHeld { get; set; }

        public List<Side> ClauseSides { get; init; } = [];

        /// <summary>The cue follows "and then" at the head of its clause: its subject is the sentence's.</summary>
        public bool Continues { get; init; }
    }

    private List<Draft> Sentence(DocumentContext ctx, int si, HashSet<string> speakers, bool[] quoted, List<SpeechEvent> speech, DateOnly? pub, List<Draft> earlier, List<(string Entity, string? Country)> cancelled)
    {
        var sentence = ctx.Document.Sentences[si];
        var words = ctx.Words;
        var from = Words.IndexAt(words, sentence.Start);
        var to = Words.IndexAt(words, sentence.End);
        var triggers = new List<PhraseMatch>();
        foreach (var m in _lexicon.FindAll(words, from, to))
        {
            // "this visit", "cette visite", "هذه الزيارة": a meeting already reported, spoken of again.
            if (m.Entry.Category is "meeting" or "visit" or "call" or "conference" && triggers.Count < MaxTriggersPerSentence && !quoted[m.Start]
                && !(m.Start > from && _lexicon.MatchAt(words, m.Start - 1, "this") is not null))
            {
                triggers.Add(m);
            }
        }

        var drafts = new List<Draft>();
        if (triggers.Count == 0 || !MayHaveSides(ctx, from, to))
        {
            return drafts;
        }

        foreach (var trigger in triggers)
        {
            var lo = Math.Max(from, trigger.Start - TriggerReach);
            var hi = Math.Min(to, trigger.End + TriggerReach);
            var clauses = Clauses(words, lo, hi);
            var ci = clauses.FindIndex(c => trigger.Start >= c.From && trigger.Start < c.To);
            if (ci < 0)
            {
                continue;
            }

            var need = trigger.Entry.Category == "conference" ? 1 : 2;
            int a = ci, b = ci;
            var sides = Sides(ctx, quoted, clauses[a].From, clauses[b].To);

            // "он провёл переговоры с …": a pronoun stands for the one the text is about; "the two ministers"
            // for the sides of the meeting just reported.
            var before = new List<Draft>(earlier.Skip(Math.Max(0, earlier.Count - RecentMeetings)));
            before.AddRange(drafts);
            AddReferredSides(ctx, sides, clauses[a].From, clauses[b].To, speech, before, trigger.Start);
            // "where he will meet Rubio to prepare a visit by Erdogan": the pronoun is the subject, the object follows.
            if (PronounBefore(ctx, trigger.Start, clauses[ci].From) && LastSubject(speech, ctx.Words[trigger.Start].Start) is { EntityId: { } heId } he)
            {
                var obj = sides.Where(x => x.Word >= trigger.End && x.Entity != heId).OrderBy(x => x.Word).FirstOrDefault();
                sides = obj is null ? [Named(ctx, heId, he.Name)] : [Named(ctx, heId, he.Name), obj];
            }

            var clauseSides = sides.ToList();
            for (var step = 0; sides.Count < need && step < MaxClauseSteps && (a > 0 || b < clauses.Count - 1); step++)
            {
                if (a > 0)
                {
                    a--;
                    sides = Sides(ctx, quoted, clauses[a].From, clauses[b].To);
                }

                // "…, who conveyed his greetings to President Xi": a relative clause speaks of someone else.
                if (sides.Count < need && b < clauses.Count - 1 && _lexicon.MatchAt(words, clauses[b + 1].From, "relative") is null)
                {
                    b++;
                    sides = Sides(ctx, quoted, clauses[a].From, clauses[b].To);
                }
            }

            if (a != ci || b != ci)
            {
                AddReferredSides(ctx, sides, clauses[a].From, clauses[b].To, speech, before, trigger.Start);
            }

            // The one who reports a meeting is not a side of it ("Zakharova said Lavrov will meet al-Shaibani").
            var reported = sides.Where(x => x.Entity is null || !speakers.Contains(x.Entity)).ToList();
            var widened = a != ci || b != ci;
            if (reported.Count >= need)
            {
                sides = reported;
            }
            else if (reported.Count < sides.Count && widened)
            {
                continue; // only a speaker fills the gap ("Opening the meeting, Lavrov said ...")
            }

            // "the Jordanian minister" beside Safadi is Safadi, not another Jordanian.
            sides.RemoveAll(x => x.Entity is null && x.Country is not null && sides.Exists(y => y.Entity is not null && y.Country == x.Country));

            var rangeFrom = clauses[a].From;
            var rangeTo = clauses[b].To;
            var kind = Kind(words, rangeFrom, rangeTo, trigger, sides.Count);
            var (location, locationCountry) = kind == MeetingKind.Call ? (null, null) : Place(ctx, rangeFrom, rangeTo);
            if (location is null && kind != MeetingKind.Call && sides.Count > 1)
            {
                (location, locationCountry) = Place(ctx, from, to); // "…, اليوم الخميس، في العاصمة موسكو"
            }

            if (sides.Count == 1 && sides[0].Entity is { } lone && Status(words, rangeFrom, rangeTo) == MeetingStatus.Cancelled)
            {
                cancelled.Add((lone, locationCountry));
            }

            if (sides.Count == 0 || (sides.Count == 1 && !(kind == MeetingKind.Conference && sides[0].Entity is not null && location is not null)))
            {
                continue;
            }

            FillCounterpartRoles(sides);
            NameCounterparts(ctx, sides, ctx.Words[trigger.Start].Start);
            var status = Status(words, rangeFrom, rangeTo);
            var date = _dates.Resolve(ctx.Text, words, from, to, pub, status != MeetingStatus.Held, trigger.Start) ?? PreviousSentenceDate(ctx, si, pub, status);
            drafts.Add(new Draft
            {
                Sides = sides,
                Location = location,
                LocationCountry = locationCountry,
                Date = date,
                Status = status,
                Kind = kind,
                Evidence = [sentence],
                Widened = widened,
                ClauseSides = clauseSides,
                Continues = Continues(words, clauses[ci].From, trigger.Start),
            });
        }

        // Another cue of the sentence found its sides in its own clause: a widened one only repeats or confuses it,
        // unless its own clause names one side and the verb's subject is the sentence's ("…, а затем встретился с X").
        if (drafts.Find(d => !d.Widened) is { } strong)
        {
            foreach (var d in drafts.Where(d => d.Widened && d.ClauseSides.Count == 1 && d.Continues).ToList())
            {
                var subject = strong.Sides[0];
                if (subject.Key != d.ClauseSides[0].Key && d.ClauseSides[0].Entity is not null)
                {
                    d.Sides.Clear();
                    d.Sides.Add(subject);
                    d.Sides.Add(d.ClauseSides[0]);
                    FillCounterpartRoles(d.Sides);
                    d.Widened = false;
                }
            }

            drafts.RemoveAll(d => d.Widened);
        }
        else
        {
            // Widened readings that reuse a side of an earlier one ("… والتقى الشرع، في أول زيارة … نظام الأسد").
            var kept = new List<Draft>();
            foreach (var d in drafts)
            {
                if (!kept.Exists(k => k.Sides.Exists(x => x.Entity is not null && d.Sides.Exists(y => y.Entity == x.Entity)) && !SameSides(ctx, k.Sides, d.Sides)))
                {
                    kept.Add(d);
                }
            }

            drafts = kept;
        }

        var unique = new List<Draft>();
        foreach (var d in drafts)
        {
            if (!unique.Exists(u => SameSides(ctx, u.Sides, d.Sides)))
            {
                unique.Add(d);
            }
        }

        return unique;
    }

    private bool PronounBefore(DocumentContext ctx, int trigger, int clauseFrom)
    {
        for (var w = Math.Max(clauseFrom, trigger - 4); w < trigger; w++)
        {
            if (_cues.Lexicon.MatchAt(ctx.Words, w, "pronoun") is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool Continues(Word[] words, int clauseFrom, int trigger)
    {
        for (var w = clauseFrom; w < trigger && w < clauseFrom + 3; w++)
        {
            if (_lexicon.MatchAt(words, w, "then") is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "the two ministers": the latest meeting of two sides who hold that office (or whose office is not known).
    private static Draft? Referred(DocumentContext ctx, string role, List<Draft> earlier)
    {
        for (var i = earlier.Count - 1; i >= 0 && i >= earlier.Count - RecentMeetings; i--)
        {
            var d = earlier[i];
            if (d.Sides.Count == 2 && (role.Length == 0 || d.Sides.TrueForAll(x => x.Entity is null || ctx.RoleOf(x.Entity) is not { } r || DocumentContext.RoleMatches(r, role))))
            {
                return d;
            }
        }

        return earlier.Count > 0 ? earlier[^1] : null;
    }

    private void AddReferredSides(DocumentContext ctx, List<Side> sides, int from, int to, List<SpeechEvent> speech, List<Draft> earlier, int trigger)
    {
        for (var w = from; w < to; w++)
        {
            // "the two ministers met …": the group is the verb's subject, just before it.
            if (_lexicon.MatchAt(ctx.Words, w, "group") is { } group && group.End <= trigger && trigger - group.End <= 3
                && Referred(ctx, group.Entry.Value, earlier) is { } previous)
            {
                foreach (var side in previous.Sides)
                {
                    if (!sides.Exists(x => x.Key == side.Key))
                    {
                        sides.Insert(0, side);
                    }
                }

                return;
            }

            if (sides.Count < 2 && _cues.Lexicon.MatchAt(ctx.Words, w, "pronoun") is not null
                && LastSubject(speech, ctx.Words[w].Start) is { EntityId: { } id } subject && !sides.Exists(x => x.Entity == id))
            {
                sides.Insert(0, Named(ctx, id, subject.Name));
                return;
            }
        }
    }

    private static Speaker? LastSubject(List<SpeechEvent> events, int offset)
    {
        var lo = Offsets.FirstAtOrAfter<SpeechEvent>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events), offset, static e => e.Offset);
        for (var i = lo - 1; i >= 0 && i >= lo - RecentEvents; i--)
        {
            if (events[i].Speaker is { EntityId: not null } s)
            {
                return s;
            }
        }

        return null;
    }

    // A person named, or a word that stands for one (a title, "his counterpart", "the two ministers", "he").
    private bool MayHaveSides(DocumentContext ctx, int from, int to)
    {
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            if (ctx.Mentions[k].Type == EntityTypes.Person)
            {
                return true;
            }
        }

        for (var w = from; w < to; w++)
        {
            if (!ctx.Words[w].IsPunct && (_lexicon.MatchAt(ctx.Words, w) is { Entry.Category: "counterpart" or "group" } || ctx.RoleReferenceAt(w) is not null))
            {
                return true;
            }
        }

        return false;
    }

    // Words inside quotation marks: what a speaker says is not what the article reports.
    private static bool[] QuotedWords(DocumentContext ctx, List<QuoteSpan> spans)
    {
        var quoted = new bool[ctx.Words.Length + 1];
        foreach (var span in spans)
        {
            for (var w = Words.IndexAt(ctx.Words, span.Open + 1); w < ctx.Words.Length && ctx.Words[w].Start < span.Close; w++)
            {
                quoted[w] = true;
            }
        }

        return quoted;
    }

    private ResolvedDate? PreviousSentenceDate(DocumentContext ctx, int si, DateOnly? pub, string status)
    {
        if (si == 0)
        {
            return null;
        }

        var previous = ctx.Document.Sentences[si - 1];
        var current = ctx.Document.Sentences[si];
        if (ctx.Text.AsSpan(previous.End, current.Start - previous.End).Contains('\n'))
        {
            return null; // another paragraph
        }

        var words = ctx.Words;
        return _dates.Resolve(ctx.Text, words, Words.IndexAt(words, previous.Start), Words.IndexAt(words, previous.End), pub, status != MeetingStatus.Held, anchor: -1);
    }

    private readonly record struct Clause(int From, int To);

    private static List<Clause> Clauses(Word[] words, int from, int to)
    {
        var clauses = new List<Clause>();
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (words[i].IsPunct && words[i].Punct is ',' or '،' or ';' or '؛' or ':' or '(' or ')' or '—' or '–')
            {
                if (i > start)
                {
                    clauses.Add(new Clause(start, i));
                }

                start = i + 1;
            }
        }

        if (to > start)
        {
            clauses.Add(new Clause(start, to));
        }

        return clauses;
    }

    // People named in words [from, to), "his counterpart" sides, and titles that stand for a person.
    private List<Side> Sides(DocumentContext ctx, bool[] quoted, int from, int to)
    {
        var sides = new List<Side>();
        var attendingFrom = Attending(ctx.Words, from, to);
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            var m = ctx.Mentions[k];
            if (m.Type == EntityTypes.Person && !quoted[ctx.MentionWord[k]] && ctx.MentionWord[k] < attendingFrom && !sides.Exists(s => s.Entity == m.EntityId))
            {
                var side = Named(ctx, m.EntityId, m.Surface);
                side.Word = ctx.MentionWord[k];
                sides.Add(side);
            }
        }

        for (var w = from; w < to; w++)
        {
            if (quoted[w])
            {
                continue;
            }

            if (_lexicon.MatchAt(ctx.Words, w, "counterpart") is { } c)
            {
                var (country, end) = CountryBeside(ctx, c.Start, c.End);
                if (ctx.PersonStartingNear(end, 2) is null)
                {
                    sides.Add(new Side { Country = country });
                }

                w = end - 1;
                continue;
            }

            if (ctx.RoleReferenceAt(w) is { } r)
            {
                var person = ctx.PersonByRole(r.Role, r.Country, ctx.Words[w].Start);
                if (person?.EntityId is null && r.Country is null)
                {
                    w = r.WordEnd - 1;
                    continue;
                }

                if (person?.EntityId is { } id)
                {
                    if (!sides.Exists(s => s.Entity == id))
                    {
                        sides.Add(Named(ctx, id, person.Name));
                    }
                }
                else if (!sides.Exists(s => s.Entity is null && s.Country == r.Country))
                {
                    sides.Add(new Side { Country = r.Country, Role = r.Role });
                }

                w = r.WordEnd - 1;
            }
        }

        return sides;
    }

    private static Side Named(DocumentContext ctx, string id, string? surface)
        => new() { Entity = id, Name = ctx.Entity(id)?.Name ?? surface, Country = ctx.CountryOf(id), Role = ctx.RoleOf(id) };

    // "بحضور …", "took part in the talks": those named after it attend; they are not the sides.
    private int Attending(Word[] words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (_lexicon.MatchAt(words, w, "attending") is not null)
            {
                return w;
            }
        }

        return int.MaxValue;
    }

    // "نظيره الروسي", "son homologue russe", "his Russian counterpart", "с российским коллегой", "counterpart from Russia".
    private static (string? Country, int End) CountryBeside(DocumentContext ctx, int start, int end)
    {
        for (var w = end; w < Math.Min(end + 2, ctx.Words.Length); w++)
        {
            if (ctx.CountryAtWord(w) is { } after)
            {
                var e = w;
                while (e < ctx.Words.Length && ctx.CountryAtWord(e) == after)
                {
                    e++;
                }

                return (after, e);
            }
        }

        for (var w = start - 1; w >= Math.Max(0, start - 2); w--)
        {
            if (ctx.CountryAtWord(w) is { } before)
            {
                return (before, end);
            }
        }

        return (null, end);
    }

    // "كما التقى لافروف نظيره السعودي": the Saudi foreign minister the article already named.
    private static void NameCounterparts(DocumentContext ctx, List<Side> sides, int offset)
    {
        for (var i = 0; i < sides.Count; i++)
        {
            var s = sides[i];
            if (s.Entity is null && s.Country is not null && s.Role is not null
                && ctx.PersonByRole(s.Role, s.Country, offset, sameRoleOnly: true) is { EntityId: { } id } person
                && !sides.Exists(x => x.Entity == id))
            {
                sides[i] = Named(ctx, id, person.Name);
            }
        }
    }

    // A counterpart holds the same office as the side it is the counterpart of.
    private static void FillCounterpartRoles(List<Side> sides)
    {
        var role = sides.FirstOrDefault(s => s.Entity is not null && s.Role is not null)?.Role;
        foreach (var s in sides)
        {
            if (s.Entity is null)
            {
                s.Role ??= role;
            }
        }
    }

    private static (string? Name, string? Country) Place(DocumentContext ctx, int from, int to)
    {
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            var m = ctx.Mentions[k];
            if (m.Type == EntityTypes.Place && !IsDateline(ctx, k))
            {
                var entity = ctx.Entity(m.EntityId);
                return (entity?.Name ?? m.Surface, entity?.Country);
            }
        }

        return (null, null);
    }

    // "PARIS, Nov 5 (AFP) -": the place a story was filed from, not where its meeting was.
    private static bool IsDateline(DocumentContext ctx, int k)
    {
        var w = ctx.MentionWord[k];
        var start = ctx.Words[w].Start;
        if (w > 0 && !ctx.Text.AsSpan(ctx.Words[w - 1].End, start - ctx.Words[w - 1].End).Contains('\n'))
        {
            return false;
        }

        for (var i = ctx.MentionEndWord[k]; i < Math.Min(ctx.Words.Length, ctx.MentionEndWord[k] + 8); i++)
        {
            if (ctx.Words[i].IsPunct && ctx.Words[i].Punct is '-' or '—' or '–')
            {
                return true;
            }
        }

        return false;
    }

    private string Status(Word[] words, int from, int to)
    {
        var status = MeetingStatus.Held;
        foreach (var m in _lexicon.FindAll(words, from, to, "status"))
        {
            if (m.Entry.Value == MeetingStatus.Cancelled)
            {
                return MeetingStatus.Cancelled;
            }

            status = MeetingStatus.Planned;
        }

        return status;
    }

    private string Kind(Word[] words, int from, int to, PhraseMatch trigger, int sides)
    {
        var categories = _lexicon.FindAll(words, from, to).Select(m => m.Entry.Category).ToHashSet();
        if (categories.Contains("call"))
        {
            return MeetingKind.Call;
        }

        if (trigger.Entry.Category == "conference" && (sides >= 3 || !(categories.Contains("meeting") || categories.Contains("visit"))))
        {
            return MeetingKind.Conference;
        }

        return MeetingKind.Meeting;
    }

    // Same sides: the same people, and an unnamed side of a country matches a named side of that country.
    private static bool SameSides(DocumentContext ctx, List<Side> a, List<Side> b)
    {
        _ = ctx;
        if (a.Count != b.Count)
        {
            return false;
        }

        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            var j = a[i].Entity is null ? -1 : b.FindIndex(t => t.Entity == a[i].Entity);
            if (j >= 0 && !usedB[j])
            {
                usedA[i] = usedB[j] = true;
            }
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (usedA[i])
            {
                continue;
            }

            var j = -1;
            for (var k = 0; k < b.Count && j < 0; k++)
            {
                if (!usedB[k] && !(a[i].Entity is not null && b[k].Entity is not null) && Compatible(a[i], b[k], exact: false))
                {
                    j = k;
                }
            }

            if (j < 0)
            {
                return false;
            }

            usedA[i] = usedB[j] = true;
        }

        return true;
    }

    private static bool Compatible(Side s, Side t, bool exact)
    {
        if (s.Entity is not null && t.Entity is not null)
        {
            return s.Entity == t.Entity;
        }

        if (exact)
        {
            return false;
        }

        return s.Country is null || t.Country is null || string.Equals(s.Country, t.Country, StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<ExtractedMeeting> Merge(DocumentContext ctx, List<Draft> drafts, DateOnly? published, List<(string Entity, string? Country)> cancelled)
    {
        var merged = new List<Draft>();
        var byKey = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            // The same sides exactly, else a recent meeting whose unnamed sides fit (kept linear on long texts).
            var key = string.Join("|", d.Sides.Select(x => x.Key).Order(StringComparer.Ordinal));
            var into = byKey.GetValueOrDefault(key);
            for (var i = merged.Count - 1; into is null && i >= 0 && i >= merged.Count - RecentMeetings; i--)
            {
                if (SameSides(ctx, merged[i].Sides, d.Sides))
                {
                    into = merged[i];
                }
            }

            if (into is null)
            {
                byKey[key] = d;
            }

            if (into is null)
            {
                d.DatedWhenHeld = d.Status == MeetingStatus.Held && d.Date is not null;
                merged.Add(d);
                continue;
            }

            byKey.TryAdd(key, into);

            for (var i = 0; i < into.Sides.Count; i++)
            {
                if (into.Sides[i].Entity is null && into.Sides[i].Country is null
                    && d.Sides.Find(x => x.Entity is null && x.Country is not null && !into.Sides.Exists(y => y.Entity is null && y.Country == x.Country)) is { } known)
                {
                    into.Sides[i].Country = known.Country;
                    into.Sides[i].Role ??= known.Role;
                }

                if (into.Sides[i].Entity is null)
                {
                    var named = d.Sides.Find(s => s.Entity is not null && !into.Sides.Exists(x => x.Entity == s.Entity) && Compatible(into.Sides[i], s, exact: false));
                    if (named is not null)
                    {
                        into.Sides[i] = named;
                    }
                }
            }

            foreach (var span in d.Evidence)
            {
                if (into.Evidence.Count < MaxEvidence && !into.Evidence.Contains(span))
                {
                    into.Evidence.Add(span);
                }
            }

            into.Location ??= d.Location;
            into.LocationCountry ??= d.LocationCountry;
            if (d.Kind == MeetingKind.Call)
            {
                into.Kind = MeetingKind.Call;
            }

            // A meeting announced and then reported is held; a cancellation anywhere cancels it.
            if (into.Status != MeetingStatus.Cancelled && (d.Status == MeetingStatus.Cancelled || d.Status == MeetingStatus.Held))
            {
                into.Status = d.Status;
            }

            if (d.Date is { } date && (into.Date is null || (!into.DatedWhenHeld && d.Status == MeetingStatus.Held) || date.Evidence > into.Date.Value.Evidence))
            {
                into.Date = date;
                into.DatedWhenHeld = d.Status == MeetingStatus.Held;
            }
        }

        // A lone visitor whose meeting with someone is reported too: the visit is that meeting.
        var inMeetings = merged.Where(o => o.Sides.Count > 1).SelectMany(o => o.Sides).Select(x => x.Entity).OfType<string>().ToHashSet(StringComparer.Ordinal);
        merged.RemoveAll(m => m.Sides.Count == 1 && m.Kind != MeetingKind.Conference && m.Sides[0].Entity is { } lone && inMeetings.Contains(lone));

        // A meeting dated after the publication has not happened yet, whatever the tense of one sentence.
        // "X cancelled his visit to Algeria" names one side; it cancels the meeting with X planned there.
        foreach (var m in merged)
        {
            if (m.Kind == MeetingKind.Call)
            {
                m.Location = m.LocationCountry = null;
            }

            if (m.Status != MeetingStatus.Held && cancelled.Exists(c => m.Sides.Exists(x => x.Entity == c.Entity) && (c.Country is null || m.LocationCountry is null || c.Country == m.LocationCountry)))
            {
                m.Status = MeetingStatus.Cancelled;
            }

            if (m.Status == MeetingStatus.Held && m.Date is { } d && published is { } p && d.Date > p)
            {
                m.Status = MeetingStatus.Planned;
            }
        }

        return [.. merged.Select(m => new ExtractedMeeting(
            [.. m.Sides.Select(s => new MeetingParticipant(s.Entity, s.Name, s.Country, s.Role))],
            m.Location,
            m.LocationCountry,
            m.Date?.Iso,
            m.Status,
            m.Kind,
            string.Join(" ", m.Evidence.OrderBy(s => s.Start).Select(ctx.Document.Slice))))];
    }
}
