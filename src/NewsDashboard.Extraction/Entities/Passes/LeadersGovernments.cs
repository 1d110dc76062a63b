using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>
/// English: "the Monti government", "the Obama administration", "the Netanyahu cabinet": a capitalised word a name list holds, between
/// "the" and a word for a government is the surname of the person who leads it (a person, as news annotation has it),
/// when no lexicon or earlier pass made it a place, country or organisation ("the Kenyan government" is a demonym,
/// "the Tokyo government" a place). Runs after the surnames of people already named, before the tagger's places and
/// organisations.
/// </summary>
internal sealed class LeadersGovernments(EntityTable table)
{
    private static readonly HashSet<string> Governments = new(["government", "administration", "cabinet", "regime", "coalition"], StringComparer.Ordinal);

    public void Run()
    {
        if (table.Language != "en")
        {
            return;
        }

        var tokens = table.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            var (before, word, after) = (tokens[k - 1], tokens[k], tokens[k + 1]);
            if (before.Norm != "the" || !Governments.Contains(after.Norm) || word.Script != Script.Latin || word.Length < 3
                || !word.Has(TokenFlags.Capitalized) || word.Has(TokenFlags.AllUpper) || word.Has(TokenFlags.BreakBefore) || after.Has(TokenFlags.BreakBefore)
                || after.Has(TokenFlags.Capitalized) || word.Start - before.End != 1 || after.Start - word.End != 1
                || table.Owner[k] >= 0 || table.LexiconEntry[k] is not null || table.DemonymEnd[k] != 0 || table.IsCommonWord(word) || !table.IsPersonNameWord(k))
            {
                continue;
            }

            table.ClaimUntitledPerson(k, k + 1, 0);
        }
    }
}
