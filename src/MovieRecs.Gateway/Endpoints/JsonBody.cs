using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>
/// Reads small JSON request bodies with the same checks as the rating route: a declared length
/// over the limit is a 413, another content type a 415, and a body that does not bind a 400 keyed
/// "body" that names the position and shows an example.
/// </summary>
internal static class JsonBody
{
    /// <summary>
    /// The options every small body binds with: numbers as JSON numbers, the documented field names
    /// in camelCase, no other field and no field twice, so a misspelt field is an error instead of a
    /// default.
    /// </summary>
    public static readonly JsonSerializerOptions StrictJson = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// Returns the 413 or 415 problem for a body that cannot be read at all, or null when reading
    /// may go ahead.
    /// </summary>
    public static ProblemHttpResult? CheckHeaders(HttpRequest request, long maxBytes, string example)
    {
        if (request.ContentLength is long length && length > maxBytes)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request body too large",
                detail: $"The request body is {length} bytes, over the limit of {maxBytes} bytes. Send {example}.");
        }

        if (request.ContentLength is > 0 && !request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                type: "https://tools.ietf.org/html/rfc9110#section-15.5.16",
                detail: $"The request body must be JSON with Content-Type application/json; received " +
                    $"'{request.ContentType ?? "no Content-Type"}'. Send {example}.");
        }

        return null;
    }

    /// <summary>Returns whether the request carries no body.</summary>
    public static bool IsEmpty(HttpRequest request) =>
        request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType());

    /// <summary>
    /// Reads the body; a malformed body or the JSON null adds an error keyed "body" and returns null.
    /// </summary>
    /// <exception cref="BadHttpRequestException">
    /// The body, sent without a declared length, passed the route's size limit of <paramref name="maxBytes"/>.
    /// </exception>
    public static async Task<T?> ReadAsync<T>(
        HttpRequest request,
        long maxBytes,
        string example,
        Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            T? body = await request.ReadFromJsonAsync<T>(StrictJson, cancellationToken);
            if (body is null)
            {
                errors["body"] = [$"The request body is the JSON null. Send {example}."];
            }

            return body;
        }
        catch (JsonException exception)
        {
            string position = exception.LineNumber is long line && exception.BytePositionInLine is long bytePosition
                ? $" at {exception.Path ?? "$"} (line {line + 1}, byte {bytePosition + 1})"
                : string.Empty;
            errors["body"] = [$"The request body is not valid{position}: check the JSON syntax, the field " +
                $"names (case-sensitive, no other fields, each once) and the field types. Send {example}."];
            return null;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without a length (chunked) reaches Kestrel's limit only while it is read.
            throw new BadHttpRequestException(
                $"The request body is over the limit of {maxBytes} bytes. Send {example}.",
                StatusCodes.Status413PayloadTooLarge,
                exception);
        }
    }
}
