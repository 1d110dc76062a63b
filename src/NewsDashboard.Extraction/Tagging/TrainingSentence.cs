using System.Text;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// One annotated sentence as the engine sees text: the corpus tokens joined by spaces and cut again by the
/// engine's own tokenizer, each engine token taking the tag of the corpus token it lies in (B only on the first).
/// Arabic corpora that split clitics off (و, ب, ه, ها) get them joined back, as news prints them.
/// </summary>
internal sealed record TrainingSentence(string Language, string Document, string Text, List<Token> Tokens, int[] Tags)
{
    private static readonly HashSet<string> ArabicProclitics = new(StringComparer.Ordinal) { "و", "ف", "ب", "ل", "ك" };
    private static readonly HashSet<string> ArabicEnclitics = new(StringComparer.Ordinal) { "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا" };

    public static TrainingSentence? From(string language, string document, IReadOnlyList<string> words, IReadOnlyList<int> tags)
    {
        var text = new StringBuilder();
        var owner = new List<(int Start, int End, int Tag)>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Replace('_', ' ');
            var attach = false;
            if (language == "ar" && text.Length > 0)
            {
                var previous = words[i - 1];
                attach = (ArabicProclitics.Contains(previous) && tags[i - 1] == NameTags.Outside && IsArabic(word))
                    || (ArabicEnclitics.Contains(word) && tags[i] == NameTags.Outside && IsArabic(previous));
            }

            if (text.Length > 0 && !attach)
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(word);
            owner.Add((start, text.Length, tags[i]));
        }

        var content = text.ToString();
        var tokens = Tokenizer.Tokenize(content);
        if (tokens.Count == 0)
        {
            return null;
        }

        var result = new int[tokens.Count];
        var o = 0;
        var lastOwner = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            // The corpus token the engine token's last letter lies in (so "و" + "لافروف" takes the name's tag).
            var at = tokens[t].End - 1;
            while (o < owner.Count && owner[o].End <= at)
            {
                o++;
            }

            var tag = o < owner.Count && owner[o].Start <= at ? owner[o].Tag : NameTags.Outside;
            if (NameTags.IsBegin(tag) && o == lastOwner)
            {
                tag = NameTags.Inside(NameTags.TypeOf(tag));
            }

            if (NameTags.IsInside(tag) && (t == 0 || !NameTags.Allowed(result[t - 1], tag)))
            {
                tag = NameTags.Begin(NameTags.TypeOf(tag)); // its B was punctuation only
            }

            result[t] = tag;
            lastOwner = o;
        }

        return new TrainingSentence(language, document, content, tokens, result);
    }

    private static bool IsArabic(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';
}
