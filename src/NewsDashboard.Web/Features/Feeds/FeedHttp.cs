using System.Net;
using System.Net.Http.Headers;

namespace NewsDashboard.Web.Features.Feeds;

public sealed record Download(HttpStatusCode Status, byte[] Body, string? ContentType, string? ETag, string? LastModified, Uri FinalUrl);

/// <summary>GETs through the named <c>feeds</c> client with a byte limit, so a huge or endless answer cannot fill memory.</summary>
public static class FeedHttp
{
    public const string ClientName = "feeds";
    public const long MaxFeedBytes = 10 * 1024 * 1024;
    public const long MaxPageBytes = 5 * 1024 * 1024;

    public static IServiceCollection AddFeedHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(30);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsDashboard/1.0 (+feed reader)");
                client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                MaxResponseDrainSize = 64 * 1024,
            })
            // Four log lines per request would drown the poller's own one line per feed.
            .RemoveAllLoggers();
        return services;
    }

    /// <exception cref="HttpRequestException">Any status other than success or 304, or a body over <paramref name="maxBytes"/>.</exception>
    public static async Task<Download> GetAsync(HttpClient client, Uri url, long maxBytes, FeedValidators? validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (validators?.LastModified is { Length: > 0 } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var finalUrl = response.RequestMessage?.RequestUri ?? url;
        var newEtag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new Download(response.StatusCode, [], null, newEtag ?? validators?.ETag, lastModified ?? validators?.LastModified, finalUrl);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new HttpRequestException($"GET {url}: {response.Content.Headers.ContentLength} bytes is over the limit of {maxBytes}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                throw new HttpRequestException($"GET {url}: the body is over the limit of {maxBytes} bytes");
            }

            body.Write(buffer, 0, read);
        }

        return new Download(response.StatusCode, body.ToArray(), response.Content.Headers.ContentType?.ToString(), newEtag, lastModified, finalUrl);
    }
}
