using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Dashboard;

/// <summary>A detail page for an id that does not exist answers 404 (no soft 404), still with its friendly text.</summary>
public sealed class DetailNotFoundTests : IClassFixture<DetailNotFoundTests.App>
{
    private readonly NewsApp _app;

    public DetailNotFoundTests(App app) => _app = app.Instance;

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new();

        public void Dispose() => Instance.Dispose();
    }

    [Theory]
    [InlineData("articles/999999999", "No such article.")]
    [InlineData("entities/999999999", "No such entity.")]
    [InlineData("meetings/999999999", "No such meeting.")]
    public async Task DetailPage_UnknownId_Answers404WithTheFriendlyPage(string path, string text)
    {
        using var client = _app.CreateApiClient(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_KnownId_Answers200()
    {
        using var client = _app.CreateApiClient();
        var created = await client.PostAsJsonAsync("api/articles", new { title = "Talks in Geneva", body = "The two foreign ministers met in Geneva on Monday." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var response = await client.GetAsync($"articles/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Talks in Geneva", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
