using NewsDashboard.Extraction.Entities;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>The engine's own word lists as tagger features: the gazetteer (which kind of known name covers a
/// token), title phrases (a name usually follows) and verbs of saying (a speaker usually precedes).</summary>
internal sealed class TaggerLexicons
{
    private static readonly Lazy<TaggerLexicons> Shared = new(() => new TaggerLexicons(Gazetteer.Default, Titles.Default));

    private readonly Gazetteer _gazetteer;
    private readonly Titles _titles;
    private readonly HashSet<string> _speech = new(StringComparer.Ordinal);

    private TaggerLexicons(Gazetteer gazetteer, Titles titles)
    {
        _gazetteer = gazetteer;
        _titles = titles;
        foreach (var entry in Lexicon.Load("quotes").Entries("speech"))
        {
            _speech.Add(entry.Tokens[0]);
        }
    }

    public static TaggerLexicons Default => Shared.Value;

    // The word lists the features read: the gazetteer files (not the hand list other-places.json, see LexEntry.Feature), the title phrases (the "roles" of titles.json; its other
    // sections are rules the tagger never sees) and the verbs of saying.
    private static readonly string[] GazetteerFiles = ["countries.json", "cities.json", "organizations.json", "people.json"];

    /// <summary>
    /// SHA-256 of the word lists the features read, as built into this engine. A model trained on other lists reads
    /// different features than it learned: retrain (<c>newsdash train</c>) whenever this changes.
    /// </summary>
    public static string Fingerprint()
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string name, string content)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n" + content.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n"));
        }

        foreach (var file in GazetteerFiles)
        {
            Add(file, DataFiles.ReadAll(file));
        }

        using (var titles = System.Text.Json.JsonDocument.Parse(DataFiles.ReadAll("titles.json")))
        {
            Add("titles.json#roles", titles.RootElement.GetProperty("roles").GetRawText());
        }

        foreach (var entry in Lexicon.Load("quotes").Entries("speech").Select(e => string.Join(' ', e.Tokens)).Order(StringComparer.Ordinal))
        {
            Add("speech", entry);
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public bool IsSpeechVerb(TokenForm[] forms)
    {
        foreach (var form in forms)
        {
            if (_speech.Contains(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per token: 0 when no lexicon name covers it, else 1 + kind (begin) or 9 + kind (inside).</summary>
    public void Mark(IReadOnlyList<Token> tokens, IReadOnlyList<TokenForm[]> forms, byte[] gazetteer, bool[] afterTitle)
    {
        var hits = new List<TrieHit<LexEntry>>();
        var titleHits = new List<TrieHit<TitleEntry>>();
        var coveredTo = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            hits.Clear();
            _gazetteer.Names.MatchAt(tokens, forms, i, hits);
            var best = -1;
            var bestKind = EntryKind.Surname;
            foreach (var hit in hits)
            {
                foreach (var entry in hit.Values)
                {
                    if (!entry.Feature || (entry.NeedsCapital && !tokens[i].Has(TokenFlags.Capitalized)) || (entry.NeedsUpper && !tokens[i].Has(TokenFlags.AllUpper)))
                    {
                        continue;
                    }

                    if (hit.End > best || (hit.End == best && entry.Kind < bestKind))
                    {
                        best = hit.End;
                        bestKind = entry.Kind;
                    }
                }
            }

            if (best > i && best > coveredTo)
            {
                gazetteer[i] = (byte)(1 + (int)bestKind);
                for (var k = i + 1; k < best; k++)
                {
                    gazetteer[k] = (byte)(9 + (int)bestKind);
                }

                coveredTo = best;
            }

            titleHits.Clear();
            _titles.Trie.MatchAt(tokens, forms, i, titleHits);
            foreach (var hit in titleHits)
            {
                if (hit.End < tokens.Count)
                {
                    afterTitle[hit.End] = true;
                }
            }
        }
    }
}
