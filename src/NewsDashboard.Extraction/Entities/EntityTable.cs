using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

/// <summary>
/// One article's shared state for the entity passes (<see cref="ArticleEntities"/> runs them in order): the tokens
/// and their forms (steps 1 and 2 of docs/entity-extraction.md), what the lexicon found at each token, which
/// mention owns each token, the mentions, roles and new entities found so far, and the helpers the passes share.
/// </summary>
internal sealed class EntityTable
{
    private const int MaxLatinName = 6;

    public string Text { get; }

    // The article as written: a mention's surface is its text there (Text reads a hashtag's marks as spaces).
    private readonly string _original;

    public string Language { get; }

    public Gazetteer Gazetteer { get; }

    public Titles Titles { get; }

    public NameTagger? Tagger { get; }

    /// <summary>Step 1: the words of the article, tokenised once.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Step 2: the forms of each word (without a clitic, Russian stems), computed once per distinct word.</summary>
    public TokenForm[][] Forms { get; }

    // The best lexicon phrase starting at each token (null: none), and the demonym there, if any. A demonym of
    // several words ("South Korean", "sud-coréen", "كوري جنوبي") marks each of its words; DemonymEnd holds its end
    // at its first word (0 elsewhere). A demonym another country shares as an ambiguous one (Congolese: DR Congo,
    // and the Republic of the Congo when the article names it) keeps that country in DemonymAlt. A demonym that
    // only an ambiguous owner has is also a common word (Arabic قمري "lunar"): DemonymGated marks it at its first word.
    public TrieHit<LexEntry>?[] Lexicon { get; }

    public LexEntry?[] LexiconEntry { get; }

    public string?[] DemonymAt { get; }

    public int[] DemonymEnd { get; }

    public int[] DemonymPrefix { get; }

    public string?[] DemonymAlt { get; }

    public bool[] DemonymGated { get; }

    public Func<int, bool> IsDemonym { get; }

    /// <summary>Which mention owns each token (index into <see cref="Mentions"/>, or −1).</summary>
    public int[] Owner { get; }

    /// <summary>Tokens a lexicon pass ruled out as names (a place in a quoted title, a demonym that is a common word).</summary>
    public bool[] NotAName { get; }

    /// <summary>Tokens inside a person's name of two words or more that the tagger proposed (<see cref="Passes.TaggedNames"/>).</summary>
    public bool[] InTaggedPerson { get; }

    public List<Found> Mentions { get; } = [];

    public List<PendingRole> Roles { get; } = [];

    public Dictionary<string, LocalRecord> Local { get; } = new(StringComparer.Ordinal);

    public List<string> ArticlePeople { get; } = [];

    public Dictionary<string, HashSet<string>> PersonSurfaces { get; } = new(StringComparer.Ordinal);

    public EntityTable(string text, string language, Gazetteer gazetteer, Titles titles, NameTagger? tagger = null)
    {
        Tagger = tagger;
        _original = text;
        Text = Hashtags.Unwrap(text);
        Language = language;
        Gazetteer = gazetteer;
        Titles = titles;
        Tokens = Tokenizer.Tokenize(Text);
        Forms = new TokenForm[Tokens.Count][];
        var cache = new Dictionary<string, TokenForm[]>(StringComparer.Ordinal);
        for (var i = 0; i < Tokens.Count; i++)
        {
            // Words repeat (function words, the names of the story): their forms are computed once per article.
            if (!cache.TryGetValue(Tokens[i].Norm, out var forms))
            {
                cache[Tokens[i].Norm] = forms = TokenForms.ForText(Tokens[i]);
            }

            Forms[i] = forms;
            if (Tokens[i].Script == Script.Latin && i + 1 < Tokens.Count && Tokens[i + 1].Has(TokenFlags.HyphenBefore)
                && Tokens[i].Norm.Length >= 4 && Tokens[i].Norm[^1] == 'o')
            {
                Forms[i] = CombiningForms(forms);
            }
        }

        Lexicon = new TrieHit<LexEntry>?[Tokens.Count];
        LexiconEntry = new LexEntry?[Tokens.Count];
        DemonymAt = new string?[Tokens.Count];
        DemonymEnd = new int[Tokens.Count];
        DemonymPrefix = new int[Tokens.Count];
        DemonymAlt = new string?[Tokens.Count];
        DemonymGated = new bool[Tokens.Count];
        Owner = new int[Tokens.Count];
        NotAName = new bool[Tokens.Count];
        InTaggedPerson = new bool[Tokens.Count];
        Array.Fill(Owner, -1);
        IsDemonym = k => DemonymAt[k] is not null;
    }

    // "russo-arabe", "algéro-tunisienne", "Russo-Ukrainian": the combining form of a nationality adjective.
    private static readonly string[] CombiningEndings = ["e", "", "ien", "ais", "ian", "an"];

