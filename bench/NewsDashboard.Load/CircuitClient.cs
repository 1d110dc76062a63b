using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsDashboard.Load;

/// <summary>
/// One real Blazor Server circuit without a browser, speaking to the server what blazor.web.js speaks: it fetches
/// the prerendered page, reads its server component markers and persisted state, opens the circuit hub
/// (<c>/_blazor</c>, WebSockets, the "blazorpack" MessagePack protocol), starts a circuit, adds the page's root
/// components once the server has attached its renderer, then acknowledges every render batch and answers every
/// JavaScript interop call (what a browser would answer where that steers the page, else null or a made-up object
/// reference) so that components awaiting JavaScript go on. It applies nothing: it counts batches and bytes, notes
/// when a marker text first appears in a batch, and reports the SignalR client's warnings and errors as problems.
/// </summary>
internal sealed partial class CircuitClient : IAsyncDisposable
{
    private const string AttachRenderer = "Blazor._internal.attachWebRendererInterop";

    // Server-to-client calls a browser acts on and a headless client can let pass (arguments as blazor.web.js takes them).
    private static readonly (string Target, Type[] Arguments)[] Ignored =
    [
        ("JS.AttachComponent", [typeof(int), typeof(string)]),
        ("JS.EndInvokeDotNet", [typeof(string), typeof(bool), typeof(string)]),
        ("JS.ReceiveByteArray", [typeof(int), typeof(byte[])]),
        ("JS.BeginTransmitStream", [typeof(long)]),
        ("JS.EndLocationChanging", [typeof(int), typeof(bool)]),
    ];

    // MudBlazor asks whether its script is on the page (window.hasOwnProperty("mudElementRef")) and how many
    // popover providers the page has; a browser on our pages says yes and one.
    private static readonly Dictionary<string, string> BrowserAnswers = new(StringComparer.Ordinal)
    {
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "1",
    };

    private readonly HubConnection _connection;
    private readonly CircuitTally _tally;
    private readonly TaskCompletionSource _rendererAttached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _componentsAdded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<int> _seenMarkers = [];
    private int _batches;
    private long _bytes;
    private int _closed;
    private volatile bool _disposing;

    private CircuitClient(HubConnection connection, CircuitTally tally)
    {
        _connection = connection;
        _tally = tally;
        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJSAsync);
        connection.On<long>("JS.EndUpdateRootComponents", _ => _componentsAdded.TrySetResult());
        foreach (var (target, arguments) in Ignored)
        {
            connection.On(target, arguments, _ =>
            {
                _tally.JsCall(target, resultType: null);
                return Task.CompletedTask;
            });
        }

