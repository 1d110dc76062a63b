using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsDashboard.Tests.Shared;

/// <summary>
/// The real app on a real Kestrel loopback port with its own SQLite file. Seeds are off unless a folder is given.
/// </summary>
public sealed class NewsApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdash-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _seeds;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string? _databasePath;
    private readonly string _environment;

    /// <param name="port">0 for any free port; a restart test passes the port of the app it replaces.</param>
    /// <param name="databasePath">A database file that outlives this app (a restart test shares it); by default one in the app's own folder.</param>
    /// <param name="environment">The hosting environment; Production for what the error handling there does.</param>
    public NewsApp(string? seedsFolder = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        int port = 0, string? databasePath = null, string environment = "Development")
    {
        _environment = environment;
        _services = services;
        _databasePath = databasePath;
        Directory.CreateDirectory(_folder);
        _seeds = seedsFolder;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        UseKestrel(port);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public Uri BaseAddress { get; }

    public string DatabasePath => _databasePath ?? Path.Combine(_folder, "news.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ConnectionStrings:News"] = $"Data Source={DatabasePath}",
            ["Api:Keys:0"] = ApiKey,
            ["Ingest:SeedsPath"] = _seeds ?? string.Empty,
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public HttpClient CreateApiClient(string? key = ApiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
