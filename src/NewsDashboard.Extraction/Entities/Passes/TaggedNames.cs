using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

// Names the lexicons have never seen, proposed by the trained tagger (Tagging/NameTagger): a person is linked
// to a known person or one the article already named (NameMatcher), else becomes a new person; places and
// organisations the gazetteer did not take become new ones. Spans that touch a mention already found are left to
// it. People go before surnames are looked up (so "Свиридова" later is the Свиридов met here); places and
// organisations after (so a surname is never taken for a place).

/// <summary>
/// Pipeline "Names no lexicon knows" (docs/entity-extraction.md): <see cref="Tag"/> reads the tagger's spans right
/// after the lexicon pass and marks <see cref="EntityTable.InTaggedPerson"/>; <see cref="RunPeople"/> and
/// <see cref="RunPlacesAndOrganizations"/> claim them, before and after <see cref="Surnames"/>.
/// </summary>
internal sealed class TaggedNames(EntityTable table)
{
    // In the folded form of Token.Norm (й is и there).
    private static readonly string[] RussianAdjectiveEndings =
        ["скии", "ского", "скому", "ским", "ском", "ская", "скои", "скую", "ские", "ских", "ое", "ого", "ому", "ая", "ои", "ую", "ыи", "ые", "ых", "ым", "ыми"];

    private List<TaggedSpan>? _tagged;

    private readonly List<TrieHit<TitleEntry>> _titleScratch = [];

    /// <summary>The tagger's spans, read once (the table holds which tokens they make part of a person's name).</summary>
    public void Tag() => Tagged();

    private List<TaggedSpan> Tagged()
    {
        if (_tagged is null)
        {
            _tagged = table.Tagger is null ? [] : table.Tagger.Tag(table.Text, table.Tokens, table.Forms);
            for (var s = 0; s < _tagged.Count; s++)
            {
                // "Valeska Paris", "Victoria Beckham": a given name, then a capitalised place name, is one person.
                var span = _tagged[s];
                var next = span.End;
                if (span.Type == NameType.Person && next < table.Tokens.Count && (s + 1 == _tagged.Count || _tagged[s + 1].Start > next || _tagged[s + 1].End == next + 1)
                    && EntityTable.IsLatinOrCyrillic(table.Tokens[next]) && table.Tokens[next].Has(TokenFlags.Capitalized) && !table.Tokens[next].Has(TokenFlags.BreakBefore)
                    && !table.Tokens[next].Has(TokenFlags.AllUpper) && table.LexiconEntry[next] is { Kind: EntryKind.Place or EntryKind.Country }
                    && span.End - span.Start == 1)
                {
                    _tagged[s] = span with { End = next + 1 };
                    if (s + 1 < _tagged.Count && _tagged[s + 1].Start == next)
                    {
                        _tagged.RemoveAt(s + 1);
                    }
                }
                else if (span.Type == NameType.Person && span.End - span.Start == 1 && ShortSurnameAfter(span.Start) is var surnameEnd && surnameEnd > span.End)
                {
                    _tagged[s] = span with { End = surnameEnd };
                }
                else if (span.Type != NameType.Person && span.End - span.Start == 2 && IsGivenNameThenPlace(span.Start))
                {
                    _tagged[s] = span with { Type = NameType.Person }; // the same two words tagged as one place or organisation
                }
            }

            HyphenatedGivenNames(_tagged);

            for (var s = 0; s + 1 < _tagged.Count; s++)
            {
                // "Chiang" + "Kai Shek Memorial Hall Station": a Latin name the tagger split right before a run that
                // ends on a facility's or an organisation's head word is one name, of the head's kind.
                var (span, next) = (_tagged[s], _tagged[s + 1]);
                if (next.Start == span.End && table.Tokens[next.Start].Script == Script.Latin && table.Tokens[span.Start].Script == Script.Latin
                    && !table.Tokens[next.Start].Has(TokenFlags.BreakBefore) && !table.Tokens[next.Start].Has(TokenFlags.HyphenBefore)
                    && table.Tokens[next.Start].Start - table.Tokens[span.End - 1].End == 1
                    && (table.HasForm(table.Titles.FacilityHeadForms, next.End - 1) || IsOrganizationHead(next.End - 1)))
                {
                    _tagged[s] = next with { Start = span.Start };
                    _tagged.RemoveAt(s + 1);
                    s--;
                }
            }

            new ArabicPersonNames(table).Apply(_tagged);

            foreach (var span in _tagged)
            {
                if (span.Type == NameType.Person && span.End - span.Start >= 2)
                {
                    for (var k = span.Start; k < span.End; k++)
                    {
                        table.InTaggedPerson[k] = true;
                    }
                }
            }
        }

        return _tagged;
    }

