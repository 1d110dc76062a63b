using System.Text.Json;
using NewsDashboard.Extraction.Names;

namespace NewsDashboard.Extraction;

/// <summary>
/// The lexicon's own names of places, countries, organisations and roles in each language it knows (Data/cities.json,
/// countries.json, organizations.json, titles.json), for an interface that shows a stored English name in its own
/// language ("Moscow" → "موسكو", "Ambassador" → "السفير"). Read once; lookups by the canonical name, case ignored.
/// </summary>
public static class LexiconNames
{
    private static readonly Lazy<Tables> Shared = new(Load);

    /// <summary>A known person's, place's, country's or organisation's name in <paramref name="language"/>, or null when the lexicon has none.</summary>
    public static string? Place(string name, string language)
        => Shared.Value.Places.TryGetValue(Key(name, language), out var found) ? found : null;

    /// <summary>A role's name in <paramref name="language"/> ("Minister of Foreign Affairs" → "وزير الخارجية"), or null.</summary>
    public static string? Role(string role, string language)
        => Shared.Value.Roles.TryGetValue(Key(role, language), out var found) ? found : null;

    private static string Key(string name, string language) => language + "|" + name.Trim().ToLowerInvariant();

    private sealed record Tables(Dictionary<string, string> Places, Dictionary<string, string> Roles);

    private static Tables Load()
    {
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { "countries.json", "cities.json", "organizations.json", "other-places.json", "people.json" })
        {
            if (!DataFiles.Exists(file))
            {
                continue;
            }

            using var document = JsonDocument.Parse(DataFiles.ReadAll(file));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (entry.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } canonical
                    && entry.TryGetProperty("names", out var names) && names.ValueKind == JsonValueKind.Object)
                {
                    AddFirst(places, canonical, names);
                }
            }
        }

        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var titles = JsonDocument.Parse(DataFiles.ReadAll("titles.json")))
        {
            foreach (var role in titles.RootElement.GetProperty("roles").EnumerateArray())
            {
                if (role.TryGetProperty("role", out var name) && name.GetString() is { Length: > 0 } canonical
                    && role.TryGetProperty("phrases", out var phrases) && phrases.ValueKind == JsonValueKind.Object)
                {
                    AddFirst(roles, canonical, phrases);
                }
            }
        }

        return new Tables(places, roles);
    }

    // The first name listed for each language is the lexicon's usual form.
    private static void AddFirst(Dictionary<string, string> into, string canonical, JsonElement byLanguage)
    {
        foreach (var language in byLanguage.EnumerateObject())
        {
            if (language.Value.ValueKind == JsonValueKind.Array && language.Value.GetArrayLength() > 0
                && language.Value[0].GetString() is { Length: > 0 } first)
            {
                into.TryAdd(Key(canonical, language.Name), first);
            }
        }
    }
}
