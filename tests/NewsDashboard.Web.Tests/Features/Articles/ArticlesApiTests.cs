using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Articles;

public sealed class ArticlesApiTests : IClassFixture<ArticlesApiTests.App>
{
    private readonly NewsApp _app;

    public ArticlesApiTests(App app) => _app = app.Instance;

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new();

        public void Dispose() => Instance.Dispose();
    }

    [Fact]
    public async Task PostArticle_WithKey_HubClientReceivesArticleIngested()
    {
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(_app.BaseAddress, "hubs/news")).Build();
        var received = new TaskCompletionSource<ArticleSummary>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<ArticleSummary>("ArticleIngested", a =>
        {
            if (a.Title == "Harbour talks resume in Valletta")
            {
                received.TrySetResult(a);
            }
        });
        await hub.StartAsync();
        using var client = _app.CreateApiClient();

        var response = await client.PostAsJsonAsync("api/articles", new
        {
            title = "Harbour talks resume in Valletta",
            body = "Negotiators from the port authority and the dockworkers' union met on Monday for a second round of talks.",
            source = "Team Wire",
            url = "https://example.org/2025/harbour-talks",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var article = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(created.GetProperty("id").GetInt64(), article.Id);
        Assert.Equal("en", article.Language);
        Assert.Equal("Team Wire", article.Source);
    }

    [Fact]
    public async Task PostArticle_ThenList_ShowsItNewestFirstAndDetailHasBody()
    {
        using var client = _app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", new { body = "Первая строка — заголовок\nГлава МИД провёл переговоры в Женеве." });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var list = await client.GetFromJsonAsync<List<ArticleSummary>>("api/articles?limit=5");
        var detail = await client.GetFromJsonAsync<JsonElement>($"api/articles/{id}");

        Assert.Equal(id, list![0].Id);
        Assert.Equal("ru", list[0].Language);
        Assert.Equal("Первая строка — заголовок", list[0].Title);
        Assert.Contains("Женеве", detail.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_SameTextTwice_SecondIsDuplicateWithSameId()
    {
        using var client = _app.CreateApiClient();
        var article = new { title = "Cabinet reshuffle announced", body = "The prime minister named three new ministers on Friday." };

        var first = await client.PostAsJsonAsync("api/articles", article);
        var second = await client.PostAsJsonAsync("api/articles", article with { });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("id").GetInt64(), b.GetProperty("id").GetInt64());
        Assert.True(b.GetProperty("duplicate").GetBoolean());
    }

    [Theory]
    [InlineData("""{"title":"No body here"}""", "body")]
    [InlineData("""{"title":"Blank","body":"   \n  "}""", "body")]
    [InlineData("""{"body":"Text","published":"not a date"}""", "published")]
    [InlineData("""{"body":"Text","url":"javascript:alert(1)"}""", "url")]
    [InlineData("""{"body":42}""", "body")]
    public async Task PostArticle_BadField_Returns400ProblemNamingFieldAndStoresNothing(string json, string field)
    {
        using var client = _app.CreateApiClient();
        var before = await CountAsync(client);

        var response = await client.PostAsync("api/articles", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"problem names '{field}': {problem}");
        Assert.Equal(before, await CountAsync(client));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task PostArticle_WithoutValidKey_Returns401AndStoresNothing(string? key)
    {
        using var client = _app.CreateApiClient(key);
        var before = await CountAsync(client);

        var response = await client.PostAsJsonAsync("api/articles", new { body = "An article that must not be stored " + key });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesReadAndWriteEndpoints()
    {
        using var client = _app.CreateApiClient(null);

        var document = await client.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/entities", "/api/meetings", "/api/quotes", "/api/entities/{id}/merge" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI document lacks {path}");
        }
    }

    private static async Task<int> CountAsync(HttpClient client)
        => (await client.GetFromJsonAsync<List<ArticleSummary>>("api/articles?limit=500"))!.Count;
}