    // "Wu Chi-wai", "Leung Che-cheung", "Kim Min-woo": a family name, then a given name of two short syllables joined by
    // a hyphen, the second written small, is a person's name (Cantonese and Korean names in English news); the tagger,
    // having met few, reads a place in them or stops at the hyphen. The small syllable is no English word ("New
    // York-based", "Saudi-led" are not names: CompoundEndings; the training text's small words hold the syllables too).
    private static readonly HashSet<string> CompoundEndings = new(
        ["based", "led", "run", "born", "backed", "owned", "made", "era", "style", "type", "like", "linked", "funded", "bound", "free",
         "wide", "held", "built", "bred", "raised", "area", "wing", "only", "size", "sized", "level", "class", "up", "in", "on", "off", "out"],
        StringComparer.Ordinal);

    private void HyphenatedGivenNames(List<TaggedSpan> tagged)
    {
        const int MaxSyllable = 6;
        if (table.Language != "en")
        {
            return;
        }

        var found = new List<TaggedSpan>();
        for (var i = 0; i + 2 < table.Tokens.Count; i++)
        {
            var (family, first, second) = (table.Tokens[i], table.Tokens[i + 1], table.Tokens[i + 2]);
            if (family.Script != Script.Latin || first.Script != Script.Latin || second.Script != Script.Latin
                || !family.Has(TokenFlags.Capitalized) || family.Has(TokenFlags.AllUpper) || family.Length < 2 || family.Length > MaxSyllable + 1
                || !first.Has(TokenFlags.Capitalized) || first.Has(TokenFlags.AllUpper) || first.Length > MaxSyllable || first.Has(TokenFlags.BreakBefore)
                || second.Has(TokenFlags.Capitalized) || !second.Has(TokenFlags.HyphenBefore) || second.Has(TokenFlags.BreakBefore)
                || second.Length < 2 || second.Length > MaxSyllable || second.Start - first.End != 1 || first.Start - family.End != 1
                || (table.IsCommonWord(family) && OpensSentence(i)) || CompoundEndings.Contains(second.Norm)
                || table.LexiconEntry[i] is { Kind: EntryKind.Place or EntryKind.Country or EntryKind.Organization }
                || table.LexiconEntry[i + 1] is { Kind: EntryKind.Place or EntryKind.Country or EntryKind.Organization }
                || (i + 3 < table.Tokens.Count && table.Tokens[i + 3].Has(TokenFlags.HyphenBefore) && !table.Tokens[i + 3].Has(TokenFlags.BreakBefore)))
            {
                continue;
            }

            found.Add(new TaggedSpan(i, i + 3, NameType.Person));
            i += 2;
        }

        if (found.Count == 0)
        {
            return;
        }

        tagged.RemoveAll(span => found.Any(f => f.Start < span.End && span.Start < f.End));
        tagged.AddRange(found);
        tagged.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // Full names first; one word alone ("Wang", "Лаврова") only after the surnames of the people already met.
    public void RunPeople() => FindTagged(span => span.Type == NameType.Person && span.End - span.Start > 1);

    public void RunPlacesAndOrganizations() => FindTagged(span => span.Type != NameType.Misc && (span.Type != NameType.Person || span.End - span.Start == 1));

    private void FindTagged(Func<TaggedSpan, bool> wanted)
    {
        foreach (var tagged in Tagged())
        {
            var span = Acronym(Headed(WithoutTrailingSmallWords(WithoutWordBeforeGivenName(WithoutOpeningCommonWord(InOneScript(WithHyphenated(WithHeadNoun(WithoutLabel(tagged)))))))));
            var placeAfter = WithoutPlaceAfterKnownPerson(span);
            if (!wanted(span) || !PlausibleName(span))
            {
                continue;
            }

            var heldPlace = -1;
            if (table.Overlaps(span.Start, span.End) && !HoldsPlaceAtEdge(span, out heldPlace))
            {
                continue;
            }

            var prefix = CliticPrefix(span.Start);
            if (span.Type == NameType.Person)
            {
                if (placeAfter.End < span.End && table.Lexicon[placeAfter.End] is { } place && table.LexiconEntry[placeAfter.End] is { } entry)
                {
                    if (table.LexiconEntry[placeAfter.Start] is { Kind: EntryKind.Surname or EntryKind.Person } known && table.Lexicon[placeAfter.Start] is { } name
                        && name.End == placeAfter.End && table.ArticlePeople.Contains(known.EntityId))
                    {
                        table.Claim(new Found(known.EntityId, name.Start, name.End, name.Prefix));
                    }
                    else
                    {
                        table.ClaimUntitledPerson(placeAfter.Start, placeAfter.End, prefix);
                    }

                    table.Claim(new Found(entry.EntityId, place.Start, place.End, place.Prefix));
                    continue;
                }

                table.ClaimUntitledPerson(span.Start, span.End, prefix);
                continue;
            }

            if (heldPlace >= 0)
            {
                table.Drop(heldPlace);
            }

            var type = span.Type == NameType.Location ? EntityTypes.Place : EntityTypes.Organization;
            var id = (type == EntityTypes.Organization ? NamedInFullBefore(span.Start, span.End, prefix) : null)
                ?? table.LocalEntity(type, table.Surface(span.Start, span.End, prefix), null, null);
            table.Claim(new Found(id, span.Start, span.End, prefix));
        }
    }

    // "وزارة الخارجية" after "وزارة الخارجية العراقية": an Arabic organisation's name that opens the one longer name
    // of an organisation the article named (the ministry without its country) is that organisation.
    private string? NamedInFullBefore(int start, int end, int prefix)
    {
        if (table.Tokens[start].Script != Script.Arabic)
        {
            return null;
        }

        // Once per name (an article repeating a name stays linear).
        var key = string.Join(' ', Enumerable.Range(start, end - start).Select(k => Word(k, k == start ? prefix : 0)));
        _namedInFull ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_namedInFull.TryGetValue(key, out var known))
        {
            return known;
        }

        return _namedInFull[key] = FindNamedInFull(start, end, prefix);
    }

