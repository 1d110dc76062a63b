using System.ComponentModel.DataAnnotations;

namespace NewsDashboard.Web.Features.Security;

/// <summary>
/// The write limits, from the <c>Api</c> section: articles per minute for each accepted key (a batch of N costs N,
/// a correction costs 1), and requests per minute for every unknown, wrong or missing key together.
/// </summary>
internal sealed class WriteRateLimitOptions
{
    public const string Section = "Api";

    /// <summary>Articles (and corrections) one accepted key may write per minute. The old name <c>Api:RequestsPerMinute</c> is still read.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Api:ArticlesPerMinute must be at least {1}.")]
    public int ArticlesPerMinute { get; set; } = 12_000;

    /// <summary>Write requests per minute shared by every key that is not accepted: guessing keys gets one budget, not one per guess.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Api:UnknownKeyRequestsPerMinute must be at least {1}.")]
    public int UnknownKeyRequestsPerMinute { get; set; } = 60;
}
