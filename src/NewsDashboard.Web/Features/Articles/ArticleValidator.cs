using System.Text.RegularExpressions;
using NewsDashboard.Extraction;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>Checks a submission and turns it into extraction input; every problem names its field.</summary>
public static partial class ArticleValidator
{
    public const int MaxTitleLength = 1000;
    public const int MaxFieldLength = 2048;

    public static Dictionary<string, string[]> Validate(ArticleSubmission? submission)
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
        else if (HasForbiddenControl(submission.Body))
        {
            errors["body"] = ["'body' contains control characters that are not text."];
        }

        if (submission.Title is { Length: > MaxTitleLength })
        {
            errors["title"] = [$"'title' must be at most {MaxTitleLength} characters."];
        }

        if (submission.Published is { } published && !string.IsNullOrWhiteSpace(published) && Dates.ParsePublished(published) is null)
        {
            errors["published"] = ["'published' must be an ISO 8601 date or date-time, e.g. 2025-07-31T09:30:00Z."];
        }

        if (submission.Language is { } language && !string.IsNullOrWhiteSpace(language) && !LanguageCode().IsMatch(language))
        {
            errors["language"] = ["'language' must be an ISO 639-1 code such as 'ar', 'en', 'fr' or 'ru'."];
        }

        if (submission.Url is { } url && !string.IsNullOrWhiteSpace(url)
            && (url.Length > MaxFieldLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors["url"] = ["'url' must be an absolute http or https URL."];
        }

        if (submission.Source is { Length: > MaxFieldLength })
        {
            errors["source"] = [$"'source' must be at most {MaxFieldLength} characters."];
        }

        return errors;
    }

    public static ArticleInput ToInput(ArticleSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var body = submission.Body!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var title = string.IsNullOrWhiteSpace(submission.Title) ? FirstLine(body) : submission.Title.Trim();
        return new ArticleInput(
            body,
            title,
            Blank(submission.Source),
            Blank(submission.Url),
            Dates.ParsePublished(submission.Published),
            Blank(submission.Language)?.ToLowerInvariant());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string body)
    {
        var line = body.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    // NUL and other C0 controls (except tab and line breaks) mean binary, not an article.
    private static bool HasForbiddenControl(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