    private static TokenForm[] CombiningForms(TokenForm[] forms)
    {
        var stem = forms[0].Text[..^1];
        return [.. forms, .. CombiningEndings.Select(e => new TokenForm(stem + e, 0))];
    }

    // The article names the country: by one of its names, or by its capital.
    public bool NamesCountry(HashSet<string> named, string countryId)
        => named.Contains(countryId) || (Gazetteer.CapitalOf(countryId) is { } capital && named.Contains(capital));

    // An opening quotation mark touches the word after it ("«Мы", "\"Qatar"); a closing one the word before it.
    // French sets « and » off with spaces; a straight quotation mark opens when it follows a space.
    public bool OpensQuote(int k)
    {
        if (!Tokens[k].Has(TokenFlags.QuoteBefore))
        {
            return false;
        }

        var p = Tokens[k].Start - 1;
        var spaced = false;
        while (p >= 0 && Text[p] is ' ' or '\u00A0' or '\u202F')
        {
            p--;
            spaced = true;
        }

        if (p < 0)
        {
            return false;
        }

        return Text[p] switch
        {
            '«' or '“' or '„' or '「' => true,
            '"' => !spaced && (p == 0 || !char.IsLetterOrDigit(Text[p - 1]) || Text[p - 1] == '\u0640'), // بـ"…"
            _ => false,
        };
    }

