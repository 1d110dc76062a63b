using System.Text.Json;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Ingestion.Feeds;

namespace NewsDashboard.Web.Features.Ingestion.Inbox;

/// <summary>The article a dropped file holds, by its extension; a file that is not one says why.</summary>
internal static class InboxFileReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".html", ".htm" };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    /// <summary>The file's article, checked and cleaned by <see cref="ArticleValidator.Check"/> like any other source's.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid article; the message is the reason, by field.</exception>
    public static ArticleInput Read(string fileName, byte[] bytes, long? maxArticleBytes = null)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var text = TextDecoding.Decode(bytes);
        var input = extension switch
        {
            ".txt" => ArticleText.Parse(text, fileName),
            ".json" => FromJson(text),
            ".html" or ".htm" => FromHtml(text, fileName),
            _ => throw new InvalidDataException($"'{extension}' files are not articles; use .txt, .json or .html."),
        };

        if (string.IsNullOrWhiteSpace(input.Body))
        {
            throw new InvalidDataException("The file has no article text (a title line, a blank line, then the body).");
        }

        var check = ArticleValidator.Check(input, maxArticleBytes);
        return check.Article ?? throw new InvalidDataException(check.Reason);
    }

    private static ArticleInput FromJson(string text)
    {
        ArticleSubmission? submission;
        try
        {
            submission = JsonSerializer.Deserialize<ArticleSubmission>(text, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Not valid JSON for an article: {ex.Message}", ex);
        }

        var errors = ArticleValidator.Validate(submission);
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join("\n", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        return ArticleValidator.ToInput(submission!);
    }

    private static ArticleInput FromHtml(string html, string fileName)
    {
        var page = PageText.Extract(html, new Uri("file:///inbox/" + Uri.EscapeDataString(fileName)), wholePageFallback: true);
        var body = page.Text;
        var title = page.Title;
        // The reader often repeats the title as the first paragraph; the article keeps it once.
        if (title is not null && body.StartsWith(title, StringComparison.Ordinal))
        {
            body = body[title.Length..].TrimStart();
        }

        var language = page.Language?.Split('-', '_')[0].ToLowerInvariant();
        return new ArticleInput(body, title, null, null, null, language is { Length: 2 or 3 } ? language : null, fileName);
    }
}
