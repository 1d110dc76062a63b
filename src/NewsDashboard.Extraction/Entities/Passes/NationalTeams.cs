using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>
/// Pipeline step 11 (docs/entity-extraction.md), English: in a match report a country is its national team ("Sweden
/// defeated South Korea 1 – 0", "Tunisia lost 1 – 2 to England"), an organisation, as English news annotation (GUM,
/// OntoNotes) has it. A country or place is a team when a sentence names it as a side of a score: right before or
/// after the score, or after a verb of playing in a sentence holding one; then every mention of it in the article is
/// the team's.
/// </summary>
internal sealed class NationalTeams(EntityTable table)
{
    private const int MaxGoals = 2; // digits of a score: "3 – 0", not "2017-2018"

    private static readonly HashSet<string> MatchVerbs = new(
        ["defeated", "beat", "beats", "defeats", "faced", "faces", "drew", "draws", "lost", "loses", "edged", "thrashed", "overcame", "routed", "stunned", "tied"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> SideLinks = new(["to", "against", "with", "over", "by"], StringComparer.Ordinal);

    public void Run()
    {
        if (table.Language != "en" || table.Mentions.Count == 0)
        {
            return;
        }

        var startOf = new int[table.Tokens.Count];
        Array.Fill(startOf, -1);
        for (var m = 0; m < table.Mentions.Count; m++)
        {
            if (IsSide(m) && startOf[table.Mentions[m].Start] < 0)
            {
                startOf[table.Mentions[m].Start] = m;
            }
        }

        var teams = new HashSet<string>(StringComparer.Ordinal);
        var starts = SentenceSplitter.Starts(table.Text, table.Tokens);
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : table.Tokens.Count;
            var scored = false;
            for (var k = starts[s] + 1; k < end; k++)
            {
                if (!IsScore(k - 1, k))
                {
                    continue;
                }

                scored = true;
                AddSideEndingAt(k - 1, teams);               // "Sweden 1 – 0", "South Korea 1 – 0"
                var after = k + 1;
                if (after < end && SideLinks.Contains(table.Tokens[after].Norm))
                {
                    after++;                                // "lost 1 – 2 to England"
                }

                if (after < end && startOf[after] >= 0)
                {
                    teams.Add(table.Mentions[startOf[after]].EntityId); // "1 – 0 Korea Republic"
                }
            }

            if (!scored)
            {
                continue;
            }

            // "Belgium defeated debutants Panama 3 – 0": the side before a verb of playing.
            for (var k = starts[s] + 1; k < end; k++)
            {
                if (MatchVerbs.Contains(table.Tokens[k].Norm))
                {
                    AddSideEndingAt(k, teams);
                }
            }
        }

        if (teams.Count == 0)
        {
            return;
        }

        // "South Korea", "Korea Republic", "Korea": one side under several names (the same name once the words of
        // direction and of the state's form are left out) is one team.
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var found in table.Mentions.OrderBy(f => f.Start))
        {
            if (teams.Contains(found.EntityId))
            {
                byKey.TryAdd(SideKey(found.EntityId), found.EntityId); // the side named first names the team
            }
        }

        var sameSide = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var found in table.Mentions)
        {
            if (!sameSide.ContainsKey(found.EntityId) && table.Entity(found.EntityId) is { Type: EntityTypes.Country or EntityTypes.Place }
                && byKey.TryGetValue(SideKey(found.EntityId), out var side))
            {
                sameSide[found.EntityId] = side;
            }
        }

        var teamIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var m = 0; m < table.Mentions.Count; m++)
        {
            var found = table.Mentions[m];
            if (!sameSide.TryGetValue(found.EntityId, out var sideId))
            {
                continue;
            }

            if (!teamIds.TryGetValue(sideId, out var team))
            {
                var side = table.Entity(sideId)!;
                teamIds[sideId] = team = table.LocalEntity(EntityTypes.Organization, side.Name, null, side.Country);
            }

            table.Mentions[m] = found with { EntityId = team };
            if (table.Local.TryGetValue(team, out var record))
            {
                record.AddSurface(table.Surface(found.Start, found.End, found.Prefix));
            }
        }
    }

    private static readonly HashSet<string> StateWords = new(["republic", "of", "the", "democratic", "people's", "peoples", "kingdom", "state", "states"], StringComparer.Ordinal);

    private string SideKey(string id)
    {
        var name = table.Entity(id)!.Name;
        var words = Tokenizer.Tokenize(name).Select(t => t.Norm)
            .Where(w => !StateWords.Contains(w) && !(table.Titles.CompassWordForms.TryGetValue("en", out var compass) && compass.Contains(w)))
            .Order(StringComparer.Ordinal);
        var key = string.Join(' ', words);
        return key.Length == 0 ? id : key;
    }

    private bool IsSide(int m)
        => table.Entity(table.Mentions[m].EntityId) is { Type: EntityTypes.Country or EntityTypes.Place }
            && table.Tokens[table.Mentions[m].Start].Has(TokenFlags.Capitalized);

    // The side whose name ends right before token k ("Sweden 1", "Belgium defeated").
    private void AddSideEndingAt(int k, HashSet<string> teams)
    {
        if (k > 0 && table.Owner[k - 1] >= 0 && table.Mentions[table.Owner[k - 1]] is { } m && m.End == k && IsSide(table.Owner[k - 1]))
        {
            teams.Add(m.EntityId);
        }
    }

    // "1 – 0": two numbers of one or two digits with a dash between them and nothing else.
    private bool IsScore(int a, int b)
    {
        var (x, y) = (table.Tokens[a], table.Tokens[b]);
        if (!IsGoals(x) || !IsGoals(y) || y.Has(TokenFlags.LineStart))
        {
            return false;
        }

        var gap = table.Text.AsSpan(x.End, y.Start - x.End).Trim();
        return gap.Length == 1 && gap[0] is '-' or '–' or '—' or '‐' or '‑';
    }

    private bool IsGoals(Token t) => t.Length <= MaxGoals && table.Text.AsSpan(t.Start, t.Length).IndexOfAnyExceptInRange('0', '9') < 0;
}
