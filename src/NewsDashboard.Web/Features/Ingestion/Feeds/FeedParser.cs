using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

internal sealed record FeedItem(string? Id, string? Link, string Title, string? Summary, string? Content, DateTimeOffset? Published)
{
    /// <summary>What identifies the item across polls: its id, else its link, else its title.</summary>
    public string Key => Id ?? Link ?? Title;
}

internal sealed record FeedDocument(string Format, string Title, IReadOnlyList<FeedItem> Items);

/// <summary>
/// Reads RSS 0.91/0.92/2.0, RSS 0.9/1.0 (RDF) and Atom 0.3/1.0 with <see cref="System.Xml.Linq"/> after a safe load:
/// no DTD, no entities beyond XML's own and HTML's named ones, no resolver, characters XML forbids removed first.
/// </summary>
internal static class FeedParser
{
    public const int MaxCharacters = 10 * 1024 * 1024;

    /// <exception cref="FormatException">The text is not a feed this parser knows, or not XML even after cleaning.</exception>
    public static FeedDocument Parse(string xml)
    {
        XDocument document;
        try
        {
            document = Load(xml);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"The feed is not well-formed XML: {ex.Message}", ex);
        }

        var root = document.Root ?? throw new FormatException("The feed has no root element.");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, root, "rss " + (string?)root.Attribute("version")),
            "RDF" => ParseRss(root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, root, "rdf"),
            "feed" => ParseAtom(root),
            _ => throw new FormatException($"'{root.Name.LocalName}' is not an RSS or Atom root element."),
        };
    }

    /// <summary>The safe load: DTDs ignored (so an entity bomb or an external entity is an undeclared reference and fails).</summary>
    public static XDocument Load(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxCharacters)
        {
            throw new FormatException($"The feed is larger than {MaxCharacters} characters.");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CheckCharacters = false,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = MaxCharacters * 2L,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(HtmlEntitiesToNumeric(RemoveInvalidXmlChars(xml))), settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static FeedDocument ParseRss(XElement channel, XElement root, string format)
    {
        // RSS 0.9x/2.0 keep items in the channel; RDF (RSS 0.9/1.0) keeps them beside it under the root.
        var items = channel.Elements().Where(e => e.Name.LocalName == "item").ToList();
        if (items.Count == 0)
        {
            items = root.Elements().Where(e => e.Name.LocalName == "item").ToList();
        }

        var parsed = new List<FeedItem>(items.Count);
        foreach (var item in items)
        {
            var link = Text(Child(item, "link")) ?? (string?)item.Attribute(RdfAbout);
            var guid = Child(item, "guid");
            var id = Text(guid);
            if (id is null && link is null)
            {
                id = (string?)item.Attribute(RdfAbout);
            }

            if (link is null && guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(id, UriKind.Absolute, out _))
            {
                link = id;
            }

            var published = Date(Text(Child(item, "pubDate")) ?? Text(Child(item, "date")) ?? Text(Child(item, "published")) ?? Text(Child(item, "updated")));
            var content = item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded")?.Value;
            parsed.Add(new FeedItem(id, Absolute(link), Title(Child(item, "title")), Text(Child(item, "description")), Blank(content), published));
        }

        return new FeedDocument(format.Trim(), Title(Child(channel, "title")), parsed);
    }

    private static FeedDocument ParseAtom(XElement feed)
    {
        var parsed = new List<FeedItem>();
        foreach (var entry in feed.Elements().Where(e => e.Name.LocalName == "entry"))
        {
            var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
            var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
            var published = Date(Text(Child(entry, "published")) ?? Text(Child(entry, "issued")) ?? Text(Child(entry, "updated")) ?? Text(Child(entry, "modified")));
            parsed.Add(new FeedItem(
                Text(Child(entry, "id")),
                Absolute((string?)link?.Attribute("href")),
                Title(Child(entry, "title")),
                AtomText(Child(entry, "summary")),
                AtomText(Child(entry, "content")),
                published));
        }

        return new FeedDocument("atom", Title(Child(feed, "title")), parsed);
    }

    private static readonly XName RdfAbout = XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    // Same namespace as the parent first (so media:title never beats title), then any namespace.
    private static XElement? Child(XElement parent, string localName)
        => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace == parent.Name.Namespace)
           ?? parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Text(XElement? element) => Blank(element?.Value);

    // Atom xhtml content is markup, not text: keep it as HTML for the stripper.
    private static string? AtomText(XElement? element)
        => element is null ? null
            : (string?)element.Attribute("type") == "xhtml" ? Blank(string.Concat(element.Nodes().Select(n => n.ToString())))
            : Blank(element.Value);

    private static string Title(XElement? element)
        => element is null ? string.Empty : HtmlText.Collapse(WebUtility.HtmlDecode(element.Value));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Absolute(string? link)
        => link is not null && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    /// <summary>RFC 822 dates (with zone names) as RSS writes them, and ISO 8601 as Atom and Dublin Core do.</summary>
    public static DateTimeOffset? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var space = text.LastIndexOf(' ');
        if (space > 0 && ZoneOffsets.TryGetValue(text[(space + 1)..], out var offset))
        {
            text = text[..space] + " " + offset;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToUniversalTime()
            : null;
    }

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MSK"] = "+03:00", ["JST"] = "+09:00", ["IST"] = "+05:30",
    };

    /// <summary>Drops characters XML 1.0 forbids (raw control characters, lone surrogates) instead of rejecting the feed.</summary>
    public static string RemoveInvalidXmlChars(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = XmlConvert.IsXmlChar(c)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (valid && char.IsHighSurrogate(c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid)
            {
                cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }

            cleaned?.Append(c);
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>
    /// HTML's named entities (<c>&amp;nbsp;</c>, <c>&amp;auml;</c>) as numeric references, because old RSS 0.91 feeds
    /// use them through a DTD we never read. XML's own five and unknown names are left for the parser.
    /// </summary>
    public static string HtmlEntitiesToNumeric(string text)
    {
        StringBuilder? output = null;
        var copied = 0;
        for (var i = text.IndexOf('&', StringComparison.Ordinal); i >= 0 && i < text.Length; i = text.IndexOf('&', i + 1))
        {
            var end = i + 1;
            while (end < text.Length && end - i <= 32 && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (end >= text.Length || text[end] != ';' || end == i + 1 || !char.IsAsciiLetter(text[i + 1]))
            {
                continue;
            }

            var name = text[(i + 1)..end];
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                continue;
            }

            var decoded = WebUtility.HtmlDecode("&" + name + ";");
            if (decoded.Length == 0 || decoded[0] == '&')
            {
                continue;
            }

            output ??= new StringBuilder(text.Length);
            output.Append(text, copied, i - copied);
            foreach (var rune in decoded.EnumerateRunes())
            {
                output.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }

            copied = end + 1;
        }

        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
    }
}
