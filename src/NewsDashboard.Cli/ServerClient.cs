using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NewsDashboard.Extraction;

namespace NewsDashboard.Cli;

/// <summary>Posts article files to a running server's <c>POST /api/articles</c> and words the answer as one line.</summary>
internal sealed class ServerClient : IDisposable
{
    public const string ApiKeyVariable = "NEWSDASH_API_KEY";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;

    public ServerClient(Uri server, string apiKey, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>Reads <c>--server URL</c> and <c>--api-key KEY</c> (or the environment variable); other arguments are left.</summary>
    public static (Uri Server, string ApiKey, List<string> Arguments) ParseConnection(string verb, string[] args, IEnumerable<string>? flags = null)
    {
        string? server = null, key = null;
        var rest = new List<string>();
        var known = new HashSet<string>(flags ?? [], StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--server":
                    server = i + 1 < args.Length ? args[++i] : throw new UsageException($"{verb}: --server needs a URL");
                    break;
                case "--api-key":
                    key = i + 1 < args.Length ? args[++i] : throw new UsageException($"{verb}: --api-key needs a key");
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) && !known.Contains(args[i]))
                    {
                        throw new UsageException($"{verb}: unknown option '{args[i]}'");
                    }

                    rest.Add(args[i]);
                    break;
            }
        }

        if (server is null || !Uri.TryCreate(server, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"{verb}: give --server with an http(s) URL, e.g. --server http://localhost:5000");
        }

        key ??= Environment.GetEnvironmentVariable(ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new UsageException($"{verb}: give --api-key KEY or set {ApiKeyVariable}");
        }

        return (new Uri(uri.ToString().TrimEnd('/') + "/"), key, rest);
    }

    /// <summary>Posts one file and returns the line to print and whether it counts as a failure.</summary>
    public async Task<(string Line, bool Failed)> PostFileAsync(string file, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await PayloadAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ($"failed: cannot read {file}: {ex.Message}", true);
        }

        try
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("api/articles", content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK && TryId(body, out var id, out var duplicate))
            {
                return ($"{(duplicate ? "duplicate" : "created")} {id} {file}", false);
            }

            return ($"failed: {(int)response.StatusCode} {ProblemDetail(body)} {file}", true);
        }
        catch (HttpRequestException ex)
        {
            return ($"failed: cannot reach the server: {ex.Message} {file}", true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ($"failed: the server did not answer in time {file}", true);
        }
    }

    // A .json file is already the submission; a .txt file is the seed format with optional front matter.
    private static async Task<string> PayloadAsync(string file, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(file, cancellationToken);
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".json":
                return text;
            case ".txt":
                var input = ArticleText.Parse(text, Path.GetFileName(file));
                return JsonSerializer.Serialize(
                    new
                    {
                        title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title,
                        body = input.Body,
                        source = input.Source,
                        url = input.Url,
                        published = input.Published?.ToString("O"),
                        language = input.Language,
                    },
                    JsonOptions);
            default:
                throw new NotSupportedException("only .txt and .json files are articles");
        }
    }

    private static bool TryId(string body, out long id, out bool duplicate)
    {
        id = 0;
        duplicate = false;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var value) && value.TryGetInt64(out id))
            {
                duplicate = json.RootElement.TryGetProperty("duplicate", out var d) && d.ValueKind == JsonValueKind.True;
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    // The problem's detail and the fields it names, on one line.
    private static string ProblemDetail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var parts = new List<string>();
            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                parts.Add(detail.GetString()!);
            }
            else if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
            {
                parts.Add(title.GetString()!);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    parts.Add($"[{field.Name}] {string.Join(" ", field.Value.EnumerateArray().Select(e => e.GetString()))}");
                }
            }

            return parts.Count > 0 ? string.Join(" ", parts.Distinct(StringComparer.Ordinal)).ReplaceLineEndings(" ") : "(no detail)";
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200].ReplaceLineEndings(" ") : body.ReplaceLineEndings(" ");
        }
    }

    public void Dispose() => _http.Dispose();
}
