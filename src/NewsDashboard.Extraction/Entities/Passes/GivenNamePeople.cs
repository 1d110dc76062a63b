using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 6 (docs/entity-extraction.md): people named without a title.</summary>
internal sealed class GivenNamePeople(EntityTable table)
{
    // Without a title: a capitalised given name followed by capitalised words ("Barack Obama", "Юрия Лужкова").
    public void Run()
    {
        var hits = new List<TrieHit<bool>>();
        for (var i = 0; i + 1 < table.Tokens.Count; i++)
        {
            var t = table.Tokens[i];
            if (table.Owner[i] >= 0 || !EntityTable.IsLatinOrCyrillic(t) || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllUpper) && t.Length > 1)
            {
                continue;
            }

            hits.Clear();
            table.Titles.GivenNames.MatchAt(table.Tokens, table.Forms, i, hits);
            if ((hits.Count == 0 && !RussianFullName(i)) || table.Tokens[i + 1].Has(TokenFlags.BreakBefore) || table.Owner[i + 1] >= 0)
            {
                continue;
            }

            var end = table.LatinNameEnd(i);
            if (end - i < 2 || table.Overlaps(i, end))
            {
                continue;
            }

            table.ClaimUntitledPerson(TaggedNameStart(i), end, 0);
            i = end - 1;
        }
    }

    // "Farouk Ben Mustapha": a listed given name (Ben) inside a person's name the tagger read from an earlier word
    // starts no name; the name starts where the tagger's does, at a person-name word of the lists that opens no
    // sentence and is no common word (not "Nonpartisan Paul Tse").
    private int TaggedNameStart(int i)
    {
        var start = i;
        while (start > 0 && table.InTaggedPerson[start] && table.InTaggedPerson[start - 1] && table.Owner[start - 1] < 0
            && !table.Tokens[start].Has(TokenFlags.BreakBefore) && !table.Tokens[start - 1].Has(TokenFlags.BreakBefore) && !table.Tokens[start - 1].Has(TokenFlags.LineStart)
            && table.Tokens[start - 1].Script == Script.Latin && table.Tokens[start - 1].Has(TokenFlags.Capitalized) && !table.Tokens[start - 1].Has(TokenFlags.AllUpper)
            && table.IsPersonNameWord(start - 1) && !table.IsCommonWord(table.Tokens[start - 1]) && table.LexiconEntry[start - 1] is null)
        {
            start--;
        }

        return start;
    }

    // Two capitalised Cyrillic words, the second with a surname ending (Ираклий Лолашвили, Йенса Лемана is not):
    // a name even when the given name is not in the list.
    private bool RussianFullName(int i)
    {
        var next = table.Tokens[i + 1];
        // Sentence starts are allowed: such names open sentences often; "Позже Евкуров" is the price.
        if (table.Tokens[i].Script != Script.Cyrillic || next.Script != Script.Cyrillic || !next.Has(TokenFlags.Capitalized)
            || table.Tokens[i].Length < 2 || table.Titles.NotNameStarts.Contains(table.Tokens[i].Norm)
            || table.LexiconEntry[i] is not null || table.LexiconEntry[i + 1] is not null || table.DemonymAt[i] is not null)
        {
            return false;
        }

        foreach (var form in table.Forms[i + 1])
        {
            var word = TokenForms.Bare(form.Text);
            foreach (var suffix in table.Titles.SurnameSuffixes)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