        connection.On<string>("JS.Error", error =>
        {
            _tally.Problem("JS.Error", error);
            Fail($"JS.Error: {error}");
        });
        connection.Closed += error =>
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0 && !_disposing)
            {
                _tally.Problem("closed", error?.Message ?? "by the server");
            }

            Fail($"connection closed: {error?.Message ?? "by the server"}");
            return Task.CompletedTask;
        };
    }

    /// <summary>Render batches received (and acknowledged).</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>Whether the hub connection has closed.</summary>
    public bool IsClosed => Volatile.Read(ref _closed) == 1;

    /// <summary>
    /// Opens a circuit on <paramref name="page"/> and returns once the page is rendered: a render batch has arrived
    /// and the server has finished adding the root components (which it does once their first renders, including
    /// their asynchronous initialisation, are done). Throws, having closed what it opened, when the page has no
    /// server components or the circuit fails.
    /// </summary>
    public static async Task<CircuitClient> OpenAsync(HttpClient http, Uri page, CircuitTally tally, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        var html = await http.GetStringAsync(page, deadline.Token);
        var (markers, state) = ReadMarkers(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"no server component markers in {page}");
        }

        var baseUri = new Uri(page, "/");
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), options =>
            {
                // Straight to the WebSocket, as one browser tab holds one connection: with negotiation every
                // client would keep an idle keep-alive HTTP connection open on the server as well.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        builder.ConfigureLogging(logging => logging.AddProvider(new ProblemLoggerProvider(tally)));
        var connection = builder.Build();
        var client = new CircuitClient(connection, tally);
        try
        {
            await connection.StartAsync(deadline.Token);
            var secret = await connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), page.ToString(), "[]", state, deadline.Token);
            if (string.IsNullOrEmpty(secret))
            {
                throw new InvalidOperationException("StartCircuit returned no circuit id");
            }

            // blazor.web.js adds the page's components once the server has attached its renderer (a JS call).
            await client._rendererAttached.Task.WaitAsync(deadline.Token);
            await connection.SendAsync("UpdateRootComponents", AddOperations(markers), state, deadline.Token);
            await Task.WhenAll(client._firstBatch.Task, client._componentsAdded.Task).WaitAsync(deadline.Token);
            tally.Rendered.Add(watch.Elapsed.TotalMilliseconds);
            tally.RenderedKilobytes.Add(Interlocked.Read(ref client._bytes) / 1024.0);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>The server component markers (start markers, in document order) and the persisted state, if any.</summary>
    internal static (List<JsonObject> Markers, string State) ReadMarkers(string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match match in MarkerPattern().Matches(html))
        {
            if (JsonNode.Parse(match.Groups["json"].Value) is JsonObject marker
                && marker["type"]?.GetValue<string>() == "server" && marker["descriptor"] is not null)
            {
                markers.Add(marker);
            }
        }

        var state = StatePattern().Match(html) is { Success: true } found ? found.Groups["state"].Value : string.Empty;
        return (markers, state);
    }

    // The operations blazor.web.js sends for a freshly loaded page: one "add" per server marker, numbered from 1
    // in document order, the marker as found (plus the client's unique id), batch 1.
    internal static string AddOperations(List<JsonObject> markers)
    {
        var operations = new JsonArray();
        for (var i = 0; i < markers.Count; i++)
        {
            var marker = (JsonObject)markers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    private void Fail(string reason)
    {
        _firstBatch.TrySetException(new InvalidOperationException(reason));
        _componentsAdded.TrySetException(new InvalidOperationException(reason));
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] batch)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _bytes, batch.Length);
        _tally.Batch(batch.Length);
        NoteMarkers(batch);
        try
        {
            await _connection.SendAsync("OnRenderCompleted", batchId, (string?)null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or IOException)
        {
            if (!_disposing)
            {
                _tally.Problem("ack failed", ex.Message);
            }
        }

        _firstBatch.TrySetResult();
    }

    // Arguments (.NET 10): asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType.
    private async Task OnBeginInvokeJSAsync(object?[] args)
    {
        var handle = (long)args[0]!;
        var identifier = (string?)args[1] ?? string.Empty;
        var resultType = (int)args[3]!;
        _tally.JsCall(identifier, resultType);
        if (identifier == AttachRenderer)
        {
            _rendererAttached.TrySetResult();
        }

        if (handle == 0)
        {
            return;
        }

        // JSCallResultType: 0 a JSON value, 1 an object reference, 2 a stream reference, 3 void. Where the answer
        // steers the page, answer what a browser with the page's scripts loaded would; otherwise null.
        var result = resultType == 1 ? $"{{\"__jsObjectId\":{_tally.NextObjectId()}}}" : BrowserAnswers.GetValueOrDefault(identifier, "null");
        try
        {
            await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, string.Create(CultureInfo.InvariantCulture, $"[{handle},true,{result}]"));
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or IOException)
        {
            if (!_disposing)
            {
                _tally.Problem("JS answer failed", ex.Message);
            }
        }
    }

    // Texts are UTF-8 in the batch's string table: look for "#load-N" markers the load posts into titles.
    private void NoteMarkers(ReadOnlySpan<byte> batch)
    {
        var key = "#load-"u8;
        var offset = 0;
        while (offset < batch.Length)
        {
            var at = batch[offset..].IndexOf(key);
            if (at < 0)
            {
                return;
            }

            var start = offset + at + key.Length;
            var end = start;
            var number = 0;
            while (end < batch.Length && end - start < 9 && batch[end] is >= (byte)'0' and <= (byte)'9')
            {
                number = number * 10 + (batch[end] - '0');
                end++;
            }

            if (end > start && _seenMarkers.Add(number))
            {
                _tally.Seen(number);
            }

            offset = end;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        try
        {
            await _connection.DisposeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or IOException)
        {
        }
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StatePattern();

    /// <summary>Counts the SignalR client's warnings and errors (unknown server calls, arguments that do not bind…).</summary>
    private sealed class ProblemLoggerProvider(CircuitTally tally) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                tally.Problem($"SignalR client {eventId.Name ?? logLevel.ToString()}", formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }

    /// <summary>Hub protocol "blazorpack": SignalR's MessagePack protocol under the name the circuit hub accepts.</summary>
    private sealed class BlazorPackProtocol : IHubProtocol
    {
        private readonly MessagePackHubProtocol _inner = new();

        public string Name => "blazorpack";

        public int Version => _inner.Version;

        public TransferFormat TransferFormat => TransferFormat.Binary;

        public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
            => _inner.TryParseMessage(ref input, binder, out message);

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);
    }
}

/// <summary>What all circuits of a run received: batches, bytes, JavaScript calls by identifier, problems, markers seen.</summary>
internal sealed class CircuitTally
{
    private readonly ConcurrentDictionary<string, int> _jsCalls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _problems = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problemSamples = new();
    private long _batches;
    private long _bytes;
    private long _objectIds;

    /// <summary>When each "#load-N" marker was posted (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public ConcurrentDictionary<int, long> PostedAt { get; } = new();

    /// <summary>Post → first render batch carrying the marker, per circuit.</summary>
    public Stats PostToBatch { get; } = new();

    /// <summary>Render batch bytes (KB) each circuit had received when its page was rendered.</summary>
    public Stats RenderedKilobytes { get; } = new();

    /// <summary>Page request → page rendered (root components added and rendered), per circuit.</summary>
    public Stats Rendered { get; } = new();

    public long Batches => Interlocked.Read(ref _batches);

    public long Bytes => Interlocked.Read(ref _bytes);

    public IReadOnlyDictionary<string, int> JsCalls => _jsCalls;

    public IReadOnlyDictionary<string, int> Problems => _problems;

    public IEnumerable<string> ProblemSamples => _problemSamples;

    public void Batch(int bytes)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _bytes, bytes);
    }

    /// <summary>Counts a JavaScript interop call (with its result type) or, without one, a server call let pass.</summary>
    public void JsCall(string identifier, int? resultType)
        => _jsCalls.AddOrUpdate(resultType is { } type ? $"{identifier} (result type {type})" : $"{identifier} (let pass)", 1, (_, n) => n + 1);

    public long NextObjectId() => Interlocked.Increment(ref _objectIds);

    /// <summary>Counts a problem by kind; the first detail of each kind is kept as a sample.</summary>
    public void Problem(string kind, string detail)
    {
        if (_problems.AddOrUpdate(kind, 1, (_, n) => n + 1) == 1)
        {
            _problemSamples.Enqueue($"{kind}: {detail}");
        }
    }

    public void Seen(int marker)
    {
        if (PostedAt.TryGetValue(marker, out var at))
        {
            PostToBatch.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
        }
    }
}
