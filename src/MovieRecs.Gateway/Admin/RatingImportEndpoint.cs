using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Abstractions;
using ImportResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<MovieRecs.Gateway.Admin.RatingImportReport>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace MovieRecs.Gateway.Admin;

/// <summary>
/// POST /api/admin/ratings/import: streams a MovieLens ratings CSV from the request body into the
/// system of record in batches, validating each row as the data loader does.
/// </summary>
/// <remarks>
/// The body is read forward once and never held whole: the gateway keeps one batch being read and
/// one in flight to the cluster, plus the duplicate check's entry per kept row. A declared length
/// over the limit gets 413 before anything is read or written. NOTE: a body without a declared
/// length that grows past the limit gets 413 too, but the batches committed before that stay.
/// </remarks>
internal static partial class RatingImportEndpoint
{
    private const string BodyName = "The request body";
    private const string CsvMediaType = "text/csv";

    // A ratings row is a few dozen bytes, so a longer record is a quote that was never closed.
    private const int MaxRecordBytes = 64 * 1024;

    /// <summary>Imports the body and returns the counts and the first row issues.</summary>
    public static async Task<ImportResult> ImportAsync(
        HttpContext context,
        IGrainFactory grainFactory,
        IOptions<AdminOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        AdminOptions settings = options.Value;
        HttpRequest request = context.Request;
        if (request.ContentLength is long length && length > settings.MaxImportBodyBytes)
        {
            return TooLarge($"The request body is {length} bytes, over the import limit of " +
                $"{settings.MaxImportBodyBytes} bytes set by {AdminOptions.MaxImportBodyBytesSetting}. " +
                "Split the file into smaller imports or raise the limit. Nothing was imported.");
        }

        if (!IsCsv(request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                type: "https://tools.ietf.org/html/rfc9110#section-15.5.16",
                detail: $"The request body must be a ratings CSV with Content-Type {CsvMediaType}; received " +
                    $"'{request.ContentType ?? "no Content-Type"}'. Send the header line " +
                    "userId,movieId,rating,timestamp and one rating per line.");
        }

        // Kestrel's own limit (30,000,000 bytes by default in ASP.NET Core 10) would cut a large
        // import short. The limited stream also enforces the limit on servers without this feature.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = settings.MaxImportBodyBytes;
        }

        ILogger logger = loggerFactory.CreateLogger(typeof(RatingImportEndpoint));
        var stopwatch = Stopwatch.StartNew();
        IRatingImportGrain importer = grainFactory.GetGrain<IRatingImportGrain>(0);
        HashSet<int> movieIds = [.. await importer.GetMovieIdsAsync()];
        string importId = CreateImportId();
        var body = new LimitedReadStream(
            request.Body,
            settings.MaxImportBodyBytes,
            read => $"The request body passed the import limit of {settings.MaxImportBodyBytes} bytes set by " +
                $"{AdminOptions.MaxImportBodyBytesSetting} after {read} bytes. Split the file into smaller imports " +
                "or raise the limit.");

        RatingsStreamReader reader;
        try
        {
            reader = await RatingsStreamReader.OpenAsync(
                body,
                BodyName,
                movieIds,
                settings.MaxImportIssues,
                MaxRecordBytes,
                TimeProvider.System,
                cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return BodyProblem(exception.Message + " Nothing was imported.");
        }

        await using (reader)
        {
            LogImportStarted(logger, importId, request.ContentLength);
            var batcher = new RatingImportBatcher(importer, importId, settings.ImportBatchSize);
            try
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    await batcher.AddAsync(reader.Current);
                }

                await batcher.CompleteAsync();
            }
            catch (InvalidDataException exception)
            {
                await batcher.AbandonAsync();
                LogImportStopped(logger, importId, batcher.RatingsCommitted, exception.Message);
                return BodyProblem(exception.Message + DescribeCommitted(batcher));
            }
            catch (BadHttpRequestException exception)
                when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await batcher.AbandonAsync();
                LogImportStopped(logger, importId, batcher.RatingsCommitted, exception.Message);
                return TooLarge(exception.Message + DescribeCommitted(batcher));
            }

            RatingImportReport report = CreateReport(importId, reader, batcher, stopwatch.Elapsed);
            LogImportCompleted(
                logger,
                importId,
                report.RowsRead,
                report.RowsKept,
                report.RowsSkipped,
                report.Batches,
                stopwatch.ElapsedMilliseconds);
            return TypedResults.Ok(report);
        }
    }

    private static RatingImportReport CreateReport(
        string importId,
        RatingsStreamReader reader,
        RatingImportBatcher batcher,
        TimeSpan elapsed)
    {
        FileLoadReport counts = reader.GetReport();
        var skippedByKind = counts.SkippedByKind
            .OrderBy(pair => pair.Key)
            .ToDictionary(pair => pair.Key.ToString(), pair => pair.Value);
        return new RatingImportReport(
            importId,
            counts.RowsRead,
            counts.RowsKept,
            counts.RowsFixed,
            counts.RowsSkipped,
            skippedByKind,
            reader.Issues.Select(RatingImportIssue.From).ToArray(),
            reader.IssuesOmitted,
            batcher.BatchesSent,
            batcher.UsersReloaded,
            Math.Round(elapsed.TotalSeconds, 3));
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed)
        && parsed.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase);

    private static string CreateImportId()
    {
        string time = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return $"api-import-{time}-{Guid.NewGuid().ToString("N")[..12]}";
    }

    private static string DescribeCommitted(RatingImportBatcher batcher) =>
        batcher.BatchesSent == 0
            ? " Nothing was imported."
            : $" The import stopped there: the {batcher.RatingsCommitted} valid ratings of the " +
                $"{batcher.BatchesSent} batches before that point are imported and stay.";

    private static ValidationProblem BodyProblem(string message) =>
        RequestValidation.Problem(new Dictionary<string, string[]> { ["body"] = [message] });

    private static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.14",
            detail: detail);

    [LoggerMessage(
        EventId = 3051,
        Level = LogLevel.Information,
        Message = "Started ratings import {ImportId} of a body of {ContentLength} bytes")]
    private static partial void LogImportStarted(ILogger logger, string importId, long? contentLength);

    [LoggerMessage(
        EventId = 3052,
        Level = LogLevel.Information,
        Message = "Completed ratings import {ImportId}: {RowsRead} rows read, {RowsKept} kept, {RowsSkipped} " +
            "skipped, {BatchCount} batches in {ElapsedMs} ms")]
    private static partial void LogImportCompleted(
        ILogger logger,
        string importId,
        long rowsRead,
        long rowsKept,
        long rowsSkipped,
        int batchCount,
        long elapsedMs);

    [LoggerMessage(
        EventId = 3053,
        Level = LogLevel.Warning,
        Message = "Stopped ratings import {ImportId} after {RatingsCommitted} committed ratings: {Reason}")]
    private static partial void LogImportStopped(ILogger logger, string importId, long ratingsCommitted, string reason);
}
