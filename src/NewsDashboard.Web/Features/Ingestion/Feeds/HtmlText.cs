using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

/// <summary>HTML fragments (feed descriptions, page text) as plain text with paragraph breaks kept.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd", "dt",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "svg", "head",
    };

    /// <summary>The text of an HTML fragment: tags dropped, entities decoded, one blank line between blocks.</summary>
    public static string Strip(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var text = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Append(node, text);
        }

        return Paragraphs(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement e when Skipped.Contains(e.LocalName):
                break;
            case IElement e:
                var block = Blocks.Contains(e.LocalName);
                if (block)
                {
                    text.Append('\n');
                }

                foreach (var child in e.ChildNodes)
                {
                    Append(child, text);
                }

                if (block)
                {
                    text.Append('\n');
                }

                break;
        }
    }

    /// <summary>Lines trimmed and spaces collapsed; runs of empty lines become one blank line between paragraphs.</summary>
    public static string Paragraphs(string text)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(Collapse)
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Whitespace runs (including no-break spaces and control characters) as one space, trimmed.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var output = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = output.Length > 0;
                continue;
            }

            if (space)
            {
                output.Append(' ');
                space = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
