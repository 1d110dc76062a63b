using System.Net.Http.Json;
using System.Text.Json;
using NewsDashboard.Extraction;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Entities;

/// <summary>
/// The seed article (<c>seeds/</c>) and the team's fictional English, French and Russian reports of the same talks
/// (<c>tests/fixtures/articles/</c>), through real extraction.
/// </summary>
public sealed class CrossLanguageTests : IClassFixture<CrossLanguageTests.App>
{
    private static readonly string[] Files =
    [
        "seeds/000_7bba44013deafea9.txt",
        "tests/fixtures/articles/001_en_lavrov_shaibani_moscow.txt",
        "tests/fixtures/articles/010_fr_lavrov_shaibani_moscou.txt",
        "tests/fixtures/articles/019_ru_lavrov_shaibani_moskva.txt",
    ];

    private readonly App _app;

    public CrossLanguageTests(App app) => _app = app;

    public sealed class App : IAsyncLifetime
    {
        public NewsApp Instance { get; } = new();

        public async Task InitializeAsync()
        {
            using var client = Instance.CreateApiClient();
            var root = AppRun.RepositoryRoot();
            foreach (var file in Files)
            {
                var input = ArticleText.Parse(await File.ReadAllTextAsync(Path.Combine(root, file)), Path.GetFileName(file));
                var response = await client.PostAsJsonAsync("api/articles", new
                {
                    title = input.Title,
                    body = input.Body,
                    source = input.Source,
                    url = input.Url,
                    published = (input.Published ?? new DateTimeOffset(2025, 7, 31, 0, 0, 0, TimeSpan.Zero)).ToString("O"),
                    language = input.Language,
                });
                response.EnsureSuccessStatusCode();
            }
        }

        public Task DisposeAsync()
        {
            Instance.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Entities_FourLanguages_OneLavrovWithEverySpellingAsAlias()
    {
        using var client = _app.Instance.CreateApiClient(null);

        var people = await client.GetFromJsonAsync<List<JsonElement>>("api/entities?type=person&limit=200");

        var lavrovs = people!.Where(p => p.GetProperty("aliases").EnumerateArray().Any(a => a.GetString()!.Contains("Lavrov", StringComparison.Ordinal)
            || a.GetString()!.Contains("لافروف", StringComparison.Ordinal) || a.GetString()!.Contains("Лавров", StringComparison.Ordinal))).ToList();
        var lavrov = Assert.Single(lavrovs);
        var aliases = lavrov.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToHashSet();
        Assert.Equal("Sergey Lavrov", lavrov.GetProperty("name").GetString());
        Assert.Contains("سيرجي لافروف", aliases);
        Assert.Contains("سيرغي لافروف", aliases);
        Assert.Contains(aliases, a => a!.StartsWith("Сергей Лавров", StringComparison.Ordinal) || a == "Лавров");
        Assert.Contains(aliases, a => a!.Contains("Lavrov", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Meetings_CountrySY_OneLavrovShaibaniMeetingWithFourSources()
    {
        using var client = _app.Instance.CreateApiClient(null);

        var meetings = await client.GetFromJsonAsync<List<JsonElement>>("api/meetings?country=SY");

        var talks = meetings!.Where(m => Names(m).SetEquals(["Sergey Lavrov", "Asaad al-Shaibani"])).ToList();
        var meeting = Assert.Single(talks);
        Assert.Equal(4, meeting.GetProperty("sources").GetArrayLength());
        Assert.Equal("Moscow", meeting.GetProperty("location").GetString());
    }

    [Fact]
    public async Task Meetings_MatchAll_KeepsOnlyMeetingsInvolvingBothCountries()
    {
        using var client = _app.Instance.CreateApiClient(null);

        var all = await client.GetFromJsonAsync<List<JsonElement>>("api/meetings?country=SY&country=RU&match=all");
        var any = await client.GetFromJsonAsync<List<JsonElement>>("api/meetings?country=SY&country=RU&match=any");

        Assert.NotEmpty(all!);
        Assert.All(all!, m => Assert.True(Countries(m).IsSupersetOf(["SY", "RU"]), string.Join(",", Countries(m))));
        Assert.True(any!.Count >= all!.Count);
    }

    private static HashSet<string?> Names(JsonElement meeting)
        => meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();

    private static HashSet<string?> Countries(JsonElement meeting)
        => meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("country").GetString())
            .Append(meeting.GetProperty("locationCountry").GetString()).ToHashSet();
}
