using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Xunit.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Extraction;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Ingestion.Feeds;
using NewsDashboard.Web.Features.Text;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

/// <summary>
/// Bounded fuzz runs (CsCheck, a few seconds each, in CI) of the formats articles arrive in besides the extraction
/// entry point (which has its own): the seed text with front matter, RSS and Atom feeds, and the article JSON posted to
/// the API. Inputs are assembled from the pieces that broke these formats before (extreme dates, control characters,
/// entities, truncation, wrong JSON types) mixed at random. A failure prints the input that reproduces it.
/// </summary>
public sealed class InputFormatFuzzTests : IClassFixture<InputFormatFuzzTests.App>
{
    private readonly NewsApp _app;
    private readonly ITestOutputHelper _output;

    public InputFormatFuzzTests(App app, ITestOutputHelper output) => (_app, _output) = (app.Instance, output);

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new(settings: new Dictionary<string, string?> { ["Api:ArticlesPerMinute"] = "1000000" });

        public void Dispose() => Instance.Dispose();
    }

    private static readonly string[] Values =
    [
        "", " ", "2025-07-31", "2025-07-31T10:00:00+03:00", "0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "2025-13-45",
        "yesterday", "-1", "1e309", "ar", "en", "Arabic please", "http://example.org/a", "javascript:alert(1)", "/relative",
        "\u0000", "\u001B[31m", "\u200B", "\uFEFF", "\u202E", "\uD800", "<script>alert(1)</script>", "<!doctype html><html>",
        "Sergei Lavrov said: \"Yes.\"", "وقال لافروف", "Сергей Лавров заявил", "---", ":", "\r\n", "\n", "\n\n", "x",
    ];

    private static readonly string[] SeedPieces =
    [
        "---\n", "source: ", "url: ", "published: ", "language: ", "fictional: true\n", "\n", "\n\n", "\r\n", ": ", "\t",
    ];

    private static readonly Gen<string> SeedText = Gen.OneOf(
            Gen.Int[0, SeedPieces.Length - 1].Select(i => SeedPieces[i]),
            Gen.Int[0, Values.Length - 1].Select(i => Values[i]),
            Gen.String[Gen.Char, 0, 40])
        .Array[0, 60]
        .Select(string.Concat);

    /// <summary>
    /// The seed and inbox text format: whatever the front matter holds, parsing never throws, and an article the
    /// validator accepts is clean: visible body text, no stray control characters, a bounded title, a date within
    /// 1900–2100, an http(s) URL.
    /// </summary>
    [Fact]
    public void SeedText_Fuzzed_ParsesAndIsEitherRefusedWithAReasonOrClean()
        => SeedText.Sample(text =>
        {
            var check = ArticleValidator.Check(ArticleText.Parse(text, "fuzz.txt"), 2_000_000);
            if (check.Article is not { } article)
            {
                return check.Errors.Count > 0 && check.Errors.All(e => e.Value.All(m => m.Length > 0));
            }

            return TextCleaning.HasVisibleText(article.Body)
                && !article.Body.Any(TextCleaning.IsStrayControl)
                && !(article.Title ?? "").Any(TextCleaning.IsStrayControl)
                && (article.Title?.Length ?? 0) <= ArticleValidator.MaxTitleLength
                && article.Published is null or { Year: >= ArticleValidator.MinPublishedYear and <= ArticleValidator.MaxPublishedYear }
                && (article.Url is null || article.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        }, time: 5, threads: 1, print: t => JsonSerializer.Serialize(t));

    private static readonly string[] FeedPieces =
    [
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>",
        "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">", "<rss version=\"2.0\"><channel><title>T</title>", "</channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>", "</feed>", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>", "</link>", "<link href=\"", "\"/>",
        "<description>", "</description>", "<summary type=\"html\">", "</summary>", "<content:encoded>", "</content:encoded>",
        "<pubDate>", "</pubDate>", "<updated>", "</updated>", "<guid>", "</guid>", "<id>", "</id>", "<![CDATA[", "]]>",
        "&amp;", "&nbsp;", "&b;", "&#0;", "&#xD800;", "&#x1F1F8;", "&", "<", ">", "Mon, 31 Jul 2025 10:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 +1400", "0001-01-01T00:00:00Z", "not a date", "http://example.org/item", "javascript:x",
    ];

    private static readonly Gen<string> FeedText = Gen.OneOf(
            Gen.Int[0, FeedPieces.Length - 1].Select(i => FeedPieces[i]),
            Gen.Int[0, Values.Length - 1].Select(i => Values[i]),
            Gen.String[Gen.Char, 0, 20])
        .Array[0, 80]
        .Select(string.Concat);

    // Mostly well-formed feeds with fuzzed items, so the parser gets past the root and into the items.
    private static readonly Gen<string> RssText = FeedText.Array[0, 6].Select(items =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fuzz</title>"
        + string.Concat(items.Select(i => "<item><title>" + i + "</title><description>" + i + "</description><pubDate>" + i + "</pubDate></item>"))
        + "</channel></rss>");

    /// <summary>
    /// A feed body, however broken, is a parsed feed or a <see cref="FormatException"/> with a message (what the
    /// poller reports for that feed alone); never another exception, and no entity is ever expanded.
    /// </summary>
    [Fact]
    public void FeedText_Fuzzed_ParsesOrFailsWithAFormatErrorOnly()
        => Gen.OneOf(FeedText, RssText).Sample(text =>
        {
            try
            {
                var feed = FeedParser.Parse(text);
                // An expanded entity would put its ten a's where "&a;" stood. A CDATA section may carry the declaration
                // itself as literal text ('<!ENTITY a "aaaaaaaaaa">'): that is text, not an expansion.
                return feed.Items.All(i => i.Title is not null
                    && !i.Title.Replace("<!ENTITY a \"aaaaaaaaaa\">", string.Empty, StringComparison.Ordinal).Contains("aaaaaaaaaa", StringComparison.Ordinal));
            }
            catch (FormatException ex)
            {
                return ex.Message.Length > 0;
            }
        }, time: 5, threads: 1, print: t => JsonSerializer.Serialize(t));

    private static readonly string[] Keys = ["body", "title", "source", "url", "published", "language", "x", "Body", ""];

    private static readonly Gen<string> JsonValue = Gen.OneOf(
        Gen.Int[0, Values.Length - 1].Select(i => JsonSerializer.Serialize(Values[i])),
        Gen.String[Gen.Char, 0, 30].Select(s => JsonSerializer.Serialize(s)),
        Gen.Const("null"), Gen.Const("true"), Gen.Const("42"), Gen.Const("1e999"), Gen.Const("[]"), Gen.Const("{}"),
        Gen.Const("[\"a\",1]"), Gen.Const("{\"text\":\"x\"}"), Gen.Const("\"\\ud800\""), Gen.Const("\"\\u0000\""));

    private static readonly Gen<string> ArticleJson = Gen.OneOf(
        // An object of random fields with random values, sometimes cut short.
        Gen.Select(Gen.Select(Gen.Int[0, Keys.Length - 1], JsonValue).Array[0, 8], Gen.Int[0, 3], Gen.Int[0, 400])
            .Select((fields, cut, at) =>
            {
                var json = "{" + string.Join(",", fields.Select(f => JsonSerializer.Serialize(Keys[f.Item1]) + ":" + f.Item2)) + "}";
                return cut == 0 && at < json.Length ? json[..at] : json;
            }),
        // A valid article with one field replaced by a random value.
        Gen.Select(Gen.Int[0, 5], JsonValue, Gen.Int[0, 1_000_000]).Select((field, value, n) =>
        {
            var fields = new Dictionary<string, string>
            {
                ["body"] = JsonSerializer.Serialize($"Sergei Lavrov met Asaad al-Shaibani in Moscow. Fuzz article {n}."),
                ["title"] = JsonSerializer.Serialize($"Fuzz {n}"),
                ["source"] = "\"Fuzz\"",
                ["url"] = JsonSerializer.Serialize($"https://example.org/fuzz/{n}"),
                ["published"] = "\"2025-07-31\"",
                ["language"] = "\"en\"",
            };
            fields[fields.Keys.ElementAt(field)] = value;
            return "{" + string.Join(",", fields.Select(f => JsonSerializer.Serialize(f.Key) + ":" + f.Value)) + "}";
        }),
        // Anything at all.
        Gen.String[Gen.Char, 0, 200]);

    /// <summary>
    /// Article JSON posted to the real server: every answer is 201 (stored), 200 (a duplicate) or a problem+json
    /// 400/413 naming a field; never a 500 or an HTML page; and the store holds exactly the articles answered 201.
    /// </summary>
    [Fact]
    public async Task PostArticle_FuzzedJson_AnswersWithAProblemOrStoresExactlyTheArticlesItAccepted()
    {
        using var client = _app.CreateApiClient();
        var before = await CountAsync();
        var created = 0;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();

        await ArticleJson.SampleAsync(async json =>
        {
            using var response = await client.PostAsync("api/articles", new StringContent(json, Encoding.UTF8, "application/json"));
            var status = response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            created += status == HttpStatusCode.Created ? 1 : 0;
            var media = response.Content.Headers.ContentType?.MediaType;
            if (status is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                return true;
            }

            if (status is not (HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge) || media != "application/problem+json")
            {
                return false;
            }

            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            return problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any();
        }, time: 8, threads: 1, print: j => JsonSerializer.Serialize(j));

        _output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        Assert.True(created > 0, "the generator produced no valid article: the run checked refusals only");
        Assert.Equal(before + created, await CountAsync());
    }

    private Task<long> CountAsync() => _app.Services.GetRequiredService<ArticleStore>().CountAsync(CancellationToken.None);
}
