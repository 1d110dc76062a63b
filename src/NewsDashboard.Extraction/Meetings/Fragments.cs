using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// Tagged names no list knows (no role, no country) that are pieces of a phrase, not people, and so no participant: a lone capitalised word that is no
/// given name and carries no role or country ("Страны" of "Страны восходящего солнца", "Black" of "Black Sea"), or
/// a mention whose last word is a place ("Нетаньяху Иерусалим") or a word the article writes in lower case
/// ("Elizabeth Quat In", and "In" alone at the start of a sentence).
/// </summary>
internal sealed class Fragments
{
    private static readonly Lazy<HashSet<string>> GivenNames = new(() =>
        DataFiles.ReadLines("names/given-names.txt").Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(Normalizer.Normalize).ToHashSet(StringComparer.Ordinal));

    private readonly DocumentContext _ctx;
    private readonly sbyte[] _known; // per mention: 0 not read yet, 1 fragment, -1 not
    private HashSet<string>? _lowercase;
    private HashSet<string>? _places;

    public Fragments(DocumentContext ctx)
    {
        _ctx = ctx;
        _known = new sbyte[ctx.Mentions.Length];
    }

    /// <summary>Is mention <paramref name="k"/> (a person) a fragment of a phrase? Read once per mention.</summary>
    public bool IsFragment(int k)
    {
        if (_known[k] == 0)
        {
            _known[k] = Read(k) ? (sbyte)1 : (sbyte)-1;
        }

        return _known[k] > 0;
    }

    private bool Read(int k)
    {
        // Only names no list knows (no role, no country) are suspect: "Ван И" is Wang Yi, whatever "и" means.
        if (_ctx.Entity(_ctx.Mentions[k].EntityId) is not { Role: null, Country: null } e)
        {
            return false;
        }

        if (e.Surfaces.All(s => !s.Trim().Contains(' ')) && !IsGivenName(e))
        {
            return true;
        }

        var end = _ctx.MentionEndWord[k];
        if (end <= _ctx.MentionWord[k] || end > _ctx.Words.Length)
        {
            return false;
        }

        var last = _ctx.Words[end - 1].Norm;
        return Places().Contains(last) || Lowercase().Contains(last);
    }

    internal static bool IsGivenName(ExtractedEntity e)
        => GivenNames.Value.Contains(Normalizer.Normalize(e.Name))
            || e.Surfaces.Any(s => GivenNames.Value.Contains(Normalizer.Normalize(s)) || GivenNames.Value.Contains(Normalizer.Normalize(RussianNames.Nominative(s))));

    private HashSet<string> Lowercase()
    {
        if (_lowercase is null)
        {
            _lowercase = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in _ctx.Words)
            {
                if (!w.IsPunct && char.IsLower(_ctx.Text[w.Start]))
                {
                    _lowercase.Add(w.Norm);
                }
            }
        }

        return _lowercase;
    }

    private HashSet<string> Places()
    {
        if (_places is null)
        {
            _places = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in _ctx.Analysis.Entities)
            {
                if (e.Type is EntityTypes.Place or EntityTypes.Country)
                {
                    foreach (var s in e.Surfaces.Where(s => !s.Contains(' ')))
                    {
                        _places.Add(Normalizer.Normalize(s));
                    }
                }
            }
        }

        return _places;
    }
}
