namespace NewsDashboard.Web.Features.Ingestion.Feeds;

/// <summary>One configured feed: where it is and how often to ask it.</summary>
/// <param name="FetchPages">Whether each item's page is fetched for its full text; off, the feed's own content or description is used.</param>
internal sealed record FeedSource(Uri Url, TimeSpan Every, string? Name = null, bool FetchPages = true)
{
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MinimumEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>Ingest:Feeds</c>: an array whose entries are plain URL strings or <c>{ "url", "every", "name", "pages" }</c> objects.
    /// Entries that are not absolute http(s) URLs are reported in <paramref name="problems"/> and left out.
    /// </summary>
    public static IReadOnlyList<FeedSource> FromConfiguration(IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var feeds = new List<FeedSource>();
        var errors = new List<string>();
        foreach (var entry in configuration.GetSection("Ingest:Feeds").GetChildren())
        {
            var url = entry.Value ?? entry["url"];
            if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add($"Ingest:Feeds:{entry.Key}: '{url}' is not an absolute http(s) URL");
                continue;
            }

            var every = DefaultEvery;
            if (entry.Value is null && entry["every"] is { Length: > 0 } text)
            {
                if (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out every) || every < MinimumEvery)
                {
                    errors.Add($"Ingest:Feeds:{entry.Key}:every: '{text}' is not an interval of at least {MinimumEvery} (e.g. 00:05:00)");
                    every = DefaultEvery;
                }
            }

            var fetchPages = entry.Value is not null || !bool.TryParse(entry["pages"], out var pages) || pages;
            feeds.Add(new FeedSource(uri, every, entry.Value is null ? entry["name"] : null, fetchPages));
        }

        problems = errors;
        return feeds;
    }
}
