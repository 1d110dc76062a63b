using System.Text.Json;
using System.Text.Json.Serialization;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

/// <summary>What a lexicon phrase names. The order is the priority between phrases of equal length.</summary>
internal enum EntryKind
{
    Organization = 0,
    Person = 1,
    Country = 2,
    Place = 3,
    Demonym = 4,
    Surname = 5,
}

/// <param name="NeedsCapital">Latin and Cyrillic proper names must be written with a capital.</param>
/// <param name="NeedsUpper">Acronyms (UN, МИД) must be written in capitals, so the French article "un" is not the UN.</param>
/// <param name="Ambiguous">An alias that is also a common word or first name (Jordan, Chad, عمان): it needs context. An
/// ambiguous demonym counts only when the article names its country (a name or the capital): one shared with another
/// country (Congolese) is otherwise that country's; one that is also a common word (قمري "lunar") is otherwise none.</param>
/// <param name="CountryInside">An organisation's name ("МИД России", "Конгресс США", "Голос Америки"): a country named
/// inside it is a mention of the country too.</param>
/// <param name="Feature">Whether the tagger reads this entry as a feature (the hand list other-places.json is not: a
/// few names give the tagger nothing to learn, and leaving them out keeps the model trained on the lists it read).</param>
internal sealed record LexEntry(EntryKind Kind, string EntityId, bool NeedsCapital, bool NeedsUpper, bool Ambiguous = false, bool CountryInside = false, bool Feature = true);

/// <summary>A known entity in contract form (without counts).</summary>
internal sealed record KnownEntity(string Id, string Type, string Name, string? Country, string? Role);

