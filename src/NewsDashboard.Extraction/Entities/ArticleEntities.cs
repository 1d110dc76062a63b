using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

/// <summary>The entity pass over one article. Every step walks the tokens once; lookups are dictionary walks.</summary>
internal sealed partial class ArticleEntities
{
    private const int MaxLatinName = 6;
    private const int MaxArabicName = 4;
    private const int MaxZone = 4;
    private const int MaxQuotedName = 6;

    private readonly string _text;
    private readonly string _language;
    private readonly Gazetteer _gazetteer;
    private readonly Titles _titles;
    private readonly NameTagger? _tagger;
    private readonly List<Token> _tokens;
    private readonly TokenForm[][] _forms;

    // The best lexicon phrase starting at each token (null: none), and the demonym there, if any. A demonym of
    // several words ("South Korean", "sud-coréen", "كوري جنوبي") marks each of its words; _demonymEnd holds its end
    // at its first word (0 elsewhere). A demonym another country shares as an ambiguous one (Congolese: DR Congo,
    // and the Republic of the Congo when the article names it) keeps that country in _demonymAlt. A demonym that
    // only an ambiguous owner has is also a common word (Arabic قمري "lunar"): _demonymGated marks it at its first word.
    private readonly TrieHit<LexEntry>?[] _lexicon;
    private readonly LexEntry?[] _lexiconEntry;
    private readonly string?[] _demonymAt;
    private readonly int[] _demonymEnd;
    private readonly int[] _demonymPrefix;
    private readonly string?[] _demonymAlt;
    private readonly bool[] _demonymGated;

    // Which mention owns each token (index into _mentions, or −1).
    private readonly int[] _owner;

    /// <summary>Tokens a lexicon pass ruled out as names (a place in a quoted title, a demonym that is a common word).</summary>
    private readonly bool[] _notAName;
    private readonly List<Found> _mentions = [];
    private readonly List<PendingRole> _roles = [];
    private readonly List<TrieHit<TitleEntry>> _titleScratch = [];
    private readonly Func<int, bool> _isDemonym;
    private readonly Dictionary<string, LocalRecord> _local = new(StringComparer.Ordinal);
    private readonly List<string> _articlePeople = [];
    private readonly Dictionary<string, HashSet<string>> _personSurfaces = new(StringComparer.Ordinal);

    public ArticleEntities(string text, string language, Gazetteer gazetteer, Titles titles, NameTagger? tagger = null)
    {
        _tagger = tagger;
        _text = text;
        _language = language;
        _gazetteer = gazetteer;
        _titles = titles;
        _tokens = Tokenizer.Tokenize(text);
        _forms = new TokenForm[_tokens.Count][];
        var cache = new Dictionary<string, TokenForm[]>(StringComparer.Ordinal);
        for (var i = 0; i < _tokens.Count; i++)
        {
            // Words repeat (function words, the names of the story): their forms are computed once per article.
            if (!cache.TryGetValue(_tokens[i].Norm, out var forms))
            {
                cache[_tokens[i].Norm] = forms = TokenForms.ForText(_tokens[i]);
            }

            _forms[i] = forms;
            if (_tokens[i].Script == Script.Latin && i + 1 < _tokens.Count && _tokens[i + 1].Has(TokenFlags.HyphenBefore)
                && _tokens[i].Norm.Length >= 4 && _tokens[i].Norm[^1] == 'o')
            {
                _forms[i] = CombiningForms(forms);
            }
        }

        _lexicon = new TrieHit<LexEntry>?[_tokens.Count];
        _lexiconEntry = new LexEntry?[_tokens.Count];
        _demonymAt = new string?[_tokens.Count];
        _demonymEnd = new int[_tokens.Count];
        _demonymPrefix = new int[_tokens.Count];
        _demonymAlt = new string?[_tokens.Count];
        _demonymGated = new bool[_tokens.Count];
        _owner = new int[_tokens.Count];
        _notAName = new bool[_tokens.Count];
        Array.Fill(_owner, -1);
        _isDemonym = k => _demonymAt[k] is not null;
    }

    // "russo-arabe", "algéro-tunisienne", "Russo-Ukrainian": the combining form of a nationality adjective.
    private static readonly string[] CombiningEndings = ["e", "", "ien", "ais", "ian", "an"];

    private static TokenForm[] CombiningForms(TokenForm[] forms)
    {
        var stem = forms[0].Text[..^1];
        return [.. forms, .. CombiningEndings.Select(e => new TokenForm(stem + e, 0))];
    }

    public EntityAnalysis Run()
    {
        FindLexiconPhrases();
        Tagged();
        FindMediaNames();
        FindTitledPeople();
        ClaimLexiconPhrases();
        FindCuedPlaces();
        FindHeadedOrganizations();
        FindNamesByGivenName();
        FindTaggedPeople();
        FindSurnames();
        FindTaggedPlacesAndOrganizations();
        AddDemonyms();
        return Build();
    }

