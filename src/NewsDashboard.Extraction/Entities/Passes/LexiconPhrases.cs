using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 3 (docs/entity-extraction.md): the best lexicon phrase and the demonym at each token, before any is claimed.</summary>
internal sealed class LexiconPhrases(EntityTable table)
{
    // The best lexicon phrase at each token: longest, then by kind (organisation before person before
    // country before place); demonyms are kept apart because they count even inside an organisation's name.
    public void Run()
    {
        var hits = new List<TrieHit<LexEntry>>();
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            hits.Clear();
            table.Gazetteer.Names.MatchAt(table.Tokens, table.Forms, i, hits);
            TrieHit<LexEntry>? best = null;
            LexEntry? bestEntry = null;
            TrieHit<LexEntry>? demonym = null;
            string? demonymId = null;
            string? demonymAlt = null;
            foreach (var hit in hits)
            {
                foreach (var entry in hit.Values)
                {
                    if (!table.Acceptable(hit, entry))
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

            table.Lexicon[i] = best;
            table.LexiconEntry[i] = bestEntry;

            // The longest demonym, unless the word ends a longer one ("Sudanese" in "South Sudanese").
            if (demonym is { } d && table.DemonymAt[i] is null)
            {
                table.DemonymEnd[i] = d.End;
                table.DemonymPrefix[i] = d.Prefix; // the clitic length of the form it was found under ("السوري" → "سوري" is 2)
                table.DemonymAlt[i] = demonymId is null || demonymAlt == demonymId ? null : demonymAlt;
                table.DemonymGated[i] = demonymId is null;
                for (var k = i; k < d.End; k++)
                {
                    table.DemonymAt[k] = demonymId ?? demonymAlt;
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
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (table.DemonymEnd[i] == 0 || !table.DemonymGated[i])
            {
                continue;
            }

            named ??= new HashSet<string>(
                table.LexiconEntry.Where(e => e is { Kind: EntryKind.Country or EntryKind.Place }).Select(e => e!.EntityId),
                StringComparer.Ordinal);
            if (table.NamesCountry(named, table.DemonymAt[i]!))
            {
                continue;
            }

            for (var k = i; k < table.DemonymEnd[i]; k++)
            {
                table.DemonymAt[k] = null;
                table.NotAName[k] = true;
            }

            table.DemonymEnd[i] = 0;
            table.DemonymAlt[i] = null;
            table.DemonymGated[i] = false;
        }
    }

    // A shorter name inside a demonym of several words is part of it: "Costa" (a surname) in "Costa Rican",
    // "Bissau" in "Bissau-Guinean".
    private void DropNamesInsideDemonyms()
    {
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            var end = table.DemonymEnd[i];
            if (end <= i + 1)
            {
                continue;
            }

            for (var k = i; k < end; k++)
            {
                if (table.Lexicon[k] is { } hit && hit.End <= end && !(k == i && hit.End == end))
                {
                    table.Lexicon[k] = null;
                    table.LexiconEntry[k] = null;
                    table.NotAName[k] = true;
                }
            }

            i = end - 1;
        }
    }

    private bool ClosesQuote(int k)
    {
        var after = table.Tokens[k].End;
        while (after < table.Text.Length && table.Text[after] is '.' or ',' or '!' or '?' or '؟' or '،' or ' ' or '\u00A0' or '\u202F')
        {
            after++;
        }

        return after < table.Text.Length && table.Text[after] is '»' or '”' or '"' or '」';
    }

    // A short quoted phrase is a title or a name ("تفاهمات القاهرة", « France 2 »): a place inside it is not a
    // mention of the place, unless the phrase is nothing but that name.
    private void DropPlacesInQuotedTitles()
    {
        const int MaxTitle = 4;
        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (!table.OpensQuote(i))
            {
                continue;
            }

            var end = i + 1;
            while (end < table.Tokens.Count && end - i <= MaxTitle && !table.Tokens[end].Has(TokenFlags.BreakBefore))
            {
                end++;
            }

            if (end - i < 2 || end - i > MaxTitle || !ClosesQuote(end - 1))
            {
                continue;
            }

            // «Голос Америки»: the quote is a known organisation's name, and the country inside it counts.
            if (table.Lexicon[i] is { } whole && whole.End == end && table.LexiconEntry[i]!.Kind == EntryKind.Organization)
            {
                i = end - 1;
                continue;
            }

            for (var k = i; k < end; k++)
            {
                // A name opening a short quote is usually the subject of a sentence ("الرياض مكان مناسب"), except
                // before a number (« France 2 »).
                var opensQuote = k == i && !table.Tokens[end - 1].Norm.All(char.IsDigit);
                if (table.Lexicon[k] is { } hit && table.LexiconEntry[k]!.Kind is EntryKind.Place or EntryKind.Country && !(hit.Start == i && hit.End == end) && !opensQuote)
                {
                    table.Lexicon[k] = null;
                    table.LexiconEntry[k] = null;
                    table.NotAName[k] = true;
                }
            }

            i = end - 1;
        }
    }
}
