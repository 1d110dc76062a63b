using NewsDashboard.Extraction.Text;
namespace NewsDashboard.Extraction.Quotes;

/// <summary>
/// Direct quotes with their speakers: text in quotation marks of every style, bullet lists of statements under an
/// introducing line, and the headline form "Lavrov: …". The speaker comes from the cue after the quote ("…," X said;
/// «…», — сказал X), else the cue before it (قال X: "…"; selon X, « … »), else the previous speaker ("وأضاف", "he
/// added"). Names and titles in quotation marks (a channel, an agency, scare quotes) are left out. Linear in the text.
/// </summary>
internal sealed class QuoteExtractor
{
    private const int AfterWindow = 12;
    private const int BeforeWindow = 40;
    private const int StrongCueReach = 6;
    private const int AfterCueReach = 8;
    private const int ShortQuoteWords = 4;
    private const int NameMaxWords = 6;
    private const int HeadlineMaxLength = 200;
    private const int HeadlinePrefixWords = 5;

    private readonly SpeechCues _cues = SpeechCues.Default;

    public IReadOnlyList<ExtractedQuote> Extract(TextDocument document, string language, EntityAnalysis entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        return Extract(DocumentContext.For(document, entities), language ?? string.Empty);
    }

    internal IReadOnlyList<ExtractedQuote> Extract(DocumentContext ctx, string language)
    {
        var spans = ctx.Spans;
        var events = ctx.Events(_cues, language);
        var lines = Lines(ctx.Text);
        var listed = new List<Candidate>();
        var covered = new List<TextSpan>();
        Bullets(ctx, language, lines, listed, covered);
        Headlines(ctx, lines, listed, covered);

        var candidates = new List<Candidate>(listed);
        covered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var c0 = 0;
        foreach (var span in spans)
        {
            while (c0 < covered.Count && covered[c0].End <= span.Open)
            {
                c0++;
            }

            if (c0 >= covered.Count || span.Open < covered[c0].Start)
            {
                candidates.Add(new Candidate(span.Open, null, span, null, false, new TextSpan(span.Open, span.End - span.Open)));
            }
        }

        candidates.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var result = new List<ExtractedQuote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Speaker? last = null;
        Speaker? subject = null;
        Speaker? quoteSpeaker = null;
        var previousQuoteEnd = -1;
        var e = 0;
        var previousEnd = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            for (; e < events.Count && events[e].Offset < c.Offset; e++)
            {
                if (events[e].Speaker is { EntityId: not null } s)
                {
                    subject = s;
                    if (!events[e].Subject)
                    {
                        last = s;
                    }
                }
            }

            Speaker? speaker;
            string text;
            if (c.Span is { } span)
            {
                if (!MayBeQuote(ctx, span, out var count))
                {
                    continue;
                }

                var nextOpen = i + 1 < candidates.Count ? candidates[i + 1].Offset : ctx.Text.Length;
                var (attributed, strong) = Attribute(ctx, language, span, previousEnd, nextOpen);
                if ((!strong || attributed is null or { EntityId: null, Role: not null }) && Inside(ctx, language, span) is { } inside)
                {
                    (attributed, strong) = (inside, true); // «…, — пояснила она, — …»
                }
                var continues = !strong && Continues(ctx, previousQuoteEnd, span.Open, quoteSpeaker);
                speaker = ReferenceEquals(attributed, SpeechCues.Pronoun) ? subject ?? last
                    : strong ? attributed
                    : continues ? quoteSpeaker : null;
                text = Content(ctx, span, language);
                if (!strong && !continues && !(count > ShortQuoteWords && !(char.IsLower(text.TrimStart()[0]) && count <= 6)))
                {
                    continue; // unattributed and short, or a lower-case fragment: scare quotes or a title
                }

                if (text.Length == 0 || !IsStatement(ctx, span, text, count, strong || continues))
                {
                    continue;
                }

                previousEnd = span.End;
                previousQuoteEnd = span.End;
                quoteSpeaker = speaker;
            }
            else
            {
                speaker = c.Explicit ?? last;
                text = c.Text!;
            }

            // A named speaker, or an unnamed one known by a role, is whom "he added" goes on with.
            if (speaker is { EntityId: not null } or { Role: not null })
            {
                last = subject = speaker;
            }

            var key = Words.Normalize(text.Trim());
            if (text.Length > 0 && seen.Add(key))
            {
                result.Add(new ExtractedQuote(speaker?.Name, speaker?.EntityId, speaker?.Country, text, language, speaker?.Role)
                {
                    Spans = Place(ctx, c, text),
                });
            }
        }