    private Dictionary<string, string?>? _namedInFull;

    private string? FindNamedInFull(int start, int end, int prefix)
    {
        string? found = null;
        foreach (var m in table.Mentions)
        {
            if (m.End - m.Start <= end - start || !m.EntityId.StartsWith("organization/", StringComparison.Ordinal) || m.EntityId == found)
            {
                continue;
            }

            var same = true;
            for (var k = 0; k < end - start && same; k++)
            {
                same = Word(m.Start + k, k == 0 ? m.Prefix : 0) == Word(start + k, k == 0 ? prefix : 0);
            }

            if (same)
            {
                if (found is not null)
                {
                    return null; // two ministries of that name: which one is not said
                }

                found = m.EntityId;
            }
        }

        return found;
    }

    private string Word(int k, int prefix) => table.Tokens[k].Norm[prefix..];

    // "Business NZ Фил О’Рейли", "ФИДЕ Илюмжинов": a person's name is written in one script and does not begin with an
    // acronym in capitals; the words before the name (an organisation the tagger ran on into) are not part of it.
    private TaggedSpan InOneScript(TaggedSpan span)
    {
        if (span.Type != NameType.Person || span.End - span.Start < 2)
        {
            return span;
        }

        var start = span.Start;
        var last = table.Tokens[span.End - 1];
        for (var k = span.End - 2; k >= span.Start; k--)
        {
            var t = table.Tokens[k];
            if ((t.Script != last.Script && EntityTable.IsLatinOrCyrillic(t) && EntityTable.IsLatinOrCyrillic(last))
                || (t.Has(TokenFlags.AllUpper) && t.Length >= 2 && !last.Has(TokenFlags.AllUpper)))
            {
                start = k + 1;
                break;
            }
        }

        return span with { Start = start };
    }

