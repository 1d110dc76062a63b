using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>
/// Pipeline step 9 (docs/entity-extraction.md): a body named by its function and the country, region or city it
/// serves, "правительство Китая", "мэрия Москвы", "японское правительство", is an organisation of that country
/// ("Government of China", country CN), one entity in every article that names it so. The country named inside
/// stays a mention of the country. The words and their English labels are a data table
/// (Data/titles.json, "governingBodies"), per language.
/// </summary>
internal sealed class GoverningBodies(EntityTable table)
{
    public void Run()
    {
        if (!table.Titles.GoverningBodies.TryGetValue(table.Language, out var heads))
        {
            return;
        }

        // Right to left, so that a body serving a body ("канцелярия правительства Израиля") finds the inner one claimed.
        for (var i = table.Tokens.Count - 1; i >= 0; i--)
        {
            if (table.Owner[i] >= 0 || Label(heads, i) is not { } label)
            {
                continue;
            }

            // "пресс-служба": a head joined by a hyphen starts with the word before it.
            var head = i > 0 && table.Tokens[i].Has(TokenFlags.HyphenBefore) && table.Owner[i - 1] < 0 ? i - 1 : i;

            // "правительство Китая", "фракция КПРФ", "пресс-служба Кадырова": the head, then what it serves.
            if (i + 1 < table.Tokens.Count && !table.Tokens[i + 1].Has(TokenFlags.BreakBefore) && !table.Tokens[i + 1].Has(TokenFlags.HyphenBefore)
                && table.Owner[i + 1] >= 0)
            {
                var served = table.Mentions[table.Owner[i + 1]];
                if (served.Start == i + 1 && table.Entity(served.EntityId) is { Type: EntityTypes.Country or EntityTypes.Place or EntityTypes.Organization or EntityTypes.Person } place
                    && (place.Type != EntityTypes.Person || ServedPerson(i, served)))
                {
                    Claim(WithAdjective(head), WithPlacesAfter(served.End), label, place);
                    continue;
                }
            }

            // "японское правительство": the nationality word, then the head.
            if (i > 0 && table.DemonymAt[i - 1] is { } country && table.DemonymEnd[i - 1] == i && table.Owner[i - 1] < 0
                && !table.Tokens[i].Has(TokenFlags.BreakBefore) && table.Entity(country) is { } nation)
            {
                var start = i - 1;
                while (start > 0 && table.DemonymAt[start - 1] == country && table.DemonymEnd[start - 1] == i)
                {
                    start--;
                }

                Claim(start, i + 1, label, nation);
            }
        }
    }

    // "Арбитражный суд Москвы", "федерального суда": one adjective before the head belongs to the body's name.
    private int WithAdjective(int head)
    {
        var k = head - 1;
        return k >= 0 && table.Owner[k] < 0 && !table.Tokens[head].Has(TokenFlags.BreakBefore) && table.DemonymAt[k] is null
            && table.Tokens[k].Script == Script.Cyrillic && !table.Tokens[k].Has(TokenFlags.AllUpper) && IsAdjective(table.Tokens[k].Norm)
            ? k
            : head;
    }

    // "суда Южного округа Нью-Йорка", "Судом Партизанского района города Минска": the places that narrow down the
    // one served, with a place word between (города), are part of the body's name.
    private int WithPlacesAfter(int end)
    {
        var hits = new List<TrieHit<bool>>();
        while (end < table.Tokens.Count && !table.Tokens[end].Has(TokenFlags.BreakBefore))
        {
            var next = end;
            hits.Clear();
            table.Titles.PlaceCues.MatchAt(table.Tokens, table.Forms, next, hits);
            if (hits.Count > 0)
            {
                next = hits.Max(h => h.End);
            }

            if (next >= table.Tokens.Count || table.Tokens[next].Has(TokenFlags.BreakBefore) || table.Owner[next] < 0)
            {
                break;
            }

            var m = table.Mentions[table.Owner[next]];
            if (m.Start != next || table.Entity(m.EntityId) is not { Type: EntityTypes.Place or EntityTypes.Country })
            {
                break;
            }

            end = m.End;
        }

        return end;
    }

    // In the folded form (й is и).
    private static bool IsAdjective(string norm)
        => norm.Length > 4 && AdjectiveEndings.Any(e => norm.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] AdjectiveEndings = ["ыи", "ии", "ои", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя", "ую", "юю", "ое", "ее"];

    // "пресс-служба Кадырова": a person a body serves is named in the genitive; a name in the nominative after the
    // head is in apposition to a title ("глава МИД Мария Захарова"), and a head inside a title serves no one.
    private bool ServedPerson(int head, Found person)
    {
        if (table.Roles.Any(r => r.Start <= head && head < r.End))
        {
            return false;
        }

        var surface = table.Surface(person.Start, person.End, person.Prefix);
        return table.Tokens[person.Start].Script == Script.Cyrillic && RussianNames.Nominative(surface) != surface;
    }

    private void Claim(int start, int end, string label, KnownEntity place)
    {
        var name = label + " of " + place.Name;
        var id = "organization/" + Slug.For(name);
        if (!table.Local.TryGetValue(id, out var local))
        {
            table.Local[id] = local = new LocalRecord(id, EntityTypes.Organization, name, null, place.Country);
        }

        local.AddSurface(table.Surface(start, end, 0));
        table.Claim(new Found(id, start, end, 0));
    }

    private string? Label(Dictionary<string, string> heads, int k)
    {
        foreach (var form in table.Forms[k])
        {
            if (heads.TryGetValue(form.Text, out var label))
            {
                return label;
            }
        }

        return null;
    }
}
