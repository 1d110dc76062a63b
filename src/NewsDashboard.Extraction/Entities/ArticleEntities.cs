using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

/// <summary>The entity pass over one article, over one shared <see cref="EntityTable"/>. Every step walks the tokens once; lookups are dictionary walks.</summary>
internal sealed class ArticleEntities
{
    private const int MaxQuotedName = 6;
    private const int MaxArabicName = 4;
    private const int MaxZone = 4;

    private readonly EntityTable _table;
    private readonly List<TrieHit<TitleEntry>> _titleScratch = [];

    public ArticleEntities(string text, string language, Gazetteer gazetteer, Titles titles, NameTagger? tagger = null)
    {
        _table = new EntityTable(text, language, gazetteer, titles, tagger);
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
        return _table.Build();
    }

    // The best lexicon phrase at each token: longest, then by kind (organisation before person before
    // country before place); demonyms are kept apart because they count even inside an organisation's name.
    private void FindLexiconPhrases()
    {
        var hits = new List<TrieHit<LexEntry>>();
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            hits.Clear();
            _table.Gazetteer.Names.MatchAt(_table.Tokens, _table.Forms, i, hits);
            TrieHit<LexEntry>? best = null;
            LexEntry? bestEntry = null;
            TrieHit<LexEntry>? demonym = null;
            string? demonymId = null;
            string? demonymAlt = null;
            foreach (var hit in hits)
            {
                foreach (var entry in hit.Values)
                {
                    if (!_table.Acceptable(hit, entry))
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

            _table.Lexicon[i] = best;
            _table.LexiconEntry[i] = bestEntry;

            // The longest demonym, unless the word ends a longer one ("Sudanese" in "South Sudanese").
            if (demonym is { } d && _table.DemonymAt[i] is null)
            {
                _table.DemonymEnd[i] = d.End;
                _table.DemonymPrefix[i] = d.Prefix; // the clitic length of the form it was found under ("السوري" → "سوري" is 2)
                _table.DemonymAlt[i] = demonymId is null || demonymAlt == demonymId ? null : demonymAlt;
                _table.DemonymGated[i] = demonymId is null;
                for (var k = i; k < d.End; k++)
                {
                    _table.DemonymAt[k] = demonymId ?? demonymAlt;
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
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            if (_table.DemonymEnd[i] == 0 || !_table.DemonymGated[i])
            {
                continue;
            }

            named ??= new HashSet<string>(
                _table.LexiconEntry.Where(e => e is { Kind: EntryKind.Country or EntryKind.Place }).Select(e => e!.EntityId),
                StringComparer.Ordinal);
            if (_table.NamesCountry(named, _table.DemonymAt[i]!))
            {
                continue;
            }

            for (var k = i; k < _table.DemonymEnd[i]; k++)
            {
                _table.DemonymAt[k] = null;
                _table.NotAName[k] = true;
            }

            _table.DemonymEnd[i] = 0;
            _table.DemonymAlt[i] = null;
            _table.DemonymGated[i] = false;
        }
    }

    // A shorter name inside a demonym of several words is part of it: "Costa" (a surname) in "Costa Rican",
    // "Bissau" in "Bissau-Guinean".
    private void DropNamesInsideDemonyms()
    {
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            var end = _table.DemonymEnd[i];
            if (end <= i + 1)
            {
                continue;
            }

            for (var k = i; k < end; k++)
            {
                if (_table.Lexicon[k] is { } hit && hit.End <= end && !(k == i && hit.End == end))
                {
                    _table.Lexicon[k] = null;
                    _table.LexiconEntry[k] = null;
                    _table.NotAName[k] = true;
                }
            }

            i = end - 1;
        }
    }

    private bool ClosesQuote(int k)
    {
        var after = _table.Tokens[k].End;
        while (after < _table.Text.Length && _table.Text[after] is '.' or ',' or '!' or '?' or '؟' or '،' or ' ' or '\u00A0' or '\u202F')
        {
            after++;
        }

        return after < _table.Text.Length && _table.Text[after] is '»' or '”' or '"' or '」';
    }

    // A short quoted phrase is a title or a name ("تفاهمات القاهرة", « France 2 »): a place inside it is not a
    // mention of the place, unless the phrase is nothing but that name.
    private void DropPlacesInQuotedTitles()
    {
        const int MaxTitle = 4;
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            if (!_table.OpensQuote(i))
            {
                continue;
            }

            var end = i + 1;
            while (end < _table.Tokens.Count && end - i <= MaxTitle && !_table.Tokens[end].Has(TokenFlags.BreakBefore))
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
                var opensQuote = k == i && !_table.Tokens[end - 1].Norm.All(char.IsDigit);
                if (_table.Lexicon[k] is { } hit && _table.LexiconEntry[k]!.Kind is EntryKind.Place or EntryKind.Country && !(hit.Start == i && hit.End == end) && !opensQuote)
                {
                    _table.Lexicon[k] = null;
                    _table.LexiconEntry[k] = null;
                    _table.NotAName[k] = true;
                }
            }

            i = end - 1;
        }
    }

