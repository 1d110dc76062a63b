using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

/// <summary>
/// A trie over folded words: phrases of the lexicon are paths, so an article is matched by walking from each
/// token, never by scanning the lexicon. Built once, read-only afterwards (safe to share between threads).
/// </summary>
internal sealed class TokenTrie<T>
{
    private readonly Node _root = new();

    public int MaxDepth { get; private set; }

    /// <summary>Adds a phrase: one set of alternative keys per word (a Russian word and its stems).</summary>
    public void Add(IReadOnlyList<IEnumerable<string>> words, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return;
        }

        MaxDepth = Math.Max(MaxDepth, words.Count);
        var frontier = new List<Node> { _root };
        foreach (var alternatives in words)
        {
            var next = new List<Node>();
            foreach (var node in frontier)
            {
                foreach (var key in alternatives.Distinct())
                {
                    node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                    if (!node.Next.TryGetValue(key, out var child))
                    {
                        node.Next[key] = child = new Node();
                    }

                    if (!next.Contains(child))
                    {
                        next.Add(child);
                    }
                }
            }

            frontier = next;
        }

        foreach (var node in frontier)
        {
            node.Values ??= [];
            if (!node.Values.Contains(value))
            {
                node.Values.Add(value);
            }
        }
    }

    /// <summary>
    /// Every phrase that starts at token <paramref name="start"/>: (end token exclusive, clitic prefix of the
    /// first token, values). A phrase never crosses punctuation; only its first word may carry a clitic.
    /// </summary>
    /// <param name="skippable">A word the phrase may skip once (a nationality inside a title: "ministre russe des
    /// Affaires étrangères"); the hit records which.</param>
    public void MatchAt(IReadOnlyList<Token> tokens, IReadOnlyList<TokenForm[]> forms, int start, List<TrieHit<T>> hits, Func<int, bool>? skippable = null)
    {
        foreach (var form in forms[start])
        {
            if (_root.Next is not null && _root.Next.TryGetValue(form.Text, out var child))
            {
                Walk(new WalkContext(tokens, forms, hits, skippable, start, form.Prefix), child, start + 1, -1);
            }
        }
    }

    private static void Walk(in WalkContext context, Node node, int end, int skipped)
    {
        if (node.Values is not null && skipped != end - 1)
        {
            context.Hits.Add(new TrieHit<T>(context.Start, end, context.Prefix, node.Values) { Skipped = skipped });
        }

        var tokens = context.Tokens;
        if (node.Next is null || end >= tokens.Count || tokens[end].Has(TokenFlags.BreakBefore))
        {
            return;
        }

        foreach (var form in context.Forms[end])
        {
            if (form.Prefix == 0 && node.Next.TryGetValue(form.Text, out var child))
            {
                Walk(context, child, end + 1, skipped);
            }
        }

        if (skipped < 0 && context.Skippable is not null && context.Skippable(end))
        {
            Walk(context, node, end + 1, end);
        }
    }

    private readonly record struct WalkContext(
        IReadOnlyList<Token> Tokens,
        IReadOnlyList<TokenForm[]> Forms,
        List<TrieHit<T>> Hits,
        Func<int, bool>? Skippable,
        int Start,
        int Prefix);

    private sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }

        public List<T>? Values { get; set; }
    }
}

/// <summary>A phrase found in the text: tokens [Start, End), the first one's clitic prefix length, what it names.</summary>
internal readonly record struct TrieHit<T>(int Start, int End, int Prefix, IReadOnlyList<T> Values)
{
    public int Length => End - Start;

    /// <summary>The token skipped inside the phrase, or −1.</summary>
    public int Skipped { get; init; } = -1;
}
