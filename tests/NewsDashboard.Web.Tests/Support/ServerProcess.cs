using System.Diagnostics;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Support;

/// <summary>The web app as a separate process (the build output beside the tests), so a test can kill -9 it.</summary>
public sealed class ServerProcess : IDisposable
{
    public const string ApiKey = "process-test-key";

    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static int FreePort() => WebAppProcess.FreePort();

    public static async Task<ServerProcess> StartAsync(string databasePath, int port)
    {
        var address = new Uri($"http://127.0.0.1:{port}/");
        var process = await WebAppProcess.StartAsync(
            address,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__News"] = $"Data Source={databasePath}",
                ["Api__Keys__0"] = ApiKey,
                ["Ingest__SeedsPath"] = string.Empty,
                ["Logging__LogLevel__Default"] = "Warning",
            },
            _ => { },
            TimeSpan.FromSeconds(30));
        return new ServerProcess(process, address);
    }

    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