        return result;
    }

    private sealed record Candidate(int Offset, string? Text, QuoteSpan? Span, Speaker? Explicit, bool Headline, TextSpan Region);

    /// <summary>
    /// Where a quote's words are. Inside quotation marks: the pieces <see cref="Content"/> keeps (each segment without the
    /// attribution clauses left out, trimmed as it trims them): one range when the words stand as written. A bullet or
    /// headline line: the text where it starts in its line (a few characters in). Linear in the quote's region.
    /// </summary>
    private List<TextRange> Place(DocumentContext ctx, Candidate c, string text)
    {
        if (c.Span is not { } span)
        {
            // The text is the line less a bullet, a name and colon or closing marks: found within its first characters.
            var from = Math.Clamp(c.Region.Start, 0, ctx.Text.Length);
            var at = ctx.Text.IndexOf(text, from, Math.Min(c.Region.Length, ctx.Text.Length - from), StringComparison.Ordinal);
            return at >= 0 ? [new TextRange(at, text.Length)] : [];
        }

        var cuts = AttributionClauses(ctx, span);
        var ranges = new List<TextRange>();
        foreach (var segment in span.Segments)
        {
            var from = segment.Start;
            foreach (var (start, end, _) in cuts)
            {
                if (start >= segment.Start && end <= segment.End && start >= from)
                {
                    AddTrimmed(ctx.Text, from, start, ranges);
                    from = end;
                }
            }

            AddTrimmed(ctx.Text, from, segment.End, ranges);
        }

        return ranges;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextRange> ranges)
    {
        static bool Dangling(char c) => char.IsWhiteSpace(c) || c is ',' or '،' or ';' or '؛' or ':' or '—' or '–' or '-';
        while (start < end && Dangling(text[start]))
        {
            start++;
        }

        while (end > start && Dangling(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add(new TextRange(start, end - start));
        }
    }

    /// <summary>The speaker a quote's own sentence names, and whether a cue or colon marks it as speech.</summary>
    private (Speaker? Speaker, bool Strong) Attribute(DocumentContext ctx, string language, QuoteSpan span, int previousEnd, int nextOpen)
    {
        var words = ctx.Words;
        var verbFirst = SpeechCues.SubjectAfter(language);
        var closeWord = Words.IndexAt(words, span.Close);
        var afterFrom = closeWord + 1;
        var afterTo = AfterEnd(ctx, span.End, afterFrom, Words.IndexAt(words, nextOpen));

        // "…," X said / «…», — сказал X / "…" قال X
        // "…," Khaled Al-Maeena, editor at large at the Saudi Gazette, said: a name right after the quote, its verb further on.
        var namedFirst = afterFrom < afterTo && ctx.PersonStartingNear(afterFrom, 1) is not null;
        if (afterFrom < afterTo && (words[afterFrom].IsPunct && words[afterFrom].Punct is ',' or '،' or '—' or '–' or '-' || namedFirst || _cues.Lexicon.MatchAt(words, afterFrom) is { } m0 && _cues.IsCue(m0)))
        {
            var cues = _cues.Cues(words, afterFrom, Math.Min(afterTo, afterFrom + (namedFirst ? AfterWindow : StrongCueReach)));
            if (cues.Count > 0)
            {
                // "«…», и напомнил" names nobody: the sentence before the quote may ("Рубио … сказал, что …").
                var resolved = _cues.Resolve(ctx, cues[0], afterFrom, afterTo, subjectAfter: true, verbFirst);
                var (before, introduced) = Before(ctx, language, span, previousEnd);

                // "X называет это злом: «…», сообщает Лента.ру": the line that introduced the words says who spoke them;
                // the outlet after them only reports them.
                if (resolved is not null && !ReferenceEquals(resolved, SpeechCues.Pronoun) && !IsPerson(ctx, resolved) && introduced)
                {
                    return (before, true);
                }

                return (resolved ?? before, true);
            }

            // «…», a résumé Kaja Kallas: a name right after the closing comma, whatever the verb.
            if (words[afterFrom].IsPunct && SpeechCues.FirstPerson(ctx, afterFrom, Math.Min(afterTo, afterFrom + StrongCueReach)) is { } named)
            {
                return (named, true);
            }
        }

        var (speaker, strong) = Before(ctx, language, span, previousEnd);
        if (strong)
        {
            return (speaker, true);
        }

        // "«…», a-t-il prévenu", "“…” he told reporters": a cue a few words after the closing mark, a
        // punctuation mark, a pronoun or a name first; after other words the verb has a subject of its own.
        if (afterFrom < afterTo && (words[afterFrom].IsPunct || namedFirst || CommaInside(ctx.Text, span)
            || _cues.Lexicon.MatchAt(words, afterFrom, "pronoun") is not null || ctx.RoleReferenceAt(afterFrom) is not null))
        {
            var cues = _cues.Cues(words, afterFrom, Math.Min(afterTo, afterFrom + AfterCueReach));
            if (cues.Count > 0)
            {
                return (_cues.Resolve(ctx, cues[0], afterFrom, afterTo, subjectAfter: true, verbFirst), true);
            }
        }

        return (null, false);
    }

    // قال X: "…" / X said: "…" / selon X, « … »
    private (Speaker? Speaker, bool Strong) Before(DocumentContext ctx, string language, QuoteSpan span, int previousEnd)
    {
        var words = ctx.Words;
        var subjectAfter = SpeechCues.SubjectAfter(language);
        var openSentence = ctx.Document.SentenceAt(span.Open);
        var beforeTo = Words.IndexAt(words, span.Open);
        var beforeFrom = Math.Max(Words.IndexAt(words, Math.Max(openSentence.Start, previousEnd)), beforeTo - BeforeWindow);
        if (beforeFrom >= beforeTo && openSentence.Start > 0)
        {
            // The quote opens its line: the line before may introduce it ("Lavrov said:").
            var previous = ctx.Document.SentenceAt(openSentence.Start - 1);
            var pTo = Words.IndexAt(words, previous.End);
            var pFrom = Math.Max(Words.IndexAt(words, Math.Max(previous.Start, previousEnd)), pTo - BeforeWindow);
            // "Rathbun stated,¶"Daniel was …"": a comma ending the line introduces the quote too.
            if (pTo > pFrom && words[pTo - 1].IsPunct && words[pTo - 1].Punct is ':' or ',' or '،')
            {
                (beforeFrom, beforeTo) = (pFrom, pTo);
            }
        }

        if (beforeFrom < beforeTo)
        {
            var colon = words[beforeTo - 1].IsPunct && words[beforeTo - 1].Punct == ':';
            var cues = _cues.Cues(words, beforeFrom, beforeTo);
            // "X a plaidé pour …, avant de préciser : « … »": a later verb without a subject of its own shares the
            // subject of an earlier one in the same sentence. "وقال الصفدي، بحسب بيان للخارجية:": the person speaks,
            // the organisation's statement carries the words.
            // "According to Reuters, the judge said …": an organisation that is only the source yields to a verb
            // whose subject the text names by a noun.
            Speaker? found = null;
            var pronoun = false;
            var sourced = false;
            var unnamedVerb = false;
            for (var c = cues.Count - 1; c >= 0; c--)
            {
                var resolved = _cues.Resolve(ctx, cues[c], beforeFrom, beforeTo, subjectAfter, subjectAfter);
                if (ReferenceEquals(resolved, SpeechCues.Pronoun))
                {
                    pronoun = true;
                }
                else if (resolved is not null && IsPerson(ctx, resolved))
                {
                    return (resolved, true);
                }
                else if (resolved is null)
                {
                    unnamedVerb |= cues[c].Entry.Category == "speech";
                }
                else if (found is null)
                {
                    found = resolved;
                    sourced = cues[c].Entry.Category == "source";
                }
            }

            if (cues.Count > 0)
            {
                return (sourced && unnamedVerb ? null : found ?? (pronoun ? SpeechCues.Pronoun : null), true);
            }

            // "…، مضيفا: "…"", "adding: "…"": the sentence's speaker goes on.
            for (var w = beforeFrom; w < beforeTo; w++)
            {
                if (_cues.Lexicon.MatchAt(words, w, "continue") is not null)
                {
                    return (SpeechCues.Pronoun, true);
                }
            }

            if (colon)
            {
                // "Воробьёв даёт объяснение агентству Рейтер: «…»": the person who opens the line, else the last name.
                return (SpeechCues.FirstPerson(ctx, beforeFrom, beforeTo) ?? SpeechCues.LastMention(ctx, beforeFrom, beforeTo) ?? _cues.RoleSpeaker(ctx, beforeFrom, beforeTo), true);
            }
        }

        return (null, false);
    }

    // The words after a closing mark up to the end of its sentence: a full stop that is not an abbreviation's
    // ("M.", "Mr.", "S."), a line break, or the next quote.
    private static int AfterEnd(DocumentContext ctx, int closeEnd, int from, int nextOpen)
    {
        var words = ctx.Words;
        var limit = Math.Min(Math.Min(words.Length, nextOpen), from + AfterWindow);
        for (var i = from; i < limit; i++)
        {
            var gapStart = i > from ? words[i - 1].End : Math.Min(closeEnd, words[i].Start);
            if (ctx.Text.AsSpan(gapStart, words[i].Start - gapStart).Contains('\n'))
            {
                return i;
            }

            if (words[i].IsPunct && words[i].Punct is '.' or '!' or '?' or '؟' && !(i > from && IsAbbreviation(ctx.Text, words[i - 1])))
            {
                return i;
            }
        }

        return limit;
    }

    private static bool IsAbbreviation(string text, Word w)
        => !w.IsPunct && w.End - w.Start <= 3 && char.IsUpper(text[w.Start]);

    /// <summary>
    /// Quoted words that are not a name or a title: three words or more (one or two quoted words are a scare quote,
    /// a slogan or a borrowed phrase — "red line", "خط أحمر" — not a statement for a quote card), no naming word
    /// before, not an entity's name.
    /// </summary>
    private const int MinQuoteWords = 3;

    private bool MayBeQuote(DocumentContext ctx, QuoteSpan span, out int count)
    {
        count = 0;
        var first = Words.IndexAt(ctx.Words, span.Open + 1);
        for (var w = first; w < ctx.Words.Length && ctx.Words[w].Start < span.Close; w++)
        {
            count += ctx.Words[w].IsPunct ? 0 : 1;
        }

        if (count < MinQuoteWords)
        {
            return false;
        }

        var openWord = Words.IndexAt(ctx.Words, span.Open);
        for (var w = Math.Max(0, openWord - 2); w < openWord && count <= NameMaxWords; w++)
        {
            if (_cues.Lexicon.MatchAt(ctx.Words, w, "name-intro") is { } m && m.End >= openWord - 1)
            {
                return false;
            }
        }

        // A quoted entity name: "القاهرة الإخبارية", "Sputnik".
        var covered = 0;
        var letters = 0;
        foreach (var segment in span.Segments)
        {
            foreach (var c in ctx.Text.AsSpan(segment.Start, segment.Length))
            {
                letters += char.IsWhiteSpace(c) ? 0 : 1;
            }
        }

        for (var k = ctx.MentionIndexAt(span.Open); k < ctx.Mentions.Length && ctx.Mentions[k].Start < span.Close; k++)
        {
            covered += Math.Min(ctx.Mentions[k].End, span.Close) - ctx.Mentions[k].Start;
        }

        return covered < letters * 0.7;
    }

    /// <summary>
    /// The words inside the marks, without an attribution clause written inside them («…, — сказал он, — …»,
    /// « …, a-t-il dit, … », "…, he said, …") and without dangling commas and dashes at either end.
    /// </summary>
    private string Content(DocumentContext ctx, QuoteSpan span, string language)
    {
        var cuts = AttributionClauses(ctx, span);
        var parts = new List<string>();
        foreach (var segment in span.Segments)
        {
            var piece = ctx.Text.Substring(segment.Start, segment.Length);
            for (var c = cuts.Count - 1; c >= 0; c--)
            {
                var (start, end, punct) = cuts[c];
                if (start >= segment.Start && end <= segment.End)
                {
                    var head = piece[..(start - segment.Start)].TrimEnd().TrimEnd(',', '،');
                    piece = head + punct + " " + piece[(end - segment.Start)..].TrimStart();
                }
            }

            piece = TrimDangling(piece);
            if (piece.Length > 0)
            {
                parts.Add(piece);
            }
        }

        return string.Join(" ", parts);
    }

    private const int ClauseMaxWords = 7;

    /// <summary>Attribution clauses inside a quote: between two dashes, or two commas around a pronoun or name, a speech cue.</summary>
    internal List<(int Start, int End, char Punct)> AttributionClauses(DocumentContext ctx, QuoteSpan span)
    {
        var words = ctx.Words;
        var cuts = new List<(int, int, char)>();
        var first = Words.IndexAt(words, span.Open + 1);
        var last = Words.IndexAt(words, span.Close);
        for (var i = first + 1; i < last; i++)
        {
            var dash = IsSpacedDash(ctx.Text, words[i]);
            if (!dash && !(words[i].IsPunct && SpeechCues.IsComma(words[i].Punct) && !IsSpacedDash(ctx.Text, words[i + 1])))
            {
                continue; // ", — сказал он, —" is read from its dash
            }

            for (var j = i + 2; j < Math.Min(last - 1, i + ClauseMaxWords + 2); j++)
            {
                if (!words[j].IsPunct)
                {
                    continue;
                }

                var closes = dash ? IsSpacedDash(ctx.Text, words[j]) : SpeechCues.IsComma(words[j].Punct);
                if (!closes)
                {
                    if (words[j].Punct is ',' or '،' or '.' || (words[j].Punct == '-' && words[j].Start == words[j - 1].End))
                    {
                        continue; // "— сказал он, —", "- заявил Лавров. -", "a-t-il"
                    }

                    break;
                }

                if (_cues.Cues(words, i + 1, j).Count > 0 && (dash || NamesSpeaker(ctx, i + 1, j)))
                {
                    var before = words[j - 1].IsPunct && words[j - 1].Punct is '.' or '!' or '?' ? words[j - 1].Punct : ',';
                    var start = words[i - 1].IsPunct && SpeechCues.IsComma(words[i - 1].Punct) ? words[i - 1].Start : words[i].Start;
                    cuts.Add((start, words[j].End, before));
                    i = j;
                }

                break;
            }
        }

        return cuts;
    }

    // The speaker an attribution clause inside the marks names: «…, — сказал он, — …», « …, a-t-il dit, … ».
    private Speaker? Inside(DocumentContext ctx, string language, QuoteSpan span)
    {
        foreach (var (start, end, _) in AttributionClauses(ctx, span))
        {
            var from = Words.IndexAt(ctx.Words, start);
            var to = Words.IndexAt(ctx.Words, end);
            var cues = _cues.Cues(ctx.Words, from, to);
            if (cues.Count > 0 && _cues.Resolve(ctx, cues[0], from, to, subjectAfter: true, SpeechCues.SubjectAfter(language)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // "…," the Syrian minister said: a comma before the closing mark leaves the sentence open for its attribution.
    private static bool CommaInside(string text, QuoteSpan span)
    {
        var i = span.Close - 1;
        while (i > span.Open && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return text[i] is ',' or '،';
    }

    private static bool IsPerson(DocumentContext ctx, Speaker s)
        => s.EntityId is { } id && ctx.Entity(id)?.Type == EntityTypes.Person;

    // A dash with a space on each side: "—", " - " (not the hyphen of "a-t-il").
    private static bool IsSpacedDash(string text, Word w)
        => w.IsPunct && w.Punct is '—' or '–' or '-' && (w.Start == 0 || char.IsWhiteSpace(text[w.Start - 1])) && (w.End >= text.Length || char.IsWhiteSpace(text[w.End]));

    // ", a-t-il dit," / ", he said," / ", added Lavrov,": a pronoun or a person between the commas.
    private bool NamesSpeaker(DocumentContext ctx, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (_cues.Lexicon.MatchAt(ctx.Words, w, "pronoun") is not null)
            {
                return true;
            }
        }

        return SpeechCues.FirstPerson(ctx, from, to) is not null;
    }

    /// <summary>Without commas, dashes, colons and semicolons left dangling at either end.</summary>
    internal static string TrimDangling(string text)
        => text.Trim().Trim(',', '،', ';', '؛', ':', '—', '–', '-', ' ').Trim();

    /// <summary>Minimal words of a statement that does not end as a sentence ("سابقة دولية خطيرة" is a phrase).</summary>
    private const int StatementMinWords = 4;

    private const int TitleMaxWords = 8;

    /// <summary>
    /// A quotation of speech, not a phrase, a title or a list: at least <see cref="StatementMinWords"/> words or a
    /// whole sentence; not a Title Case name ("The Internet Explorer 6 Countdown"); not an item of a list of
    /// quoted items («…», «…», «…»: demands, charges); not a cited headline ("…" — Toronto Star, August 15, 2008).
    /// </summary>
    private bool IsStatement(DocumentContext ctx, QuoteSpan span, string text, int count, bool attributed)
    {
        var sentence = EndsSentence(text);
        if (count < StatementMinWords && !sentence)
        {
            return false;
        }

        if (!sentence && count <= TitleMaxWords && IsTitleCase(text))
        {
            return false;
        }

        if (!sentence && (ListItem(ctx, span) || AfterConjunction(ctx, span)))
        {
            return false;
        }

        // Unattributed words in marks that end no sentence and stand alone on their line's end are a title or a
        // headline ('Anonymous blogger, "Anon declares war on …"¶').
        if (!attributed && !sentence && !CommaInside(ctx.Text, span) && !PunctuationAfter(ctx.Text, span.End))
        {
            return false;
        }

        return !CitedHeadline(ctx.Text, span.End) || attributed && sentence;
    }

    internal static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or '؟';
    }

    /// <summary>Latin or Cyrillic words of four letters or more all capitalised, at least two of them.</summary>
    internal static bool IsTitleCase(string text)
    {
        var capitalised = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.Count(char.IsLetter);
            if (letters < 4)
            {
                continue;
            }

            var c = word.First(char.IsLetter);
            if (!char.IsUpper(c) && !char.IsLower(c))
            {
                return false; // a script without case (Arabic)
            }

            if (char.IsLower(c))
            {
                return false;
            }

            capitalised++;
        }

        return capitalised >= 2;
    }

    // "#حزرما و #النشابية و"على 10% من الغوطة"": a quote joined by "and" to the nouns before it is one of them.
    private bool AfterConjunction(DocumentContext ctx, QuoteSpan span)
    {
        var open = Words.IndexAt(ctx.Words, span.Open);
        return open > 0 && !ctx.Words[open - 1].IsPunct && _cues.Lexicon.MatchAt(ctx.Words, open - 1, "conjunction") is not null;
    }

    // A punctuation mark of the sentence right after the closing mark: . , ; ( … — not a line break or a word.
    private static bool PunctuationAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] is '.' or '!' or '?' or '؟' or '…' or ',' or '،' or ';' or '؛' or '(' or ':';
    }

    // «…», «…»: another quote right after a comma on either side.
    private static bool ListItem(DocumentContext ctx, QuoteSpan span)
    {
        static bool CommaThenQuote(ReadOnlySpan<char> gap)
        {
            var t = gap.Trim();
            return t.Length == 1 && (t[0] == ',' || t[0] == '،');
        }

        var spans = ctx.Spans;
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Open < span.Open)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var k = lo;
        if (k >= spans.Count || !ReferenceEquals(spans[k], span))
        {
            return false;
        }

        return (k > 0 && spans[k - 1].End <= span.Open && CommaThenQuote(ctx.Text.AsSpan(spans[k - 1].End, span.Open - spans[k - 1].End)))
            || (k + 1 < spans.Count && span.End <= spans[k + 1].Open && CommaThenQuote(ctx.Text.AsSpan(span.End, spans[k + 1].Open - span.End)));
    }

    private const int CitationReach = 60;

    // "…" — The Canadian Press, August 15, 2008: a dash after the closing mark and a year before the line ends.
    internal static bool CitedHeadline(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('—' or '–' or '-'))
        {
            return false;
        }

        var digits = 0;
        for (var j = i + 1; j < Math.Min(text.Length, i + CitationReach) && text[j] != '\n'; j++)
        {
            digits = char.IsAsciiDigit(text[j]) ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An unattributed quote goes on the previous quote when nothing but that quote's own attribution stands between
    /// them (the next paragraph of the same statement; "…," said Mohib. "…"): no other person or organisation named.
    /// </summary>
    private static bool Continues(DocumentContext ctx, int previousEnd, int open, Speaker? previous)
    {
        if (previous is null || previousEnd < 0 || open - previousEnd > ContinuationGap || !OpensSentence(ctx.Text, open))
        {
            return false;
        }

        var breaks = 0;
        for (var i = previousEnd; i < open; i++)
        {
            breaks += ctx.Text[i] == '\n' ? 1 : 0;
        }

        if (breaks > 2)
        {
            return false;
        }

        for (var k = ctx.MentionIndexAt(previousEnd); k < ctx.Mentions.Length && ctx.Mentions[k].Start < open; k++)
        {
            if (DocumentContext.IsSpeakerType(ctx.Mentions[k].Type) && ctx.Mentions[k].EntityId != previous.EntityId)
            {
                return false;
            }
        }

        return true;
    }

    private const int ContinuationGap = 160;

    // A quote that is a sentence of its own: a line break, a full stop or a colon before its opening mark.
    private static bool OpensSentence(string text, int open)
    {
        var i = open - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or '؟' or ':' or '"' or '»' or '”';
    }

    // "وجاء في تصريحات الوزير السوري:" then lines "- …": each line is a statement of the speaker the intro names.
    private void Bullets(DocumentContext ctx, string language, List<TextSpan> lines, List<Candidate> found, List<TextSpan> covered)
    {
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var intro = lines[i];
            var introText = ctx.Text.AsSpan(intro.Start, intro.Length).TrimEnd();
            if (introText.Length == 0 || introText[^1] != ':' || !IsBullet(ctx.Text, lines[i + 1]))
            {
                continue;
            }

            var from = Words.IndexAt(ctx.Words, intro.Start);
            var to = Words.IndexAt(ctx.Words, intro.End);
            var cues = _cues.Cues(ctx.Words, from, to);
            Speaker? speaker = cues.Count > 0
                ? _cues.Resolve(ctx, cues[^1], from, to, subjectAfter: true, SpeechCues.SubjectAfter(language))
                : SpeechCues.LastMention(ctx, from, to);
            if (cues.Count == 0 && speaker is null)
            {
                continue;
            }

            if (ReferenceEquals(speaker, SpeechCues.Pronoun))
            {
                speaker = null;
            }

            for (var j = i + 1; j < lines.Count && IsBullet(ctx.Text, lines[j]); j++)
            {
                var text = BulletText(ctx.Text, lines[j]);
                if (text.Length > 0)
                {
                    found.Add(new Candidate(lines[j].Start, text, null, speaker, false, lines[j]));
                    covered.Add(lines[j]);
                }

                i = j;
            }
        }
    }

    // "لافروف: نأمل …" / "Lavrov: …": a short line opening with a name (and title) and a colon.
    private static void Headlines(DocumentContext ctx, List<TextSpan> lines, List<Candidate> found, List<TextSpan> covered)
    {
        var bullets = covered.Select(c => c.Start).ToHashSet();
        foreach (var line in lines)
        {
            if (line.Length > HeadlineMaxLength || bullets.Contains(line.Start))
            {
                continue;
            }

            var from = Words.IndexAt(ctx.Words, line.Start);
            var to = Words.IndexAt(ctx.Words, line.End);
            var colon = -1;
            for (var w = from; w < to && w <= from + HeadlinePrefixWords; w++)
            {
                if (ctx.Words[w].IsPunct)
                {
                    colon = ctx.Words[w].Punct == ':' ? w : -1;
                    break;
                }
            }

            if (colon <= from || to - colon - 1 < 3 || ctx.Words[colon + 1].IsPunct || WordCount(ctx.Words, colon + 1, to) < HeadlineMinWords)
            {
                continue; // "Image: Nick Moreau." is a credit, not a statement
            }

            var speaker = SpeakerCovering(ctx, from, colon);
            if (speaker is null)
            {
                continue;
            }

            var text = ctx.Text[ctx.Words[colon + 1].Start..line.End].Trim().TrimEnd('.', '!', '…');
            found.Add(new Candidate(line.Start, text, null, speaker, true, line));
            covered.Add(line);
        }
    }

    private const int HeadlineMinWords = 3;

    private static int WordCount(Word[] words, int from, int to)
    {
        var n = 0;
        for (var w = from; w < to; w++)
        {
            n += words[w].IsPunct ? 0 : 1;
        }

        return n;
    }

    // A person mention that ends right at the colon and starts the line or follows only title words.
    private static Speaker? SpeakerCovering(DocumentContext ctx, int from, int colon)
    {
        foreach (var k in ctx.MentionsInWords(from, colon))
        {
            var m = ctx.Mentions[k];
            if (SpeechCues.Default.IsPerson(m) && ctx.MentionEndWord[k] == colon)
            {
                return ctx.SpeakerOf(m);
            }
        }

        return null;
    }

    /// <summary>Headline-form speakers ("Lavrov: …"), as speech events for the meeting stage.</summary>
    internal static List<SpeechEvent> HeadlineEvents(DocumentContext ctx)
    {
        var found = new List<Candidate>();
        Headlines(ctx, Lines(ctx.Text), found, []);
        return [.. found.Select(c => new SpeechEvent(c.Offset, Words.IndexAt(ctx.Words, c.Offset), c.Explicit, Headline: true))];
    }

    private static bool IsBullet(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).TrimStart();
        return s.Length > 2 && s[0] is '-' or '–' or '—' or '•' or '*' or '·' or '▪' && char.IsWhiteSpace(s[1]);
    }

    private static string BulletText(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        s = s[1..].Trim();
        s = s.TrimStart("\"“„«'‘");
        s = s.TrimEnd(".。!…");
        s = s.TrimEnd("\"”“»'’");
        s = s.TrimEnd(".!…");
        return s.Trim().ToString();
    }

    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    lines.Add(new TextSpan(start, i - start));
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
