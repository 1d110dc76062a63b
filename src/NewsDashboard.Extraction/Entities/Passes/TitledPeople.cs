using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 5 (docs/entity-extraction.md): title patterns, a title and the person it introduces.</summary>
internal sealed class TitledPeople(EntityTable table)
{
    private const int MaxArabicName = 4;

    private const int MaxZone = 4;

    private readonly List<TrieHit<TitleEntry>> _titleScratch = [];

    private readonly ArabicPersonNames _arabic = new(table);

    // Title, nationality, name: "وزير الخارجية الروسي سيرجي لافروف", "Russian Foreign Minister Sergei Lavrov",
    // "le ministre russe des Affaires étrangères Sergueï Lavrov", "глава МИД России Сергей Лавров".
    public void Run()
    {
        var hits = new List<TrieHit<TitleEntry>>();
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (table.Owner[i] >= 0)
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
            var country = hit.Skipped >= 0 ? table.DemonymAt[hit.Skipped] : CountryBefore(hit.Start);
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
            table.Roles.Add(new PendingRole(hit.Start, roleEnd, hit.Prefix, title.Role, CountryCode(country), personId));
            i = Math.Max(i, (personId is null ? zoneEnd : nameEnd) - 1);
        }
    }

    // A one-word indefinite Arabic title (وزير، رئيس، نائب) heads a construct: the words after it name the post,
    // up to a nationality, a known name, a name-ending word or a name start without the article.
    private int ArabicPortfolioEnd(TrieHit<TitleEntry> hit)
    {
        var spokesperson = table.Tokens[hit.End - 1].Norm == "باسم"; // "الناطق باسم القوات الجوية": whose spokesperson
        if (!spokesperson && (hit.Length != 1 || table.Tokens[hit.Start].Script != Script.Arabic || table.Forms[hit.Start][0].Text.StartsWith("ال", StringComparison.Ordinal)))
        {
            return hit.End;
        }

        var end = hit.End;
        while (end < table.Tokens.Count && end - hit.End < 3 && !table.Tokens[end].Has(TokenFlags.BreakBefore))
        {
            var t = table.Tokens[end];
            var chained = end > hit.End && !table.Tokens[end - 1].Norm.StartsWith("ال", StringComparison.Ordinal);
            if (table.DemonymAt[end] is not null || table.LexiconEntry[end] is { Kind: EntryKind.Person or EntryKind.Surname or EntryKind.Country }
                || table.Titles.ArabicNameStops.Contains(t.Norm) || !(t.Norm.StartsWith("ال", StringComparison.Ordinal) || chained || end == hit.End))
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
        while (end > hit.End && !table.Tokens[end - 1].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }

    private TrieHit<TitleEntry>? BestTitleAt(int i, List<TrieHit<TitleEntry>> hits)
    {
        // "عبد الأمير يار الله": a title word after a link word is part of a name (Abd al-Amir), not a title.
        if (i > 0 && table.Tokens[i].Script == Script.Arabic && !table.Tokens[i].Has(TokenFlags.BreakBefore)
            && table.Titles.ArabicNameLinks.Contains(table.Tokens[i - 1].Norm))
        {
            return null;
        }

        hits.Clear();
        table.Titles.Trie.MatchAt(table.Tokens, table.Forms, i, hits, table.IsDemonym);
        if (hits.Count == 0 || (EntityTable.IsLatinOrCyrillic(table.Tokens[i]) && LexiconNameAt(i)))
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
        if (k == 0 || !EntityTable.IsLatinOrCyrillic(table.Tokens[k]) || table.Tokens[k].Has(TokenFlags.QuoteBefore) || table.Tokens[k].Has(TokenFlags.LineStart))
        {
            return false;
        }

        var gap = table.Text.AsSpan(table.Tokens[k - 1].End, table.Tokens[k].Start - table.Tokens[k - 1].End).Trim();
        // After a full stop, a word the language writes small opens the next sentence ("…расстроил премьера. Между
        // тем…"): no name follows the title.
        return gap is "," || (gap is "." && !(table.Tagger is not null && table.IsCommonWord(table.Tokens[k])));
    }

    private bool LexiconNameAt(int i)
        => table.LexiconEntry[i] is { Kind: EntryKind.Country or EntryKind.Place or EntryKind.Organization } && table.Tokens[i].Has(TokenFlags.Capitalized);

    // "Russian Foreign Minister", "Russia's foreign minister", "US President".
    private string? CountryBefore(int start)
    {
        if (start == 0 || table.Tokens[start].Has(TokenFlags.BreakBefore) && !table.Tokens[start].Has(TokenFlags.LineStart))
        {
            return null;
        }

        var k = start - 1;
        if (table.DemonymAt[k] is { } demonym)
        {
            return demonym;
        }

        if (table.Tokens[k].Norm == "s" && k > 0)
        {
            k--;
        }

        return table.LexiconEntry[k] is { Kind: EntryKind.Country } entry && table.Lexicon[k]!.Value.End >= k + 1 ? entry.EntityId : null;
    }

    // After the title: nationality adjectives, a country ("of Syria", "de la Syrie", "России"), an organisation
    // ("генсек ООН"). Returns where the name may start.
    private int ReadCountryZone(int start, ref string? country)
    {
        var fillers = table.Titles.CountryFillers.GetValueOrDefault(table.Language);
        var j = start;
        var committed = start;
        while (j < table.Tokens.Count && j - start < MaxZone && !table.Tokens[j].Has(TokenFlags.BreakBefore))
        {
            if (table.DemonymAt[j] is { } demonym && table.LexiconEntry[j] is not { Kind: EntryKind.Person } && table.Lexicon[j] is not { Length: > 1 })
            {
                country ??= demonym;
                committed = ++j;
            }
            else if (table.Lexicon[j] is { } hit && table.LexiconEntry[j]!.Kind is EntryKind.Country or EntryKind.Organization)
            {
                if (table.LexiconEntry[j]!.Kind == EntryKind.Country)
                {
                    country ??= table.LexiconEntry[j]!.EntityId;
                }

                committed = j = hit.End;
            }
            else if (fillers is not null && fillers.Contains(table.Tokens[j].Norm))
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
        if (start >= table.Tokens.Count || (table.Tokens[start].Has(TokenFlags.BreakBefore) && !SoftGap(start)))
        {
            return (start, null);
        }

        while (start + 1 < table.Tokens.Count && table.Titles.Honorifics.Contains(table.Tokens[start].Norm)
            && (!table.Tokens[start + 1].Has(TokenFlags.BreakBefore) || SoftGap(start + 1)))
        {
            start++;
        }

        if (table.Lexicon[start] is { } lex && table.LexiconEntry[start] is { Kind: EntryKind.Person or EntryKind.Surname } entry
            && (table.Tokens[start].Script == Script.Arabic
                ? entry.Kind == EntryKind.Person && lex.Length > 1 || ArabicNameEnd(start) <= lex.End
                : table.LatinNameEnd(start) <= lex.End))
        {
            var known = table.Gazetteer.Find(entry.EntityId)!;
            AddPerson(known.Id, start, lex.End, lex.Prefix, title, country);
            return (lex.End, known.Id);
        }

        // "الرئيس المخلوع صالح" (the deposed president): definite words no name list holds, right after the title,
        // describe the post; the name comes after them.
        for (var skipped = 0; skipped < MaxArabicAdjectives && start + 1 < table.Tokens.Count && IsArabicAdjective(start)
            && !table.Tokens[start + 1].Has(TokenFlags.BreakBefore); skipped++)
        {
            start++;
        }

        var end = table.Tokens[start].Script == Script.Arabic ? ArabicNameEnd(start) : table.LatinNameEnd(start);
        start = table.GivenNameStart(start, end);
        if (end <= start || table.OnlyCommonArabicWords(start, end) || OpensOnArabicNoun(start))
        {
            return (start, null);
        }

        const int prefix = 0;
        var surface = table.Surface(start, end, prefix);
        var lemma = table.Tokens[start].Script == Script.Cyrillic ? RussianNames.Nominative(surface) : surface;
        var resolved = table.ResolvePerson(lemma);
        if (resolved is null && end - start == 1 && table.Tokens[start].Script == Script.Cyrillic && title.Generic)
        {
            return (start, null); // "глава Минсвязи": one unknown capitalised word after a Russian title is rarely a name
        }

        var id = resolved ?? table.LocalEntity(EntityTypes.Person, lemma, title.Generic ? null : title.Role, CountryCode(country));
        if (table.Local.TryGetValue(id, out var record))
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
        table.Claim(new Found(id, start, end, prefix));
        if (table.Local.TryGetValue(id, out var local))
        {
            local.Role ??= title.Generic ? null : title.Role;
            local.Country ??= country;
        }
        else
        {
            var known = table.Gazetteer.Find(id);
            if (known is not null && (known.Role is null || known.Country is null))
            {
                // A lexicon person without a role or country takes them from the title.
                var filled = table.Local.GetValueOrDefault(id) ?? new LocalRecord(known.Id, known.Type, known.Name, known.Role, known.Country);
                filled.Role ??= title.Generic ? null : title.Role;
                filled.Country ??= country;
                table.Local[id] = filled;
            }
        }

        if (!table.ArticlePeople.Contains(id))
        {
            table.ArticlePeople.Add(id);
        }
    }

    // Arabic has no capitals: a name is two to four words after the title. A linking word (أبو، بن، عبد)
    // takes the next word along; a third word is the family name when it carries the article (أسعد حسن
    // الشيباني); punctuation, a preposition, a verb or a known place ends it.
    private int ArabicNameEnd(int start)
    {
        // A name does not open with the conjunction و (والجالية، وشؤون), unless it is a name that starts so (وليد).
        if (!MayBeArabicNameWord(start) || (table.Tokens[start].Norm.StartsWith('و') && !Romanizer.IsKnownArabicName(table.Tokens[start].Norm)))
        {
            return start;
        }

        var end = start + 1;
        var linked = table.Titles.ArabicNameLinks.Contains(table.Tokens[start].Norm);
        while (end < table.Tokens.Count && end - start < MaxArabicName)
        {
            var t = table.Tokens[end];
            if (t.Has(TokenFlags.BreakBefore) || !MayBeArabicNameWord(end) || t.Norm.StartsWith('و') || LooksLikeVerb(t.Norm))
            {
                break;
            }

            var previous = table.Tokens[end - 1].Norm;
            var take = linked || end - start == 1 || table.Titles.ArabicNameLinks.Contains(t.Norm)
                || (t.Norm.StartsWith("ال", StringComparison.Ordinal) && !previous.StartsWith("ال", StringComparison.Ordinal));
            if (!take)
            {
                break;
            }

            linked = table.Titles.ArabicNameLinks.Contains(t.Norm);
            end++;
        }

        if (end - start == 1)
        {
            return start; // one word after a title is more often a noun (الوزير الشخصي) than a name; known surnames are found before
        }

        return linked ? end - 1 : end;
    }

    private const int MaxArabicAdjectives = 2;

    private bool IsArabicAdjective(int k)
        => table.Tokens[k].Script == Script.Arabic && table.Tagger is not null && table.Tokens[k].Norm is { Length: > 4 } norm
            && norm.StartsWith("ال", StringComparison.Ordinal) && table.LexiconEntry[k] is null && table.DemonymAt[k] is null
            && !table.Titles.ArabicNameStops.Contains(norm)
            && !_arabic.IsListedName(k) && !Romanizer.IsKnownArabicName(norm[2..]);

    // "رئيس دار الإفتاء": a common word of the annotated news that is no given name opens a post, not a name.
    private bool OpensOnArabicNoun(int start)
        => table.Tokens[start].Script == Script.Arabic && table.Tagger is not null && !table.Titles.ArabicNameLinks.Contains(table.Tokens[start].Norm)
            && _arabic.IsCommonWord(start) && !Romanizer.IsKnownArabicName(table.Tokens[start].Norm);

    // An imperfect verb (يواصل، تتطلع، سيبحث) or a past tense with ت (توصل) after a given name ends the name;
    // names of that shape (يوسف، تامر) are in the name table.
    private static bool LooksLikeVerb(string norm)
        => norm.Length >= 4 && norm[0] is 'ي' or 'ت' or 'س' && !norm.StartsWith("ال", StringComparison.Ordinal)
            && (norm[0] != 'س' || norm[1] is 'ي' or 'ت') && !Romanizer.IsKnownArabicName(norm);

    private bool MayBeArabicNameWord(int k)
    {
        var t = table.Tokens[k];
        if (t.Script != Script.Arabic || table.Titles.ArabicNameStops.Contains(t.Norm) || table.IsNonPersonName(k) || table.DemonymAt[k] is not null
            || (table.Tagger is not null && (_arabic.HasArticleClitic(k) || _arabic.IsPossessed(k))))
        {
            return false;
        }

        _titleScratch.Clear();
        table.Titles.Trie.MatchAt(table.Tokens, table.Forms, k, _titleScratch);
        return _titleScratch.Count == 0;
    }
}
