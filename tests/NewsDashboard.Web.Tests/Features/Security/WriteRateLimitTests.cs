using System.Net;
using System.Net.Http.Json;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Security;

/// <summary>Every write endpoint is limited per key and counted in articles; unknown keys share one budget.</summary>
public sealed class WriteRateLimitTests : IDisposable
{
    private readonly NewsApp _app = new(settings: new Dictionary<string, string?>
    {
        ["Api:ArticlesPerMinute"] = "10",
        ["Api:UnknownKeyRequestsPerMinute"] = "3",
        ["Api:Keys:1"] = "second-key-0123456789",
    });

    [Fact]
    public async Task Batch_CountsArticlesNotRequests()
    {
        using var client = _app.CreateApiClient();

        var first = await client.PostAsJsonAsync("api/articles/batch", Articles("first", 8));
        var second = await client.PostAsJsonAsync("api/articles/batch", Articles("second", 5));
        var single = await client.PostAsJsonAsync("api/articles", new { body = "One more article after two batches." });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertTooManyAsync(second);
        Assert.Equal(HttpStatusCode.Created, single.StatusCode); // 8 + 1 of 10: the refused batch took nothing more
        await AssertTooManyAsync(await client.PostAsJsonAsync("api/articles/batch", Articles("third", 2)));
    }

    [Fact]
    public async Task Batch_LargerThanTheLimit_IsRefusedNamingItems()
    {
        using var client = _app.CreateApiClient();

        var response = await client.PostAsJsonAsync("api/articles/batch", Articles("huge", 11));

        await AssertTooManyAsync(response, "items");
    }

    [Fact]
    public async Task MergeAndRename_AreLimitedPerKey()
    {
        using var client = _app.CreateApiClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PutAsJsonAsync("api/entities/999999", new { name = "Renamed" })).StatusCode);
            statuses.Add((await client.PostAsJsonAsync("api/entities/999999/merge", new { into = 999998 })).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.NotFound));
        await AssertTooManyAsync(await client.PutAsJsonAsync("api/entities/999999", new { name = "Renamed" }));
        await AssertTooManyAsync(await client.PostAsJsonAsync("api/entities/999999/merge", new { into = 999998 }));

        // Another key has its own budget.
        using var other = _app.CreateApiClient("second-key-0123456789");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync("api/entities/999999", new { name = "Renamed" })).StatusCode);
    }

    [Fact]
    public async Task WrongKeys_ShareOneBudget()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var guesser = _app.CreateApiClient(i % 2 == 0 ? Guid.NewGuid().ToString("N") : null);
            var response = await guesser.PostAsJsonAsync("api/articles", new { body = "A guess." });
            statuses.Add(response.StatusCode);
            if (i >= 3)
            {
                await AssertTooManyAsync(response, "X-Api-Key");
            }
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Unauthorized));

        // The accepted key is not held back by the guesses.
        using var client = _app.CreateApiClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("api/articles", new { body = "A real article after the guesses." })).StatusCode);
    }

    private static object[] Articles(string prefix, int count)
        => [.. Enumerable.Range(0, count).Select(i => new { body = $"Batch {prefix} article number {i} about the harbour talks." })];

    private static async Task AssertTooManyAsync(HttpResponseMessage response, string? field = null)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names {problem}");
        }
    }

    public void Dispose() => _app.Dispose();
}
