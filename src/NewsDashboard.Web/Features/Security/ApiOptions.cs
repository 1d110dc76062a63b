namespace NewsDashboard.Web.Features.Security;

/// <summary>The <c>Api</c> keys that are not rate limits (those are <see cref="WriteRateLimitOptions"/>).</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The accepted ingestion keys (<c>X-Api-Key</c>); empty keys are ignored, none configured refuses every write.</summary>
    public string[] Keys { get; set; } = [];
}
