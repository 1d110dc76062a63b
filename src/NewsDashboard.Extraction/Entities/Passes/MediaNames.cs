using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 4 (docs/entity-extraction.md): quoted names after a cue word.</summary>
internal sealed class MediaNames(EntityTable table)
{
    private const int MaxQuotedName = 6;

    // A cue word and a quoted name: قناة "القاهرة الإخبارية", agence "Sputnik". The quotes make it a name,
    // and whatever place it contains is not a separate mention.
    public void Run()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            hits.Clear();
            table.Titles.MediaCues.MatchAt(table.Tokens, table.Forms, i, hits);
            if (hits.Count == 0)
            {
                continue;
            }

            var start = hits.Max(h => h.End);
            if (start >= table.Tokens.Count || !table.OpensQuote(start))
            {
                continue;
            }

            var end = start + 1;
            // The name ends at the closing quotation mark ("движения «Архнадзор» Константин Михайлов").
            while (end < table.Tokens.Count && end - start < MaxQuotedName && !table.Tokens[end].Has(TokenFlags.BreakBefore)
                && !table.Tokens[end].Has(TokenFlags.QuoteBefore))
            {
                end++;
            }

            var after = end < table.Tokens.Count ? table.Tokens[end].Start : table.Text.Length;
            if (!GapHasQuote(table.Tokens[end - 1].End, after))
            {
                continue;
            }

            var entry = table.Lexicon[start] is { } lex && lex.End == end && table.LexiconEntry[start]!.Kind == EntryKind.Organization
                ? table.LexiconEntry[start]
                : null;
            var known = entry?.EntityId;
            var surface = table.Text[table.Tokens[start].Start..table.Tokens[end - 1].End];
            var id = known ?? table.LocalEntity(EntityTypes.Organization, surface, null, null);
            table.Claim(new Found(id, start, end, 0));
            if (entry is { CountryInside: true })
            {
                table.ClaimCountriesInside(start, end); // «Голос Америки»: a known name, its country a mention
            }

            i = end - 1;
        }
    }

    private bool GapHasQuote(int from, int to)
    {
        for (var k = from; k < to && k < table.Text.Length; k++)
        {
            if (Tokenizer.IsQuote(table.Text[k]))
            {
                return true;
            }
        }

        return false;
    }
}
