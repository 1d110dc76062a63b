using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>What <see cref="JsonBodyReader"/> read: the value, or the problem to answer instead.</summary>
internal readonly record struct JsonBody<T>(T? Value, ProblemHttpResult? Problem);

/// <summary>
/// The one reader of a write's JSON body, for the single and the batch endpoint: refuses a declared or an actual size
/// over the limit (413) before deserialising, and answers bad JSON or bad UTF-8 with 400 naming the field.
/// </summary>
internal static class JsonBodyReader
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    /// <param name="what">The body in a sentence ("The article", "The batch").</param>
    /// <param name="invalid">The 400 message for JSON that is not a <typeparamref name="T"/>, and the field it names.</param>
    public static async Task<JsonBody<T>> ReadAsync<T>(HttpRequest request, long maxBytes, string what,
        Func<JsonException, (string Field, string Message)> invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(invalid);
        if (request.ContentLength > maxBytes)
        {
            return new(default, TooLarge(what, maxBytes));
        }

        try
        {
            using var body = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return new(default, TooLarge(what, maxBytes));
                }

                body.Write(buffer, 0, read);
            }

            body.Position = 0;
            return new(await JsonSerializer.DeserializeAsync<T>(body, JsonOptions, cancellationToken), null);
        }
        catch (JsonException ex)
        {
            var (field, message) = invalid(ex);
            return new(default, ApiProblem.For(StatusCodes.Status400BadRequest, field, message));
        }
        catch (DecoderFallbackException)
        {
            return new(default, ApiProblem.For(StatusCodes.Status400BadRequest, "body", "The request body is not valid UTF-8."));
        }
    }

    /// <summary>The field a JSON error is about (<c>$.title</c> is <c>title</c>), or <c>body</c>.</summary>
    public static string FieldOf(JsonException exception)
        => exception?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";

    private static ProblemHttpResult TooLarge(string what, long maxBytes)
        => ApiProblem.For(StatusCodes.Status413PayloadTooLarge, "body", $"{what} is larger than {maxBytes} bytes.");
}

/// <summary>Problem details with the field at fault in <c>errors</c>, as every write answers a refusal.</summary>
internal static class ApiProblem
{
    public static ProblemHttpResult For(int status, string field, string detail)
        => TypedResults.Problem(
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
