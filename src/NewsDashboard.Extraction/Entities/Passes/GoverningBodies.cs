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

        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (table.Owner[i] >= 0 || Label(heads, i) is not { } label)
            {
                continue;
            }

            // "правительство Китая": the head, then the place it serves.
            if (i + 1 < table.Tokens.Count && !table.Tokens[i + 1].Has(TokenFlags.BreakBefore) && table.Owner[i + 1] >= 0)
            {
                var served = table.Mentions[table.Owner[i + 1]];
                if (served.Start == i + 1 && table.Entity(served.EntityId) is { Type: EntityTypes.Country or EntityTypes.Place } place)
                {
                    Claim(i, served.End, label, place);
                    i = served.End - 1;
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
