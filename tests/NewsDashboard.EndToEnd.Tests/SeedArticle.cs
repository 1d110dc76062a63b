using System.Net.Http.Json;
using NewsDashboard.Extraction;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>The repository's seed article (read at run time from <c>seeds/</c>), for browser checks against real extraction.</summary>
public static class SeedArticle
{
    public const string FileName = "000_7bba44013deafea9.txt";

    public static string SeedsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsDashboard.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? ".", "seeds");
        }
    }

    /// <summary>A folder holding only the seed article and its annotation, for an app that loads seeds at start.</summary>
    public static string FolderWithOnlyTheSeed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdash-seed", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(SeedsFolder, FileName), Path.Combine(folder, FileName));
        File.Copy(Path.Combine(SeedsFolder, Path.ChangeExtension(FileName, ".gold.json")), Path.Combine(folder, Path.ChangeExtension(FileName, ".gold.json")));
        return folder;
    }

    /// <summary>Posts the seed article through the HTTP API, as an outside source would.</summary>
    public static async Task<HttpResponseMessage> PostAsync(NewsApp app)
    {
        var input = ArticleText.Parse(await File.ReadAllTextAsync(Path.Combine(SeedsFolder, FileName)), FileName);
        using var client = app.CreateApiClient();
        return await client.PostAsJsonAsync("api/articles", new { title = input.Title, body = input.Body, source = "Seed wire", published = "2025-07-31" });
    }

    /// <summary>Waits until the app's seed loader has stored something.</summary>
    public static async Task WaitForArticlesAsync(NewsApp app)
    {
        using var client = app.CreateApiClient();
        for (var i = 0; i < 600; i++)
        {
            var list = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("api/articles?limit=5");
            if (list is { Count: > 0 })
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The seed article was not stored within a minute.");
    }
}