/// <summary>
/// The lexicon: countries (names and demonyms), cities, organisations and people from Data/*.json, indexed
/// once in a <see cref="TokenTrie{T}"/> of folded words.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, KnownEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _personNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _peopleBySurnameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _capitals = new(StringComparer.Ordinal);

    private Gazetteer()
    {
        var particles = new HashSet<string>(Titles.Default.NameParticles, StringComparer.Ordinal);
        var countries = Load<CountryRecord>("countries.json").ToList();
        var codes = countries.Select(c => c.Code.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            var id = "country/" + c.Code.ToLowerInvariant();
            _entities[id] = new KnownEntity(id, EntityTypes.Country, c.Name, c.Code.ToUpperInvariant(), null);
            if (c.Capital is { Length: > 0 } capital)
            {
                _capitals[id] = "place/" + capital;
            }

            var ambiguous = new HashSet<string>((c.Ambiguous ?? []).Select(Normalizer.Normalize), StringComparer.Ordinal);
            foreach (var name in AllNames(c.Names, c.Name))
            {
                // A country code names its own country only (Spanish "RU" for Reino Unido would take Russia's code).
                if (name.Length == 2 && codes.Contains(name) && !string.Equals(name, c.Code, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var isAmbiguous = ambiguous.Contains(Normalizer.Normalize(name));
                AddPhrase(name, EntryKind.Country, id, upper: isAmbiguous && name.Length <= 3 && name.All(char.IsUpper), ambiguous: isAmbiguous);
            }

            // Ambiguous demonyms are listed as written (the generator copies them), so that a name flagged for being a
            // common word does not flag a demonym spelled like it (Spanish "china" is Chinese, "China" the country).
            var ambiguousForms = new HashSet<string>(c.Ambiguous ?? [], StringComparer.Ordinal);
            foreach (var (_, forms) in c.Demonyms ?? [])
            {
                foreach (var form in forms)
                {
                    // An ambiguous demonym counts only when the article names this country: another country that has
                    // it plain (Congolese: DR Congo) gets it otherwise; one that is a common word (قمري) is otherwise none.
                    AddPhrase(form, EntryKind.Demonym, id, capital: false, ambiguous: ambiguousForms.Contains(form));
                }
            }
        }

        foreach (var city in Load<CityRecord>("cities.json"))
        {
            var id = "place/" + city.Id;
            _entities[id] = new KnownEntity(id, EntityTypes.Place, city.Name, city.Country?.ToUpperInvariant(), null);
            foreach (var name in AllNames(city.Names, city.Name))
            {
                AddPhrase(name, EntryKind.Place, id);
            }
        }

        // Former states (ISO 3166-3 codes) and places that are no city (a space station, a planet): other-places.json.
        var other = LoadOther();
        foreach (var c in other.Countries ?? [])
        {
            var id = "country/" + c.Code.ToLowerInvariant();
            _entities[id] = new KnownEntity(id, EntityTypes.Country, c.Name, c.Code.ToUpperInvariant(), null);
            foreach (var name in AllNames(c.Names, c.Name))
            {
                AddPhrase(name, EntryKind.Country, id, upper: IsAcronym(name), feature: false);
            }
        }

        foreach (var place in other.Places ?? [])
        {
            var id = "place/" + place.Id;
            _entities[id] = new KnownEntity(id, EntityTypes.Place, place.Name, null, null);
            foreach (var name in AllNames(place.Names, place.Name))
            {
                AddPhrase(name, EntryKind.Place, id, upper: IsAcronym(name), feature: false);
            }
        }

        foreach (var org in Load<OrganizationRecord>("organizations.json"))
        {
            // A ministry ("МИД России", "الخارجية الروسية") is an organisation with its country; the country named
            // inside it, or inside any known organisation's name ("Конгресс США"), still counts for the country.
            var id = "organization/" + org.Id;
            _entities[id] = new KnownEntity(id, EntityTypes.Organization, org.Name, org.Country?.ToUpperInvariant(), null);
            foreach (var name in AllNames(org.Names, org.Name))
            {
                AddPhrase(name, EntryKind.Organization, id, countryInside: true);
            }

            foreach (var (_, acronyms) in org.Acronyms ?? [])
            {
                foreach (var acronym in acronyms)
                {
                    AddPhrase(acronym, EntryKind.Organization, id, upper: acronym.Any(char.IsLetter) && acronym.Where(char.IsLetter).All(char.IsUpper));
                }
            }
        }

        foreach (var person in Load<PersonRecord>("people.json"))
        {
            var id = "person/" + person.Id;
            _entities[id] = new KnownEntity(id, EntityTypes.Person, person.Name, person.Country?.ToUpperInvariant(), person.Role);
            var names = AllNames(person.Names, person.Name).ToList();
            _personNames[id] = names;
            foreach (var name in names)
            {
                AddPhrase(name, EntryKind.Person, id);
                var surname = Surname(name, particles);
                if (surname.Count(char.IsLetter) >= 3 || Titles.Default.SurnameFirst.Contains(Normalizer.Normalize(surname))) // "Un" of Kim Jong Un is also a French article
                {
                    AddPhrase(surname, EntryKind.Surname, id);
                    var words = NameKey.Words(surname);
                    if (words.Count > 0)
                    {
                        Index(_peopleBySurnameKey, words[^1], id);
                    }
                }
            }
        }
    }

    public static Gazetteer Default => Shared.Value;

    public TokenTrie<LexEntry> Names { get; } = new();

    public KnownEntity? Find(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The place id of a country's capital ("country/ml" → "place/bamako"); null when it has none.</summary>
    public string? CapitalOf(string countryId) => _capitals.GetValueOrDefault(countryId);

    /// <summary>A lexicon person whose names match <paramref name="name"/> by <see cref="NameMatcher"/>; null when none or several.</summary>
    public string? FindPerson(string name)
    {
        var words = NameKey.Words(name);
        if (words.Count == 0 || !_peopleBySurnameKey.TryGetValue(words[^1], out var candidates))
        {
            return null;
        }

        string? found = null;
        var best = 0.0;
        foreach (var id in candidates)
        {
            foreach (var known in _personNames[id])
            {
                var score = NameMatcher.Score(words, NameKey.Words(known));
                if (score >= NameMatcher.Threshold && score > best)
                {
                    best = score;
                    found = id;
                }
            }
        }

        return found;
    }

    /// <summary>The last name word, with a particle before it (al-Sharaa, Abu Qasra, von der Leyen) kept.</summary>
    internal static string Surname(string name, ISet<string> particles)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count < 2)
        {
            return string.Empty;
        }

        if (tokens.Count <= 3 && Titles.Default.SurnameFirst.Contains(tokens[0].Norm))
        {
            return name[tokens[0].Start..tokens[0].End]; // Wang Yi: "Wang said"
        }

        if (tokens[^1].Norm is "ii" or "iii" or "iv" or "второи" or "третии" or "الثاني" or "الثالث")
        {
            return string.Empty; // Abdullah II: "II" alone is nobody
        }

        var first = tokens.Count - 1;
        while (first > 1 && (particles.Contains(tokens[first - 1].Norm) || Titles.Default.ArabicNameLinks.Contains(tokens[first - 1].Norm)))
        {
            first--;
        }

        return name[tokens[first].Start..];
    }

    private void AddPhrase(string phrase, EntryKind kind, string id, bool capital = true, bool upper = false, bool ambiguous = false, bool countryInside = false, bool feature = true)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        // Only Latin and Cyrillic write capitals; a demonym in French or Russian is written small. A name of one or two
        // letters counts only as an acronym in capitals ("IS" is the Islamic State, "Is" opens a question).
        var needsCapital = capital && tokens[0].Script is Script.Latin or Script.Cyrillic && tokens[0].Has(TokenFlags.Capitalized); // "ministère français des Affaires étrangères" is written small
        if (kind is EntryKind.Country or EntryKind.Organization && tokens.Count == 1 && tokens[0].Length <= 2 && tokens[0].Script is Script.Latin or Script.Cyrillic)
        {
            upper = true;
        }

        Names.Add(tokens.Select(t => TokenForms.ForIndex(t)).ToList(), new LexEntry(kind, id, needsCapital, upper, ambiguous, countryInside, feature));

        // "Европейского союза": the adjective's case forms reach the name by its adjective stem, as an entry the tagger
        // does not read (its features stay those it was trained on).
        if (tokens.Any(t => TokenForms.AdjectiveStem(t) is not null))
        {
            Names.Add(tokens.Select(t => TokenForms.AdjectiveStem(t) is { } stem ? [stem] : TokenForms.ForIndex(t)).ToList(),
                new LexEntry(kind, id, needsCapital, upper, ambiguous, countryInside, Feature: false));
        }
        if (tokens.Count == 1)
        {
            _oneWordNames.Add(tokens[0].Norm);
        }
    }

    private readonly HashSet<string> _oneWordNames = new(StringComparer.Ordinal);

    /// <summary>Whether a one-word name of the lexicon is written exactly so (folded), not only reached by a case ending.</summary>
    public bool HasExactName(string norm) => _oneWordNames.Contains(norm);

    private static IEnumerable<string> AllNames(Dictionary<string, List<string>>? names, string canonical)
    {
        yield return canonical;
        foreach (var (_, list) in names ?? [])
        {
            foreach (var n in list)
            {
                yield return n;
            }
        }
    }

    private static void Index(Dictionary<string, List<string>> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    private static List<T> Load<T>(string file)
    {
        var json = DataFiles.ReadAll(file);
        return json.Length == 0 ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
    }

    // "СССР", "ISS": written in capitals, so they count only in capitals.
    private static bool IsAcronym(string name) => name.Count(char.IsLetter) >= 2 && !name.Contains(' ', StringComparison.Ordinal) && name.Where(char.IsLetter).All(char.IsUpper);

    private static OtherPlacesRecord LoadOther()
    {
        var json = DataFiles.ReadAll("other-places.json");
        return json.Length == 0 ? new OtherPlacesRecord(null, null) : JsonSerializer.Deserialize<OtherPlacesRecord>(json, Json) ?? new OtherPlacesRecord(null, null);
    }

    private sealed record OtherPlacesRecord(List<OtherCountryRecord>? Countries, List<OtherPlaceRecord>? Places);

    private sealed record OtherCountryRecord(string Code, string Name, Dictionary<string, List<string>>? Names);

    private sealed record OtherPlaceRecord(string Id, string Name, Dictionary<string, List<string>>? Names);

    private sealed record CountryRecord(
        string Code,
        string Name,
        Dictionary<string, List<string>>? Names,
        Dictionary<string, List<string>>? Demonyms,
        string? Capital,
        List<string>? Ambiguous);

    private sealed record CityRecord(string Id, string Name, string? Country, bool Capital, Dictionary<string, List<string>>? Names);

    private sealed record OrganizationRecord(
        string Id,
        string Name,
        string? Kind,
        string? Country,
        Dictionary<string, List<string>>? Names,
        Dictionary<string, List<string>>? Acronyms);

    private sealed record PersonRecord(string Id, string Name, string? Country, string? Role, Dictionary<string, List<string>>? Names);
}
