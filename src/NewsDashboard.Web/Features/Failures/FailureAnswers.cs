using Microsoft.Data.Sqlite;

namespace NewsDashboard.Web.Features.Failures;

/// <summary>What a failed request is answered: a status, a title and a sentence on what to do, and the field at fault if one is.</summary>
internal sealed record FailureAnswer(int Status, string Title, string Detail, string? Field = null, int? RetryAfterSeconds = null)
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    // ENOSPC on Linux, ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] DiskFull = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public static FailureAnswer For(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => new(
            StatusCodes.Status408RequestTimeout, "Request timeout", "The request body did not arrive in time; send it again.", "body"),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(
            StatusCodes.Status413PayloadTooLarge, "Request too large", "The request body is larger than the server accepts.", "body"),
        BadHttpRequestException bad => new(bad.StatusCode, "Bad request", bad.Message, "body"),
        SqliteException sqlite => ForStore(sqlite.SqliteErrorCode & 0xFF),
        IOException io when DiskFull.Contains(io.HResult) => Full,
        _ => new(StatusCodes.Status500InternalServerError, "Server error",
            "The server failed while handling this request; nothing of it was stored. Retry, and report it if it happens again."),
    };

    private static FailureAnswer Full => new(StatusCodes.Status507InsufficientStorage, "Insufficient storage",
        "The disk holding the database is full: nothing of this request was stored. Retry once space has been freed.");

    private static FailureAnswer ForStore(int code) => code switch
    {
        SqliteFull => Full,
        SqliteReadOnly => new(StatusCodes.Status503ServiceUnavailable, "Store is read-only",
            "The database does not accept writes (a read-only file or directory): nothing was stored. Retry once it is writable.", RetryAfterSeconds: 60),
        SqliteBusy or SqliteLocked => new(StatusCodes.Status503ServiceUnavailable, "Store is busy",
            "The database is busy; nothing was stored. Retry in a second.", RetryAfterSeconds: 1),
        SqliteCorrupt or SqliteNotADatabase => new(StatusCodes.Status503ServiceUnavailable, "Store is damaged",
            "The database file is damaged where this request needed it; restore it from a backup. Other pages may still work.", RetryAfterSeconds: 60),
        SqliteIoError or SqliteCantOpen => new(StatusCodes.Status503ServiceUnavailable, "Store unavailable",
            "The database could not be read or written (I/O error); nothing was stored. Retry shortly.", RetryAfterSeconds: 10),
        _ => new(StatusCodes.Status500InternalServerError, "Store error", "The database failed on this request; nothing of it was stored."),
    };
}
