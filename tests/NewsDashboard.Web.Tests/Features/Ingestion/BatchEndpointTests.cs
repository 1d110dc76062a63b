using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

[Collection(SourcesCollection.Name)]
public sealed class BatchEndpointTests : IClassFixture<BatchEndpointTests.App>
{
    private readonly NewsApp _app;

    public BatchEndpointTests(App app) => _app = app.Instance;

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new(settings: new Dictionary<string, string?>
        {
            ["Ingest:MaxBatchItems"] = "5",
            ["Ingest:MaxBatchBytes"] = "20000",
        });

        public void Dispose() => Instance.Dispose();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PostBatch_MixedItems_EachGetsItsOwnResultInOrder()
    {
        using var client = _app.CreateApiClient();
        var json = """
            [
              {"title":"Tram line extended to the airport","body":"The new tram stop at the terminal opens in spring."},
              {"title":"Missing body"},
              {"title":"Tram line extended to the airport","body":"The new tram stop at the terminal opens in spring."},
              42,
              {"body":"Text with a bad date.","published":"tomorrow-ish"}
            ]
            """;

        var response = await client.PostAsync("api/articles/batch", Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(["created", "invalid", "duplicate", "invalid", "invalid"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(results[0].GetProperty("id").GetInt64(), results[2].GetProperty("id").GetInt64());
        Assert.True(results[1].GetProperty("errors").TryGetProperty("body", out _));
        Assert.True(results[4].GetProperty("errors").TryGetProperty("published", out _));
        Assert.False(results[1].TryGetProperty("id", out _));
    }

    [Fact]
    public async Task PostBatch_WrongTypeInOneItem_OthersStillStored()
    {
        using var client = _app.CreateApiClient();

        var response = await client.PostAsync("api/articles/batch", Json("""[{"body":17},{"title":"Rowing club wins regatta","body":"The club's eight crossed the line first on Sunday."}]"""));

        var results = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        Assert.Equal(["invalid", "created"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.True(results[0].GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("""{"body":"not an array"}""", "body")]
    [InlineData("[]", "items")]
    [InlineData("""[{"body":"a"},{"body":"b"},{"body":"c"},{"body":"d"},{"body":"e"},{"body":"f"}]""", "items")]
    [InlineData("[{", "body")]
    public async Task PostBatch_BadBatch_Returns400NamingTheField(string json, string field)
    {
        using var client = _app.CreateApiClient();

        var response = await client.PostAsync("api/articles/batch", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task PostBatch_OverTheByteLimit_Returns413()
    {
        using var client = _app.CreateApiClient();
        var big = JsonSerializer.Serialize(new[] { new { body = new string('x', 30000) } });

        var response = await client.PostAsync("api/articles/batch", Json(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostBatch_WithoutKey_Returns401()
    {
        using var client = _app.CreateApiClient(key: null);

        var response = await client.PostAsync("api/articles/batch", Json("""[{"body":"Unauthorised text."}]"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
