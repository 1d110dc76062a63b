namespace NewsDashboard.Extraction;

/// <summary>
/// The text extraction works on: the title, a blank line, then the body. Every offset in the pipeline
/// (mentions, sentences, quotes) is an index into <see cref="Text"/>.
/// </summary>
internal sealed class TextDocument
{
    public TextDocument(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        Text = title.Length == 0 ? body : title + "\n\n" + body;
        TitleLength = title.Length;
        Sentences = SplitSentences(Text);
    }

    public string Text { get; }

    /// <summary>Characters [0, TitleLength) are the title.</summary>
    public int TitleLength { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The sentence containing <paramref name="offset"/>, or the last one.</summary>
    public TextSpan SentenceAt(int offset)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return Sentences.Count == 0 ? new TextSpan(0, 0) : Sentences[Math.Clamp(lo, 0, Sentences.Count - 1)];
    }

    // Sentences end at a line break, or at . ! ? ؟ … followed by white space. Linear in the text.
    private static List<TextSpan> SplitSentences(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' or '؟' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                end = i + 1;
            }

            if (end >= 0)
            {
                Add(result, text, start, end);
                start = end;
            }
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end - start));
        }
    }
}

internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>One occurrence of an entity in <see cref="TextDocument.Text"/>.</summary>
internal sealed record EntityMention(string EntityId, string Type, int Start, int Length, string Surface)
{
    public int End => Start + Length;
}

/// <summary>What the entity stage found: the entities (contract form) and every mention with its offsets.</summary>
internal sealed record EntityAnalysis(IReadOnlyList<ExtractedEntity> Entities, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>Titles in the text ("وزير الخارجية الروسي", "his Russian counterpart" is not one), with the person they name if any.</summary>
    public IReadOnlyList<RoleMention> Roles { get; init; } = [];
}

/// <summary>
/// A title phrase in the text with the role and country it states, e.g. "وزير الخارجية الروسي" → Minister of Foreign
/// Affairs, RU. <see cref="EntityId"/> is the person it introduces, or null when no name follows ("the Syrian minister").
/// </summary>
internal sealed record RoleMention(int Start, int Length, string Role, string? Country, string? EntityId)
{
    public int End => Start + Length;
}
