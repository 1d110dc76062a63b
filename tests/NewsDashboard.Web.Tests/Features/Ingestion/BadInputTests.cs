using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

/// <summary>
/// The bad-input corpus: each case gets a clear error or a correct result; never a crash, a hang or a partial write.
/// </summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.App>
{
    private readonly NewsApp _app;

    public BadInputTests(App app) => _app = app.Instance;

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new(settings: new Dictionary<string, string?> { ["Ingest:MaxArticleBytes"] = "2000000" });

        public void Dispose() => Instance.Dispose();
    }

    /// <summary>Requests that must be refused with 400 and the named field, storing nothing.</summary>
    public static TheoryData<string, string, string> Refused => new()
    {
        { "empty request", "", "body" },
        { "whitespace only", "   \n\t  ", "body" },
        { "JSON null", "null", "body" },
        { "JSON array", """[{"body":"text"}]""", "body" },
        { "JSON string", "\"just a string\"", "body" },
        { "truncated JSON", """{"body":"text""", "body" },
        { "body is a number", """{"body":42}""", "body" },
        { "body is an object", """{"body":{"text":"x"}}""", "body" },
        { "title is an array", """{"body":"text","title":["a"]}""", "title" },
        { "published is a number", """{"body":"text","published":20250731}""", "published" },
        { "published is not a date", """{"body":"text","published":"yesterday-ish"}""", "published" },
        { "language is a sentence", """{"body":"text","language":"Arabic please"}""", "language" },
        { "url is javascript", """{"body":"text","url":"javascript:alert(1)"}""", "url" },
        { "url is relative", """{"body":"text","url":"/relative/path"}""", "url" },
        { "body of white space", """{"body":"\u00a0\u2003 \n"}""", "body" },
        { "body with NUL", """{"body":"abc\u0000def"}""", "body" },
        { "binary control bytes", """{"body":"\u0001\u0002\u0003\u0004"}""", "body" },
        { "title over 1000 characters", "{\"body\":\"text\",\"title\":\"" + new string('x', 1001) + "\"}", "title" },
        { "deeply nested JSON", "{\"body\":\"text\",\"x\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}", "x" },
        { "lone surrogate escape", """{"body":"\ud800 broken"}""", "body" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Post_BadJson_Returns400NamingTheFieldAndStoresNothing(string name, string json, string field)
    {
        using var client = _app.CreateApiClient();
        var before = await CountAsync(client);

        var response = await client.PostAsync("api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.EnumerateObject().Any(p => p.Name.Equals(field, StringComparison.OrdinalIgnoreCase) || p.Name.StartsWith(field, StringComparison.OrdinalIgnoreCase)),
            $"{name}: problem names {string.Join(",", errors.EnumerateObject().Select(p => p.Name))}, not {field}");
        Assert.Equal(before, await CountAsync(client));
    }

    [Theory]
    [InlineData("invalid UTF-8", new byte[] { 0x7B, 0x22, 0x62, 0x6F, 0x64, 0x79, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D })]
    [InlineData("random binary", new byte[] { 0x00, 0x9F, 0x92, 0x96, 0xFF, 0xFE, 0x00, 0x01, 0x89, 0x50, 0x4E, 0x47 })]
    public async Task Post_NotUtf8Json_Returns400AndStoresNothing(string name, byte[] bytes)
    {
        using var client = _app.CreateApiClient();
        var before = await CountAsync(client);

        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        var response = await client.PostAsync("api/articles", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task Post_TenMegabytes_Returns413AndStoresNothing()
    {
        using var client = _app.CreateApiClient();
        var before = await CountAsync(client);

        var response = await client.PostAsJsonAsync("api/articles", new { body = new string('a', 10 * 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await CountAsync(client));
    }

    /// <summary>Hostile but legitimate text: stored whole, verbatim, and answered in time.</summary>
    public static TheoryData<string, string> Accepted => new()
    {
        { "HTML and script", "<script>alert('x')</script><img src=x onerror=alert(1)> Le ministre a déclaré « rien ».\nSuite." },
        { "bidirectional overrides", "\u202EReversed\u202C text with \u2067isolates\u2069 and \u200Fmarks\u200E: وزير الخارجية قال" },
        { "zero-width characters", "Ser\u200Bgey\u200C Lav\u200Drov\uFEFF met\u2060 al-Shai\u200Bbani in Mos\u200Bcow." },
        { "10,000 quotation marks", string.Concat(Enumerable.Repeat("\"«»“”„", 1700)) },
        { "100,000 names", string.Concat(Enumerable.Repeat("Lavrov ", 100_000)) },
        { "a 500 KB word", new string('ب', 250_000) },
        { "SQL metacharacters", "Robert'); DROP TABLE articles;-- \" OR 1=1; /* */ \\x00 %_ [ ] ` ; SELECT * FROM entities" },
        { "emoji and astral characters", "Talks 🇸🇾🇷🇺 🕊️ in 𝕄𝕠𝕤𝕔𝕠𝕨 — 😀 said the minister." },
        { "CRLF line endings", "First line\r\nSecond line\r\n\r\nThird paragraph." },
        { "mixed scripts in one word", "ЛавровLavrovلافروف met الشيبانيShaibani." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Post_HostileButValidText_IsStoredVerbatimInTime(string name, string body)
    {
        using var client = _app.CreateApiClient();
        var title = $"{name} {Guid.NewGuid():N}";
        var watch = Stopwatch.StartNew();

        var response = await client.PostAsJsonAsync("api/articles", new { title, body, source = "Robert'); DROP TABLE articles;--" });

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{name}: took {watch.Elapsed}");
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var stored = await client.GetFromJsonAsync<JsonElement>($"api/articles/{id}");
        Assert.Equal(body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), stored.GetProperty("body").GetString());
        Assert.Equal("Robert'); DROP TABLE articles;--", stored.GetProperty("source").GetString());
    }

    public static TheoryData<string, HttpStatusCode> Queries => new()
    {
        { "api/meetings?country=%3Cscript%3E", HttpStatusCode.BadRequest },
        { "api/meetings?country=SY&match=some", HttpStatusCode.BadRequest },
        { "api/meetings?from=31/07/2025", HttpStatusCode.BadRequest },
        { "api/meetings?country=SY'%20OR%201=1--", HttpStatusCode.BadRequest },
        { "api/entities?type=person%27%3B--", HttpStatusCode.BadRequest },
        { "api/entities?window=forever", HttpStatusCode.BadRequest },
        { "api/entities?rank=loudest", HttpStatusCode.BadRequest },
        { "api/entities?rank=mentions", HttpStatusCode.OK },
        { "api/entities?limit=-5", HttpStatusCode.OK },
        { "api/articles?limit=99999999", HttpStatusCode.OK },
        { "api/search?q=%22%20OR%20*%20NEAR(%20%5E", HttpStatusCode.OK },
        { "api/quotes?country='%3B%20DROP%20TABLE%20quotes;--", HttpStatusCode.OK },
        { "api/articles/999999999", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Get_HostileQueryString_AnswersClearlyWithoutError(string url, HttpStatusCode expected)
    {
        using var client = _app.CreateApiClient(null);

        var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Merge_IntoItselfOrUnknown_AnswersClearly()
    {
        using var client = _app.CreateApiClient();

        var self = await client.PostAsJsonAsync("api/entities/1/merge", new { into = 1 });
        var unknown = await client.PostAsJsonAsync("api/entities/987654/merge", new { into = 987655 });
        var missing = await client.PostAsJsonAsync("api/entities/1/merge", new { });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task BadInputFlood_DashboardKeepsServing()
    {
        using var client = _app.CreateApiClient();
        using var reader = _app.CreateApiClient(null);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var flood = Task.Run(async () =>
        {
            var sent = 0;
            while (!cancel.IsCancellationRequested)
            {
                await client.PostAsync("api/articles", new StringContent("{\"body\":", Encoding.UTF8, "application/json"));
                sent++;
            }

            return sent;
        });

        var pages = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await reader.GetAsync(new Uri(_app.BaseAddress, "/"));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            pages.Add(watch.Elapsed);
        }

        await cancel.CancelAsync();
        Assert.True(await flood > 10);
        Assert.True(pages.Max() < TimeSpan.FromSeconds(5), $"slowest dashboard {pages.Max()}");
    }

    private static async Task<int> CountAsync(HttpClient client)
    {
        var all = await client.GetFromJsonAsync<List<ArticleSummary>>("api/articles?limit=500");
        return all!.Count;
    }
}

public sealed class RateLimitTests : IDisposable
{
    private readonly NewsApp _app = new(settings: new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "5" });

    [Fact]
    public async Task Post_OverThePerMinuteLimit_Returns429WithRetryAfter()
    {
        using var client = _app.CreateApiClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var response = await client.PostAsJsonAsync("api/articles", new { body = $"Rate limited article number {i}." });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    public void Dispose() => _app.Dispose();
}
