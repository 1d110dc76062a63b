using System.Text;

namespace NewsDashboard.Extraction.Text;

/// <summary>Entity id slugs: "Sergey Lavrov" → "sergey-lavrov", "Sergueï Lavrov" → "sergue-lavrov" → ASCII letters and digits only.</summary>
internal static class Slug
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Normalizer.Normalize(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > 0 ? slug : "x" + ((uint)StableHash(name)).ToString("x8");
    }

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }
}
