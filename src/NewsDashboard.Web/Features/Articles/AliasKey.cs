using System.Globalization;
using System.Text;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>
/// The form aliases are compared in: NFKC, case folded, accents and Arabic diacritics removed, Arabic letter
/// variants merged, punctuation and hyphens as spaces.
/// </summary>
public static class AliasKey
{
    public static string For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || raw == '\u0640')
            {
                continue;
            }

            var c = raw switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ё' or 'Ё' => 'е',
                _ => char.ToLowerInvariant(raw),
            };
            if (!char.IsLetterOrDigit(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
