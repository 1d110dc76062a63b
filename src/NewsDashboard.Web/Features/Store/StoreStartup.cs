using Microsoft.Data.Sqlite;

namespace NewsDashboard.Web.Features.Store;

/// <summary>
/// Opens the store before the app serves anything (migrations, then whatever else must read it first). A database
/// that cannot be opened, created or read stops the start with one message naming the file and what to do, and a
/// non-zero exit code: no stack trace, no abort.
/// </summary>
internal static class StoreStartup
{
    public const int ExitCode = 3;

    /// <returns>True when the store is ready; false when the start must stop (the message is already written).</returns>
    public static async Task<bool> TryOpenStoreAsync(this WebApplication app, params Func<Task>[] thenRead)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(thenRead);
        var path = DatabasePath(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoreOptions>>().Value, app.Environment);
        try
        {
            await app.MigrateStoreAsync();
            foreach (var read in thenRead)
            {
                await read();
            }

            return true;
        }
        catch (Exception ex) when (Describe(ex, path) is { } message)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreStartup)).LogCritical("{Message}", message);
            await Console.Error.WriteLineAsync(message);
            return false;
        }
    }

    /// <summary>The database file the connection string names, as an absolute path.</summary>
    public static string DatabasePath(StoreOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var source = new SqliteConnectionStringBuilder(options.News).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? ":memory:" : Path.GetFullPath(source, environment.ContentRootPath);
    }

    internal static string? Describe(Exception exception, string path)
    {
        const string Setting = "set ConnectionStrings:News (environment variable ConnectionStrings__News) to a file in a writable directory";
        var problem = exception switch
        {
            SqliteException { SqliteErrorCode: 11 or 26 } => $"is damaged or is not a SQLite database ({Reason(exception)}). "
                + $"Restore it from a backup, or move it aside (e.g. to {Path.GetFileName(path)}.broken) and start again to begin with an empty store, or {Setting}.",
            SqliteException { SqliteErrorCode: 8 } => $"is read-only and must be updated before the app can start ({Reason(exception)}). "
                + $"Make the file and its directory writable by this user, or {Setting}.",
            SqliteException { SqliteErrorCode: 14 or 10 } or UnauthorizedAccessException or DirectoryNotFoundException or IOException
                => $"cannot be opened or created ({Reason(exception)}). Check that its directory exists and this user may write to it, or {Setting}.",
            SqliteException { SqliteErrorCode: 13 } => $"cannot grow: the disk is full ({Reason(exception)}). Free some space and start again.",
            SqliteException => $"cannot be used ({Reason(exception)}). Restore it from a backup, or {Setting}.",
            _ => null,
        };
        return problem is null ? null : $"NewsDashboard cannot start: the database '{path}' {problem}";
    }

    private static string Reason(Exception exception)
        => exception is SqliteException sqlite ? $"SQLite error {sqlite.SqliteErrorCode}: {sqlite.Message.Replace("SQLite Error ", string.Empty, StringComparison.Ordinal)}" : exception.Message;
}
