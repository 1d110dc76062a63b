using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsDashboard.Tests.Shared;

/// <summary>
/// The web app's build output (NewsDashboard.Web.dll beside the calling assembly) started as a process of its own on
/// a loopback port, returned once it answers. For where the server must really be another process: the durability
/// tests kill it with SIGKILL, the load tool measures its CPU and memory. (Linked into the load tool too.)
/// </summary>
internal static class WebAppProcess
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <param name="address">The loopback address to listen on, such as http://127.0.0.1:5123/.</param>
    /// <param name="settings">Environment variables for the app: ASPNETCORE_ENVIRONMENT and configuration keys.</param>
    /// <param name="onLine">Each line the app writes (its console log), null at the end of a stream.</param>
    /// <param name="timeout">How long it may take to answer.</param>
    public static async Task<Process> StartAsync(Uri address, IReadOnlyDictionary<string, string> settings, Action<string?> onLine, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(settings);
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsDashboard.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        foreach (var (name, value) in settings)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, e) => onLine(e.Data);
        process.ErrorDataReceived += (_, e) => onLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                var code = process.ExitCode;
                process.Dispose();
                throw new InvalidOperationException($"the server exited with {code}");
            }

            try
            {
                if ((await probe.GetAsync(new Uri("api/articles?limit=1", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        throw new TimeoutException($"the server did not answer within {timeout.TotalSeconds:0} s");
    }
}
