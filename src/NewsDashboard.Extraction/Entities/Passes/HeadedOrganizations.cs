using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 6 (docs/entity-extraction.md): English organisations by their head word.</summary>
internal sealed class HeadedOrganizations(EntityTable table)
{
    // English organisations by their last word: "the Civic Party", "Hong Kong Baptist University".
    public void Run()
    {
        if (table.Language != "en")
        {
            return;
        }

        for (var i = 1; i < table.Tokens.Count; i++)
        {
            var t = table.Tokens[i];
            var newspaper = NewspaperAfterPlace(i);
            if (table.Owner[i] >= 0 || !t.Has(TokenFlags.Capitalized) || !(table.Titles.OrganizationHeads.Contains(t.Norm) || newspaper) || t.Has(TokenFlags.BreakBefore))
            {
                continue;
            }

            // Walk back over capitalised words to the start of the name.
            // A city or region the name begins with is part of it ("Sydney Morning Herald", "Metro Toronto Convention
            // Centre"), not a mention of the place; a country is part of it too ("U.S. Environmental Protection Agency",
            // "United States Navy": the English train corpora hold a country opening an organisation's name 65 times,
            // apart from it twice) and stays a mention of its own.
            var start = i;
            var within = -1;
            var country = false;
            while (start > 0 && !table.Tokens[start].Has(TokenFlags.BreakBefore)
                && table.Tokens[start - 1].Has(TokenFlags.Capitalized) && !table.Tokens[start - 1].Has(TokenFlags.LineStart))
            {
                if (table.Owner[start - 1] >= 0)
                {
                    var m = table.Mentions[table.Owner[start - 1]];
                    if (within >= 0 || m.End != start || table.Tokens[m.Start].Script != Script.Latin
                        || table.Entity(m.EntityId) is not { Type: EntityTypes.Place or EntityTypes.Country } held
                        || (start == i && held.Type != EntityTypes.Country && !newspaper) || table.Tokens[m.Start].Has(TokenFlags.LineStart))
                    {
                        break;
                    }

                    within = table.Owner[start - 1];
                    country = held.Type == EntityTypes.Country;
                    start = m.Start;
                    continue;
                }

                start--;
            }

            if (start == i || table.LexiconEntry[start] is { Kind: EntryKind.Person })
            {
                continue;
            }

            if (table.Tokens[start].Norm is "the" or "a" or "an")
            {
                start++;
                if (start == i)
                {
                    continue;
                }
            }

            // "Kennedy Space Center", "California Science Center": a head that is also a facility's word (Center, Centre)
            // names the place, as English news annotates it more often than not.
            // "Centre for Policy Studies": a head serving a purpose is an institution, whatever its head word.
            var end = WithComplement(i + 1);
            var type = table.HasForm(table.Titles.FacilityHeadForms, i) && table.Tokens[i + 1 < end ? i + 1 : i].Norm != "for"
                ? EntityTypes.Place : EntityTypes.Organization;
            if (within >= 0 && !country)
            {
                table.Drop(within);
            }

            var surface = table.Surface(start, end, 0);
            table.Claim(new Found(table.LocalEntity(type, surface, null, null), start, end, 0));
        }
    }

    // "Toronto Star", "LA Weekly", "Saudi Gazette": a newspaper's word right after a place or a nationality word ends a
    // newspaper's name (titles.json "newspaperHeads"; alone or after other words it is a common word, "Rising Sun").
    private bool NewspaperAfterPlace(int i)
    {
        if (!table.Titles.NewspaperHeads.TryGetValue(table.Language, out var heads) || !heads.Contains(table.Tokens[i].Norm)
            || table.Tokens[i].Has(TokenFlags.AllUpper))
        {
            return false;
        }

        var before = i - 1;
        if (table.DemonymAt[before] is not null && table.DemonymEnd[before] == i)
        {
            return true;
        }

        return table.Owner[before] >= 0 && table.Mentions[table.Owner[before]] is { } m && m.End == i
            && table.Entity(m.EntityId) is { Type: EntityTypes.Place or EntityTypes.Country };
    }

    private const int MaxComplement = 6;

    // "Massachusetts Institute of Technology", "Centre for Control of Iodine Deficiency": "of" or "for" and capitalised
    // words after an organisation's head belong to its name (the English train corpora hold such a complement inside
    // the name 210 times, outside it 23). A word another mention owns ("University of Sheffield", a known city) ends it.
    private int WithComplement(int end)
    {
        var limit = Math.Min(table.Tokens.Count, end + MaxComplement);

        // "Medical Journal of Australia", "Doctor Who Society of Canada": "of" and a country end the name; the country
        // stays a mention of its own.
        if (end + 1 < limit && table.Tokens[end].Norm == "of" && !table.Tokens[end].Has(TokenFlags.Capitalized) && Free(end)
            && table.Owner[end + 1] >= 0 && table.Mentions[table.Owner[end + 1]] is { } country && country.Start == end + 1
            && !table.Tokens[end + 1].Has(TokenFlags.BreakBefore) && table.Entity(country.EntityId) is { Type: EntityTypes.Country })
        {
            return country.End;
        }

        while (end + 1 < limit && table.Tokens[end].Norm is "of" or "for" && !table.Tokens[end].Has(TokenFlags.Capitalized)
            && Free(end) && Free(end + 1) && table.Tokens[end + 1].Has(TokenFlags.Capitalized) && !table.Tokens[end + 1].Has(TokenFlags.AllUpper))
        {
            var k = end + 1;
            while (k < limit && Free(k) && table.Tokens[k].Has(TokenFlags.Capitalized))
            {
                k++;
            }

            end = k;
        }

        return end;
    }

    private bool Free(int k) => table.Owner[k] < 0 && !table.Tokens[k].Has(TokenFlags.BreakBefore) && !table.Tokens[k].Has(TokenFlags.LineStart);
}
