using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsDashboard.Web.Tests.Feeds;

public sealed record SeenRequest(string Path, string? IfNoneMatch, string? IfModifiedSince);

/// <summary>
/// A real Kestrel server on a loopback port serving the team's feed files (<c>/feeds/NAME</c>, with <c>{BASE}</c>
/// replaced by the server's address), their linked pages (<c>/pages/NAME</c>), the shared captures
/// (<c>/corpus/NAME</c>), a feed with validators (<c>/conditional.xml</c>) and one that always fails (<c>/broken.xml</c>).
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    public const string ETag = "\"team-v1\"";
    public static readonly DateTimeOffset LastModified = new(2025, 8, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private FeedServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public static string TestFeeds => Path.Combine(AppContext.BaseDirectory, "TestFeeds");

    public Uri Url(string path) => new(BaseAddress, path);

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FeedServer? server = null;
        app.Use(async (context, next) =>
        {
            server!.Requests.Enqueue(new SeenRequest(
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } inm ? inm : null,
                context.Request.Headers.IfModifiedSince.ToString() is { Length: > 0 } ims ? ims : null));
            await next(context);
        });
        app.MapGet("/feeds/{name}", (string name, string? charset) => Serve(server!, Path.Combine(TestFeeds, name), "application/rss+xml", charset, replaceBase: true));
        app.MapGet("/pages/{name}", (string name) => Serve(server!, Path.Combine(TestFeeds, "pages", name), "text/html", "utf-8", replaceBase: false));
        app.MapGet("/corpus/{name}", (string name) => CorpusFeeds.Folder(out _) is { } folder
            ? Serve(server!, Path.Combine(folder, name), "text/xml", null, replaceBase: false)
            : Results.NotFound());
        app.MapGet("/broken.xml", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/conditional.xml", (HttpContext context) =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified.ToString("R");
            return Serve(server!, Path.Combine(TestFeeds, "rss20.xml"), "application/rss+xml", null, replaceBase: true, marker: "conditional");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FeedServer(app, new Uri(address + "/"));
        return server;
    }

    // Every feed gets its own item links (a marker in the query), so the URL duplicate check never mixes feeds.
    private static IResult Serve(FeedServer server, string path, string mediaType, string? charset, bool replaceBase, string? marker = null)
    {
        if (!File.Exists(path) || Path.GetFileName(path) != Path.GetFileName(Path.GetFullPath(path)))
        {
            return Results.NotFound();
        }

        var bytes = File.ReadAllBytes(path);
        if (replaceBase)
        {
            var text = System.Text.Encoding.Latin1.GetString(bytes)
                .Replace("{BASE}", server.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal)
                .Replace("{LOCALHOST}", $"http://localhost:{server.BaseAddress.Port}", StringComparison.Ordinal)
                .Replace("?item=", "?feed=" + (marker ?? Path.GetFileNameWithoutExtension(path)) + "&amp;item=", StringComparison.Ordinal);
            bytes = System.Text.Encoding.Latin1.GetBytes(text);
        }

        return Results.Bytes(bytes, charset is null ? mediaType : $"{mediaType}; charset={charset}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
