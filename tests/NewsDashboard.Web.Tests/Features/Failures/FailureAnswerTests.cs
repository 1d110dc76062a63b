using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Failures;

/// <summary>A failed write is answered with problem details and the status that says why, never a 500 HTML page.</summary>
public sealed class FailureAnswerTests
{
    [Fact]
    public async Task Post_ExtractionCrashes_Answers500ProblemJson()
    {
        using var app = new NewsApp(services: s => s.AddSingleton<ArticleExtraction>((_, _) => throw new InvalidOperationException("extraction crashed")),
            environment: "Production");
        using var client = app.CreateApiClient();

        var single = await client.PostAsJsonAsync("api/articles", new { body = "The ministers met in Geneva on Monday." });
        var batch = await client.PostAsJsonAsync("api/articles/batch", new[] { new { body = "The ministers met in Bern on Monday." } });

        foreach (var response in new[] { single, batch })
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("extraction crashed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_BodyArrivesTooSlowly_Answers408ProblemJson()
    {
        using var app = new NewsApp(services: s => s.Configure<KestrelServerOptions>(o =>
            o.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2))), environment: "Production");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST /api/articles HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nX-Api-Key: {NewsApp.ApiKey}\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"body\":\"slow";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var answer = await reader.ReadToEndAsync(timeout.Token);

        Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
    }
}
