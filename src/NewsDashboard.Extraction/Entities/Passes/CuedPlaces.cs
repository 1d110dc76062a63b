using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 6 (docs/entity-extraction.md): places after a place word.</summary>
internal sealed class CuedPlaces(EntityTable table)
{
    // A place word and a capitalised name: "города Феникс", "штата Аризона", "the city of Tucson".
    public void Run()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i < table.Tokens.Count - 1; i++)
        {
            hits.Clear();
            table.Titles.PlaceCues.MatchAt(table.Tokens, table.Forms, i, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            var start = hits.Max(h => h.End);
            if (start >= table.Tokens.Count || table.Owner[start] >= 0 || table.Tokens[start].Has(TokenFlags.BreakBefore) && !table.Tokens[start].Has(TokenFlags.QuoteBefore)
                || !EntityTable.IsLatinOrCyrillic(table.Tokens[start]) || !table.Tokens[start].Has(TokenFlags.Capitalized) || table.LexiconEntry[start] is not null)
            {
                continue;
            }

            var end = start + 1;
            while (end < table.Tokens.Count && end - start < 3 && table.Tokens[end].Has(TokenFlags.HyphenBefore) && table.Tokens[end].Has(TokenFlags.Capitalized))
            {
                end++; // Усть-Луга, Wilkes-Barre
            }

            var surface = table.Surface(start, end, 0);
            table.Claim(new Found(table.LocalEntity(EntityTypes.Place, surface, null, null), start, end, 0));
            i = end - 1;
        }
    }
}
