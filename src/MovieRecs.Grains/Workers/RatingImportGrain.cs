using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Storage;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Workers;

/// <summary>
/// Writes bulk-import batches to the system of record on the silo that receives them and reloads
/// the users they touch.
/// </summary>
/// <remarks>
/// Each batch goes through <see cref="IRatingStore.ImportAsync"/> under the name
/// "{importId}/batch-{index}" and the SHA-256 of its ratings, so the store's later-timestamp-wins
/// merge applies and the imports table records every batch. A batch sent again with the same
/// import id, index and ratings, such as a retry after a lost response, writes nothing twice.
/// </remarks>
[StatelessWorker]
public sealed partial class RatingImportGrain(
    IRatingStore ratingStore,
    RecommendationModelStore store,
    ILogger<RatingImportGrain> logger) : Grain, IRatingImportGrain
{
    // Reloads run this many user grains at a time, so a batch of thousands of users does not
    // flood the silo with calls.
    private const int MaxConcurrentReloads = 64;

    // One rating hashes as user id, movie id, half stars and timestamp in little-endian order.
    private const int HashedBytesPerRating = sizeof(int) + sizeof(int) + sizeof(int) + sizeof(long);

    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    public Task<int[]> GetMovieIdsAsync() =>
        Task.FromResult(store.Dataset.Movies.Select(movie => movie.MovieId).Order().ToArray());

    /// <inheritdoc />
    public async Task<RatingImportBatchResult> ImportBatchAsync(RatingImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Rating[] ratings = Validate(batch);

        string name = string.Create(
            CultureInfo.InvariantCulture,
            $"{batch.ImportId}/batch-{batch.BatchIndex:D5}");
        ImportResult result = await ratingStore.ImportAsync(name, Hash(ratings), ratings);
        int written = result.AlreadyImported ? 0 : ratings.Length;

        int[] users = ratings.Select(rating => rating.UserId).Distinct().ToArray();
        foreach (int[] chunk in users.Chunk(MaxConcurrentReloads))
        {
            await Task.WhenAll(chunk.Select(
                userId => GrainFactory.GetGrain<IUserGrain>(userId).ReloadRatingsAsync()));
        }

        LogBatchImported(
            batch.ImportId,
            batch.BatchIndex,
            written,
            ratings.Length,
            users.Length,
            result.AlreadyImported);
        return new RatingImportBatchResult(written, users.Length);
    }

    private Rating[] Validate(RatingImportBatch batch)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batch.ImportId, nameof(batch));
        int count = batch.Ratings?.Count ?? 0;
        if (count is 0 or > RatingImportBatch.MaxRatings)
        {
            throw new ArgumentException(
                $"Batch {batch.BatchIndex} of import {batch.ImportId} has {count} ratings; a batch must " +
                $"carry 1 to {RatingImportBatch.MaxRatings}.",
                nameof(batch));
        }

        var ratings = new Rating[count];
        for (int i = 0; i < count; i++)
        {
            ImportedRating rating = batch.Ratings![i];
            string? problem = rating switch
            {
                { UserId: <= 0 } => $"user id {rating.UserId} is not positive",
                { MovieId: <= 0 } => $"movie id {rating.MovieId} is not positive",
                { Timestamp: < 0 } => $"timestamp {rating.Timestamp} is negative",
                _ when !RatingScale.IsValid(rating.Rating) =>
                    $"rating {rating.Rating.ToString(CultureInfo.InvariantCulture)} is not {RatingScale.Rule}",
                _ when !store.ContainsMovie(rating.MovieId) => $"movie {rating.MovieId} is not in the catalogue",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ArgumentException(
                    $"Rating {i} of batch {batch.BatchIndex} of import {batch.ImportId} is invalid: {problem}. " +
                    "Validate the rows before sending them; nothing of this batch was written.",
                    nameof(batch));
            }

            ratings[i] = new Rating(rating.UserId, rating.MovieId, rating.Rating, rating.Timestamp);
        }

        return ratings;
    }

    private static string Hash(Rating[] ratings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> row = stackalloc byte[HashedBytesPerRating];
        foreach (Rating rating in ratings)
        {
            BinaryPrimitives.WriteInt32LittleEndian(row, rating.UserId);
            BinaryPrimitives.WriteInt32LittleEndian(row[4..], rating.MovieId);
            BinaryPrimitives.WriteInt32LittleEndian(row[8..], (int)(rating.Value * 2));
            BinaryPrimitives.WriteInt64LittleEndian(row[12..], rating.Timestamp);
            hash.AppendData(row);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    [LoggerMessage(
        EventId = 2120,
        Level = LogLevel.Debug,
        Message = "Imported batch {BatchIndex} of import {ImportId}: {WrittenCount} of {RatingCount} ratings " +
            "written, {UserCount} users reloaded, already imported {AlreadyImported}")]
    private partial void LogBatchImported(
        string importId,
        int batchIndex,
        int writtenCount,
        int ratingCount,
        int userCount,
        bool alreadyImported);
}
