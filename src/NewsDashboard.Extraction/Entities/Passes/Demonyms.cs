namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 8 (docs/entity-extraction.md): nationality adjectives as mentions of their country.</summary>
internal sealed class Demonyms(EntityTable table)
{
    // Nationality adjectives count as mentions of their country, also inside an organisation's name
    // (وكالة الأنباء السورية), but not inside a person's name or a place's.
    public void Run()
    {
        var named = new HashSet<string>(table.Mentions.Select(m => m.EntityId), StringComparer.Ordinal);
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (table.DemonymEnd[i] == 0 || table.DemonymAt[i] is not { } country)
            {
                continue;
            }

            // A shared demonym is the other country's when the article names that one (or its capital) and not the first.
            if (table.DemonymAlt[i] is { } alt && table.NamesCountry(named, alt) && !table.NamesCountry(named, country))
            {
                country = alt;
            }

            var end = table.DemonymEnd[i];
            if (OwnedByNonOrganization(i, end))
            {
                continue;
            }

            table.Mentions.Add(new Found(country, i, end, table.DemonymPrefix[i]));
        }
    }

    private bool OwnedByNonOrganization(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (table.Owner[k] >= 0 && !table.Mentions[table.Owner[k]].EntityId.StartsWith("organization/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
