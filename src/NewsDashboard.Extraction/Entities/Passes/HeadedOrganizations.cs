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
            if (table.Owner[i] >= 0 || !t.Has(TokenFlags.Capitalized) || !table.Titles.OrganizationHeads.Contains(t.Norm) || t.Has(TokenFlags.BreakBefore))
            {
                continue;
            }

            // Walk back over capitalised words to the start of the name.
            var start = i;
            while (start > 0 && !table.Tokens[start].Has(TokenFlags.BreakBefore) && table.Owner[start - 1] < 0
                && table.Tokens[start - 1].Has(TokenFlags.Capitalized) && !table.Tokens[start - 1].Has(TokenFlags.LineStart))
            {
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
            var type = table.HasForm(table.Titles.FacilityHeadForms, i) ? EntityTypes.Place : EntityTypes.Organization;
            var surface = table.Surface(start, i + 1, 0);
            table.Claim(new Found(table.LocalEntity(type, surface, null, null), start, i + 1, 0));
        }
    }
}
