namespace NewsDashboard.Extraction;

/// <summary>
/// Reads the seed text format: an optional front-matter block between "---" lines, then the title
/// (the first non-blank line), a blank line, and the body. The front matter's source, url, published and language
/// are read; other keys (such as "fictional: true" on the team's test fixtures) are ignored.
/// </summary>
public static class ArticleText
{
    public static ArticleInput Parse(string raw, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        string? source = null, url = null, language = null;
        DateTimeOffset? published = null;

        var lines = text.Split('\n');
        var i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i < lines.Length && lines[i].Trim() == "---")
        {
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "---");
            if (end > 0)
            {
                for (var j = i + 1; j < end; j++)
                {
                    var colon = lines[j].IndexOf(':', StringComparison.Ordinal);
                    if (colon <= 0)
                    {
                        continue;
                    }

                    var key = lines[j][..colon].Trim().ToLowerInvariant();
                    var value = lines[j][(colon + 1)..].Trim();
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    switch (key)
                    {
                        case "source": source = value; break;
                        case "url": url = value; break;
                        case "language": language = value; break;
                        case "published": published = Dates.ParsePublished(value); break;
                    }
                }

                i = end + 1;
            }
        }

        while (i < lines.Length && lines[i].Trim().Length == 0)
        {
            i++;
        }

        var title = i < lines.Length ? lines[i].Trim() : string.Empty;
        var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]).Trim('\n') : string.Empty;
        return new ArticleInput(body, title, source, url, published, language, file);
    }
}

public static class Dates
{
    /// <summary>Parses an ISO date or date-time; a bare date is midnight UTC.</summary>
    public static DateTimeOffset? ParsePublished(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(
            value.Trim(),
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal,
            out var parsed)
            ? parsed
            : null;
    }
}
