using System.Text;
using System.Text.RegularExpressions;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Text;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>An article checked and cleaned (<see cref="Article"/>), or why it is refused, by field.</summary>
internal sealed record ArticleCheck(ArticleInput? Article, Dictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors as lines "field: message", for a log line or an inbox <c>.error.txt</c>.</summary>
    public string Reason => string.Join("\n", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}

/// <summary>
/// The one validator every source goes through (API, batch, inbox, feeds, seeds): each problem names its field, and
/// what can be cleaned is cleaned rather than refused. Control characters are removed from every field (a body that is
/// mostly control characters is binary and refused); a body with nothing visible, an HTML page's source, a body over
/// <see cref="ArticleLimits.MaxArticleBytes"/>, a non-http URL, a language that is not a code and a published date
/// outside 1900–2100 are refused.
/// </summary>
internal static partial class ArticleValidator
{
    public const int MaxTitleLength = 1000;
    public const int MaxFieldLength = 2048;
    public const int MinPublishedYear = 1900;
    public const int MaxPublishedYear = 2100;

    /// <summary>More stray control characters than one in this many and the body is binary, not text with a stray one.</summary>
    public const int BinaryControlRatio = 100;

    /// <summary>The submission's own problems (a missing body, a date that is not one) and then <see cref="Check"/>'s.</summary>
    public static Dictionary<string, string[]> Validate(ArticleSubmission? submission, long? maxBodyBytes = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (submission is null)
        {
            errors["body"] = ["The request body must be a JSON object with at least a 'body' field."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(submission.Body))
        {
            errors["body"] = ["'body' is required and must contain text."];
        }

        if (submission.Published is { } published && !string.IsNullOrWhiteSpace(published) && Dates.ParsePublished(published) is null)
        {
            errors["published"] = ["'published' must be an ISO 8601 date or date-time, e.g. 2025-07-31T09:30:00Z."];
        }

        foreach (var (field, messages) in Check(Raw(submission), maxBodyBytes).Errors)
        {
            errors.TryAdd(field, messages);
        }

        return errors;
    }

    /// <summary>The cleaned input of a submission <see cref="Validate"/> accepted; a missing title is the body's first line.</summary>
    public static ArticleInput ToInput(ArticleSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var input = Check(Raw(submission)).Article ?? throw new ArgumentException("The submission is not valid; call Validate first.", nameof(submission));
        return input.Title is null ? input with { Title = FirstLine(input.Body) } : input;
    }

    /// <summary>Checks and cleans an article from any source.</summary>
    public static ArticleCheck Check(ArticleInput input, long? maxBodyBytes = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var raw = input.Body ?? string.Empty;
        var body = TextCleaning.Body(raw);
        var controls = TextCleaning.StrayControls(raw);
        if ((long)controls * BinaryControlRatio > raw.Length)
        {
            errors["body"] = [$"'body' is binary, not text: {controls} of its {raw.Length} characters are control characters."];
        }
        else if (!TextCleaning.HasVisibleText(body))
        {
            errors["body"] = ["'body' is required and must contain text (not only spaces or invisible characters)."];
        }
        else if (HtmlDocument().IsMatch(body))
        {
            errors["body"] = ["'body' is the source of an HTML page, not article text; send its text (or drop the page into the inbox as .html)."];
        }
        else if (maxBodyBytes is { } max && Encoding.UTF8.GetByteCount(body) > max)
        {
            errors["body"] = [$"'body' is larger than {max} bytes (Ingest:MaxArticleBytes)."];
        }

        var title = input.Title is null ? null : TextCleaning.Line(input.Title);
        if (title is { Length: > MaxTitleLength })
        {
            errors["title"] = [$"'title' must be at most {MaxTitleLength} characters."];
        }

        var source = input.Source is null ? null : TextCleaning.Line(input.Source);
        if (source is { Length: > MaxFieldLength })
        {
            errors["source"] = [$"'source' must be at most {MaxFieldLength} characters."];
        }

        var url = Blank(input.Url);
        if (url is not null && (url.Length > MaxFieldLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors["url"] = ["'url' must be an absolute http or https URL."];
        }

        var language = Blank(input.Language);
        if (language is not null && !LanguageCode().IsMatch(language))
        {
            errors["language"] = ["'language' must be an ISO 639-1 code such as 'ar', 'en', 'fr' or 'ru'."];
        }

        if (input.Published is { } published && published.Year is < MinPublishedYear or > MaxPublishedYear)
        {
            errors["published"] = [$"'published' must be between {MinPublishedYear} and {MaxPublishedYear}; {published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is not."];
        }

        if (errors.Count > 0)
        {
            return new ArticleCheck(null, errors);
        }

        return new ArticleCheck(
            input with
            {
                Body = body,
                Title = TextCleaning.HasVisibleText(title) ? title : null,
                Source = TextCleaning.HasVisibleText(source) ? source : null,
                Url = url,
                Language = language?.ToLowerInvariant(),
            },
            errors);
    }

    private static ArticleInput Raw(ArticleSubmission submission)
        => new(submission.Body ?? string.Empty, submission.Title, submission.Source, submission.Url, Dates.ParsePublished(submission.Published), submission.Language);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string body)
    {
        var line = body.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();

    // A whole page's source: a doctype or an <html> element first.
    [GeneratedRegex(@"^\s*<(!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlDocument();
}
