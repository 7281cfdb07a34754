using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Gateway.Errors;

/// <summary>
/// Turns the exceptions grains raise for bad requests into problem responses. An unknown movie,
/// evaluation job or analytics customer is a 404, an invalid rating, model or request value a 400,
/// and a second evaluation job a 409. An analytics result that no run has computed is a 404, or a
/// 409 while the run that computes it is in progress. A similarity model still being built is a
/// 503 with Retry-After. Anything else is a 500 with the trace id and no exception details.
/// </summary>
internal sealed partial class MovieRecsExceptionHandler(
    IProblemDetailsService problemDetailsService,
    ILogger<MovieRecsExceptionHandler> logger) : IExceptionHandler
{
    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            UnknownMovieException unknownMovie =>
                CreateProblem(StatusCodes.Status404NotFound, "Movie not found", unknownMovie.Message),
            InvalidRatingException invalidRating => CreateValidationProblem("rating", invalidRating.Message),
            UnknownModelException unknownModel => CreateValidationProblem("model", unknownModel.Message),
            InvalidRequestValueException invalidValue =>
                CreateValidationProblem(invalidValue.Parameter, invalidValue.Message),
            UnknownEvaluationJobException unknownJob =>
                CreateProblem(StatusCodes.Status404NotFound, "Evaluation job not found", unknownJob.Message),
            EvaluationAlreadyRunningException running =>
                CreateProblem(StatusCodes.Status409Conflict, "Evaluation already running", running.Message),
            AnalyticsNotReadyException { IsRunning: true } computing =>
                CreateProblem(StatusCodes.Status409Conflict, "Analytics run in progress", computing.Message),
            AnalyticsNotReadyException notComputed =>
                CreateProblem(StatusCodes.Status404NotFound, "Analytics result not available", notComputed.Message),
            UnknownCustomerException unknownCustomer =>
                CreateProblem(StatusCodes.Status404NotFound, "Customer not found", unknownCustomer.Message),
            SimilarityNotReadyException notReady =>
                CreateProblem(StatusCodes.Status503ServiceUnavailable, "Similarity model not ready", notReady.Message),
            RatingStoreUnavailableException storeUnavailable => CreateProblem(
                StatusCodes.Status503ServiceUnavailable,
                "System of record unavailable",
                storeUnavailable.Message),
            OrleansMessageRejectionException => CreateProblem(
                StatusCodes.Status503ServiceUnavailable,
                "Cluster recovering",
                "A silo of the cluster was lost, so the request was not served. The cluster moves that silo's " +
                "grains to the other silos within seconds; retry the request."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
                CreateProblem(tooLarge.StatusCode, "Request body too large", tooLarge.Message),
            BadHttpRequestException badRequest =>
                CreateProblem(badRequest.StatusCode, "Bad request", badRequest.Message),
            TimeoutException => CreateProblem(
                StatusCodes.Status504GatewayTimeout,
                "Cluster timed out",
                "The recommendation cluster did not answer in time. Retry the request."),
            _ => CreateProblem(
                StatusCodes.Status500InternalServerError,
                "Internal server error",
                "The server failed to process the request. Quote the trace id when reporting the problem."),
        };

        int status = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpectedError(exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (status > StatusCodes.Status500InternalServerError)
        {
            // A model still being built or a slow cluster is expected now and then, so no stack
            // trace.
            LogUnavailable(httpContext.Request.Method, httpContext.Request.Path, status, exception.Message);
        }
        else
        {
            LogClientError(httpContext.Request.Method, httpContext.Request.Path, status, exception.Message);
        }

        if (exception is SimilarityNotReadyException)
        {
            httpContext.Response.Headers.RetryAfter =
                ((int)SimilarityNotReadyException.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        else if (exception is OrleansMessageRejectionException or RatingStoreUnavailableException)
        {
            httpContext.Response.Headers.RetryAfter = "2";
        }

        httpContext.Response.StatusCode = status;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails CreateProblem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails CreateValidationProblem(string parameter, string message) =>
        new(new Dictionary<string, string[]> { [parameter] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = RequestValidation.Title,
            Detail = message,
        };

    [LoggerMessage(
        EventId = 3000,
        Level = LogLevel.Error,
        Message = "{Method} {Path} failed with an unexpected error and status 500")]
    private partial void LogUnexpectedError(Exception exception, string method, PathString path);

    [LoggerMessage(
        EventId = 3001,
        Level = LogLevel.Debug,
        Message = "{Method} {Path} was rejected with status {StatusCode}: {Reason}")]
    private partial void LogClientError(string method, PathString path, int statusCode, string reason);

    [LoggerMessage(
        EventId = 3002,
        Level = LogLevel.Warning,
        Message = "{Method} {Path} could not be served, status {StatusCode}: {Reason}")]
    private partial void LogUnavailable(string method, PathString path, int statusCode, string reason);
}