    // 1. The best lexicon phrase at each token: longest, then by kind (organisation before person before
    // country before place); demonyms are kept apart because they count even inside an organisation's name.
    private void FindLexiconPhrases()
    {
        var hits = new List<TrieHit<LexEntry>>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            hits.Clear();
            _gazetteer.Names.MatchAt(_tokens, _forms, i, hits);
            TrieHit<LexEntry>? best = null;
            LexEntry? bestEntry = null;
            TrieHit<LexEntry>? demonym = null;
            string? demonymId = null;
            string? demonymAlt = null;
            foreach (var hit in hits)
            {
                foreach (var entry in hit.Values)
                {
                    if (!Acceptable(hit, entry))
                    {
                        continue;
                    }

                    if (entry.Kind == EntryKind.Demonym)
                    {
                        if (demonym is null || hit.Length > demonym.Value.Length)
                        {
                            demonym = hit;
                            demonymId = null;
                            demonymAlt = null;
                        }

                        if (hit.Length == demonym.Value.Length)
                        {
                            // The first plain owner, else the first ambiguous one.
                            if (!entry.Ambiguous)
                            {
                                demonymId ??= entry.EntityId;
                            }
                            else
                            {
                                demonymAlt ??= entry.EntityId;
                            }
                        }

                        continue;
                    }

                    if (best is null || hit.Length > best.Value.Length || (hit.Length == best.Value.Length && entry.Kind < bestEntry!.Kind))
                    {
                        best = hit;
                        bestEntry = entry;
                    }
                }
            }

            _lexicon[i] = best;
            _lexiconEntry[i] = bestEntry;

            // The longest demonym, unless the word ends a longer one ("Sudanese" in "South Sudanese").
            if (demonym is { } d && _demonymAt[i] is null)
            {
                _demonymEnd[i] = d.End;
                _demonymPrefix[i] = d.Prefix; // the clitic length of the form it was found under ("السوري" → "سوري" is 2)
                _demonymAlt[i] = demonymId is null || demonymAlt == demonymId ? null : demonymAlt;
                _demonymGated[i] = demonymId is null;
                for (var k = i; k < d.End; k++)
                {
                    _demonymAt[k] = demonymId ?? demonymAlt;
                }
            }
        }