    // A cue word and a quoted name: قناة "القاهرة الإخبارية", agence "Sputnik". The quotes make it a name,
    // and whatever place it contains is not a separate mention.
    private void FindMediaNames()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            hits.Clear();
            _table.Titles.MediaCues.MatchAt(_table.Tokens, _table.Forms, i, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            var start = hits.Max(h => h.End);
            if (start >= _table.Tokens.Count || !_table.OpensQuote(start))
            {
                continue;
            }

            var end = start + 1;
            while (end < _table.Tokens.Count && end - start < MaxQuotedName && !_table.Tokens[end].Has(TokenFlags.BreakBefore))
            {
                end++;
            }

            var after = end < _table.Tokens.Count ? _table.Tokens[end].Start : _table.Text.Length;
            if (!GapHasQuote(_table.Tokens[end - 1].End, after))
            {
                continue;
            }

            var known = _table.Lexicon[start] is { } lex && lex.End == end && _table.LexiconEntry[start]!.Kind == EntryKind.Organization
                ? _table.LexiconEntry[start]!.EntityId
                : null;
            var surface = _table.Text[_table.Tokens[start].Start.._table.Tokens[end - 1].End];
            var id = known ?? _table.LocalEntity(EntityTypes.Organization, surface, null, null);
            _table.Claim(new Found(id, start, end, 0));
            i = end - 1;
        }
    }

    private bool GapHasQuote(int from, int to)
    {
        for (var k = from; k < to && k < _table.Text.Length; k++)
        {
            if (Tokenizer.IsQuote(_table.Text[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Title, nationality, name: "وزير الخارجية الروسي سيرجي لافروف", "Russian Foreign Minister Sergei Lavrov",
    // "le ministre russe des Affaires étrangères Sergueï Lavrov", "глава МИД России Сергей Лавров".
    private void FindTitledPeople()
    {
        var hits = new List<TrieHit<TitleEntry>>();
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            if (_table.Owner[i] >= 0)
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
            var country = hit.Skipped >= 0 ? _table.DemonymAt[hit.Skipped] : CountryBefore(hit.Start);
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
            _table.Roles.Add(new PendingRole(hit.Start, roleEnd, hit.Prefix, title.Role, CountryCode(country), personId));
            i = Math.Max(i, (personId is null ? zoneEnd : nameEnd) - 1);
        }
    }

    // A one-word indefinite Arabic title (وزير، رئيس، نائب) heads a construct: the words after it name the post,
    // up to a nationality, a known name, a name-ending word or a name start without the article.
    private int ArabicPortfolioEnd(TrieHit<TitleEntry> hit)
    {
        var spokesperson = _table.Tokens[hit.End - 1].Norm == "باسم"; // "الناطق باسم القوات الجوية": whose spokesperson
        if (!spokesperson && (hit.Length != 1 || _table.Tokens[hit.Start].Script != Script.Arabic || _table.Forms[hit.Start][0].Text.StartsWith("ال", StringComparison.Ordinal)))
        {
            return hit.End;
        }

        var end = hit.End;
        while (end < _table.Tokens.Count && end - hit.End < 3 && !_table.Tokens[end].Has(TokenFlags.BreakBefore))
        {
            var t = _table.Tokens[end];
            var chained = end > hit.End && !_table.Tokens[end - 1].Norm.StartsWith("ال", StringComparison.Ordinal);
            if (_table.DemonymAt[end] is not null || _table.LexiconEntry[end] is { Kind: EntryKind.Person or EntryKind.Surname or EntryKind.Country }
                || _table.Titles.ArabicNameStops.Contains(t.Norm) || !(t.Norm.StartsWith("ال", StringComparison.Ordinal) || chained || end == hit.End))
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
        while (end > hit.End && !_table.Tokens[end - 1].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }

    private TrieHit<TitleEntry>? BestTitleAt(int i, List<TrieHit<TitleEntry>> hits)
    {
        hits.Clear();
        _table.Titles.Trie.MatchAt(_table.Tokens, _table.Forms, i, hits, _table.IsDemonym);
        if (hits.Count == 0 || (EntityTable.IsLatinOrCyrillic(_table.Tokens[i]) && LexiconNameAt(i)))
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
        if (k == 0 || !EntityTable.IsLatinOrCyrillic(_table.Tokens[k]) || _table.Tokens[k].Has(TokenFlags.QuoteBefore) || _table.Tokens[k].Has(TokenFlags.LineStart))
        {
            return false;
        }

        var gap = _table.Text.AsSpan(_table.Tokens[k - 1].End, _table.Tokens[k].Start - _table.Tokens[k - 1].End).Trim();
        return gap is "," or ".";
    }

    private bool LexiconNameAt(int i)
        => _table.LexiconEntry[i] is { Kind: EntryKind.Country or EntryKind.Place or EntryKind.Organization } && _table.Tokens[i].Has(TokenFlags.Capitalized);

    // "Russian Foreign Minister", "Russia's foreign minister", "US President".
    private string? CountryBefore(int start)
    {
        if (start == 0 || _table.Tokens[start].Has(TokenFlags.BreakBefore) && !_table.Tokens[start].Has(TokenFlags.LineStart))
        {
            return null;
        }

        var k = start - 1;
        if (_table.DemonymAt[k] is { } demonym)
        {
            return demonym;
        }

        if (_table.Tokens[k].Norm == "s" && k > 0)
        {
            k--;
        }

        return _table.LexiconEntry[k] is { Kind: EntryKind.Country } entry && _table.Lexicon[k]!.Value.End >= k + 1 ? entry.EntityId : null;
    }

    // After the title: nationality adjectives, a country ("of Syria", "de la Syrie", "России"), an organisation
    // ("генсек ООН"). Returns where the name may start.
    private int ReadCountryZone(int start, ref string? country)
    {
        var fillers = _table.Titles.CountryFillers.GetValueOrDefault(_table.Language);
        var j = start;
        var committed = start;
        while (j < _table.Tokens.Count && j - start < MaxZone && !_table.Tokens[j].Has(TokenFlags.BreakBefore))
        {
            if (_table.DemonymAt[j] is { } demonym && _table.LexiconEntry[j] is not { Kind: EntryKind.Person } && _table.Lexicon[j] is not { Length: > 1 })
            {
                country ??= demonym;
                committed = ++j;
            }
            else if (_table.Lexicon[j] is { } hit && _table.LexiconEntry[j]!.Kind is EntryKind.Country or EntryKind.Organization)
            {
                if (_table.LexiconEntry[j]!.Kind == EntryKind.Country)
                {
                    country ??= _table.LexiconEntry[j]!.EntityId;
                }

                committed = j = hit.End;
            }
            else if (fillers is not null && fillers.Contains(_table.Tokens[j].Norm))
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
        if (start >= _table.Tokens.Count || (_table.Tokens[start].Has(TokenFlags.BreakBefore) && !SoftGap(start)))
        {
            return (start, null);
        }

        while (start + 1 < _table.Tokens.Count && _table.Titles.Honorifics.Contains(_table.Tokens[start].Norm)
            && (!_table.Tokens[start + 1].Has(TokenFlags.BreakBefore) || SoftGap(start + 1)))
        {
            start++;
        }

        if (_table.Lexicon[start] is { } lex && _table.LexiconEntry[start] is { Kind: EntryKind.Person or EntryKind.Surname } entry
            && (_table.Tokens[start].Script == Script.Arabic
                ? entry.Kind == EntryKind.Person && lex.Length > 1 || ArabicNameEnd(start) <= lex.End
                : _table.LatinNameEnd(start) <= lex.End))
        {
            var known = _table.Gazetteer.Find(entry.EntityId)!;
            AddPerson(known.Id, start, lex.End, lex.Prefix, title, country);
            return (lex.End, known.Id);
        }

        var end = _table.Tokens[start].Script == Script.Arabic ? ArabicNameEnd(start) : _table.LatinNameEnd(start);
        if (end <= start || _table.OnlyCommonArabicWords(start, end))
        {
            return (start, null);
        }

        const int prefix = 0;
        var surface = _table.Surface(start, end, prefix);
        var lemma = _table.Tokens[start].Script == Script.Cyrillic ? RussianNames.Nominative(surface) : surface;
        var resolved = _table.ResolvePerson(lemma);
        if (resolved is null && end - start == 1 && _table.Tokens[start].Script == Script.Cyrillic && title.Generic)
        {
            return (start, null); // "глава Минсвязи": one unknown capitalised word after a Russian title is rarely a name
        }

        var id = resolved ?? _table.LocalEntity(EntityTypes.Person, lemma, title.Generic ? null : title.Role, CountryCode(country));
        if (_table.Local.TryGetValue(id, out var record))
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
        _table.Claim(new Found(id, start, end, prefix));
        if (_table.Local.TryGetValue(id, out var local))
        {
            local.Role ??= title.Generic ? null : title.Role;
            local.Country ??= country;
        }
        else
        {
            var known = _table.Gazetteer.Find(id);
            if (known is not null && (known.Role is null || known.Country is null))
            {
                // A lexicon person without a role or country takes them from the title.
                var filled = _table.Local.GetValueOrDefault(id) ?? new LocalRecord(known.Id, known.Type, known.Name, known.Role, known.Country);
                filled.Role ??= title.Generic ? null : title.Role;
                filled.Country ??= country;
                _table.Local[id] = filled;
            }
        }

        if (!_table.ArticlePeople.Contains(id))
        {
            _table.ArticlePeople.Add(id);
        }
    }

    // Arabic has no capitals: a name is two to four words after the title. A linking word (أبو، بن، عبد)
    // takes the next word along; a third word is the family name when it carries the article (أسعد حسن
    // الشيباني); punctuation, a preposition, a verb or a known place ends it.
    private int ArabicNameEnd(int start)
    {
        // A name does not open with the conjunction و (والجالية، وشؤون), unless it is a name that starts so (وليد).
        if (!MayBeArabicNameWord(start) || (_table.Tokens[start].Norm.StartsWith('و') && !Romanizer.IsKnownArabicName(_table.Tokens[start].Norm)))
        {
            return start;
        }

        var end = start + 1;
        var linked = _table.Titles.ArabicNameLinks.Contains(_table.Tokens[start].Norm);
        while (end < _table.Tokens.Count && end - start < MaxArabicName)
        {
            var t = _table.Tokens[end];
            if (t.Has(TokenFlags.BreakBefore) || !MayBeArabicNameWord(end) || t.Norm.StartsWith('و') || LooksLikeVerb(t.Norm))
            {
                break;
            }

            var previous = _table.Tokens[end - 1].Norm;
            var take = linked || end - start == 1 || _table.Titles.ArabicNameLinks.Contains(t.Norm)
                || (t.Norm.StartsWith("ال", StringComparison.Ordinal) && !previous.StartsWith("ال", StringComparison.Ordinal));
            if (!take)
            {
                break;
            }

            linked = _table.Titles.ArabicNameLinks.Contains(t.Norm);
            end++;
        }

        if (end - start == 1)
        {
            return start; // one word after a title is more often a noun (الوزير الشخصي) than a name; known surnames are found before
        }

        return linked ? end - 1 : end;
    }

    // An imperfect verb (يواصل، تتطلع، سيبحث) or a past tense with ت (توصل) after a given name ends the name;
    // names of that shape (يوسف، تامر) are in the name _table.
    private static bool LooksLikeVerb(string norm)
        => norm.Length >= 4 && norm[0] is 'ي' or 'ت' or 'س' && !norm.StartsWith("ال", StringComparison.Ordinal)
            && (norm[0] != 'س' || norm[1] is 'ي' or 'ت') && !Romanizer.IsKnownArabicName(norm);

    private bool MayBeArabicNameWord(int k)
    {
        var t = _table.Tokens[k];
        if (t.Script != Script.Arabic || _table.Titles.ArabicNameStops.Contains(t.Norm) || _table.IsNonPersonName(k) || _table.DemonymAt[k] is not null)
        {
            return false;
        }

        _titleScratch.Clear();
        _table.Titles.Trie.MatchAt(_table.Tokens, _table.Forms, k, _titleScratch);
        return _titleScratch.Count == 0;
    }

    // Lexicon phrases not taken by a title pattern; surnames only for people the article names in full,
    // or foreign-looking ones that no common word shares.
    private void ClaimLexiconPhrases()
    {
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            if (_table.Lexicon[i] is not { } hit || _table.LexiconEntry[i] is not { } entry || _table.Overlaps(hit.Start, hit.End))
            {
                continue;
            }

            if (entry.Kind == EntryKind.Surname || InsideTaggedPerson(hit, entry))
            {
                continue;
            }

            _table.Claim(new Found(entry.EntityId, hit.Start, hit.End, hit.Prefix));
            if (entry.Kind == EntryKind.Person && !_table.ArticlePeople.Contains(entry.EntityId))
            {
                _table.ArticlePeople.Add(entry.EntityId);
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
            if (_table.Lexicon[k] is { } inner && inner.End <= ministry.End && _table.LexiconEntry[k] is { Kind: EntryKind.Country } country)
            {
                _table.Claim(new Found(country.EntityId, inner.Start, inner.End, inner.Prefix));
                k = inner.End - 1;
            }
        }
    }

    /// <summary>A place or country name that is part of a person's full name ("Valeska Paris", "Victoria Nuland").</summary>
    private bool InsideTaggedPerson(TrieHit<LexEntry> hit, LexEntry entry)
    {
        if (entry.Kind is not (EntryKind.Place or EntryKind.Country))
        {
            return false;
        }

        for (var k = hit.Start; k < hit.End; k++)
        {
            if (!_table.InTaggedPerson[k])
            {
                return false;
            }
        }

        // The person's name reaches past the place name with a name-like word: capitalised, not an acronym ("МИД
        // России" is no person), not a common word.
        return (hit.Start > 0 && NameLikeInTaggedPerson(hit.Start - 1)) || (hit.End < _table.Tokens.Count && NameLikeInTaggedPerson(hit.End));
    }

    private bool NameLikeInTaggedPerson(int k)
        => _table.InTaggedPerson[k] && _table.Tokens[k].Has(TokenFlags.Capitalized) && !_table.Tokens[k].Has(TokenFlags.AllUpper) && !_table.IsCommonWord(_table.Tokens[k]);

    // A place word and a capitalised name: "города Феникс", "штата Аризона", "the city of Tucson".
    private void FindCuedPlaces()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i < _table.Tokens.Count - 1; i++)
        {
            hits.Clear();
            _table.Titles.PlaceCues.MatchAt(_table.Tokens, _table.Forms, i, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            var start = hits.Max(h => h.End);
            if (start >= _table.Tokens.Count || _table.Owner[start] >= 0 || _table.Tokens[start].Has(TokenFlags.BreakBefore) && !_table.Tokens[start].Has(TokenFlags.QuoteBefore)
                || !EntityTable.IsLatinOrCyrillic(_table.Tokens[start]) || !_table.Tokens[start].Has(TokenFlags.Capitalized) || _table.LexiconEntry[start] is not null)
            {
                continue;
            }

            var end = start + 1;
            while (end < _table.Tokens.Count && end - start < 3 && _table.Tokens[end].Has(TokenFlags.HyphenBefore) && _table.Tokens[end].Has(TokenFlags.Capitalized))
            {
                end++; // Усть-Луга, Wilkes-Barre
            }

            var surface = _table.Surface(start, end, 0);
            _table.Claim(new Found(_table.LocalEntity(EntityTypes.Place, surface, null, null), start, end, 0));
            i = end - 1;
        }
    }

    // English organisations by their last word: "the Civic Party", "Hong Kong Baptist University".
    private void FindHeadedOrganizations()
    {
        if (_table.Language != "en")
        {
            return;
        }

        for (var i = 1; i < _table.Tokens.Count; i++)
        {
            var t = _table.Tokens[i];
            if (_table.Owner[i] >= 0 || !t.Has(TokenFlags.Capitalized) || !_table.Titles.OrganizationHeads.Contains(t.Norm) || t.Has(TokenFlags.BreakBefore))
            {
                continue;
            }

            // Walk back over capitalised words to the start of the name.
            var start = i;
            while (start > 0 && !_table.Tokens[start].Has(TokenFlags.BreakBefore) && _table.Owner[start - 1] < 0
                && _table.Tokens[start - 1].Has(TokenFlags.Capitalized) && !_table.Tokens[start - 1].Has(TokenFlags.LineStart))
            {
                start--;
            }

            if (start == i || _table.LexiconEntry[start] is { Kind: EntryKind.Person })
            {
                continue;
            }

            if (_table.Tokens[start].Norm is "the" or "a" or "an")
            {
                start++;
                if (start == i)
                {
                    continue;
                }
            }

            var surface = _table.Surface(start, i + 1, 0);
            _table.Claim(new Found(_table.LocalEntity(EntityTypes.Organization, surface, null, null), start, i + 1, 0));
        }
    }

    // Without a title: a capitalised given name followed by capitalised words ("Barack Obama", "Юрия Лужкова").
    private void FindNamesByGivenName()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i + 1 < _table.Tokens.Count; i++)
        {
            var t = _table.Tokens[i];
            if (_table.Owner[i] >= 0 || !EntityTable.IsLatinOrCyrillic(t) || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllUpper) && t.Length > 1)
            {
                continue;
            }

            hits.Clear();
            _table.Titles.GivenNames.MatchAt(_table.Tokens, _table.Forms, i, hits);
            if ((hits.Count == 0 && !RussianFullName(i)) || _table.Tokens[i + 1].Has(TokenFlags.BreakBefore) || _table.Owner[i + 1] >= 0)
            {
                continue;
            }

            var end = _table.LatinNameEnd(i);
            if (end - i < 2 || _table.Overlaps(i, end))
            {
                continue;
            }

            _table.ClaimUntitledPerson(i, end, 0);
            i = end - 1;
        }
    }

    // Two capitalised Cyrillic words, the second with a surname ending (Ираклий Лолашвили, Йенса Лемана is not):
    // a name even when the given name is not in the list.
    private bool RussianFullName(int i)
    {
        var next = _table.Tokens[i + 1];
        // Sentence starts are allowed: such names open sentences often; "Позже Евкуров" is the price.
        if (_table.Tokens[i].Script != Script.Cyrillic || next.Script != Script.Cyrillic || !next.Has(TokenFlags.Capitalized)
            || _table.Tokens[i].Length < 2 || _table.Titles.NotNameStarts.Contains(_table.Tokens[i].Norm)
            || _table.LexiconEntry[i] is not null || _table.LexiconEntry[i + 1] is not null || _table.DemonymAt[i] is not null)
        {
            return false;
        }

        foreach (var form in _table.Forms[i + 1])
        {
            var word = TokenForms.Bare(form.Text);
            foreach (var suffix in _table.Titles.SurnameSuffixes)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A surname alone ("لافروف", "Lavrov", "Лаврова") is the person the article already named.
    private void FindSurnames()
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in _table.ArticlePeople)
        {
            if (_table.PersonSurfaces.TryGetValue(id, out var seen))
            {
                var spellings = _table.Local.TryGetValue(id, out var record) ? seen.Concat(record.Surfaces) : seen;
                foreach (var surface in spellings)
                {
                    var words = Tokenizer.Tokenize(surface);
                    if (words.Count is > 1 and <= 3 && _table.Titles.SurnameFirst.Contains(words[0].Norm))
                    {
                        surnames.TryAdd(words[0].Norm, id); // Wang Yi → "Wang"
                    }
                    else if (words.Count > 1 && !_table.Titles.ArabicNameLinks.Contains(words[^2].Norm) && !_table.Titles.NameParticles.Contains(words[^2].Norm))
                    {
                        foreach (var key in TokenForms.ForIndex(words[^1]))
                        {
                            surnames.TryAdd(key, id);
                        }
                    }
                }
            }
        }

        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            if (_table.Owner[i] >= 0 || InLongDemonym(i))
            {
                continue;
            }

            var t = _table.Tokens[i];
            var particleFirst = i + 1 < _table.Tokens.Count && _table.Titles.NameParticles.Contains(t.Norm) && _table.Tokens[i + 1].Has(TokenFlags.Capitalized);
            if (EntityTable.IsLatinOrCyrillic(t) && !t.Has(TokenFlags.Capitalized) && !particleFirst)
            {
                continue;
            }

            if (_table.Lexicon[i] is { } hit && _table.LexiconEntry[i] is { Kind: EntryKind.Surname } entry && !_table.Overlaps(hit.Start, hit.End)
                && (_table.ArticlePeople.Contains(entry.EntityId) || DistinctiveSurname(hit)
                    || (i > 0 && !t.Has(TokenFlags.BreakBefore) && _table.Forms[i - 1].Any(f => _table.Titles.SurnameCues.Contains(f.Text)))))
            {
                _table.Claim(new Found(entry.EntityId, hit.Start, hit.End, hit.Prefix));
                if (!_table.ArticlePeople.Contains(entry.EntityId))
                {
                    _table.ArticlePeople.Add(entry.EntityId);
                }

                i = hit.End - 1;
                continue;
            }

            foreach (var form in _table.Forms[i])
            {
                if (surnames.TryGetValue(form.Text, out var id) && (form.Prefix == 0 || t.Script == Script.Arabic))
                {
                    _table.Claim(new Found(id, i, i + 1, form.Prefix));
                    break;
                }
            }
        }
    }

    private bool DistinctiveSurname(TrieHit<LexEntry> hit)
    {
        var first = _table.Tokens[hit.Start];
        return first.Script == Script.Arabic
            ? !first.Norm.StartsWith("ال", StringComparison.Ordinal) && first.Norm.Length - hit.Prefix >= 5
            : first.Has(TokenFlags.Capitalized) && first.Length >= 5; // Wong, Chan, Kim: too common alone
    }

    // A word of a demonym of several words.
    private bool InLongDemonym(int k) => _table.DemonymAt[k] is not null && _table.DemonymEnd[k] != k + 1;

    // Nationality adjectives count as mentions of their country, also inside an organisation's name
    // (وكالة الأنباء السورية), but not inside a person's name or a place's.
    private void AddDemonyms()
    {
        var named = new HashSet<string>(_table.Mentions.Select(m => m.EntityId), StringComparer.Ordinal);
        for (var i = 0; i < _table.Tokens.Count; i++)
        {
            if (_table.DemonymEnd[i] == 0 || _table.DemonymAt[i] is not { } country)
            {
                continue;
            }

            // A shared demonym is the other country's when the article names that one (or its capital) and not the first.
            if (_table.DemonymAlt[i] is { } alt && _table.NamesCountry(named, alt) && !_table.NamesCountry(named, country))
            {
                country = alt;
            }

            var end = _table.DemonymEnd[i];
            if (OwnedByNonOrganization(i, end))
            {
                continue;
            }

            _table.Mentions.Add(new Found(country, i, end, _table.DemonymPrefix[i]));
        }
    }

    private bool OwnedByNonOrganization(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_table.Owner[k] >= 0 && !_table.Mentions[_table.Owner[k]].EntityId.StartsWith("organization/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Names the lexicons have never seen, proposed by the trained tagger (Tagging/NameTagger): a person is linked
    // to a known person or one the article already named (NameMatcher), else becomes a new person; places and
    // organisations the gazetteer did not take become new ones. Spans that touch a mention already found are left to
    // it. People go before surnames are looked up (so "Свиридова" later is the Свиридов met here); places and
    // organisations after (so a surname is never taken for a place).
    private static readonly string[] RussianAdjectiveEndings =
        ["ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "ские", "ских", "ое", "ого", "ому", "ая", "ой", "ую", "ый", "ий", "ые", "ых", "ым", "ыми"];

    private List<TaggedSpan>? _tagged;

    private List<TaggedSpan> Tagged()
    {
        if (_tagged is null)
        {
            _tagged = _table.Tagger is null ? [] : _table.Tagger.Tag(_table.Text, _table.Tokens, _table.Forms);
            for (var s = 0; s < _tagged.Count; s++)
            {
                // "Valeska Paris", "Victoria Beckham": a given name, then a capitalised place name, is one person.
                var span = _tagged[s];
                var next = span.End;
                if (span.Type == NameType.Person && next < _table.Tokens.Count && (s + 1 == _tagged.Count || _tagged[s + 1].Start > next || _tagged[s + 1].End == next + 1)
                    && EntityTable.IsLatinOrCyrillic(_table.Tokens[next]) && _table.Tokens[next].Has(TokenFlags.Capitalized) && !_table.Tokens[next].Has(TokenFlags.BreakBefore)
                    && !_table.Tokens[next].Has(TokenFlags.AllUpper) && _table.LexiconEntry[next] is { Kind: EntryKind.Place or EntryKind.Country }
                    && span.End - span.Start == 1)
                {
                    _tagged[s] = span with { End = next + 1 };
                    if (s + 1 < _tagged.Count && _tagged[s + 1].Start == next)
                    {
                        _tagged.RemoveAt(s + 1);
                    }
                }
            }

            foreach (var span in _tagged)
            {
                if (span.Type == NameType.Person && span.End - span.Start >= 2)
                {
                    for (var k = span.Start; k < span.End; k++)
                    {
                        _table.InTaggedPerson[k] = true;
                    }
                }
            }
        }

        return _tagged;
    }

    // Full names first; one word alone ("Wang", "Лаврова") only after the surnames of the people already met.
    private void FindTaggedPeople() => FindTagged(span => span.Type == NameType.Person && span.End - span.Start > 1);

    private void FindTaggedPlacesAndOrganizations() => FindTagged(span => span.Type != NameType.Misc && (span.Type != NameType.Person || span.End - span.Start == 1));

    private void FindTagged(Func<TaggedSpan, bool> wanted)
    {
        foreach (var tagged in Tagged())
        {
            var span = WithoutOpeningCommonWord(WithHyphenated(tagged));
            if (!wanted(span) || _table.Overlaps(span.Start, span.End) || !PlausibleName(span))
            {
                continue;
            }

            var prefix = CliticPrefix(span.Start);
            if (span.Type == NameType.Person)
            {
                _table.ClaimUntitledPerson(span.Start, span.End, prefix);
                continue;
            }

            var type = span.Type == NameType.Location ? EntityTypes.Place : EntityTypes.Organization;
            _table.Claim(new Found(_table.LocalEntity(type, _table.Surface(span.Start, span.End, prefix), null, null), span.Start, span.End, prefix));
        }
    }

    // "Визит Фидана в Москву": a word the language writes in lower case, capitalised only because it opens the
    // sentence, is not part of the name after it.
    // For a person, any opening word that no name list knows goes ("Визит Фидана станет…").
    private TaggedSpan WithoutOpeningCommonWord(TaggedSpan span)
        => span.End - span.Start > 1 && OpensSentence(span.Start)
            && (_table.IsCommonWord(_table.Tokens[span.Start]) || (span.Type == NameType.Person && !IsNameWord(span.Start)))
            ? span with { Start = span.Start + 1 }
            : span;

    // A word of the person-name lists, also without an Arabic clitic or a Russian case ending.
    private bool IsNameWord(int k)
    {
        foreach (var form in _table.Forms[k])
        {
            if (_table.Tagger!.Names.Contains(TokenForms.Bare(form.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensSentence(int k) => k == 0 || _table.Tokens[k].Has(TokenFlags.BreakBefore) || _table.Tokens[k].Has(TokenFlags.LineStart);

    // "Lee Cheuk-yan", "Склодовская-Кюри": words joined by a hyphen belong to the name.
    private TaggedSpan WithHyphenated(TaggedSpan span)
    {
        var end = span.End;
        while (end < _table.Tokens.Count && end - span.End < 3 && _table.Tokens[end].Has(TokenFlags.HyphenBefore) && !_table.Tokens[end].Has(TokenFlags.BreakBefore))
        {
            end++;
        }

        return span with { End = end };
    }

    // A name has a word of two letters or more; in Latin or Cyrillic script it starts with a capital; one word that
    // the language mostly writes in lower case is not a name at the start of a sentence ("Spasibo", "Mezhdu"); one
    // Russian adjective before a lower-case word is part of a longer phrase, not a name ("Химкинского леса").
    private bool PlausibleName(TaggedSpan span)
    {
        var first = _table.Tokens[span.Start];
        if (first.Script is Script.Latin or Script.Cyrillic && !first.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        if (span.End - span.Start == 1)
        {
            if (first.Length < 2 && first.Script != Script.Arabic)
            {
                return false;
            }

            if (_table.IsCommonWord(first) && OpensSentence(span.Start))
            {
                return false;
            }

            // One word as a person must be a name word of the lists where a capital proves nothing: opening a sentence
            // ("Nucléaire" heading a headline), in Arabic (no capitals), in Russian (Совет, Дума are capitalised nouns).
            if (span.Type == NameType.Person && (OpensSentence(span.Start) || first.Script != Script.Latin) && !IsNameWord(span.Start))
            {
                return false;
            }

            if (first.Script == Script.Cyrillic && span.Type != NameType.Person && !first.Has(TokenFlags.AllUpper)
                && span.End < _table.Tokens.Count && !_table.Tokens[span.End].Has(TokenFlags.Capitalized) && !_table.Tokens[span.End].Has(TokenFlags.BreakBefore)
                && RussianAdjectiveEndings.Any(e => first.Norm.EndsWith(e, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        // An Arabic person's name does not end in a common word ("رئيس الملتقى العسكري" is a forum's head, not a name).
        if (span.Type == NameType.Person && span.End - span.Start > 1 && _table.IsCommonArabicWord(span.End - 1))
        {
            return false;
        }

        // A title is no name ("the Crown Prince", "замглава МИД"), nor part of one ("Глава МИД России Сергей Лавров":
        // the title pass has read the title; "МИД России" is not a person).
        _titleScratch.Clear();
        _table.Titles.Trie.MatchAt(_table.Tokens, _table.Forms, span.Start, _titleScratch);
        if (_titleScratch.Any(hit => hit.End >= span.End) || _table.Roles.Any(r => r.Start < span.End && span.Start < r.End))
        {
            return false;
        }

        // A nationality word is its country's mention (AddDemonyms), not part of a new name ("the Syrian army").
        for (var k = span.Start; k < span.End; k++)
        {
            if (_table.NotAName[k] || _table.DemonymAt[k] is not null || (k > 0 && _table.DemonymAt[k - 1] is not null && _table.DemonymEnd[k - 1] > k))
            {
                return false;
            }
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (_table.Tokens[k].Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // An Arabic name written onto a conjunction or preposition (ولافروف، بالرياض): the clitic is not part of it.
    private int CliticPrefix(int k)
    {
        var token = _table.Tokens[k];
        if (token.Script != Script.Arabic || _table.Tagger is null)
        {
            return 0;
        }

        var names = _table.Tagger.Names;
        if (names.Contains(token.Norm))
        {
            return 0;
        }

        foreach (var form in _table.Forms[k])
        {
            if (form.Prefix > 0 && form.Text.Length >= 3 && names.Contains(form.Text))
            {
                return form.Prefix;
            }
        }

        return token.Norm.Length > 4 && token.Norm[0] == 'و' ? 1 : 0;
    }
}
