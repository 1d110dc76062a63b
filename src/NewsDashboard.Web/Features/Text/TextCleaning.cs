using System.Globalization;
using System.Text;

namespace NewsDashboard.Web.Features.Text;

/// <summary>
/// Control characters are cleaned, not fatal: NUL, ESC and the other C0/C1 controls (all but tab and line breaks)
/// are removed from text; a line (a title, a source, a name) also turns its tabs and line breaks into spaces.
/// </summary>
internal static class TextCleaning
{
    /// <summary>A control character that is not text: C0 other than tab and line breaks, DEL, C1.</summary>
    public static bool IsStrayControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    public static int StrayControls(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var c in text)
        {
            count += IsStrayControl(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Line breaks as <c>\n</c>, stray controls removed, trimmed.</summary>
    public static string Body(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Remove(normalised, keepBreaks: true).Trim();
    }

    /// <summary>One line: stray controls removed, tabs and line breaks as spaces, trimmed.</summary>
    public static string Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Remove(text, keepBreaks: false).Trim();
    }

    /// <summary>Whether anything would show: not only white space, zero-width and other invisible characters.</summary>
    public static bool HasVisibleText(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>White space, controls, format characters (zero-width space and joiners, BOM, bidi marks) and the blank fillers.</summary>
    public static bool IsInvisible(char c)
        => char.IsWhiteSpace(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control
            || c is '\u034F' or '\u115F' or '\u1160' or '\u2800' or '\u3164' or '\uFFA0';

    private static string Remove(string text, bool keepBreaks)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = IsStrayControl(c) ? (char?)null
                : !keepBreaks && c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' ? ' '
                : c;
            if (replacement == c)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length);
            if (replacement is { } space)
            {
                builder.Append(space);
            }
        }

        return builder?.ToString() ?? text;
    }
}