        DropCommonWordDemonyms();
        DropNamesInsideDemonyms();
        DropPlacesInQuotedTitles();
    }

    // A demonym that is also a common word (Arabic قمري "lunar" and مالي "financial", Spanish granadino, German
    // salomonisch "Solomonic") is one only when the article names its country or the country's capital; elsewhere
    // it is an ordinary word, for the titles and names around it too.
    private void DropCommonWordDemonyms()
    {
        HashSet<string>? named = null;
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_demonymEnd[i] == 0 || !_demonymGated[i])
            {
                continue;
            }

            named ??= new HashSet<string>(
                _lexiconEntry.Where(e => e is { Kind: EntryKind.Country or EntryKind.Place }).Select(e => e!.EntityId),
                StringComparer.Ordinal);
            if (NamesCountry(named, _demonymAt[i]!))
            {
                continue;
            }

            for (var k = i; k < _demonymEnd[i]; k++)
            {
                _demonymAt[k] = null;
                _notAName[k] = true;
            }

            _demonymEnd[i] = 0;
            _demonymAlt[i] = null;
            _demonymGated[i] = false;
        }
    }

    // The article names the country: by one of its names, or by its capital.
    private bool NamesCountry(HashSet<string> named, string countryId)
        => named.Contains(countryId) || (_gazetteer.CapitalOf(countryId) is { } capital && named.Contains(capital));

    // A shorter name inside a demonym of several words is part of it: "Costa" (a surname) in "Costa Rican",
    // "Bissau" in "Bissau-Guinean".
    private void DropNamesInsideDemonyms()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var end = _demonymEnd[i];
            if (end <= i + 1)
            {
                continue;
            }

            for (var k = i; k < end; k++)
            {
                if (_lexicon[k] is { } hit && hit.End <= end && !(k == i && hit.End == end))
                {
                    _lexicon[k] = null;
                    _lexiconEntry[k] = null;
                    _notAName[k] = true;
                }
            }

            i = end - 1;
        }
    }

    // A word of a demonym of several words.
    private bool InLongDemonym(int k) => _demonymAt[k] is not null && _demonymEnd[k] != k + 1;

    // A short quoted phrase is a title or a name ("تفاهمات القاهرة", « France 2 »): a place inside it is not a
    // mention of the place, unless the phrase is nothing but that name.
    private void DropPlacesInQuotedTitles()
    {
        const int MaxTitle = 4;
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!OpensQuote(i))
            {
                continue;
            }

            var end = i + 1;
            while (end < _tokens.Count && end - i <= MaxTitle && !_tokens[end].Has(TokenFlags.BreakBefore))
            {
                end++;
            }

            if (end - i < 2 || end - i > MaxTitle || !ClosesQuote(end - 1))
            {
                continue;
            }

            for (var k = i; k < end; k++)
            {
                // A name opening a short quote is usually the subject of a sentence ("الرياض مكان مناسب"), except
                // before a number (« France 2 »).
                var opensQuote = k == i && !_tokens[end - 1].Norm.All(char.IsDigit);
                if (_lexicon[k] is { } hit && _lexiconEntry[k]!.Kind is EntryKind.Place or EntryKind.Country && !(hit.Start == i && hit.End == end) && !opensQuote)
                {
                    _lexicon[k] = null;
                    _lexiconEntry[k] = null;
                    _notAName[k] = true;
                }
            }

            i = end - 1;
        }
    }

    private bool Acceptable(TrieHit<LexEntry> hit, LexEntry entry)
    {
        var first = _tokens[hit.Start];
        if (entry.NeedsUpper)
        {
            return first.Has(TokenFlags.AllUpper) || (first.Length == 1 && first.Has(TokenFlags.Capitalized));
        }

        if (entry.NeedsCapital && hit.Length > 1 && _titles.NameParticles.Contains(first.Norm))
        {
            first = _tokens[hit.Start + 1]; // "al-Sharaa": the particle is written small, the name is not
        }

        if (entry.NeedsCapital && !first.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        if (entry.Kind is EntryKind.Organization or EntryKind.Place && hit.Length > 1 && _language == "en" && !AllContentWordsCapitalized(hit))
        {
            return false; // "the Syrian army" is not the Syrian Army
        }

        if (entry.Ambiguous && entry.Kind != EntryKind.Demonym && IsLatinOrCyrillic(first) && PartOfLongerName(hit))
        {
            return false; // "Michael Jordan", "Jordan Peterson"
        }

        if (hit.Length == 1 && IsLatinOrCyrillic(first) && entry.Kind != EntryKind.Demonym
            && _forms[hit.Start].Any(f => _titles.AmbiguousNames.Contains(TokenForms.Bare(f.Text))))
        {
            return false; // "Восток" (east) is not the Antarctic station
        }

        return entry.Kind is not (EntryKind.Organization or EntryKind.Place or EntryKind.Country) || hit.Length > 1 || first.Script != Script.Arabic || PlausibleArabicName(hit);
    }

    private bool AllContentWordsCapitalized(TrieHit<LexEntry> hit)
    {
        for (var k = hit.Start; k < hit.End; k++)
        {
            if (_tokens[k].Script == Script.Latin && _tokens[k].Norm.Length > 3 && !_tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private bool PartOfLongerName(TrieHit<LexEntry> hit)
    {
        var before = hit.Start > 0 && !_tokens[hit.Start].Has(TokenFlags.BreakBefore) && _tokens[hit.Start - 1].Has(TokenFlags.Capitalized)
            && !_tokens[hit.Start - 1].Has(TokenFlags.BreakBefore);
        var after = hit.End < _tokens.Count && !_tokens[hit.End].Has(TokenFlags.BreakBefore) && _tokens[hit.End].Has(TokenFlags.Capitalized);
        return before || after;
    }

    // A one-word Arabic name that is also a common word (العالم، فتح) needs a cue word or quotation marks; one that
    // follows a definite noun (القمة الروسية العربية) is an adjective agreeing with it, not a name.
    private bool PlausibleArabicName(TrieHit<LexEntry> hit)
    {
        var i = hit.Start;
        var word = _forms[i].FirstOrDefault(f => f.Prefix == hit.Prefix).Text ?? _tokens[i].Norm;
        var cued = i > 0 && (_titles.OrganizationCues.Contains(_tokens[i - 1].Norm) || _tokens[i].Has(TokenFlags.QuoteBefore));
        if (_titles.AmbiguousNames.Contains(word) && !cued)
        {
            return false;
        }

        var previous = i > 0 ? _tokens[i - 1].Norm : string.Empty;
        var adjective = hit.Prefix == 0 && word.StartsWith("ال", StringComparison.Ordinal) && i > 0
            && !_tokens[i].Has(TokenFlags.BreakBefore) && previous.Length >= 4 && previous.StartsWith("ال", StringComparison.Ordinal)
            && !_titles.ArabicNameStops.Contains(previous);
        return cued || !adjective;
    }

    // 2. A cue word and a quoted name: قناة "القاهرة الإخبارية", agence "Sputnik". The quotes make it a name,
    // and whatever place it contains is not a separate mention.
    private void FindMediaNames()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            hits.Clear();
            _titles.MediaCues.MatchAt(_tokens, _forms, i, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            var start = hits.Max(h => h.End);
            if (start >= _tokens.Count || !OpensQuote(start))
            {
                continue;
            }

            var end = start + 1;
            while (end < _tokens.Count && end - start < MaxQuotedName && !_tokens[end].Has(TokenFlags.BreakBefore))
            {
                end++;
            }

            var after = end < _tokens.Count ? _tokens[end].Start : _text.Length;
            if (!GapHasQuote(_tokens[end - 1].End, after))
            {
                continue;
            }

            var known = _lexicon[start] is { } lex && lex.End == end && _lexiconEntry[start]!.Kind == EntryKind.Organization
                ? _lexiconEntry[start]!.EntityId
                : null;
            var surface = _text[_tokens[start].Start.._tokens[end - 1].End];
            var id = known ?? LocalEntity(EntityTypes.Organization, surface, null, null);
            Claim(new Found(id, start, end, 0));
            i = end - 1;
        }
    }

    // An opening quotation mark touches the word after it ("«Мы", "\"Qatar"); a closing one the word before it.
    // French sets « and » off with spaces; a straight quotation mark opens when it follows a space.
    private bool OpensQuote(int k)
    {
        if (!_tokens[k].Has(TokenFlags.QuoteBefore))
        {
            return false;
        }

        var p = _tokens[k].Start - 1;
        var spaced = false;
        while (p >= 0 && _text[p] is ' ' or '\u00A0' or '\u202F')
        {
            p--;
            spaced = true;
        }

        if (p < 0)
        {
            return false;
        }

        return _text[p] switch
        {
            '«' or '“' or '„' or '「' => true,
            '"' => !spaced && (p == 0 || !char.IsLetterOrDigit(_text[p - 1]) || _text[p - 1] == '\u0640'), // بـ"…"
            _ => false,
        };
    }

    private bool ClosesQuote(int k)
    {
        var after = _tokens[k].End;
        while (after < _text.Length && _text[after] is '.' or ',' or '!' or '?' or '؟' or '،' or ' ' or '\u00A0' or '\u202F')
        {
            after++;
        }

        return after < _text.Length && _text[after] is '»' or '”' or '"' or '」';
    }

    private bool GapHasQuote(int from, int to)
    {
        for (var k = from; k < to && k < _text.Length; k++)
        {
            if (Tokenizer.IsQuote(_text[k]))
            {
                return true;
            }
        }

        return false;
    }

    // 3. Title, nationality, name: "وزير الخارجية الروسي سيرجي لافروف", "Russian Foreign Minister Sergei Lavrov",
    // "le ministre russe des Affaires étrangères Sergueï Lavrov", "глава МИД России Сергей Лавров".
    private void FindTitledPeople()
    {
        var hits = new List<TrieHit<TitleEntry>>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_owner[i] >= 0)
            {
                continue;
            }

            var found = BestTitleAt(i, hits);
            if (found is not { } hit)
            {
                continue;
            }

            // A longer title may start inside this one ("le ministre russe des Affaires étrangères" after "le").
            for (var k = i + 1; k < hit.End; k++)
            {
                if (BestTitleAt(k, hits) is { } inner && inner.End > hit.End)
                {
                    hit = inner;
                }
            }

            var title = hit.Values.FirstOrDefault(v => !v.Generic) ?? hit.Values[0];
            var country = hit.Skipped >= 0 ? _demonymAt[hit.Skipped] : CountryBefore(hit.Start);
            var portfolioEnd = ArabicPortfolioEnd(hit);
            if (portfolioEnd > hit.End)
            {
                // "وزير الطاقة", "رئيس جهاز الاستخبارات": a post the title list does not know.
                title = new TitleEntry(title.Role, Generic: true);
                hit = hit with { End = portfolioEnd };
            }

            var zoneEnd = ReadCountryZone(hit.End, ref country);
            var (nameEnd, personId) = ReadName(zoneEnd, title, country);
            var roleEnd = personId is null ? zoneEnd : nameEnd;
            _roles.Add(new PendingRole(hit.Start, roleEnd, hit.Prefix, title.Role, CountryCode(country), personId));
            i = Math.Max(i, (personId is null ? zoneEnd : nameEnd) - 1);
        }
    }

    // A one-word indefinite Arabic title (وزير، رئيس، نائب) heads a construct: the words after it name the post,
    // up to a nationality, a known name, a name-ending word or a name start without the article.
    private int ArabicPortfolioEnd(TrieHit<TitleEntry> hit)
    {
        var spokesperson = _tokens[hit.End - 1].Norm == "باسم"; // "الناطق باسم القوات الجوية": whose spokesperson
        if (!spokesperson && (hit.Length != 1 || _tokens[hit.Start].Script != Script.Arabic || _forms[hit.Start][0].Text.StartsWith("ال", StringComparison.Ordinal)))
        {
            return hit.End;
        }

        var end = hit.End;
        while (end < _tokens.Count && end - hit.End < 3 && !_tokens[end].Has(TokenFlags.BreakBefore))
        {
            var t = _tokens[end];
            var chained = end > hit.End && !_tokens[end - 1].Norm.StartsWith("ال", StringComparison.Ordinal);
            if (_demonymAt[end] is not null || _lexiconEntry[end] is { Kind: EntryKind.Person or EntryKind.Surname or EntryKind.Country }
                || _titles.ArabicNameStops.Contains(t.Norm) || !(t.Norm.StartsWith("ال", StringComparison.Ordinal) || chained || end == hit.End))
            {
                break;
            }

            if (end == hit.End && !t.Norm.StartsWith("ال", StringComparison.Ordinal) && Romanizer.IsKnownArabicName(t.Norm))
            {
                break; // "الرئيس محمد ..." : a given name, not a post
            }

            end++;
        }

        // The post must end on a definite word (وزير الطاقة), or it was a name (رئيس أحمد) and nothing is taken.
        while (end > hit.End && !_tokens[end - 1].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }

    private TrieHit<TitleEntry>? BestTitleAt(int i, List<TrieHit<TitleEntry>> hits)
    {
        hits.Clear();
        _titles.Trie.MatchAt(_tokens, _forms, i, hits, _isDemonym);
        if (hits.Count == 0 || (IsLatinOrCyrillic(_tokens[i]) && LexiconNameAt(i)))
        {
            return null;
        }

        // The longest title; at equal length a specific one (Minister of Foreign Affairs) before a generic one.
        var best = hits[0];
        for (var k = 1; k < hits.Count; k++)
        {
            var h = hits[k];
            if (h.Length > best.Length || (h.Length == best.Length && AllGeneric(best) && !AllGeneric(h)))
            {
                best = h;
            }
        }

        return best;
    }

    private static bool AllGeneric(TrieHit<TitleEntry> hit)
    {
        foreach (var v in hit.Values)
        {
            if (!v.Generic)
            {
                return false;
            }
        }

        return true;
    }

    // Latin and Cyrillic names may follow a title after a comma or an abbreviation's full stop
    // ("ministre des Affaires étrangères, Jean-Noël Barrot", "M. Barrot").
    private bool SoftGap(int k)
    {
        if (k == 0 || !IsLatinOrCyrillic(_tokens[k]) || _tokens[k].Has(TokenFlags.QuoteBefore) || _tokens[k].Has(TokenFlags.LineStart))
        {
            return false;
        }

        var gap = _text.AsSpan(_tokens[k - 1].End, _tokens[k].Start - _tokens[k - 1].End).Trim();
        return gap is "," or ".";
    }

    private bool LexiconNameAt(int i)
        => _lexiconEntry[i] is { Kind: EntryKind.Country or EntryKind.Place or EntryKind.Organization } && _tokens[i].Has(TokenFlags.Capitalized);

    private static bool IsRomanNumeral(string norm) => norm is "ii" or "iii" or "iv" or "vi";

    private static bool IsLatinOrCyrillic(Token t) => t.Script is Script.Latin or Script.Cyrillic;

    // "Russian Foreign Minister", "Russia's foreign minister", "US President".
    private string? CountryBefore(int start)
    {
        if (start == 0 || _tokens[start].Has(TokenFlags.BreakBefore) && !_tokens[start].Has(TokenFlags.LineStart))
        {
            return null;
        }

        var k = start - 1;
        if (_demonymAt[k] is { } demonym)
        {
            return demonym;
        }

        if (_tokens[k].Norm == "s" && k > 0)
        {
            k--;
        }

        return _lexiconEntry[k] is { Kind: EntryKind.Country } entry && _lexicon[k]!.Value.End >= k + 1 ? entry.EntityId : null;
    }

    // After the title: nationality adjectives, a country ("of Syria", "de la Syrie", "России"), an organisation
    // ("генсек ООН"). Returns where the name may start.
    private int ReadCountryZone(int start, ref string? country)
    {
        var fillers = _titles.CountryFillers.GetValueOrDefault(_language);
        var j = start;
        var committed = start;
        while (j < _tokens.Count && j - start < MaxZone && !_tokens[j].Has(TokenFlags.BreakBefore))
        {
            if (_demonymAt[j] is { } demonym && _lexiconEntry[j] is not { Kind: EntryKind.Person } && _lexicon[j] is not { Length: > 1 })
            {
                country ??= demonym;
                committed = ++j;
            }
            else if (_lexicon[j] is { } hit && _lexiconEntry[j]!.Kind is EntryKind.Country or EntryKind.Organization)
            {
                if (_lexiconEntry[j]!.Kind == EntryKind.Country)
                {
                    country ??= _lexiconEntry[j]!.EntityId;
                }

                committed = j = hit.End;
            }
            else if (fillers is not null && fillers.Contains(_tokens[j].Norm))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return committed;
    }

    // The name after a title, its extent and the person it is. A known name (lexicon or met earlier) wins.
    private (int End, string? PersonId) ReadName(int start, TitleEntry title, string? country)
    {
        if (start >= _tokens.Count || (_tokens[start].Has(TokenFlags.BreakBefore) && !SoftGap(start)))
        {
            return (start, null);
        }

        while (start + 1 < _tokens.Count && _titles.Honorifics.Contains(_tokens[start].Norm) && (!_tokens[start + 1].Has(TokenFlags.BreakBefore) || SoftGap(start + 1)))
        {
            start++;
        }

        if (_lexicon[start] is { } lex && _lexiconEntry[start] is { Kind: EntryKind.Person or EntryKind.Surname } entry
            && (_tokens[start].Script == Script.Arabic
                ? entry.Kind == EntryKind.Person && lex.Length > 1 || ArabicNameEnd(start) <= lex.End
                : LatinNameEnd(start) <= lex.End))
        {
            var known = _gazetteer.Find(entry.EntityId)!;
            AddPerson(known.Id, start, lex.End, lex.Prefix, title, country);
            return (lex.End, known.Id);
        }

        var end = _tokens[start].Script == Script.Arabic ? ArabicNameEnd(start) : LatinNameEnd(start);
        if (end <= start || OnlyCommonArabicWords(start, end))
        {
            return (start, null);
        }

        const int prefix = 0;
        var surface = Surface(start, end, prefix);
        var lemma = _tokens[start].Script == Script.Cyrillic ? RussianNames.Nominative(surface) : surface;
        var resolved = ResolvePerson(lemma);
        if (resolved is null && end - start == 1 && _tokens[start].Script == Script.Cyrillic && title.Generic)
        {
            return (start, null); // "глава Минсвязи": one unknown capitalised word after a Russian title is rarely a name
        }

        var id = resolved ?? LocalEntity(EntityTypes.Person, lemma, title.Generic ? null : title.Role, CountryCode(country));
        if (_local.TryGetValue(id, out var record))
        {
            record.AddSurface(lemma); // the dictionary form, so "с Хаканом Фиданом" is also found as "Хакан Фидан"
        }

        AddPerson(id, start, end, prefix, title, country);
        return (end, id);
    }

    private static string? CountryCode(string? countryId) => countryId?[(countryId.IndexOf('/', StringComparison.Ordinal) + 1)..].ToUpperInvariant();

    private void AddPerson(string id, int start, int end, int prefix, TitleEntry title, string? countryId)
    {
        var country = CountryCode(countryId);
        Claim(new Found(id, start, end, prefix));
        if (_local.TryGetValue(id, out var local))
        {
            local.Role ??= title.Generic ? null : title.Role;
            local.Country ??= country;
        }
        else
        {
            var known = _gazetteer.Find(id);
            if (known is not null && (known.Role is null || known.Country is null))
            {
                // A lexicon person without a role or country takes them from the title.
                var filled = _local.GetValueOrDefault(id) ?? new LocalRecord(known.Id, known.Type, known.Name, known.Role, known.Country);
                filled.Role ??= title.Generic ? null : title.Role;
                filled.Country ??= country;
                _local[id] = filled;
            }
        }

        if (!_articlePeople.Contains(id))
        {
            _articlePeople.Add(id);
        }
    }

    private int LatinNameEnd(int start)
    {
        var end = start;
        while (end < _tokens.Count && end - start < MaxLatinName)
        {
            var t = _tokens[end];
            if (end > start && t.Has(TokenFlags.BreakBefore))
            {
                break;
            }

            if (IsNonPersonName(end))
            {
                break;
            }

            var particle = _titles.NameParticles.Contains(t.Norm) && !t.Has(TokenFlags.Capitalized) && end > start;
            if (t.Has(TokenFlags.Capitalized) && t.Script is Script.Latin or Script.Cyrillic && (!t.Has(TokenFlags.AllUpper) || (end > start && IsRomanNumeral(t.Norm))))
            {
                end++;
            }
            else if (particle || (_titles.NameParticles.Contains(t.Norm) && end + 1 < _tokens.Count && _tokens[end + 1].Has(TokenFlags.Capitalized)))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        // A name ends with a capitalised word of two letters or more, not a particle or an initial.
        while (end > start && (!_tokens[end - 1].Has(TokenFlags.Capitalized) || _tokens[end - 1].Length < 2))
        {
            end--;
        }

        return end;
    }

    // Arabic has no capitals: a name is two to four words after the title. A linking word (أبو، بن، عبد)
    // takes the next word along; a third word is the family name when it carries the article (أسعد حسن
    // الشيباني); punctuation, a preposition, a verb or a known place ends it.
    private int ArabicNameEnd(int start)
    {
        // A name does not open with the conjunction و (والجالية، وشؤون), unless it is a name that starts so (وليد).
        if (!MayBeArabicNameWord(start) || (_tokens[start].Norm.StartsWith('و') && !Romanizer.IsKnownArabicName(_tokens[start].Norm)))
        {
            return start;
        }

        var end = start + 1;
        var linked = _titles.ArabicNameLinks.Contains(_tokens[start].Norm);
        while (end < _tokens.Count && end - start < MaxArabicName)
        {
            var t = _tokens[end];
            if (t.Has(TokenFlags.BreakBefore) || !MayBeArabicNameWord(end) || t.Norm.StartsWith('و') || LooksLikeVerb(t.Norm))
            {
                break;
            }

            var previous = _tokens[end - 1].Norm;
            var take = linked || end - start == 1 || _titles.ArabicNameLinks.Contains(t.Norm)
                || (t.Norm.StartsWith("ال", StringComparison.Ordinal) && !previous.StartsWith("ال", StringComparison.Ordinal));
            if (!take)
            {
                break;
            }

            linked = _titles.ArabicNameLinks.Contains(t.Norm);
            end++;
        }

        if (end - start == 1)
        {
            return start; // one word after a title is more often a noun (الوزير الشخصي) than a name; known surnames are found before
        }

        return linked ? end - 1 : end;
    }

    // An imperfect verb (يواصل، تتطلع، سيبحث) or a past tense with ت (توصل) after a given name ends the name;
    // names of that shape (يوسف، تامر) are in the name table.
    private static bool LooksLikeVerb(string norm)
        => norm.Length >= 4 && norm[0] is 'ي' or 'ت' or 'س' && !norm.StartsWith("ال", StringComparison.Ordinal)
            && (norm[0] != 'س' || norm[1] is 'ي' or 'ت') && !Romanizer.IsKnownArabicName(norm);

    private bool MayBeArabicNameWord(int k)
    {
        var t = _tokens[k];
        if (t.Script != Script.Arabic || _titles.ArabicNameStops.Contains(t.Norm) || IsNonPersonName(k) || _demonymAt[k] is not null)
        {
            return false;
        }

        _titleScratch.Clear();
        _titles.Trie.MatchAt(_tokens, _forms, k, _titleScratch);
        return _titleScratch.Count == 0;
    }

    private bool IsNonPersonName(int k)
        => _owner[k] >= 0 || (_lexiconEntry[k] is { Kind: EntryKind.Country or EntryKind.Place or EntryKind.Organization } entry && Acceptable(_lexicon[k]!.Value, entry));

    /// <param name="lexicon">Whether a lexicon person may be found by a similar spelling. One word alone never
    /// is: "Wang" is not Penny Wong (a lexicon surname alone is matched exactly by <see cref="FindSurnames"/>).</param>
    private string? ResolvePerson(string surface, bool lexicon = true)
    {
        var known = lexicon ? _gazetteer.FindPerson(surface) : null;
        if (known is not null)
        {
            return known;
        }

        foreach (var id in _articlePeople)
        {
            if (_local.TryGetValue(id, out var local) && local.Surfaces.Any(s => NameMatcher.Same(s, surface)))
            {
                return id;
            }
        }

        // "Prince Faisal", "Sheikh Tamim": a lone word that is the given name of exactly one person already named.
        var words = NameKey.Words(surface);
        if (words.Count == 1)
        {
            var byGivenName = _articlePeople.Where(id => NamesOf(id).Any(n => NameKey.Words(n) is { Count: > 1 } w && w[0] == words[0])).ToList();
            if (byGivenName.Count == 1)
            {
                return byGivenName[0];
            }
        }

        return null;
    }

    private IEnumerable<string> NamesOf(string id)
    {
        if (_local.TryGetValue(id, out var local))
        {
            return local.Surfaces.Append(local.Name);
        }

        return _gazetteer.Find(id) is { } known ? [known.Name] : [];
    }

    // 4. Lexicon phrases not taken by a title pattern; surnames only for people the article names in full,
    // or foreign-looking ones that no common word shares.
    private void ClaimLexiconPhrases()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_lexicon[i] is not { } hit || _lexiconEntry[i] is not { } entry || Overlaps(hit.Start, hit.End))
            {
                continue;
            }

            if (entry.Kind == EntryKind.Surname || InsideTaggedPerson(hit, entry))
            {
                continue;
            }

            Claim(new Found(entry.EntityId, hit.Start, hit.End, hit.Prefix));
            if (entry.Kind == EntryKind.Person && !_articlePeople.Contains(entry.EntityId))
            {
                _articlePeople.Add(entry.EntityId);
            }

            if (entry.CountryInside)
            {
                ClaimCountriesInside(hit);
            }

            i = hit.End - 1;
        }
    }

    // "МИД России", "Госдепартамент США": the ministry is one mention, the country named inside it another.
    private void ClaimCountriesInside(TrieHit<LexEntry> ministry)
    {
        for (var k = ministry.Start + 1; k < ministry.End; k++)
        {
            if (_lexicon[k] is { } inner && inner.End <= ministry.End && _lexiconEntry[k] is { Kind: EntryKind.Country } country)
            {
                Claim(new Found(country.EntityId, inner.Start, inner.End, inner.Prefix));
                k = inner.End - 1;
            }
        }
    }

    // 4a. A place word and a capitalised name: "города Феникс", "штата Аризона", "the city of Tucson".
    private void FindCuedPlaces()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i < _tokens.Count - 1; i++)
        {
            hits.Clear();
            _titles.PlaceCues.MatchAt(_tokens, _forms, i, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            var start = hits.Max(h => h.End);
            if (start >= _tokens.Count || _owner[start] >= 0 || _tokens[start].Has(TokenFlags.BreakBefore) && !_tokens[start].Has(TokenFlags.QuoteBefore)
                || !IsLatinOrCyrillic(_tokens[start]) || !_tokens[start].Has(TokenFlags.Capitalized) || _lexiconEntry[start] is not null)
            {
                continue;
            }

            var end = start + 1;
            while (end < _tokens.Count && end - start < 3 && _tokens[end].Has(TokenFlags.HyphenBefore) && _tokens[end].Has(TokenFlags.Capitalized))
            {
                end++; // Усть-Луга, Wilkes-Barre
            }

            var surface = Surface(start, end, 0);
            Claim(new Found(LocalEntity(EntityTypes.Place, surface, null, null), start, end, 0));
            i = end - 1;
        }
    }

    // 4b'. English organisations by their last word: "the Civic Party", "Hong Kong Baptist University".
    private void FindHeadedOrganizations()
    {
        if (_language != "en")
        {
            return;
        }

        for (var i = 1; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (_owner[i] >= 0 || !t.Has(TokenFlags.Capitalized) || !_titles.OrganizationHeads.Contains(t.Norm) || t.Has(TokenFlags.BreakBefore))
            {
                continue;
            }

            // Walk back over capitalised words to the start of the name.
            var start = i;
            while (start > 0 && !_tokens[start].Has(TokenFlags.BreakBefore) && _owner[start - 1] < 0
                && _tokens[start - 1].Has(TokenFlags.Capitalized) && !_tokens[start - 1].Has(TokenFlags.LineStart))
            {
                start--;
            }

            if (start == i || _lexiconEntry[start] is { Kind: EntryKind.Person })
            {
                continue;
            }

            if (_tokens[start].Norm is "the" or "a" or "an")
            {
                start++;
                if (start == i)
                {
                    continue;
                }
            }

            var surface = Surface(start, i + 1, 0);
            Claim(new Found(LocalEntity(EntityTypes.Organization, surface, null, null), start, i + 1, 0));
        }
    }

    // 4b. Without a title: a capitalised given name followed by capitalised words ("Barack Obama", "Юрия Лужкова").
    private void FindNamesByGivenName()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i + 1 < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (_owner[i] >= 0 || !IsLatinOrCyrillic(t) || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllUpper) && t.Length > 1)
            {
                continue;
            }

            hits.Clear();
            _titles.GivenNames.MatchAt(_tokens, _forms, i, hits);
            if ((hits.Count == 0 && !RussianFullName(i)) || _tokens[i + 1].Has(TokenFlags.BreakBefore) || _owner[i + 1] >= 0)
            {
                continue;
            }

            var end = LatinNameEnd(i);
            if (end - i < 2 || Overlaps(i, end))
            {
                continue;
            }

            ClaimUntitledPerson(i, end, 0);
            i = end - 1;
        }
    }

    // A person named without a title: the one the lexicon or the article already knows by that name (in its
    // dictionary form), else a new one.
    private void ClaimUntitledPerson(int start, int end, int prefix)
    {
        var surface = Surface(start, end, prefix);
        var lemma = _tokens[start].Script == Script.Cyrillic ? RussianNames.Nominative(surface) : surface;
        var id = ResolvePerson(lemma, lexicon: end - start > 1) ?? LocalEntity(EntityTypes.Person, lemma, null, null);
        if (_local.TryGetValue(id, out var record))
        {
            record.AddSurface(lemma);
        }

        Claim(new Found(id, start, end, prefix));
        if (!_articlePeople.Contains(id))
        {
            _articlePeople.Add(id);
        }
    }

    // Two capitalised Cyrillic words, the second with a surname ending (Ираклий Лолашвили, Йенса Лемана is not):
    // a name even when the given name is not in the list.
    private bool RussianFullName(int i)
    {
        var next = _tokens[i + 1];
        // Sentence starts are allowed: such names open sentences often; "Позже Евкуров" is the price.
        if (_tokens[i].Script != Script.Cyrillic || next.Script != Script.Cyrillic || !next.Has(TokenFlags.Capitalized)
            || _tokens[i].Length < 2 || _titles.NotNameStarts.Contains(_tokens[i].Norm)
            || _lexiconEntry[i] is not null || _lexiconEntry[i + 1] is not null || _demonymAt[i] is not null)
        {
            return false;
        }

        foreach (var form in _forms[i + 1])
        {
            var word = TokenForms.Bare(form.Text);
            foreach (var suffix in _titles.SurnameSuffixes)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 5. A surname alone ("لافروف", "Lavrov", "Лаврова") is the person the article already named.
    private void FindSurnames()
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in _articlePeople)
        {
            if (_personSurfaces.TryGetValue(id, out var seen))
            {
                var spellings = _local.TryGetValue(id, out var record) ? seen.Concat(record.Surfaces) : seen;
                foreach (var surface in spellings)
                {
                    var words = Tokenizer.Tokenize(surface);
                    if (words.Count is > 1 and <= 3 && _titles.SurnameFirst.Contains(words[0].Norm))
                    {
                        surnames.TryAdd(words[0].Norm, id); // Wang Yi → "Wang"
                    }
                    else if (words.Count > 1 && !_titles.ArabicNameLinks.Contains(words[^2].Norm) && !_titles.NameParticles.Contains(words[^2].Norm))
                    {
                        foreach (var key in TokenForms.ForIndex(words[^1]))
                        {
                            surnames.TryAdd(key, id);
                        }
                    }
                }
            }
        }

        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_owner[i] >= 0 || InLongDemonym(i))
            {
                continue;
            }

            var t = _tokens[i];
            var particleFirst = i + 1 < _tokens.Count && _titles.NameParticles.Contains(t.Norm) && _tokens[i + 1].Has(TokenFlags.Capitalized);
            if (IsLatinOrCyrillic(t) && !t.Has(TokenFlags.Capitalized) && !particleFirst)
            {
                continue;
            }

            if (_lexicon[i] is { } hit && _lexiconEntry[i] is { Kind: EntryKind.Surname } entry && !Overlaps(hit.Start, hit.End)
                && (_articlePeople.Contains(entry.EntityId) || DistinctiveSurname(hit)
                    || (i > 0 && !t.Has(TokenFlags.BreakBefore) && _forms[i - 1].Any(f => _titles.SurnameCues.Contains(f.Text)))))
            {
                Claim(new Found(entry.EntityId, hit.Start, hit.End, hit.Prefix));
                if (!_articlePeople.Contains(entry.EntityId))
                {
                    _articlePeople.Add(entry.EntityId);
                }

                i = hit.End - 1;
                continue;
            }

            foreach (var form in _forms[i])
            {
                if (surnames.TryGetValue(form.Text, out var id) && (form.Prefix == 0 || t.Script == Script.Arabic))
                {
                    Claim(new Found(id, i, i + 1, form.Prefix));
                    break;
                }
            }
        }
    }

    private bool DistinctiveSurname(TrieHit<LexEntry> hit)
    {
        var first = _tokens[hit.Start];
        return first.Script == Script.Arabic
            ? !first.Norm.StartsWith("ال", StringComparison.Ordinal) && first.Norm.Length - hit.Prefix >= 5
            : first.Has(TokenFlags.Capitalized) && first.Length >= 5; // Wong, Chan, Kim: too common alone
    }

    // 6. Nationality adjectives count as mentions of their country, also inside an organisation's name
    // (وكالة الأنباء السورية), but not inside a person's name or a place's.
    private void AddDemonyms()
    {
        var named = new HashSet<string>(_mentions.Select(m => m.EntityId), StringComparer.Ordinal);
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_demonymEnd[i] == 0 || _demonymAt[i] is not { } country)
            {
                continue;
            }

            // A shared demonym is the other country's when the article names that one (or its capital) and not the first.
            if (_demonymAlt[i] is { } alt && NamesCountry(named, alt) && !NamesCountry(named, country))
            {
                country = alt;
            }

            var end = _demonymEnd[i];
            if (OwnedByNonOrganization(i, end))
            {
                continue;
            }

            _mentions.Add(new Found(country, i, end, _demonymPrefix[i]));
        }
    }

    private bool OwnedByNonOrganization(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_owner[k] >= 0 && !_mentions[_owner[k]].EntityId.StartsWith("organization/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool Overlaps(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_owner[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Claim(Found found)
    {
        var index = _mentions.Count;
        _mentions.Add(found);
        for (var k = found.Start; k < found.End; k++)
        {
            _owner[k] = index;
        }

        var surface = Surface(found.Start, found.End, found.Prefix);
        if (_local.TryGetValue(found.EntityId, out var local))
        {
            local.AddSurface(surface);
        }

        if (found.EntityId.StartsWith("person/", StringComparison.Ordinal))
        {
            if (!_personSurfaces.TryGetValue(found.EntityId, out var seen))
            {
                _personSurfaces[found.EntityId] = seen = [];
            }

            seen.Add(surface);
        }
    }

    private string LocalEntity(string type, string surface, string? role, string? country)
    {
        var name = Romanizer.Romanize(surface);
        var id = type + "/" + Slug.For(name);
        if (!_local.TryGetValue(id, out var local))
        {
            _local[id] = local = new LocalRecord(id, type, name, role, country);
        }

        local.AddSurface(surface);
        return id;
    }

    private (int Start, int End) Offsets(int start, int end, int prefix)
    {
        var from = _tokens[start].Start;
        var counted = 0;
        while (counted < prefix && from < _tokens[start].End)
        {
            if (Normalizer.Fold(_text[from]) != '\0')
            {
                counted++;
            }

            from++;
        }

        while (from < _tokens[start].End - 1 && Normalizer.Fold(_text[from]) == '\0')
        {
            from++;
        }

        return (from, _tokens[end - 1].End);
    }

    private string Surface(int start, int end, int prefix)
    {
        var (from, to) = Offsets(start, end, prefix);
        return _text[from..to];
    }

    private EntityAnalysis Build()
    {
        var mentions = new List<EntityMention>(_mentions.Count);
        var byEntity = new Dictionary<string, (int Count, int First, List<string> Surfaces)>(StringComparer.Ordinal);
        var lastEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in _mentions.OrderBy(m => m.Start))
        {
            var entity = Entity(m.EntityId);
            if (entity is null)
            {
                continue;
            }

            var (from, to) = Offsets(m.Start, m.End, m.Prefix);
            var surface = _text[from..to];
            var mention = new EntityMention(entity.Id, entity.Type, from, to - from, surface);
            mentions.Add(mention);
            var apposition = entity.Type == EntityTypes.Organization && lastEnd.TryGetValue(entity.Id, out var end) && OnlyBrackets(end, from);
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

        foreach (var (id, local) in _local)
        {
            // The dictionary form of an inflected name ("Хакан Фидан" for "с Хаканом Фиданом") is a spelling too.
            if (byEntity.TryGetValue(id, out var agg))
            {
                foreach (var surface in local.Surfaces.Where(s => !agg.Surfaces.Contains(s)).ToList())
                {
                    agg.Surfaces.Add(surface);
                }
            }
        }

        var entities = byEntity
            .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First)
            .Select(kv =>
            {
                var e = Entity(kv.Key)!;
                return new ExtractedEntity(e.Id, e.Type, e.Name, e.Country, e.Role, kv.Value.Count, kv.Value.Surfaces);
            })
            .ToList();

        var roles = _roles.Select(r =>
        {
            var (from, to) = Offsets(r.Start, r.End, r.Prefix);
            return new RoleMention(from, to - from, r.Role, r.Country, r.PersonId);
        }).ToList();

        return new EntityAnalysis(entities, mentions) { Roles = roles };
    }

    private bool OnlyBrackets(int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            var c = _text[k];
            if (!(char.IsWhiteSpace(c) || Tokenizer.IsQuote(c) || c is '(' or ')' or '[' or ']' || Normalizer.Fold(c) == '\0'))
            {
                return false;
            }
        }

        return true;
    }

    private KnownEntity? Entity(string id)
    {
        if (_local.TryGetValue(id, out var local))
        {
            return new KnownEntity(local.Id, local.Type, local.Name, local.Country, local.Role);
        }

        return _gazetteer.Find(id);
    }

    private readonly record struct Found(string EntityId, int Start, int End, int Prefix);

    private readonly record struct PendingRole(int Start, int End, int Prefix, string Role, string? Country, string? PersonId);

    private sealed class LocalRecord(string id, string type, string name, string? role, string? country)
    {
        public string Id { get; } = id;

        public string Type { get; } = type;

        public string Name { get; } = name;

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
}
