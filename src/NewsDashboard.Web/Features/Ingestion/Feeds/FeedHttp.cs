using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

internal sealed record Download(HttpStatusCode Status, byte[] Body, string? ContentType, string? ETag, string? LastModified, Uri FinalUrl);

/// <summary>
/// GETs through the named <c>feeds</c> client with a byte limit and one deadline for the whole answer (headers and
/// body), so a huge, endless or dripping answer can neither fill memory nor hold a poll for longer than its timeout.
/// </summary>
internal static class FeedHttp
{
    public const string ClientName = "feeds";

    public static IServiceCollection AddFeedHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client =>
            {
                // GetAsync's own deadline covers headers and body; the client's would stop at the headers.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsDashboard/1.0 (+feed reader)");
                client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowPrivate = sp.GetRequiredService<IOptions<FeedOptions>>().Value.FeedPagesAllowPrivate;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = true,
                    MaxAutomaticRedirections = 5,
                    AutomaticDecompression = DecompressionMethods.All,
                    ConnectTimeout = TimeSpan.FromSeconds(10),
                    MaxResponseDrainSize = 64 * 1024,
                    ConnectCallback = (context, ct) => ConnectAsync(context, allowPrivate, ct),
                };
            })
            // Four log lines per request would drown the poller's own one line per feed.
            .RemoveAllLoggers();
        return services;
    }

    /// <summary>On a page request: the host of the feed that linked it, the one host allowed to be private.</summary>
    public static readonly HttpRequestOptionsKey<string> PageOfFeedHost = new("NewsDashboard.PageOfFeedHost");

    /// <summary>
    /// Pages are links a feed's publisher chose, so they may not reach loopback, private or link-local addresses
    /// (the machine's own services, the cloud metadata endpoint), checked on the address actually connected to, for
    /// redirects too. The feed's own host is as trusted as the feed the operator configured.
    /// </summary>
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        var restricted = !allowPrivate
            && context.InitialRequestMessage.Options.TryGetValue(PageOfFeedHost, out var feedHost)
            && !string.Equals(feedHost, host, StringComparison.OrdinalIgnoreCase);
        if (restricted)
        {
            addresses = addresses.Where(IsPublic).ToArray();
            if (addresses.Length == 0)
            {
                throw new HttpRequestException($"{host} is a private address; feed item pages are only fetched from public hosts (Ingest:FeedPagesAllowPrivate).");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? !(b[0] is 0 or 10 or 127 || b[0] >= 224 || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] is >= 64 and <= 127))
            : (b[0] & 0xFE) != 0xFC; // fc00::/7, unique local
    }

    /// <exception cref="HttpRequestException">
    /// Any status other than success or 304, a body over <paramref name="maxBytes"/>, or an answer (headers and body)
    /// not complete within <paramref name="timeout"/>.
    /// </exception>
    public static async Task<Download> GetAsync(
        HttpClient client, Uri url, long maxBytes, TimeSpan timeout, FeedValidators? validators, CancellationToken cancellationToken, Uri? linkedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await GetWithinAsync(client, url, maxBytes, validators, linkedFrom, deadline.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"GET {url}: the answer was not complete within {timeout} (headers and body)", ex);
        }
    }

    private static async Task<Download> GetWithinAsync(HttpClient client, Uri url, long maxBytes, FeedValidators? validators, Uri? linkedFrom, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (linkedFrom is not null)
        {
            request.Options.Set(PageOfFeedHost, linkedFrom.Host);
        }

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
