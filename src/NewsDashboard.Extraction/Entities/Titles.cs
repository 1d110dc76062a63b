using System.Text.Json;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

/// <param name="Role">Canonical English role ("Minister of Foreign Affairs").</param>
/// <param name="Generic">A title that marks a name without saying which post ("the minister").</param>
internal sealed record TitleEntry(string Role, bool Generic);

/// <summary>Titles, name particles, words that end an Arabic name, and media cue words (Data/titles.json).</summary>
internal sealed class Titles
{
    private static readonly Lazy<Titles> Shared = new(() => new Titles());

    private Titles()
    {
        using var doc = JsonDocument.Parse(DataFiles.ReadAll("titles.json"));
        var root = doc.RootElement;
        foreach (var role in root.GetProperty("roles").EnumerateArray())
        {
            var entry = new TitleEntry(
                role.GetProperty("role").GetString()!,
                role.TryGetProperty("generic", out var g) && g.GetBoolean());
            foreach (var language in role.GetProperty("phrases").EnumerateObject())
            {
                foreach (var phrase in language.Value.EnumerateArray())
                {
                    Add(Trie, phrase.GetString()!, entry);
                }
            }
        }

        foreach (var language in root.GetProperty("countryFillers").EnumerateObject())
        {
            CountryFillers[language.Name] = language.Value.EnumerateArray().Select(e => Normalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("mediaCues").EnumerateObject())
        {
            foreach (var cue in language.Value.EnumerateArray())
            {
                Add(MediaCues, cue.GetString()!, true);
            }
        }

        foreach (var language in root.GetProperty("groupCues").EnumerateObject())
        {
            foreach (var cue in language.Value.EnumerateArray())
            {
                OrganizationCues.Add(Normalizer.Normalize(cue.GetString()!));
                Add(MediaCues, cue.GetString()!, true);
            }
        }

        foreach (var cue in root.GetProperty("mediaCues").EnumerateObject().SelectMany(l => l.Value.EnumerateArray()))
        {
            var words = Normalizer.Normalize(cue.GetString()!).Split(' ');
            OrganizationCues.Add(words[^1]);
        }

        foreach (var line in DataFiles.ReadLines("ambiguous-names.txt"))
        {
            AmbiguousNames.Add(Normalizer.Normalize(line));
        }

        foreach (var cue in root.GetProperty("placeCues").EnumerateObject().SelectMany(l => l.Value.EnumerateArray()))
        {
            Add(PlaceCues, cue.GetString()!, true);
        }

        foreach (var language in root.GetProperty("governingBodies").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            var heads = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var head in language.Value.EnumerateObject())
            {
                foreach (var key in IndexKeys(Normalizer.Normalize(head.Name)))
                {
                    heads.TryAdd(key, head.Value.GetString()!);
                }
            }

            GoverningBodies[language.Name] = heads;
        }

        foreach (var language in root.GetProperty("legalForms").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            LegalForms[language.Name] = language.Value.EnumerateArray().Select(e => Normalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("commonAcronyms").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            CommonAcronyms[language.Name] = language.Value.EnumerateArray().Select(e => Normalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("eventHeads").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            EventHeads[language.Name] = language.Value.EnumerateArray().Select(e => Normalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("newspaperHeads").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            NewspaperHeads[language.Name] = language.Value.EnumerateArray().Select(e => Normalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("compassWords").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            CompassWordForms[language.Name] = language.Value.EnumerateArray()
                .SelectMany(word => IndexKeys(Normalizer.Normalize(word.GetString()!))).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("facilityHeads").EnumerateObject().Where(l => !l.Name.StartsWith('_')))
        {
            FacilityHeadForms[language.Name] = language.Value.EnumerateArray()
                .SelectMany(head => IndexKeys(Normalizer.Normalize(head.GetString()!))).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var language in root.GetProperty("organizationHeads").EnumerateObject())
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var head in language.Value.EnumerateArray())
            {
                var norm = Normalizer.Normalize(head.GetString()!);
                if (language.Name == "en")
                {
                    OrganizationHeads.Add(norm);
                }

                keys.UnionWith(IndexKeys(norm));
            }

            OrganizationHeadForms[language.Name] = keys;
            OrganizationHeadStems[language.Name] = language.Value.EnumerateArray()
                .Select(head => RussianStems.Key(head.GetString()!)).Where(stem => stem.Length >= 3).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var line in DataFiles.ReadLines("names/given-names.txt"))
        {
            Add(GivenNames, line.Trim(), true);
        }

        SurnameSuffixes = root.GetProperty("surnameSuffixes").EnumerateObject()
            .SelectMany(l => l.Value.EnumerateArray()).Select(e => Normalizer.Normalize(e.GetString()!)).ToArray();
        NameParticles = Words(root, "nameParticles");
        SurnameCues = Words(root, "surnameCues");
        NotNameStarts = Words(root, "nameStarts");
        SurnameFirst = Words(root, "surnameFirst");
        Honorifics = Words(root, "honorifics");
        ArabicNameLinks = Words(root, "arabicNameLinks");
        ArabicNameStops = Words(root, "arabicNameStops");
        ArabicPlaceWords = Words(root, "arabicPlaceWords");
    }

    public static Titles Default => Shared.Value;

    // The keys under which the words of a folded phrase are looked up (Russian words also by their stem).
    private static IEnumerable<string> IndexKeys(string folded) => Tokenizer.Tokenize(folded).SelectMany(token => TokenForms.ForIndex(token));

    public TokenTrie<TitleEntry> Trie { get; } = new();

    /// <summary>Words before a quoted name of an organisation: media (قناة، agence) and groups (движение, parti).</summary>
    public TokenTrie<bool> MediaCues { get; } = new();

    /// <summary>Words before the name of a place (город, штат, city of).</summary>
    public TokenTrie<bool> PlaceCues { get; } = new();

    /// <summary>Last words of English organisation names (Party, Council, University).</summary>
    public HashSet<string> OrganizationHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per language, the index forms of the words that name a body by its function and the country it serves
    /// (правительство, власти, мэрия), with the English label of its name ("Government").
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> GoverningBodies { get; } = new(StringComparer.Ordinal);

    /// <summary>Per language, the legal forms of a company (ООО, Inc), folded: never a name by themselves.</summary>
    public Dictionary<string, HashSet<string>> LegalForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Acronyms used as common nouns (СМИ, ДТП), per language: no name by themselves.</summary>
    public Dictionary<string, HashSet<string>> CommonAcronyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a name an event's ("Robot Olympics"): no person, place or organisation.</summary>
    public Dictionary<string, HashSet<string>> EventHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that end a newspaper's name right after a place or a nationality word ("Toronto Star").</summary>
    public Dictionary<string, HashSet<string>> NewspaperHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Per language, the index forms of the words that make a name a place, never a person's (Station, аэропорт).</summary>
    public Dictionary<string, HashSet<string>> FacilityHeadForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Per language, the stems (<see cref="RussianStems"/>) of the organisation head nouns, to find them at the
    /// end of a compound ("Мосгордума", "Сбербанк").</summary>
    public Dictionary<string, HashSet<string>> OrganizationHeadStems { get; } = new(StringComparer.Ordinal);

    /// <summary>Per language, the index forms of the words of direction (Восточный, East) that make a place of a known
    /// place or country after them ("compassWords").</summary>
    public Dictionary<string, HashSet<string>> CompassWordForms { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per language, the index forms of the nouns that head an organisation's name (театр, совет, parti, حزب): a name
    /// the tagger reads as a place is an organisation when one of its words is such a head ("Большого театра").
    /// </summary>
    public Dictionary<string, HashSet<string>> OrganizationHeadForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Common given names in Latin and Cyrillic script (Data/names/given-names.txt).</summary>
    public TokenTrie<bool> GivenNames { get; } = new();

    /// <summary>Words allowed between a title and the country it names ("ministre des Affaires étrangères de la Syrie").</summary>
    public Dictionary<string, HashSet<string>> CountryFillers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NameParticles { get; }

    /// <summary>Family names written first (Wang Yi, Xi Jinping, Kim Jong Un): the first word is the surname.</summary>
    public HashSet<string> SurnameFirst { get; }

    /// <summary>Capitalised sentence openers that never begin a name (Позже, Meanwhile).</summary>
    public HashSet<string> NotNameStarts { get; }

    /// <summary>Words after which a known surname alone names its person (نظام الأسد, the Trump administration).</summary>
    public HashSet<string> SurnameCues { get; }

    /// <summary>Endings of Russian-written surnames (-ов, -швили, -дзе, -енко), in folded form.</summary>
    public string[] SurnameSuffixes { get; }

    /// <summary>Words of address before a name that are not part of it (Sheikh, Prince, M., الشيخ).</summary>
    public HashSet<string> Honorifics { get; }

    /// <summary>Words that announce an organisation's name (قناة، وكالة، حركة, agency, party); the last word of each media cue.</summary>
    public HashSet<string> OrganizationCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Lexicon names that are also common words (Data/ambiguous-names.txt): they need a cue or quotation marks.</summary>
    public HashSet<string> AmbiguousNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Arabic words that bind to the next name word (أبو، بن، عبد).</summary>
    public HashSet<string> ArabicNameLinks { get; }

    /// <summary>Arabic words that cannot be part of a name (prepositions, common verbs, time words, titles).</summary>
    public HashSet<string> ArabicNameStops { get; }

    /// <summary>Arabic words before a place's name (محافظة, فندق): a name the tagger reads as a person's after one is the place's.</summary>
    public HashSet<string> ArabicPlaceWords { get; }

    private static HashSet<string> Words(JsonElement root, string property)
        => root.GetProperty(property).EnumerateArray().Select(e => Normalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);

    private static void Add<T>(TokenTrie<T> trie, string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        trie.Add(tokens.Select(t => TokenForms.ForIndex(t)).ToList(), value);
    }
}