    // "вместо Нетаньяху Иерусалим будет представлять…": a person the article already named, then a known place, are two
    // names the tagger ran together; the place is not part of the person's name.
    private TaggedSpan WithoutPlaceAfterKnownPerson(TaggedSpan span)
    {
        if (span.Type != NameType.Person || span.End - span.Start < 2 || table.Lexicon[span.End - 1] is not { } hit || hit.Start != span.End - 1
            || table.LexiconEntry[span.End - 1] is not { Kind: EntryKind.Place or EntryKind.Country } || table.Tokens[span.Start].Script != Script.Cyrillic)
        {
            return span;
        }

        var rest = table.Surface(span.Start, span.End - 1, 0);
        var known = table.LexiconEntry[span.Start] is { Kind: EntryKind.Surname or EntryKind.Person } entry && table.Lexicon[span.Start] is { } surname && surname.End == span.End - 1
            && table.ArticlePeople.Contains(entry.EntityId);
        return known || table.ResolvePerson(RussianNames.Nominative(rest), lexicon: false) is not null || table.ResolvePerson(rest, lexicon: false) is not null
            ? span with { End = span.End - 1 }
            : span;
    }

    // "U.S. Air Force", "Edmonton Sun", "Hitwise UK": an English organisation's name the tagger read with a country or
    // place at its start or end holds it (the English train corpora hold a country opening an organisation's name 65
    // times, apart from it twice). A place so held is part of the name, no mention of its own (heldPlace, to drop); a
    // country stays a mention of its own. The rest of the name is words no other mention took; a place after a hyphen
    // is a stance ("Pro-Beijing"), not part of a name. A facility's name ("Volgograd Arena", "Washington Dulles
    // International Airport") holds its city too, and the city stays a mention of its own (GUM annotates it so).
    private bool HoldsPlaceAtEdge(TaggedSpan span, out int heldPlace)
    {
        heldPlace = -1;
        var facility = span.Type == NameType.Location && table.HasForm(table.Titles.FacilityHeadForms, span.End - 1);
        if (table.Language != "en" || !(span.Type == NameType.Organization || facility) || span.End - span.Start < 2)
        {
            return false;
        }

        var held = -1;
        for (var k = span.Start; k < span.End; k++)
        {
            if (table.Tokens[k].Script != Script.Latin)
            {
                return false;
            }

            var owner = table.Owner[k];
            if (owner < 0 || owner == held)
            {
                continue;
            }

            var m = table.Mentions[owner];
            if (held >= 0 || m.Start < span.Start || m.End > span.End || (m.Start != span.Start && m.End != span.End)
                || m.End - m.Start >= span.End - span.Start || table.Tokens[m.Start].Has(TokenFlags.HyphenBefore) || table.Entity(m.EntityId) is not { Type: EntityTypes.Place or EntityTypes.Country } entity)
            {
                return false;
            }

            held = owner;
            heldPlace = entity.Type == EntityTypes.Place && !facility ? owner : -1;
        }

        return held >= 0;
    }

    // "Washington D.C. Image: United States Navy", "Belle Image: …": a word the language writes small, ending a name
    // right before a colon, is a caption's label, not part of the name.
    private TaggedSpan WithoutLabel(TaggedSpan span)
    {
        var last = table.Tokens[span.End - 1];
        if (span.End - span.Start < 2 || last.Script != Script.Latin || !table.IsCommonWord(last) || last.End >= table.Text.Length)
        {
            return span;
        }

        var after = last.End;
        while (after < table.Text.Length && table.Text[after] == ' ')
        {
            after++;
        }

        return after < table.Text.Length && table.Text[after] == ':' ? span with { End = span.End - 1 } : span;
    }

