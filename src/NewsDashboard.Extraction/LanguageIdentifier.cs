namespace NewsDashboard.Extraction;

/// <summary>Identifies the language of a text: by script first.</summary>
public static class LanguageIdentifier
{
    public static string Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabic++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsLetter(c) && c < '\u0250')
            {
                latin++;
            }
        }

        if (arabic >= cyrillic && arabic >= latin && arabic > 0)
        {
            return "ar";
        }

        if (cyrillic >= latin && cyrillic > 0)
        {
            return "ru";
        }

        return "en";
    }
}
