using NewsDashboard.Extraction;

namespace NewsDashboard.Extraction.Tests.Quotes;

/// <summary>An entity for a hand-built <see cref="EntityAnalysis"/>: every listed surface found in the text is a mention.</summary>
internal sealed record E(string Id, string Name, string? Country = null, string? Role = null, params string[] Surfaces)
{
    public string Type => Id[..Id.IndexOf('/', StringComparison.Ordinal)];
}

/// <summary>Builds the entity stage's output by hand, the seam the quote and meeting stages are tested at.</summary>
internal static class Fixture
{
    public static TextDocument Doc(string text)
    {
        var cut = text.IndexOf("\n\n", StringComparison.Ordinal);
        return cut < 0 ? new TextDocument(string.Empty, text) : new TextDocument(text[..cut], text[(cut + 2)..]);
    }

    public static EntityAnalysis Analysis(TextDocument doc, params E[] entities)
    {
        var text = doc.Text;
        var taken = new bool[text.Length];
        var mentions = new List<EntityMention>();
        var surfaces = entities.SelectMany(e => (e.Surfaces.Length == 0 ? [e.Name] : e.Surfaces).Select(s => (e, s)))
            .OrderByDescending(x => x.s.Length);
        foreach (var (e, s) in surfaces)
        {
            for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(i, s.Length).Any(k => taken[k]) || !Boundary(text, i - 1) || !Boundary(text, i + s.Length))
                {
                    continue;
                }

                for (var k = i; k < i + s.Length; k++)
                {
                    taken[k] = true;
                }

                mentions.Add(new EntityMention(e.Id, e.Type, i, s.Length, s));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var list = entities.Select(e => new ExtractedEntity(e.Id, e.Type, e.Name, e.Country, e.Role,
            mentions.Count(m => m.EntityId == e.Id), [.. mentions.Where(m => m.EntityId == e.Id).Select(m => m.Surface).Distinct()])).ToList();
        return new EntityAnalysis(list, mentions);
    }

    // A surface may follow an Arabic one-letter proclitic (و، ب، ل) but not sit inside another word.
    private static bool Boundary(string text, int i)
        => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]) || (i > 0 && text[i] is 'و' or 'ب' or 'ل' or 'ف' && (i == 0 || !char.IsLetter(text[i - 1])));
}
