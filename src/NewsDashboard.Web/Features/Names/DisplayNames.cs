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
        if (IsArabic(name) == wantArabic || aliases is null || aliases.Count == 0)
        {
            return name;
        }

        return aliases
            .Where(a => wantArabic ? IsArabic(a) : IsLatin(a))
            .Where(a => a.Length > 2) // country codes like "SY" are aliases too; a name reads better
            .OrderByDescending(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            .ThenByDescending(a => a.Length)
            .ThenBy(a => a, StringComparer.Ordinal)
            .FirstOrDefault() ?? name;
    }

    /// <summary>Whether most letters of the text are Arabic script.</summary>
    public static bool IsArabic(string text) => Share(text, c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F') > 0.5;

    public static bool IsLatin(string text) => Share(text, c => c < '\u0250') > 0.5;

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
