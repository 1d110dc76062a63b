using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 3, claimed (docs/entity-extraction.md): the lexicon phrases the title patterns left.</summary>
internal sealed class LexiconClaims(EntityTable table)
{
    // Lexicon phrases not taken by a title pattern; surnames only for people the article names in full,
    // or foreign-looking ones that no common word shares.
    public void Run()
    {
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (table.Lexicon[i] is not { } hit || table.LexiconEntry[i] is not { } entry || table.Overlaps(hit.Start, hit.End))
            {
                continue;
            }

            if (entry.Kind == EntryKind.Surname || InsideTaggedPerson(hit, entry))
            {
                continue;
            }

            if (entry.Kind is EntryKind.Place or EntryKind.Country && DirectionBefore(hit))
            {
                // "Восточном Иерусалиме", "East Los Angeles": the part of the place is a place of its own.
                var surface = table.Surface(hit.Start - 1, hit.End, 0);
                var direction = Romanizer.Romanize(RussianStems.Key(table.Surface(hit.Start - 1, hit.Start, 0)));
                var key = direction + " " + entry.EntityId[(entry.EntityId.IndexOf('/', StringComparison.Ordinal) + 1)..];
                table.Claim(new Found(table.LocalEntity(EntityTypes.Place, surface, null, null, key), hit.Start - 1, hit.End, 0));
                i = hit.End - 1;
                continue;
            }

            table.Claim(new Found(entry.EntityId, hit.Start, hit.End, hit.Prefix));
            if (entry.Kind == EntryKind.Person && !table.ArticlePeople.Contains(entry.EntityId))
            {
                table.ArticlePeople.Add(entry.EntityId);
            }

            if (entry.CountryInside)
            {
                table.ClaimCountriesInside(hit.Start, hit.End);
            }

            i = hit.End - 1;
        }
    }

    // A capitalised word of direction right before the name, itself no name or demonym ("Восточном Иерусалиме").
    private bool DirectionBefore(TrieHit<LexEntry> hit)
    {
        var k = hit.Start - 1;
        return k >= 0 && hit.Prefix == 0 && table.Owner[k] < 0 && table.Lexicon[k] is null && table.DemonymAt[k] is null
            && table.Tokens[k].Has(TokenFlags.Capitalized) && !table.Tokens[k].Has(TokenFlags.AllUpper)
            && !table.Tokens[hit.Start].Has(TokenFlags.BreakBefore) && table.HasForm(table.Titles.CompassWordForms, k);
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
            if (!table.InTaggedPerson[k])
            {
                return false;
            }
        }

        // A Russian country opening the span is the country a title names ("министром иностранных дел Ирана Аббасом
        // Аракчи"), not a first name: Russian gives no one a country's name.
        if (entry.Kind == EntryKind.Country && table.Tokens[hit.Start].Script == Script.Cyrillic && (hit.Start == 0 || !table.InTaggedPerson[hit.Start - 1]))
        {
            return false;
        }

        // The person's name reaches past the place name with a name-like word: capitalised, not an acronym ("МИД
        // России" is no person), not a common word.
        return (hit.Start > 0 && NameLikeInTaggedPerson(hit.Start - 1)) || (hit.End < table.Tokens.Count && NameLikeInTaggedPerson(hit.End));
    }

    private bool NameLikeInTaggedPerson(int k)
        => table.InTaggedPerson[k] && table.Tokens[k].Has(TokenFlags.Capitalized) && !table.Tokens[k].Has(TokenFlags.AllUpper) && !table.IsCommonWord(table.Tokens[k])
            && !IsBodyWord(k);

    // "Мэрия Москвы" is the city's hall, not a woman named Мэрия.
    private bool IsBodyWord(int k)
        => table.HasForm(table.Titles.GoverningBodies, k) || table.HasForm(table.Titles.OrganizationHeadForms, k);
}
