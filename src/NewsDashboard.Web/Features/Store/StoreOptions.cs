using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Store;

/// <summary>The store's key, <c>ConnectionStrings:News</c> (environment variable <c>ConnectionStrings__News</c>).</summary>
internal sealed class StoreOptions
{
    public const string Section = "ConnectionStrings";

    public const string DefaultConnectionString = "Data Source=data/news.db";

    /// <summary>The SQLite connection string; a relative file is under the content root.</summary>
    public string News { get; set; } = DefaultConnectionString;
}

internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.News))
        {
            return ValidateOptionsResult.Fail("ConnectionStrings:News must be a SQLite connection string such as 'Data Source=data/news.db'.");
        }

        try
        {
            _ = new SqliteConnectionStringBuilder(options.News);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:News is not a SQLite connection string: {ex.Message}");
        }
    }
}
