using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

/// <summary>
/// Control characters are cleaned, not fatal; invisible text is not text; a published date outside 1900–2100 is
/// refused naming the field. Posted through the real API on a real Kestrel.
/// </summary>
public sealed class OneValidatorApiTests : IClassFixture<OneValidatorApiTests.App>
{
    private readonly NewsApp _app;

    public OneValidatorApiTests(App app) => _app = app.Instance;

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new();

        public void Dispose() => Instance.Dispose();
    }

    private async Task<JsonElement> PostAsync(object article, HttpStatusCode expected)
    {
        using var client = _app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", article);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<JsonElement> StoredAsync(JsonElement created)
    {
        using var client = _app.CreateApiClient();
        return await client.GetFromJsonAsync<JsonElement>($"api/articles/{created.GetProperty("id").GetInt64()}");
    }

    [SkippableFact]
    public async Task Post_RealArabicArticleWithOneInvisibleControl_IsCleanedNotRefused()
    {
        var path = SharedCorpus.PathOf(Path.Combine("corpus", "ar", "sanad-arabiya-003.txt"), out var reason);
        SharedCorpus.Require(path is not null && File.Exists(path), reason);
        var body = await File.ReadAllTextAsync(path!);
        Assert.Contains('\u0002', body);

        var created = await PostAsync(new { body, language = "ar" }, HttpStatusCode.Created);

        var stored = (await StoredAsync(created)).GetProperty("body").GetString()!;
        Assert.DoesNotContain('\u0002', stored);
        Assert.Equal(body.Replace("\u0002", string.Empty, StringComparison.Ordinal).Trim(), stored);
    }

    [Fact]
    public async Task Post_NulAndEscInTitleAndSource_AreCleaned()
    {
        var created = await PostAsync(new
        {
            title = "Port\u0000 talks\u001b[31m resume",
            source = "Team\u0000 Wire\u001b",
            body = $"The port talks resumed on Monday {Guid.NewGuid():N}.",
        }, HttpStatusCode.Created);

        var stored = await StoredAsync(created);
        Assert.Equal("Port talks[31m resume", stored.GetProperty("title").GetString());
        Assert.Equal("Team Wire", stored.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u200B \u200C\u200D\u2060\uFEFF \n")]
    public async Task Post_BodyOfOnlyInvisibleCharacters_Returns400NamingBody(string body)
    {
        var problem = await PostAsync(new { title = "Nothing to see", body }, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
    }

    [Fact]
    public async Task Post_SameArticleWithAZeroWidthSpace_IsADuplicate()
    {
        var body = $"The harbour master said the new breakwater would be finished by spring {Guid.NewGuid():N}.";
        var first = await PostAsync(new { title = "Breakwater by spring", body }, HttpStatusCode.Created);

        var again = await PostAsync(new { title = "Break\u200Bwater by spring", body = body.Replace("harbour", "har\u200Bbour", StringComparison.Ordinal) }, HttpStatusCode.OK);

        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("9000-06-01")]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31T23:00:00Z")]
    [InlineData("9999-12-31T00:00:00Z")]
    public async Task Post_PublishedOutsideTheRange_Returns400NamingPublished(string published)
    {
        using var client = _app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", new { body = $"Dated far away {Guid.NewGuid():N}.", published });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty("published");
        Assert.Contains("1900", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HtmlPageSource_Returns400NamingBody()
    {
        var problem = await PostAsync(new { body = "<!DOCTYPE html><html><head><title>x</title></head><body><p>Page source.</p></body></html>" }, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
    }

    [Fact]
    public async Task Batch_SameValidator_RefusesTheFarDateAndCleansTheTitle()
    {
        using var client = _app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles/batch", new object[]
        {
            new { title = "Ferry\u0000 back", body = $"The ferry is back {Guid.NewGuid():N}." },
            new { body = $"Far future {Guid.NewGuid():N}.", published = "9000-06-01" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("created", results[0].GetProperty("status").GetString());
        Assert.Equal("invalid", results[1].GetProperty("status").GetString());
        Assert.True(results[1].GetProperty("errors").TryGetProperty("published", out _));
        var stored = await client.GetFromJsonAsync<JsonElement>($"api/articles/{results[0].GetProperty("id").GetInt64()}");
        Assert.Equal("Ferry back", stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Rename_NameWithNulAndEsc_IsCleaned()
    {
        await PostAsync(new { body = $"Sergey Lavrov met Antony Blinken in Geneva on Monday {Guid.NewGuid():N}.", language = "en" }, HttpStatusCode.Created);
        using var client = _app.CreateApiClient();
        var entities = await client.GetFromJsonAsync<JsonElement>("api/entities");
        var id = entities.EnumerateArray().First().GetProperty("id").GetInt64();

        var response = await client.PutAsJsonAsync($"api/entities/{id}", new { name = "Lav\u0000rov\u001b" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entity = await client.GetFromJsonAsync<JsonElement>($"api/entities/{id}");
        Assert.Equal("Lavrov", entity.GetProperty("name").GetString());
    }
}