    public bool Acceptable(TrieHit<LexEntry> hit, LexEntry entry)
    {
        var first = Tokens[hit.Start];
        if (entry.NeedsUpper)
        {
            return first.Has(TokenFlags.AllUpper) || (first.Length == 1 && first.Has(TokenFlags.Capitalized));
        }

        if (entry.NeedsCapital && hit.Length > 1 && Titles.NameParticles.Contains(first.Norm))
        {
            first = Tokens[hit.Start + 1]; // "al-Sharaa": the particle is written small, the name is not
        }

        if (entry.NeedsCapital && !first.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        if (entry.Kind is EntryKind.Organization or EntryKind.Place && hit.Length > 1 && Language == "en" && !AllContentWordsCapitalized(hit))
        {
            return false; // "the Syrian army" is not the Syrian Army
        }

        if (entry.Ambiguous && entry.Kind != EntryKind.Demonym && IsLatinOrCyrillic(first) && PartOfLongerName(hit))
        {
            return false; // "Michael Jordan", "Jordan Peterson"
        }

        if (hit.Length == 1 && IsLatinOrCyrillic(first) && entry.Kind != EntryKind.Demonym
            && Forms[hit.Start].Any(f => Titles.AmbiguousNames.Contains(TokenForms.Bare(f.Text))))
        {
            return false; // "Восток" (east) is not the Antarctic station
        }

        // "Самое интересное…" is not Samoa: one Russian word that the language mostly writes small, capitalised
        // because it opens a sentence, and matched only through a case ending, names nothing.
        if (hit.Length == 1 && first.Script == Script.Cyrillic && entry.Kind != EntryKind.Demonym && Tagger is not null
            && (hit.Start == 0 || first.Has(TokenFlags.BreakBefore) || first.Has(TokenFlags.LineStart)) && IsCommonWord(first)
            && !Gazetteer.HasExactName(first.Norm))
        {
            return false;
        }

        return entry.Kind is not (EntryKind.Organization or EntryKind.Place or EntryKind.Country) || hit.Length > 1 || first.Script != Script.Arabic || PlausibleArabicName(hit);
    }

    private bool AllContentWordsCapitalized(TrieHit<LexEntry> hit)
    {
        for (var k = hit.Start; k < hit.End; k++)
        {
            if (Tokens[k].Script == Script.Latin && Tokens[k].Norm.Length > 3 && !Tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private bool PartOfLongerName(TrieHit<LexEntry> hit)
    {
        var before = hit.Start > 0 && !Tokens[hit.Start].Has(TokenFlags.BreakBefore) && Tokens[hit.Start - 1].Has(TokenFlags.Capitalized)
            && !Tokens[hit.Start - 1].Has(TokenFlags.BreakBefore);
        var after = hit.End < Tokens.Count && !Tokens[hit.End].Has(TokenFlags.BreakBefore) && Tokens[hit.End].Has(TokenFlags.Capitalized);
        return before || after;
    }

    // A one-word Arabic name that is also a common word (العالم، فتح) needs a cue word or quotation marks; one that
    // follows a definite noun (القمة الروسية العربية) is an adjective agreeing with it, not a name.
    private bool PlausibleArabicName(TrieHit<LexEntry> hit)
    {
        var i = hit.Start;
        var word = Forms[i].FirstOrDefault(f => f.Prefix == hit.Prefix).Text ?? Tokens[i].Norm;
        var cued = i > 0 && (Titles.OrganizationCues.Contains(Tokens[i - 1].Norm) || Tokens[i].Has(TokenFlags.QuoteBefore));
        if (Titles.AmbiguousNames.Contains(word) && !cued)
        {
            return false;
        }

        var previous = i > 0 ? Tokens[i - 1].Norm : string.Empty;
        var adjective = hit.Prefix == 0 && word.StartsWith("ال", StringComparison.Ordinal) && i > 0
            && !Tokens[i].Has(TokenFlags.BreakBefore) && previous.Length >= 4 && previous.StartsWith("ال", StringComparison.Ordinal)
            && !Titles.ArabicNameStops.Contains(previous);
        return cued || !adjective;
    }

    private static bool IsRomanNumeral(string norm) => norm is "ii" or "iii" or "iv" or "vi";

    public static bool IsLatinOrCyrillic(Token t) => t.Script is Script.Latin or Script.Cyrillic;

    // "Elizabeth Quat In the New Territories": a capitalised preposition, article or conjunction after a name (a caption
    // run into the next line) is no part of it. "Or", "To", "On", "Von", "Van" are family names too and stay out of this list.
    private static readonly HashSet<string> EnglishFunctionWords =
        new(["in", "the", "of", "and", "at", "for", "from", "by", "with", "as", "after", "before"], StringComparer.Ordinal);

    public int LatinNameEnd(int start)
    {
        var end = start;
        while (end < Tokens.Count && end - start < MaxLatinName)
        {
            var t = Tokens[end];
            if (end > start && t.Has(TokenFlags.BreakBefore))
            {
                break;
            }

            if (IsNonPersonName(end) || (end > start && Language == "en" && EnglishFunctionWords.Contains(t.Norm)))
            {
                break;
            }

            var particle = Titles.NameParticles.Contains(t.Norm) && !t.Has(TokenFlags.Capitalized) && end > start;
            if (t.Has(TokenFlags.Capitalized) && t.Script is Script.Latin or Script.Cyrillic && (!t.Has(TokenFlags.AllUpper) || (end > start && IsRomanNumeral(t.Norm))))
            {
                end++;
            }
            else if (particle || (Titles.NameParticles.Contains(t.Norm) && end + 1 < Tokens.Count && Tokens[end + 1].Has(TokenFlags.Capitalized)))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        // A name ends with a capitalised word of two letters or more, not a particle or an initial.
        while (end > start && (!Tokens[end - 1].Has(TokenFlags.Capitalized) || Tokens[end - 1].Length < 2))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Where a Russian person's name of three words or more really starts: "главы Минкомсвязи Игоря Щеголёва", "мэр
    /// Химок Владимир Стрельченко" begin one word before a given name, when that word is no given name itself (a body
    /// or a place in the genitive).
    /// </summary>
    public int GivenNameStart(int start, int end)
    {
        if (end - start < 3 || Tokens[start].Script != Script.Cyrillic || Titles.NameParticles.Contains(Tokens[start].Norm)
            || Tokens[start + 1].Has(TokenFlags.HyphenBefore))
        {
            return start;
        }

        _givenScratch.Clear();
        Titles.GivenNames.MatchAt(Tokens, Forms, start + 1, _givenScratch);
        if (_givenScratch.Count == 0)
        {
            return start;
        }

        _givenScratch.Clear();
        Titles.GivenNames.MatchAt(Tokens, Forms, start, _givenScratch);
        return _givenScratch.Count == 0 ? start + 1 : start;
    }

    private readonly List<TrieHit<bool>> _givenScratch = [];

    public bool IsNonPersonName(int k)
        => Owner[k] >= 0 || (LexiconEntry[k] is { Kind: EntryKind.Country or EntryKind.Place or EntryKind.Organization } entry && Acceptable(Lexicon[k]!.Value, entry));

    /// <param name="lexicon">Whether a lexicon person may be found by a similar spelling. One word alone never
    /// is: "Wang" is not Penny Wong (a lexicon surname alone is matched exactly by <see cref="Passes.Surnames"/>).</param>
    /// <param name="at">Where the name stands: a surname alone that two people of the article share (Игорь Тарасов,
    /// Анна Тарасова) is the one whose name was written last before it.</param>
    public string? ResolvePerson(string surface, bool lexicon = true, int at = -1)
    {
        var known = lexicon ? Gazetteer.FindPerson(surface) : null;
        if (known is not null)
        {
            return known;
        }

        var same = ArticlePeople.Where(id => Local.TryGetValue(id, out var local) && local.Surfaces.Any(s => NameMatcher.Same(s, surface) && !OtherFamilyName(s, surface))).Take(at < 0 ? 1 : 4).ToList();
        if (same.Count == 1)
        {
            return same[0];
        }

        if (same.Count > 1)
        {
            return same.MaxBy(id => Mentions.Where(m => m.EntityId == id && m.Start < at).Select(m => m.Start).DefaultIfEmpty(-1).Max());
        }

        // "Борис Николаевич": a given name and patronymic that open the full name of exactly one person already named.
        var tokens = Tokenizer.Tokenize(surface);
        if (tokens.Count == 2 && tokens[1].Script == Script.Cyrillic && IsPatronymic(tokens[1].Norm))
        {
            var byFirstNames = ArticlePeople.Where(id => NamesOf(id).Any(n => Tokenizer.Tokenize(n) is { Count: > 2 } w
                && w[0].Norm == tokens[0].Norm && w[1].Norm == tokens[1].Norm)).ToList();
            if (byFirstNames.Count == 1)
            {
                return byFirstNames[0];
            }
        }

        // "Prince Faisal", "Sheikh Tamim": a lone word that is the given name of exactly one person already named.
        var words = NameKey.Words(surface);
        if (words.Count == 1)
        {
            var byGivenName = ArticlePeople.Where(id => NamesOf(id).Any(n => NameKey.Words(n) is { Count: > 1 } w && w[0] == words[0])).ToList();
            if (byGivenName.Count == 1)
            {
                return byGivenName[0];
            }
        }

        return null;
    }

    // Folded nominative patronymics: Николаевич, Ильич, Сергеевна, Никитична.
    private static bool IsPatronymic(string norm)
        => norm.Length > 5 && (norm.EndsWith("вич", StringComparison.Ordinal) || norm.EndsWith("ьич", StringComparison.Ordinal)
            || norm.EndsWith("вна", StringComparison.Ordinal) || norm.EndsWith("ична", StringComparison.Ordinal));

    // "Wong Kwok-hing" and "Leung Kwok-hung": names written family name first with a hyphenated given name (Cantonese,
    // Korean) are two people when the family names differ, however alike the given names are.
    private static bool OtherFamilyName(string a, string b)
    {
        static bool FamilyFirst(string[] w) => w.Length == 2 && w[1].Contains('-', StringComparison.Ordinal) && !w[0].Contains('-', StringComparison.Ordinal);
        var (x, y) = (a.Split(' ', StringSplitOptions.RemoveEmptyEntries), b.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return FamilyFirst(x) && FamilyFirst(y) && !string.Equals(x[0], y[0], StringComparison.OrdinalIgnoreCase);
    }

    private IEnumerable<string> NamesOf(string id)
    {
        if (Local.TryGetValue(id, out var local))
        {
            return local.Surfaces.Append(local.Name);
        }

        return Gazetteer.Find(id) is { } known ? [known.Name] : [];
    }

    // A person named without a title: the one the lexicon or the article already knows by that name (in its
    // dictionary form), else a new one.
    public void ClaimUntitledPerson(int start, int end, int prefix)
    {
        // "L. Ron Hubbard", "J. K. Rowling": initials before the name belong to it (the tokenizer ends no sentence at
        // an initial's full stop).
        while (start > 0 && prefix == 0 && IsInitial(start - 1) && !Tokens[start].Has(TokenFlags.BreakBefore) && Owner[start - 1] < 0)
        {
            start--;
        }

        var surface = Surface(start, end, prefix);
        var lemma = Tokens[start].Script == Script.Cyrillic ? RussianNames.Nominative(surface) : surface;
        var id = ResolvePerson(lemma, lexicon: end - start > 1, at: start) ?? LocalEntity(EntityTypes.Person, lemma, null, null);
        if (Local.TryGetValue(id, out var record))
        {
            NominativeSeen(record, lemma);
            record.AddSurface(lemma);
        }

        Claim(new Found(id, start, end, prefix));
        if (!ArticlePeople.Contains(id))
        {
            ArticlePeople.Add(id);
        }
    }

    // "Александра Мишарина" read first (a woman's name in the nominative, or a man's in the genitive), then
    // "Александр Мишарин": the form every word of the first one extends by a case ending is the nominative; the person
    // is named by it.
    private static void NominativeSeen(LocalRecord record, string lemma)
    {
        var words = Tokenizer.Tokenize(lemma);
        if (words.Count < 2 || words[0].Script != Script.Cyrillic)
        {
            return;
        }

        foreach (var seen in record.Surfaces)
        {
            var longer = Tokenizer.Tokenize(seen);
            if (longer.Count == words.Count && Romanizer.Romanize(seen) == record.Name && seen != lemma
                && longer.Zip(words).All(p => p.First.Norm.StartsWith(p.Second.Norm, StringComparison.Ordinal) && p.First.Norm.Length - p.Second.Norm.Length <= 2))
            {
                record.Name = Romanizer.Romanize(lemma);
                return;
            }
        }
    }

    // "the pro-Beijing camp", "anti-Wall Street protests": a place or organisation inside an English stance adjective is
    // no mention of it (the English train corpora tag "pro-Beijing" and the like as no name); a country's demonym inside
    // one ("pro-Russian") still counts for the country.
    private bool Stance(int start, string type)
        => Language == "en" && type is EntityTypes.Place or EntityTypes.Organization && start > 0 && Tokens[start].Has(TokenFlags.HyphenBefore)
            && Tokens[start].Start - Tokens[start - 1].End == 1 && Tokens[start - 1].Norm is "pro" or "anti";

    private bool IsInitial(int k)
        => Tokens[k].Length == 1 && Tokens[k].Script == Script.Latin && Tokens[k].Has(TokenFlags.Capitalized)
            && Tokens[k].End < Text.Length && Text[Tokens[k].End] == '.'
            && (Tokens[k].Start == 0 || char.IsWhiteSpace(Text[Tokens[k].Start - 1])); // not "D.C.", "U.S."

    public bool IsCommonWord(Token token)
        => token.Script is Script.Latin or Script.Cyrillic && !token.Has(TokenFlags.AllUpper) && Tagger!.CommonWords.Contains(token.Norm);

    // An Arabic word the annotated news rarely has inside a person's name, with or without its clitic (الملتقى "the
    // forum"). The name lists do not overrule it: they hold every word of every label (العسكري as al-Askari).
    public bool IsCommonArabicWord(int k)
    {
        if (Tokens[k].Script != Script.Arabic || Tagger is null)
        {
            return false;
        }

        foreach (var form in Forms[k])
        {
            if (Tagger.CommonWords.Contains(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Arabic words after a title that are all common words are a phrase, not a name ("نائب رئيس الملتقى العسكري").</summary>
    public bool OnlyCommonArabicWords(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsCommonArabicWord(k))
            {
                return false;
            }
        }

        return end > start;
    }

    public bool Overlaps(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Owner[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public void Claim(Found found)
    {
        var index = Mentions.Count;
        Mentions.Add(found);
        for (var k = found.Start; k < found.End; k++)
        {
            Owner[k] = index;
        }

        var surface = Surface(found.Start, found.End, found.Prefix);
        if (Local.TryGetValue(found.EntityId, out var local))
        {
            local.AddSurface(surface);
        }

        if (found.EntityId.StartsWith("person/", StringComparison.Ordinal))
        {
            if (!PersonSurfaces.TryGetValue(found.EntityId, out var seen))
            {
                PersonSurfaces[found.EntityId] = seen = [];
            }

            seen.Add(surface);
        }
    }

    /// <summary>"МИД России", "Конгресс США", «Голос Америки»: a known organisation is one mention, a country named
    /// inside its name another.</summary>
    public void ClaimCountriesInside(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (Lexicon[k] is { } inner && inner.End <= end && LexiconEntry[k] is { Kind: EntryKind.Country } country)
            {
                Claim(new Found(country.EntityId, inner.Start, inner.End, inner.Prefix));
                k = inner.End - 1;
            }
        }
    }

    /// <summary>A mention a later pass found to be part of a longer name: it no longer counts (its tokens keep
    /// their owner, the longer name claimed after it).</summary>
    public void Drop(int mention) => Mentions[mention] = Mentions[mention] with { EntityId = Dropped };

    private const string Dropped = "";

    /// <param name="key">What makes the entity one across its forms, when the caller knows better than the stems of the
    /// surface ("Восточном Иерусалиме" and "Восточный Иерусалим": the direction word's stem and the known place).</param>
    public string LocalEntity(string type, string surface, string? role, string? country, string? key = null)
    {
        var name = Romanizer.Romanize(surface);
        var caseForms = type != EntityTypes.Person && surface.Any(c => c is >= '\u0400' and <= '\u04FF');

        // A Russian place or organisation is one entity whatever case the sentence puts it in ("Большого театра",
        // "Большому театру"), here and in other articles: its id is that of its stems, its name the shortest form
        // met (the nominative, as a rule: "Большой театр").
        // "New People's Party" and "New People Party": an English possessive inside an organisation's name is one spelling
        // of the same name.
        if (key is null && type == EntityTypes.Organization && Language == "en" && (surface.Contains("'s ", StringComparison.Ordinal) || surface.Contains("’s ", StringComparison.Ordinal)))
        {
            key = Romanizer.Romanize(surface.Replace("'s ", " ", StringComparison.Ordinal).Replace("’s ", " ", StringComparison.Ordinal));
        }

        var id = type + "/" + Slug.For(key ?? (caseForms ? Romanizer.Romanize(RussianStems.Key(surface)) : name));
        if (!Local.TryGetValue(id, out var local))
        {
            Local[id] = local = new LocalRecord(id, type, name, role, country);
        }
        else if (caseForms && surface.Length < local.Surfaces.Min(s => s.Length))
        {
            local.Name = name;
        }

        local.AddSurface(surface);
        return id;
    }

    private (int Start, int End) Offsets(int start, int end, int prefix)
    {
        var from = Tokens[start].Start;
        var counted = 0;
        while (counted < prefix && from < Tokens[start].End)
        {
            if (Normalizer.Fold(Text[from]) != '\0')
            {
                counted++;
            }

            from++;
        }

        while (from < Tokens[start].End - 1 && Normalizer.Fold(Text[from]) == '\0')
        {
            from++;
        }

        return (from, Tokens[end - 1].End);
    }

    public string Surface(int start, int end, int prefix)
    {
        var (from, to) = Offsets(start, end, prefix);
        var surface = Text[from..to];
        // A hashtag's "#" read as a space ("رجب طيب #أردوغان") leaves two: a name's words are one space apart.
        return surface.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', surface.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : surface;
    }

    public EntityAnalysis Build()
    {
        var mentions = new List<EntityMention>(Mentions.Count);
        var byEntity = new Dictionary<string, (int Count, int First, List<string> Surfaces)>(StringComparer.Ordinal);
        var lastEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        var originals = OriginalSpellings();
        foreach (var m in Mentions.OrderBy(m => m.Start))
        {
            var entity = Entity(originals.GetValueOrDefault(m.EntityId, m.EntityId));
            if (entity is null || Stance(m.Start, entity.Type))
            {
                continue;
            }

            var (from, to) = Offsets(m.Start, m.End, m.Prefix);
            var surface = Surface(m.Start, m.End, m.Prefix);
            var mention = new EntityMention(entity.Id, entity.Type, from, to - from, _original[from..to]);
            mentions.Add(mention);
            var apposition = entity.Type is EntityTypes.Organization or EntityTypes.Person && lastEnd.TryGetValue(entity.Id, out var end) && OnlyBrackets(end, from);
            lastEnd[entity.Id] = to;
            if (apposition)
            {
                // "وكالة الأنباء الأردنية "بترا"", "Agence de presse saoudienne (SPA)": one mention, two surfaces.
                var same = byEntity[entity.Id];
                if (!same.Surfaces.Contains(surface))
                {
                    same.Surfaces.Add(surface);
                }

                continue;
            }

            if (!byEntity.TryGetValue(entity.Id, out var agg))
            {
                agg = (0, from, []);
            }

            if (!agg.Surfaces.Contains(surface))
            {
                agg.Surfaces.Add(surface);
            }

            byEntity[entity.Id] = (agg.Count + 1, agg.First, agg.Surfaces);
        }

        foreach (var (id, local) in Local)
        {
            if (originals.ContainsKey(id))
            {
                continue;
            }

            // The dictionary form of an inflected name ("Хакан Фидан" for "с Хаканом Фиданом") is a spelling too.
            if (byEntity.TryGetValue(id, out var agg))
            {
                foreach (var surface in local.Surfaces.Where(s => !agg.Surfaces.Contains(s)).ToList())
                {
                    agg.Surfaces.Add(surface);
                }
            }
        }

        void AddSurface(string id, string surface)
        {
            if (byEntity.TryGetValue(id, out var agg) && !agg.Surfaces.Contains(surface))
            {
                agg.Surfaces.Add(surface);
            }
        }

        QualifiedPlaces(mentions, AddSurface);
        CuedPlaceSurfaces(originals, AddSurface);
        ServedSurfaces(mentions, AddSurface);

        var entities = byEntity
            .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First)
            .Select(kv =>
            {
                var e = Entity(kv.Key)!;
                return new ExtractedEntity(e.Id, e.Type, e.Name, e.Country, e.Role, kv.Value.Count, kv.Value.Surfaces);
            })
            .ToList();

        var roles = Roles.Select(r =>
        {
            var (from, to) = Offsets(r.Start, r.End, r.Prefix);
            return new RoleMention(from, to - from, r.Role, r.Country, r.PersonId);
        }).ToList();

        return new EntityAnalysis(entities, mentions) { Roles = roles };
    }

    /// <summary>
    /// "Джошуа Вольфа (Joshua Wolf)", "Промышленный банк (Industrial Bank)": a person or organisation the article names
    /// in one script and then, in brackets right after it, in another is one entity; the name in brackets (the
    /// original spelling) is the name shown when the first one is the article's own guess. Maps the bracketed
    /// entity to the first one.
    /// </summary>
    private Dictionary<string, string> OriginalSpellings()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = Mentions.Where(m => m.EntityId.Length > 0).OrderBy(m => m.Start).ToList();
        for (var k = 0; k + 1 < ordered.Count; k++)
        {
            var (a, b) = (ordered[k], ordered[k + 1]);
            if (a.EntityId == b.EntityId || !Local.TryGetValue(b.EntityId, out var bracketed) || map.ContainsKey(a.EntityId)
                || Tokens[a.Start].Script == Tokens[b.Start].Script || Entity(a.EntityId) is not { } first
                || first.Type != bracketed.Type || first.Type is not (EntityTypes.Person or EntityTypes.Organization))
            {
                continue;
            }

            var (_, aEnd) = Offsets(a.Start, a.End, a.Prefix);
            var (bFrom, bEnd) = Offsets(b.Start, b.End, b.Prefix);
            if (!OnlyBrackets(aEnd, bFrom) || Text.AsSpan(aEnd, bFrom - aEnd).IndexOf('(') < 0 || bEnd >= Text.Length || Text[bEnd] != ')')
            {
                continue;
            }

            map[b.EntityId] = a.EntityId;
            if (Local.TryGetValue(a.EntityId, out var guessed) && Tokens[b.Start].Script == Script.Latin)
            {
                guessed.Name = bracketed.Name;
            }
        }

        return map;
    }

    /// <summary>
    /// "Huntsville, Alabama", "Kanata, Ontario", "Aceh, Indonesia": a place qualified by the region or country after a
    /// comma is written as one spelling of that place (the comma is the only thing between them), so the whole phrase
    /// is a surface of the first place; the qualifier stays its own mention. Not inside a list of places ("Paris,
    /// London and Berlin", "France, Germany"): neither side may touch another place by a comma or a conjunction.
    /// Latin script only (English and French news write places so).
    /// </summary>
    private void QualifiedPlaces(List<EntityMention> mentions, Action<string, string> add)
    {
        static bool Placelike(EntityMention m) => m.Type is EntityTypes.Place or EntityTypes.Country;
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            if (a.Type != EntityTypes.Place || !Placelike(b) || a.EntityId == b.EntityId
                || !Between(a.Start + a.Length, b.Start, ",") || !a.Surface.Any(char.IsAsciiLetterUpper))
            {
                continue;
            }

            var listBefore = k > 0 && Placelike(mentions[k - 1])
                && Joins(mentions[k - 1].Start + mentions[k - 1].Length, a.Start);
            var listAfter = k + 2 < mentions.Count && Placelike(mentions[k + 2])
                && Joins(b.Start + b.Length, mentions[k + 2].Start);
            if (listBefore || listAfter)
            {
                continue;
            }

            add(a.EntityId, Text[a.Start..(b.Start + b.Length)]);
        }

        // "the Fisht Stadium in Sochi", "Castlefrank Road in Kanata, Ontario": an English place of several words (a
        // facility, a street) located by "in" and the place that holds it is written so as one phrase too (GUM's
        // coreference layer annotates the whole as one mention); the whole, with a region after a comma, is a surface.
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            if (Language != "en" || a.Type != EntityTypes.Place || !Placelike(b) || a.EntityId == b.EntityId || !a.Surface.Contains(' ')
                || !Between(a.Start + a.Length, b.Start, "in") || !a.Surface.Any(char.IsAsciiLetterUpper))
            {
                continue;
            }

            var end = b.Start + b.Length;
            add(a.EntityId, Text[a.Start..end]);
            if (k + 2 < mentions.Count && Placelike(mentions[k + 2]) && Between(end, mentions[k + 2].Start, ","))
            {
                add(a.EntityId, Text[a.Start..(mentions[k + 2].Start + mentions[k + 2].Length)]);
            }
        }

        // "Mecca's Grand Mosque", "Ontario's Queen's Park": a place or organisation named with the place that holds it
        // in the possessive is written so as one phrase; the whole is a surface of the one held.
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            if (Placelike(a) && b.Type is EntityTypes.Place or EntityTypes.Organization && a.EntityId != b.EntityId
                && b.Start - (a.Start + a.Length) is 3 && Text[a.Start + a.Length] is '\'' or '’' && Text[a.Start + a.Length + 1] == 's'
                && Text[b.Start - 1] == ' ' && a.Surface.Any(char.IsAsciiLetterUpper))
            {
                add(b.EntityId, Text[a.Start..(b.Start + b.Length)]);
            }
        }
    }

    /// <summary>
    /// "в городе Грозном", "штата Аризона", "the city of Tucson": a place named after its place word is written so as
    /// one phrase too (factRuEval annotates the pair as one span); the whole is a surface of the place.
    /// </summary>
    private void CuedPlaceSurfaces(Dictionary<string, string> originals, Action<string, string> add)
    {
        var hits = new List<TrieHit<bool>>();
        var endingAt = new Dictionary<int, int>();
        for (var k = 0; k < Mentions.Count; k++)
        {
            if (Mentions[k].EntityId.Length > 0 && Mentions[k].Prefix == 0)
            {
                endingAt[Mentions[k].End] = k;
            }
        }

        foreach (var m in Mentions)
        {
            var id = originals.GetValueOrDefault(m.EntityId, m.EntityId);
            if (m.Start == 0 || m.Prefix != 0 || Tokens[m.Start].Has(TokenFlags.BreakBefore) || Entity(id) is not { Type: EntityTypes.Place })
            {
                continue;
            }

            for (var from = Math.Max(0, m.Start - 3); from < m.Start; from++)
            {
                hits.Clear();
                Titles.PlaceCues.MatchAt(Tokens, Forms, from, hits);
                if (hits.Any(h => h.End == m.Start) && (Owner[from] < 0 || Mentions[Owner[from]] is var owner && (owner.EntityId == Dropped || owner.End >= m.End)))
                {
                    add(id, Text[Tokens[from].Start..Offsets(m.Start, m.End, m.Prefix).End]);

                    // "Партизанского района города Минска": a place narrowed down by the cued place after it.
                    var before = endingAt.GetValueOrDefault(from, -1);
                    if (before >= 0 && Entity(originals.GetValueOrDefault(Mentions[before].EntityId, Mentions[before].EntityId)) is { Type: EntityTypes.Place } narrower
                        && Tokens[Mentions[before].Start].Script == Script.Cyrillic && !Tokens[from].Has(TokenFlags.BreakBefore))
                    {
                        add(narrower.Id, Text[Tokens[Mentions[before].Start].Start..Offsets(m.Start, m.End, m.Prefix).End]);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Госдумы России", "Палаты представителей Конгресса США", "Южного округа Нью-Йорка": a Russian organisation or
    /// place followed straight away by the country, place or organisation it belongs to is written so as one name
    /// (factRuEval annotates the whole as one span); the whole is a surface of the first, the second stays its own.
    /// </summary>
    private void ServedSurfaces(List<EntityMention> mentions, Action<string, string> add)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            var gap = b.Start - (a.Start + a.Length);
            if (a.EntityId == b.EntityId || gap != 1 || Text[b.Start - 1] != ' ' || a.Type is not (EntityTypes.Organization or EntityTypes.Place)
                || b.Type is not (EntityTypes.Country or EntityTypes.Place or EntityTypes.Organization)
                || (a.Type == EntityTypes.Place && b.Type == EntityTypes.Organization)
                || !a.Surface.Any(c => c is >= '\u0400' and <= '\u04FF') || !b.Surface.Any(c => c is >= '\u0400' and <= '\u04FF' || char.IsUpper(c)))
            {
                continue;
            }

            add(a.EntityId, Text[a.Start..(b.Start + b.Length)]);
        }
    }

    // Only whitespace and exactly the given separator between two offsets.
    private bool Between(int from, int to, string separator)
        => to > from && to - from <= separator.Length + 4 && Text.AsSpan(from, to - from).Trim().SequenceEqual(separator);

    private bool Joins(int from, int to)
        => to > from && to - from <= 8 && Text.AsSpan(from, to - from).Trim() is "," or "and" or "or" or ", and" or ", or" or "&";

    private bool OnlyBrackets(int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            var c = Text[k];
            if (!(char.IsWhiteSpace(c) || Tokenizer.IsQuote(c) || c is '(' or ')' or '[' or ']' || Normalizer.Fold(c) == '\0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token at <paramref name="k"/>, in any of its forms, is a word of the article's language in
    /// a per-language word table (organisation heads, facility words).</summary>
    public bool HasForm(Dictionary<string, HashSet<string>> byLanguage, int k)
        => byLanguage.TryGetValue(Language, out var words) && Forms[k].Any(f => words.Contains(f.Text));

    /// <summary>The same for a table whose words carry a value (the governing bodies and their labels).</summary>
    public bool HasForm<T>(Dictionary<string, Dictionary<string, T>> byLanguage, int k)
        => byLanguage.TryGetValue(Language, out var words) && Forms[k].Any(f => words.ContainsKey(f.Text));

    /// <summary>A word of the tagger's person-name lists, also without an Arabic clitic or a Russian case ending.</summary>
    public bool IsPersonNameWord(int k)
    {
        if (Tagger is null)
        {
            return false;
        }

        foreach (var form in Forms[k])
        {
            if (Tagger.Names.Contains(TokenForms.Bare(form.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string>? _capitalisedInside;

    /// <summary>
    /// Whether the article writes the word at <paramref name="k"/> (in any of its forms) with a capital somewhere
    /// other than at the start of a sentence or line. Built once per article, linear.
    /// </summary>
    public bool CapitalisedInsideSentence(int k)
    {
        if (_capitalisedInside is null)
        {
            _capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Tokens.Count; i++)
            {
                var t = Tokens[i];
                if (t.Has(TokenFlags.Capitalized) && !t.Has(TokenFlags.BreakBefore) && !t.Has(TokenFlags.LineStart) && i > 0)
                {
                    foreach (var form in Forms[i])
                    {
                        _capitalisedInside.Add(form.Text);
                    }
                }
            }
        }

        foreach (var form in Forms[k])
        {
            if (_capitalisedInside.Contains(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    public KnownEntity? Entity(string id)
    {
        if (Local.TryGetValue(id, out var local))
        {
            return new KnownEntity(local.Id, local.Type, local.Name, local.Country, local.Role);
        }

        return Gazetteer.Find(id);
    }
}

internal readonly record struct Found(string EntityId, int Start, int End, int Prefix);

internal readonly record struct PendingRole(int Start, int End, int Prefix, string Role, string? Country, string? PersonId);

internal sealed class LocalRecord(string id, string type, string name, string? role, string? country)
{
    public string Id { get; } = id;

    public string Type { get; } = type;

    public string Name { get; set; } = name;

    public string? Role { get; set; } = role;

    public string? Country { get; set; } = country;

    public List<string> Surfaces { get; } = [];

    public void AddSurface(string surface)
    {
        if (!Surfaces.Contains(surface))
        {
            Surfaces.Add(surface);
        }
    }
}
