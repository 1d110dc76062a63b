using SmartReader;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

internal sealed record PageContent(string? Title, string Text, string? Language);

/// <summary>The main text of a web page (Mozilla Readability's rules, via SmartReader), without navigation and ads.</summary>
internal static class PageText
{
    /// <param name="html">The page, already decoded.</param>
    /// <param name="url">Where it came from; only used to resolve relative links, never fetched.</param>
    /// <param name="wholePageFallback">When the reader finds no article: the whole page's text (a dropped file) or nothing (a feed item, which has its description).</param>
    public static PageContent Extract(string html, Uri url, bool wholePageFallback)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        // The reader is given the text, so it never downloads anything itself.
        var reader = new Reader(url.ToString(), html);
        var article = reader.GetArticle();
        var text = article.IsReadable ? HtmlText.Strip(article.Content) : string.Empty;
        if (text.Length == 0 && wholePageFallback)
        {
            text = HtmlText.Strip(html);
        }

        var title = string.IsNullOrWhiteSpace(article.Title) ? null : HtmlText.Collapse(article.Title);
        var language = string.IsNullOrWhiteSpace(article.Language) ? null : article.Language;
        return new PageContent(title, text, language);
    }
}
