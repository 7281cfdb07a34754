using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Gateway.Errors;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Tests.Errors;

/// <summary>
/// The exception mapping on its own, for the cases the HTTP tests cannot provoke.
/// </summary>
public sealed class MovieRecsExceptionHandlerTests
{
    [Fact]
    public async Task TryHandle_UnexpectedException_Returns500WithoutDetails()
    {
        (bool handled, HttpContext context, JsonElement problem) =
            await HandleAsync(new InvalidOperationException("secret connection string in the message"));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.Equal("Internal server error", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("secret", problem.GetRawText(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task TryHandle_NotReady_Returns503()
    {
        var exception = new SimilarityNotReadyException(ItemSimilarityMetric.Pearson, SimilarityJobState.Running);

        (_, HttpContext context, JsonElement problem) = await HandleAsync(exception);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Contains(
            "pearson similarity model is being built",
            problem.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_LostSilo_Returns503WithRetry()
    {
        var exception = new SiloUnavailableException("The target silo became unavailable for message: Request");

        (_, HttpContext context, JsonElement problem) = await HandleAsync(exception);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        Assert.Contains("retry the request", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_Timeout_Returns504()
    {
        (_, HttpContext context, JsonElement problem) = await HandleAsync(new TimeoutException("response timed out"));

        Assert.Equal(StatusCodes.Status504GatewayTimeout, context.Response.StatusCode);
        Assert.Contains("did not answer in time", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_InvalidRating_Returns400KeyedByRating()
    {
        (_, HttpContext context, JsonElement problem) = await HandleAsync(new InvalidRatingException(7, 4.3));

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Contains("Rating 4.3 for movie 7", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty("rating").ValueKind);
    }

    private static async Task<(bool Handled, HttpContext Context, JsonElement Problem)> HandleAsync(Exception exception)
    {
        ServiceProvider services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new MovieRecsExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(),
            NullLogger<MovieRecsExceptionHandler>.Instance);

        bool handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.Body.Position = 0;
        JsonElement problem = (await JsonDocument.ParseAsync(context.Response.Body)).RootElement;
        return (handled, context, problem);
    }
}