    // "University of", "Junius Ho defeating": a Latin-script name ends on a capitalised word (or a word joined to
    // one by a hyphen, "Lee Cheuk-yan"); lower-case words the tagger ran on into are not part of it.
    private TaggedSpan WithoutTrailingSmallWords(TaggedSpan span)
    {
        var end = span.End;
        while (end - span.Start > 1 && table.Tokens[end - 1].Script == Script.Latin && !table.Tokens[end - 1].Has(TokenFlags.Capitalized)
            && !table.Tokens[end - 1].Has(TokenFlags.HyphenBefore) && !char.IsDigit(table.Text[table.Tokens[end - 1].Start]))
        {
            end--;
        }

        return span with { End = end };
    }

    // "Стратегический совет", "Общественной палаты": Russian writes only the first word of an organisation's name
    // with a capital, and the tagger often stops there; the head noun right after the adjective is part of the name.
    private TaggedSpan WithHeadNoun(TaggedSpan span)
    {
        if (span.End - span.Start != 1 || span.Type == NameType.Person || span.End >= table.Tokens.Count)
        {
            return span;
        }

        var first = table.Tokens[span.Start];
        var next = table.Tokens[span.End];
        return first.Script == Script.Cyrillic && !first.Has(TokenFlags.AllUpper) && IsRussianAdjective(first)
            && !next.Has(TokenFlags.Capitalized) && !next.Has(TokenFlags.BreakBefore) && IsOrganizationHead(span.End)
            ? span with { End = WithPlaceServed(span.End + 1), Type = NameType.Organization }
            : span;
    }

    // "Арбитражный суд Москвы": the country, region or city right after the head noun is part of the name (and stays
    // a mention of its own).
    private int WithPlaceServed(int end)
    {
        if (end >= table.Tokens.Count || table.Tokens[end].Has(TokenFlags.BreakBefore) || table.Owner[end] < 0)
        {
            return end;
        }

        var served = table.Mentions[table.Owner[end]];
        return served.Start == end && table.Entity(served.EntityId) is { Type: EntityTypes.Country or EntityTypes.Place } ? served.End : end;
    }

    // "Большого театра", "Левый фронт": a place or other name whose words include an organisation's head noun is an
    // organisation (the Russian training text, from Wikipedia, often tags a theatre as the building).
    private TaggedSpan Headed(TaggedSpan span)
    {
        // "Shandao Station", "Kai Shek Memorial": a facility's word makes the name a place's.
        if (span.Type == NameType.Person)
        {
            for (var k = span.Start; k < span.End; k++)
            {
                if (table.HasForm(table.Titles.FacilityHeadForms, k))
                {
                    return span with { Type = NameType.Location };
                }
            }

            return span;
        }

        // "Kennedy Space Center", "Fisht Stadium": an English name that ends on a facility's word is the place.
        if (span.Type == NameType.Organization && span.End - span.Start > 1 && table.Tokens[span.End - 1].Script == Script.Latin
            && table.HasForm(table.Titles.FacilityHeadForms, span.End - 1))
        {
            return span with { Type = NameType.Location };
        }

        if (span.Type is not (NameType.Location or NameType.Misc))
        {
            return span;
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (IsOrganizationHead(k))
            {
                return span with { Type = NameType.Organization };
            }
        }

        return span;
    }

    // "РГГУ", "ФАС": a Russian acronym the lexicon does not know (it knows the countries, США, КНР) is an
    // organisation's, whatever the tagger says: its Wikipedia training text tags universities as places (МГУ, РГГУ),
    // and almost never writes a person in capitals ("МИД" alone names no one ministry). "Мосгордумы", "Сбербанк": one word that ends in an
    // organisation's head noun is an organisation.
    private TaggedSpan Acronym(TaggedSpan span)
    {
        if (span.End - span.Start != 1 || span.Type == NameType.Organization || table.Tokens[span.Start].Script != Script.Cyrillic)
        {
            return span;
        }

        var token = table.Tokens[span.Start];
        if (token.Has(TokenFlags.AllUpper) && token.Norm.Length >= 2 && token.Norm.All(char.IsLetter) && !IsGoverningBody(span.Start))
        {
            return span with { Type = NameType.Organization };
        }

        return span.Type == NameType.Location && EndsInOrganizationHead(span.Start) ? span with { Type = NameType.Organization } : span;
    }

