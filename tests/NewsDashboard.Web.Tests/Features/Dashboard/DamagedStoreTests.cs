using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using NewsDashboard.Extraction;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Dashboard;

/// <summary>
/// One damaged page in the store (issue 15, case 14): the table it belongs to cannot be read, everything else can.
/// The dashboard and the wall screen still open, show the panels that read fine, and say which one could not be read;
/// before, the whole page failed.
/// </summary>
public sealed class DamagedStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nd-damaged-").FullName;

    private string DatabasePath => Path.Combine(_folder, "news.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/screen")]
    public async Task Page_QuotesTablePageDamaged_ShowsTheOtherPanelsAndSaysQuotesCouldNotBeRead(string page)
    {
        await StoreTheSeedArticleAsync();
        DamageRootPageOf("quotes");

        using var app = new NewsApp(databasePath: DatabasePath);
        using var client = app.CreateClient();
        var response = await client.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"store-failure\"", html, StringComparison.Ordinal);
        Assert.Contains("Quotes: could not be read from the store", html, StringComparison.Ordinal);
        Assert.Contains("Lavrov", html, StringComparison.Ordinal); // the mentions panel, read from its own tables
        Assert.DoesNotContain("data-testid=\"mentions-empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_StoreUndamaged_ShowsNoStoreFailure()
    {
        await StoreTheSeedArticleAsync();

        using var app = new NewsApp(databasePath: DatabasePath);
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/");

        Assert.DoesNotContain("data-testid=\"store-failure\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"quotes\"", html, StringComparison.Ordinal);
    }

    private async Task StoreTheSeedArticleAsync()
    {
        using var app = new NewsApp(databasePath: DatabasePath);
        using var client = app.CreateApiClient();
        var input = ArticleText.Parse(await File.ReadAllTextAsync(Path.Combine(AppRun.RepositoryRoot(), "seeds", "000_7bba44013deafea9.txt")));
        var response = await client.PostAsJsonAsync("api/articles", new { title = input.Title, body = input.Body, published = "2025-07-31" });
        response.EnsureSuccessStatusCode();
    }

    // Writes junk over the first page of a table's b-tree, as a failing disk or a torn write would.
    private void DamageRootPageOf(string table)
    {
        long root, pageSize;
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = $name";
            command.Parameters.AddWithValue("$name", table);
            root = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size;";
            pageSize = (long)command.ExecuteScalar()!;
        }

        SqliteConnection.ClearAllPools();
        using var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.Write);
        file.Seek((root - 1) * pageSize, SeekOrigin.Begin);
        file.Write(Enumerable.Repeat((byte)0x5A, (int)pageSize).ToArray());
    }
}
