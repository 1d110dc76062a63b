using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>
/// After all passes: a Russian word the tagger read as a person by itself ("Чечни", "Аризоны", "Европа") whose case
/// forms the article also names as a place, country or organisation ("в Чечне", "штата Аризона", "Европы") is that
/// place: a person is no one-word case form of a place named in the same article.
/// </summary>
internal sealed class PlaceNamedAsPerson(EntityTable table)
{
    public void Run()
    {
        var places = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var m in table.Mentions)
        {
            if (m.EntityId.Length > 0 && !m.EntityId.StartsWith("person/", StringComparison.Ordinal) && OneCyrillicWord(m)
                && table.Entity(m.EntityId) is { Type: EntityTypes.Place or EntityTypes.Country or EntityTypes.Organization })
            {
                var key = Key(m);
                places[key] = places.TryGetValue(key, out var other) && other != m.EntityId ? null : m.EntityId;
            }
        }

        if (places.Count == 0)
        {
            return;
        }

        // The people whose every mention is one Cyrillic word the article also names as one place.
        var target = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var m in table.Mentions)
        {
            if (!m.EntityId.StartsWith("person/", StringComparison.Ordinal) || !table.Local.ContainsKey(m.EntityId))
            {
                continue;
            }

            var place = OneCyrillicWord(m) ? places.GetValueOrDefault(Key(m)) : null;
            target[m.EntityId] = target.TryGetValue(m.EntityId, out var seen) && seen != place ? null : place;
        }

        for (var i = 0; i < table.Mentions.Count; i++)
        {
            if (target.GetValueOrDefault(table.Mentions[i].EntityId) is { } place)
            {
                table.Mentions[i] = table.Mentions[i] with { EntityId = place };
            }
        }
    }

    private bool OneCyrillicWord(Found m) => m.End - m.Start == 1 && m.Prefix == 0 && table.Tokens[m.Start].Script == Script.Cyrillic;

    private string Key(Found m) => RussianStems.Key(table.Surface(m.Start, m.End, 0));
}
