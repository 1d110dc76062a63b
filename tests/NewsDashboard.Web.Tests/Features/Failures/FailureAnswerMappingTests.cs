using Microsoft.Data.Sqlite;
using NewsDashboard.Web.Features.Failures;

namespace NewsDashboard.Web.Tests.Features.Failures;

/// <summary>Which status each store or disk failure is answered with.</summary>
public sealed class FailureAnswerMappingTests
{
    [Theory]
    [InlineData(13, 507)] // SQLITE_FULL: the disk is full
    [InlineData(8, 503)]  // SQLITE_READONLY
    [InlineData(5, 503)]  // SQLITE_BUSY
    [InlineData(11, 503)] // SQLITE_CORRUPT
    [InlineData(10, 503)] // SQLITE_IOERR
    public void StoreErrors_MapToTheirStatus(int sqliteCode, int status)
        => Assert.Equal(status, FailureAnswer.For(new SqliteException("store failed", sqliteCode)).Status);

    [Fact]
    public void DiskFullIOException_Is507()
        => Assert.Equal(507, FailureAnswer.For(new IOException("No space left on device", 28)).Status);
}
