namespace NewsDashboard.Extraction.Text;

/// <summary>
/// Hashtags written into running text ("الرئيس التركي رجب طيب #أردوغان", "#نيكي_هيلي"): the words of a tag belong to
/// their sentence, so the entity pass reads the "#" and the "_" joining the tag's words as spaces (same length, so
/// every offset stays the article's).
/// </summary>
internal static class Hashtags
{
    public static string Unwrap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('#', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = at; i < chars.Length; i++)
        {
            if (chars[i] != '#' || i + 1 >= chars.Length || !char.IsLetter(chars[i + 1]) || (i > 0 && !char.IsWhiteSpace(chars[i - 1]) && !char.IsPunctuation(chars[i - 1])))
            {
                continue;
            }

            chars[i] = ' ';
            var j = i + 1;
            while (j < chars.Length && (char.IsLetterOrDigit(chars[j]) || chars[j] == '_' || Normalizer.IsIgnorable(chars[j])))
            {
                if (chars[j] == '_' && j + 1 < chars.Length && char.IsLetterOrDigit(chars[j + 1]))
                {
                    chars[j] = ' ';
                }

                j++;
            }

            i = j - 1;
        }

        return new string(chars);
    }
}
