using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

public sealed record SeenRequest(string Path, string? IfNoneMatch, string? IfModifiedSince)
{
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// A real Kestrel server on a loopback port serving the team's feed files (<c>/feeds/NAME</c>, with <c>{BASE}</c>
/// replaced by the server's address), their linked pages (<c>/pages/NAME</c>), the shared captures
/// (<c>/corpus/NAME</c>), a feed with validators (<c>/conditional.xml</c>), one that always fails (<c>/broken.xml</c>),
/// one that answers its headers at once and then drips one byte every <c>ms</c> milliseconds forever (<c>/drip.xml</c>),
/// and an HTML page of <c>kb</c> kilobytes of article text (<c>/big-page.html</c>).
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

    /// <summary>How long each <c>/drip.xml</c> answer lasted before the client hung up.</summary>
    public ConcurrentQueue<TimeSpan> Drips { get; } = new();

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
        app.MapGet("/drip.xml", async (HttpContext context, int? ms) =>
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await Task.Delay(ms ?? 1000, context.RequestAborted);
                    await context.Response.Body.WriteAsync(" "u8.ToArray(), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }

            server!.Drips.Enqueue(started.Elapsed);
        });
        app.MapGet("/big-page.html", (int? kb) =>
        {
            var paragraph = "<p>The harbour board met again on Monday to discuss the long list of repairs along the northern quay, and members agreed to publish every estimate.</p>\n";
            var count = (kb ?? 100) * 1024 / paragraph.Length;
            var html = "<!DOCTYPE html><html lang=\"en\"><head><title>A very long page</title></head><body><article><h1>A very long page</h1>"
                + string.Concat(Enumerable.Repeat(paragraph, count)) + "</article></body></html>";
            return Results.Text(html, "text/html; charset=utf-8");
        });
        app.MapGet("/broken.xml", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/conditional.xml", (HttpContext context) =>
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified.ToString("R");
            // Atom, whose items no test counts: the same text as rss20.xml would be a duplicate of the items the
            // RSS test expects to create, whichever of the two tests runs first.
            return Serve(server!, Path.Combine(TestFeeds, "atom.xml"), "application/atom+xml", null, replaceBase: true, marker: "conditional");
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
