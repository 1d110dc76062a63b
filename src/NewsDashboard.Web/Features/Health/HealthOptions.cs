using System.ComponentModel.DataAnnotations;

namespace NewsDashboard.Web.Features.Health;

/// <summary>The <c>Health</c> section: how long articles may wait with none written before the queue counts as stuck.</summary>
internal sealed class HealthOptions
{
    public const string Section = "Health";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Health:QueueStuckAfter must be between {1} and {2}.")]
    public TimeSpan QueueStuckAfter { get; set; } = TimeSpan.FromSeconds(30);
}