    private bool EndsInOrganizationHead(int k)
    {
        const int MinHead = 4;
        const int MinFirstPart = 3;
        if (!table.Titles.OrganizationHeadStems.TryGetValue(table.Language, out var heads))
        {
            return false;
        }

        var stem = RussianStems.Key(table.Text.Substring(table.Tokens[k].Start, table.Tokens[k].Length));
        for (var cut = MinFirstPart; cut <= stem.Length - MinHead + 1; cut++)
        {
            if (heads.Contains(stem[cut..]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOrganizationHead(int k) => table.HasForm(table.Titles.OrganizationHeadForms, k);

    private bool IsGoverningBody(int k) => table.HasForm(table.Titles.GoverningBodies, k);

    private static bool IsRussianAdjective(Token token)
        => RussianAdjectiveEndings.Any(e => token.Norm.EndsWith(e, StringComparison.Ordinal));

    // "Визит Фидана в Москву": a word the language writes in lower case, capitalised only because it opens the
    // sentence, is not part of the name after it.
    // For a person, any opening word that no name list knows goes ("Визит Фидана станет…").
    // "The Church of Scientology": an English article written with a capital inside a sentence, opening a place's or
    // an organisation's name of several words, is no part of the name (the same body as the one named without it); a
    // name of one word after the article keeps it ("The Hague").
    private TaggedSpan WithoutOpeningCommonWord(TaggedSpan span)
    {
        if (span.End - span.Start > 2 && table.Language == "en" && table.Tokens[span.Start].Norm == "the" && span.Type != NameType.Person)
        {
            return span with { Start = span.Start + 1 };
        }

        return span.End - span.Start > 1 && OpensSentence(span.Start)
            && (table.IsCommonWord(table.Tokens[span.Start]) || (span.Type == NameType.Person && !IsNameWord(span.Start)))
            ? span with { Start = span.Start + 1 }
            : span;
    }


    private bool IsNameWord(int k) => table.IsPersonNameWord(k);

    private TaggedSpan WithoutWordBeforeGivenName(TaggedSpan span)
        => span.Type == NameType.Person ? span with { Start = table.GivenNameStart(span.Start, span.End) } : span;

    // "Claudia Mo", "Wilson Or": a family name of two or three letters after a listed name word is part of the name
    // (the tagger, having met few such surnames, often stops before it). A capitalised word mid-sentence, no acronym, no
    // known place or other lexicon name, no function word ("In the", "Of"); where the span ends otherwise, the span stays.
    private int ShortSurnameAfter(int k)
    {
        const int MaxShort = 3;
        var next = k + 1;
        if (table.Language != "en" || next >= table.Tokens.Count || table.Tokens[k].Script != Script.Latin || !IsNameWord(k)
            || table.Tokens[next].Length > MaxShort || table.LexiconEntry[next] is not null || table.Tokens[next].Has(TokenFlags.HyphenBefore))
        {
            return k + 1;
        }

        var end = table.LatinNameEnd(k);
        return end == next + 1 ? end : k + 1;
    }

    // A capitalised person-name word the gazetteer does not know, then a capitalised place or country name; a word of
    // direction before a place (East Nairobi, Южный Тбилиси) names a place, even where a name list has it as a surname.
    private bool IsGivenNameThenPlace(int k)
        => IsNameWord(k) && table.LexiconEntry[k] is null && !table.HasForm(table.Titles.CompassWordForms, k) && table.LexiconEntry[k + 1] is { Kind: EntryKind.Place or EntryKind.Country }
            && EntityTable.IsLatinOrCyrillic(table.Tokens[k]) && EntityTable.IsLatinOrCyrillic(table.Tokens[k + 1])
            && table.Tokens[k].Has(TokenFlags.Capitalized) && table.Tokens[k + 1].Has(TokenFlags.Capitalized)
            && !table.Tokens[k].Has(TokenFlags.AllUpper) && !table.Tokens[k + 1].Has(TokenFlags.AllUpper)
            && !table.Tokens[k + 1].Has(TokenFlags.BreakBefore);

    private bool OpensSentence(int k) => k == 0 || table.Tokens[k].Has(TokenFlags.BreakBefore) || table.Tokens[k].Has(TokenFlags.LineStart);

    // "Lee Cheuk-yan", "Склодовская-Кюри": words joined by a hyphen belong to the name; a dash between spaces
    // ("Крис Хелмбрехт - управляющий") joins nothing.
    private TaggedSpan WithHyphenated(TaggedSpan span)
    {
        var end = span.End;
        while (end < table.Tokens.Count && end - span.End < 3 && table.Tokens[end].Has(TokenFlags.HyphenBefore) && !table.Tokens[end].Has(TokenFlags.BreakBefore)
            && table.Tokens[end].Start - table.Tokens[end - 1].End == 1)
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
        var first = table.Tokens[span.Start];
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

            if (table.IsCommonWord(first) && OpensSentence(span.Start))
            {
                return false;
            }

            // "ООО", "Inc": a company's legal form alone is no name; nor is an acronym used as a common noun (СМИ, ДТП).
            if ((table.Titles.LegalForms.TryGetValue(table.Language, out var legal) && legal.Contains(first.Norm))
                || (table.Titles.CommonAcronyms.TryGetValue(table.Language, out var common) && common.Contains(first.Norm)))
            {
                return false;
            }

            // "Института", "Комитет": the head noun of an organisation's name alone is the noun, not a name.
            if (span.Type != NameType.Person && IsOrganizationHead(span.Start))
            {
                return false;
            }

            // "the Museum", "the Arena", "the Bridge": an English facility's word alone is the noun; the name it
            // stands for was given in full; an article alone ("The" the tagger cut from a title) is no name either.
            if (span.Type != NameType.Person && first.Script == Script.Latin
                && (table.HasForm(table.Titles.FacilityHeadForms, span.Start) || first.Norm is "the" or "a" or "an"))
            {
                return false;
            }

            // A capital where a sentence opens proves nothing ("Посла", "Страны", "Спасибо"): one word there is a
            // place or an organisation only when the article also writes it with a capital inside a sentence, or
            // as an acronym.
            if (span.Type != NameType.Person && first.Script == Script.Cyrillic && OpensSentence(span.Start)
                && !first.Has(TokenFlags.AllUpper) && !table.CapitalisedInsideSentence(span.Start))
            {
                return false;
            }

            // One word as a person must be a name word of the lists where a capital proves nothing: opening a sentence
            // ("Nucléaire" heading a headline), in Arabic (no capitals), in Russian (Совет, Дума are capitalised nouns).
            if (span.Type == NameType.Person && (OpensSentence(span.Start) || first.Script != Script.Latin) && !IsNameWord(span.Start))
            {
                return false;
            }

            // One word opening a sentence ("Инженеры изучают…", "Шестеро из семи…") is a person only when the article
            // also writes it with a capital inside a sentence (the surname of someone it names is taken before this).
            if (span.Type == NameType.Person && first.Script is Script.Latin or Script.Cyrillic && OpensSentence(span.Start)
                && !table.CapitalisedInsideSentence(span.Start))
            {
                return false;
            }

            // One Cyrillic word that the language mostly writes in lower case is no person by itself, wherever it
            // stands ("Страны", "Инженеры"): the name lists hold every word of every label, so they do not overrule it.
            if (span.Type == NameType.Person && first.Script == Script.Cyrillic && table.IsCommonWord(first))
            {
                return false;
            }

            if (first.Script == Script.Cyrillic && span.Type != NameType.Person && !first.Has(TokenFlags.AllUpper)
                && span.End < table.Tokens.Count && !table.Tokens[span.End].Has(TokenFlags.Capitalized) && !table.Tokens[span.End].Has(TokenFlags.BreakBefore)
                && IsRussianAdjective(first))
            {
                return false;
            }
        }

        // "Robot Olympics", "Fan Expo": an event's name (titles.json "eventHeads") is no person's, place's or organisation's.
        if (table.Titles.EventHeads.TryGetValue(table.Language, out var events))
        {
            for (var k = span.Start; k < span.End; k++)
            {
                if (events.Contains(table.Tokens[k].Norm) && table.Tokens[k].Has(TokenFlags.Capitalized))
                {
                    return false;
                }
            }
        }

        // "Мэрия Москвы", "Правительство Китая": a body's name is no person's.
        if (span.Type == NameType.Person)
        {
            for (var k = span.Start; k < span.End; k++)
            {
                if (IsOrganizationHead(k) || IsGoverningBody(k))
                {
                    return false;
                }
            }
        }

        // An Arabic person's name does not end in a common word ("رئيس الملتقى العسكري" is a forum's head, not a name).
        if (span.Type == NameType.Person && span.End - span.Start > 1 && table.IsCommonArabicWord(span.End - 1))
        {
            return false;
        }

        // Nor does it begin with one ("معارك" battles, "ومبادئ" and principles): the tagger's Arabic person spans that
        // open on such a word are phrases. Only the word itself and the word after "and" count: a stripped ب, ك or ل
        // makes common words of names (كيري, Kerry, is "ك" + "يري").
        if (span.Type == NameType.Person && OpensOnCommonArabicWord(span.Start))
        {
            return false;
        }

        // A title is no name ("the Crown Prince", "замглава МИД"), nor part of one ("Глава МИД России Сергей Лавров":
        // the title pass has read the title; "МИД России" is not a person).
        _titleScratch.Clear();
        table.Titles.Trie.MatchAt(table.Tokens, table.Forms, span.Start, _titleScratch);
        if (_titleScratch.Any(hit => hit.End >= span.End) || table.Roles.Any(r => r.Start < span.End && span.Start < r.End))
        {
            return false;
        }

        // A nationality word is its country's mention (AddDemonyms), not part of a new name ("the Syrian army").
        for (var k = span.Start; k < span.End; k++)
        {
            if (table.NotAName[k] || (table.DemonymAt[k] is not null && !IsArabicNisba(span, k)) || (k > 0 && table.DemonymAt[k - 1] is not null && table.DemonymEnd[k - 1] > k))
            {
                return false;
            }
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (table.Tokens[k].Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // "أبو حفص الموريتاني", "ولد الشيخ محمد الموريتاني": a nisba after a kunya or a link word is the person's laqab, not
    // a mention of the country.
    private bool IsArabicNisba(TaggedSpan span, int k)
    {
        if (span.Type != NameType.Person || table.Tokens[k].Script != Script.Arabic || k == span.Start)
        {
            return false;
        }

        for (var j = span.Start; j < k - 1; j++)
        {
            if (table.Titles.ArabicNameLinks.Contains(table.Tokens[j].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensOnCommonArabicWord(int k)
        => table.IsCommonArabicWord(k) && !(table.Tagger is { } tagger && tagger.Names.Contains(TokenForms.Bare(table.Tokens[k].Norm)));

    // An Arabic name written onto a conjunction or preposition (ولافروف، بالرياض): the clitic is not part of it.
    private int CliticPrefix(int k)
    {
        var token = table.Tokens[k];
        if (token.Script != Script.Arabic || table.Tagger is null)
        {
            return 0;
        }

        var names = table.Tagger.Names;
        if (names.Contains(token.Norm))
        {
            return 0;
        }

        foreach (var form in table.Forms[k])
        {
            if (form.Prefix > 0 && form.Text.Length >= 3 && names.Contains(form.Text))
            {
                return form.Prefix;
            }
        }

        // "وزارة" (ministry) is no "و" + "زارة": a common word keeps its first letter.
        return token.Norm.Length > 4 && token.Norm[0] == 'و' && !table.Tagger.CommonWords.Contains(token.Norm) ? 1 : 0;
    }
}
