using System.Globalization;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Features.Names;

/// <summary>
/// An entity's name in the interface language: the stored name when it is already in that script, else the
/// fullest alias in that script (most words, then longest), else the stored name.
/// </summary>
internal static class DisplayNames
{
    public static string For(string name, IReadOnlyList<string>? aliases, string language)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wantArabic = language == UiText.Arabic;
        if (IsArabic(name) == wantArabic)
        {
            return name;
        }

        // An alias in the interface's script from the news itself, else the lexicon's own name for a known person,
        // place, country, organisation ("Moscow" → "موسكو"), else the stored name (for Arabic: a romanisation).
        return (aliases ?? [])
            .Where(a => wantArabic ? IsArabic(a) : IsLatin(a))
            .Where(a => a.Length > 2) // country codes like "SY" are aliases too; a name reads better
            .OrderByDescending(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            .ThenByDescending(a => a.Length)
            .ThenBy(a => a, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? (wantArabic ? Extraction.LexiconNames.Place(name, UiText.Arabic) : null)
            ?? name;
    }

    /// <summary>Whether a name shown to an Arabic reader is still in Latin letters: a romanisation, which the interface says.</summary>
    public static bool IsRomanized(string shown, string language) => language == UiText.Arabic && IsLatin(shown) && !IsArabic(shown);

    /// <summary>Whether most letters of the text are Arabic script.</summary>
    public static bool IsArabic(string text) => Share(text, c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F') > 0.5;

    public static bool IsLatin(string text) => Share(text, c => c < '\u0250') > 0.5;

    public static bool IsCyrillic(string text) => Share(text, c => c is >= '\u0400' and <= '\u04FF') > 0.5;

    private static double Share(string text, Func<char, bool> inScript)
    {
        int letters = 0, matching = 0;
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter)
            {
                letters++;
                matching += inScript(c) ? 1 : 0;
            }
        }

        return letters == 0 ? 0 : (double)matching / letters;
    }
}
