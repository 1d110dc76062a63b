using NewsDashboard.Extraction.Text;
namespace NewsDashboard.Extraction.Quotes;

/// <summary>A statement's cue ("قال", "said", "selon") at a text offset, with the speaker it names, if any.</summary>
/// <remarks><paramref name="Unknown"/>: the cue's subject is a noun that names nobody the text knows ("the statement
/// said", "وقالت المصادر"), so the one speaking is unknown from here on.</remarks>
internal sealed record SpeechEvent(int Offset, int CueWord, Speaker? Speaker, bool Headline = false, bool Subject = false, bool Unknown = false);

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

    private readonly HashSet<string> _orgHeads;

    public SpeechCues(Lexicon lexicon)
    {
        Lexicon = lexicon;
        _orgHeads = [.. lexicon.Entries("org-head").Where(e => e.Tokens.Length == 1).Select(e => e.Tokens[0])];
    }

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
    public Speaker? Resolve(DocumentContext ctx, PhraseMatch cue, int from, int to, bool subjectAfter, bool verbFirst = false)
    {
        // "said that Syria …", "أكد أن الحوثيين …", "заявил, что Россия …": who follows "that" is what was said, not who said it.
        to = ContentStart(ctx.Words, cue.End, to);
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

        // "قوله", "قولها": "his saying", whose owner is written before it.
        if (cue.Entry.Value == Possessive)
        {
            var owner = Nearest(ctx, cue, from, to, after: false, m => IsPerson(m), MaxDistance, beforeOnly: true);
            return owner >= 0 ? ctx.SpeakerOf(ctx.Mentions[owner]) : Pronoun;
        }

        // Arabic puts the subject right after the verb: nothing there ("وأضاف:", "وأكد أن") is the one the text is
        // about; a noun that opens no name or title ("وقالت المصادر", "وذكر أحد الضباط") is someone unknown.
        if (verbFirst && cue.Entry.Category == "speech" && cue.Entry.Value != Noun)
        {
            switch (SubjectSlot(ctx, cue.End, to))
            {
                // "الأسد قال "…"": a name right before the verb is its subject too.
                case Slot.Empty:
                    var before = Nearest(ctx, cue, from, to, after: false, m => IsPerson(m), 0, beforeOnly: true);
                    return before >= 0 ? ctx.SpeakerOf(ctx.Mentions[before]) : Pronoun;
                // "وقال الجيش" after "الجيش الإسرائيلي": the organisation named a little earlier by that head noun.
                case Slot.Unnamed:
                    return ctx.OrganizationByHead(cue.End) is { } head ? ctx.SpeakerOf(head) : null;
            }
        }

        var after = cue.Entry.Category == "source" || subjectAfter;

        // A person in reach first, then a title standing for one ("the Syrian minister"), then an organisation
        // (or a country or city that is the verb's neighbour: "وهو ما اعتبرته الجزائر", "Moscow says").
        // "أفادت وكالة سانا، بأن الوزير …": an organisation right beside the verb is its subject.
        // A name in quotation marks is an outlet or a title («Фокс ньюс»), not the one speaking.
        // "цитирует ИА Regnum Минченко", "quoted by Reuters as saying": the outlet only passes the words on.
        var adjacent = cue.Entry.Value == Relay ? -1 : Nearest(ctx, cue, from, to, after, m => m.Type == EntityTypes.Organization && !MemberOf(ctx, ctx.WordContaining(m.Start)), 1);
        if (adjacent >= 0 && Nearest(ctx, cue, from, to, after, IsPerson, 1) < 0)
        {
            return ctx.SpeakerOf(ctx.Mentions[adjacent]);
        }

        var person = Nearest(ctx, cue, from, to, after, IsPerson, MaxDistance);
        if (person >= 0)
        {
            return ctx.SpeakerOf(ctx.Mentions[person]);
        }

        if (RoleSpeaker(ctx, Math.Max(from, cue.Start - MaxDistance), Math.Min(to, cue.End + MaxDistance)) is { } role)
        {
            return role;
        }

        // "глава Business NZ", "a spokesman for the ministry": a member of the organisation speaks, not the organisation.
        var other = Nearest(ctx, cue, from, to, after, m => m.Type == EntityTypes.Organization, MaxDistance);
        if (other >= 0 && (MemberOf(ctx, ctx.MentionWord[other]) || Punctuated(ctx, cue, other)))
        {
            return null;
        }

        if (other < 0)
        {
            // A country or city speaks only as the verb's own subject, on the side the language puts it
            // ("Moscow says", "قالت روسيا"); "in Syria, officials said" is not Syria speaking.
            other = Nearest(ctx, cue, from, to, verbFirst, m => m.Type is EntityTypes.Country or EntityTypes.Place, 0, beforeOnly: !verbFirst, afterOnly: verbFirst);
        }

        return other >= 0 ? ctx.SpeakerOf(ctx.Mentions[other]) : null;
    }

    /// <summary>
    /// A person mention the entity stage made of an organisation's name ("وزارة العدل", "Ministry of Health"): its first
    /// word opens organisation names (category "org-head"), so it is no person speaking.
    /// </summary>
    internal bool IsPerson(EntityMention m)
    {
        if (m.Type != EntityTypes.Person)
        {
            return false;
        }

        var space = m.Surface.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? m.Surface.AsSpan() : m.Surface.AsSpan(0, space);
        return !_orgHeads.Contains(NewsDashboard.Extraction.Text.Words.Normalize(first));
    }

    // "Согласно сообщению агентства БелТА, судья заявила": a punctuation mark between an organisation and the verb
    // puts the organisation in another clause than the verb's subject.
    private static bool Punctuated(DocumentContext ctx, PhraseMatch cue, int mention)
    {
        var (from, to) = ctx.MentionWord[mention] >= cue.End ? (cue.End, ctx.MentionWord[mention]) : (ctx.MentionEndWord[mention], cue.Start);
        for (var w = from; w < to; w++)
        {
            if (ctx.Words[w].IsPunct)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word naming a member of what follows ("глава", "spokesman for", "المتحدث باسم") right before word <paramref name="w"/>.</summary>
    internal bool MemberOf(DocumentContext ctx, int w)
    {
        for (var j = Math.Max(0, w - MemberReach); j < w; j++)
        {
            if (Lexicon.MatchAt(ctx.Words, j, "member-of") is { } m && m.End == w)
            {
                return true;
            }
        }

        return false;
    }

    private const int MemberReach = 3;

    /// <summary>The value of a cue whose subject is written before it, as its owner ("قوله": his saying).</summary>
    public const string Possessive = "possessive";

    /// <summary>The value of a noun of saying ("بيان": a statement), which has no subject slot of a verb.</summary>
    public const string Noun = "noun";

    /// <summary>The value of a cue whose organisation only relays another's words ("цитирует", "quoted").</summary>
    public const string Relay = "relay";

    internal enum Slot
    {
        /// <summary>No subject written: the verb's subject is the one the text is about.</summary>
        Empty,

        /// <summary>A name or title opens the subject.</summary>
        Named,

        /// <summary>A noun that opens no name or title: someone the text does not name.</summary>
        Unnamed,
    }

    /// <summary>The subject position right after a verb-first cue (Arabic): <see cref="Slot"/>.</summary>
    internal Slot SubjectSlot(DocumentContext ctx, int w, int to)
    {
        var words = ctx.Words;
        if (w >= to || words[w].IsPunct || EmptySubjectWords.Any(c => Lexicon.MatchAt(words, w, c) is not null))
        {
            return Slot.Empty;
        }

        // A name opens the subject, or follows a title ("العميد المعمري", "المندوبة الأميركية نيكي هيلي", "المدير العام
        // للوكالة الدولية للطاقة الذرية رافائيل غروسي"): a person anywhere in the subject's words, anything else
        // (a role, an organisation, a country) at its start or after one title word.
        for (var j = w; j < Math.Min(to, w + SlotReach); j++)
        {
            if (words[j].IsPunct || (j > w && EmptySubjectWords.Any(c => Lexicon.MatchAt(words, j, c) is not null)))
            {
                break;
            }

            var opening = j == w || (j == w + 1 && IsTitleWord(ctx, w));
            if (opening && (ctx.RoleAt(j) is not null || ctx.RoleReferenceAt(j) is not null))
            {
                return Slot.Named;
            }

            foreach (var k in ctx.MentionsInWords(j, j + 1))
            {
                var type = ctx.Mentions[k].Type;
                if (ctx.MentionWord[k] == j && (IsPerson(ctx.Mentions[k]) || (opening && type is not EntityTypes.Event)))
                {
                    return Slot.Named;
                }
            }
        }

        return Slot.Unnamed;
    }

    private const int SlotReach = 9;

    // Words that open no subject: a preposition or particle ("وأضاف في بيان", "وأكد على"), "قائلا", "أن", a pronoun.
    private static readonly string[] EmptySubjectWords = ["no-subject", "continue", "complementizer", "pronoun"];

    // A word that may stand between a verb and the name it introduces: a title, a rank, a demonym.
    private bool IsTitleWord(DocumentContext ctx, int w)
        => Lexicon.MatchAt(ctx.Words, w, "title") is not null || Lexicon.MatchAt(ctx.Words, w, "name-intro") is not null || ctx.CountryAtWord(w) is not null;

    /// <summary>The first word of what is said after a cue: a complementizer ("that", "أن", "что", "que") ends the subject's reach.</summary>
    public int ContentStart(Word[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!words[i].IsPunct && Lexicon.MatchAt(words, i, "complementizer") is not null)
            {
                return i;
            }
        }

        return to;
    }

    private static int Nearest(DocumentContext ctx, PhraseMatch cue, int from, int to, bool after, Func<EntityMention, bool> accept, int reach, bool beforeOnly = false, bool afterOnly = false)
    {
        var best = -1;
        var bestScore = int.MaxValue;
        var cueQuoted = InQuote(ctx.Spans, ctx.Words[cue.Start].Start); // «…, — сказал Лавров, — …»
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            var m = ctx.Mentions[k];

            // A name inside quotation marks is what was said, or an outlet or a title («Фокс ньюс»): not the speaker.
            if (!accept(m) || (!cueQuoted && InQuote(ctx.Spans, m.Start)))
            {
                continue;
            }

            if ((beforeOnly && ctx.MentionWord[k] >= cue.End) || (afterOnly && ctx.MentionWord[k] < cue.End))
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
            if (Default.IsPerson(ctx.Mentions[k]))
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
                var speaker = Resolve(ctx, cue, clauseFrom, clauseTo, SubjectAfter(language), SubjectAfter(language));
                events.Add(new SpeechEvent(offset, cue.Start, ReferenceEquals(speaker, Pronoun) ? null : speaker, Unknown: speaker is null));
            }
        }

        events.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return events;
    }

    // The first person a sentence names (or a title standing for one), outside quotes: who "he" most likely is next.
    private SpeechEvent? Subject(DocumentContext ctx, int from, int to, IReadOnlyList<QuoteSpan> quotes)
    {
        var person = -1;
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            if (IsPerson(ctx.Mentions[k]) && !InQuote(quotes, ctx.Mentions[k].Start)
                && !ObliqueForm(ctx.Mentions[k].Surface, ctx.Entity(ctx.Mentions[k].EntityId)?.Name))
            {
                person = k;
                break;
            }
        }

        // "وكشف أنه لم يلتق بالرئيس الروسي فلاديمير بوتين": who is named after "that" is not the sentence's subject.
        var limit = person >= 0 ? ctx.MentionWord[person] : Math.Min(to, from + SubjectReach);
        var content = ContentStart(ctx.Words, from, limit);
        if (content < limit)
        {
            (person, limit) = (-1, content);
        }

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

    // Russian case endings of a name that is no sentence's subject ("по Егору Свиридову", "с Лавровым", "Захаровой").
    private static readonly string[] ObliqueEndings = ["у", "ю", "ом", "ем", "ым", "им", "ому", "ему", "ого", "его", "ой", "ей"];

    /// <summary>
    /// A Cyrillic name written in an oblique case (dative, instrumental …): its surface differs from the entity's
    /// nominative name in its last word and ends in a case ending — an object or a complement, not the subject.
    /// </summary>
    internal static bool ObliqueForm(string surface, string? name)
    {
        if (string.IsNullOrEmpty(surface) || name is null || !IsCyrillic(surface[^1]))
        {
            return false;
        }

        var last = surface[(surface.LastIndexOf(' ') + 1)..];
        var nominative = name[(name.LastIndexOf(' ') + 1)..];
        return !string.Equals(last, nominative, StringComparison.OrdinalIgnoreCase)
            && ObliqueEndings.Any(e => last.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

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
