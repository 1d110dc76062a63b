using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>Where sentences start in a token list: after . ! ? ؟ … or a line break that ends a line (not the full
/// stop of an initial, which the tokenizer already joins). Linear in the text.</summary>
internal static class SentenceSplitter
{
    public static List<int> Starts(string text, IReadOnlyList<Token> tokens)
    {
        var starts = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i == 0)
            {
                starts.Add(0);
                continue;
            }

            if (!tokens[i].Has(TokenFlags.BreakBefore))
            {
                continue;
            }

            for (var k = tokens[i - 1].End; k < tokens[i].Start; k++)
            {
                if (text[k] is '.' or '!' or '?' or '؟' or '…' or '\n' or ';' or '؛')
                {
                    starts.Add(i);
                    break;
                }
            }
        }

        return starts;
    }
}
