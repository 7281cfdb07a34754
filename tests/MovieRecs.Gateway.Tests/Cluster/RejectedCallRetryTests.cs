using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Gateway.Cluster;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Tests.Cluster;

public sealed class RejectedCallRetryTests
{
    private readonly RejectedCallRetry _retry = new(NullLogger<RejectedCallRetry>.Instance);

    [Fact]
    public async Task InvokeAsync_RejectedTwice_SucceedsOnTheThirdAttempt()
    {
        int attempts = 0;

        await _retry.InvokeAsync(
            () =>
            {
                attempts++;
                return attempts < 3 ? throw Rejection(attempts) : Task.CompletedTask;
            },
            "IUserGrain.AddRatingAsync");

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task InvokeAsync_RejectedEveryTime_RethrowsTheLastRejectionAfterMaxAttempts()
    {
        int attempts = 0;

        var thrown = await Assert.ThrowsAsync<OrleansMessageRejectionException>(() => _retry.InvokeAsync(
            () => throw Rejection(++attempts),
            "IUserGrain.GetRecommendationsAsync"));

        Assert.Equal(RejectedCallRetry.MaxAttempts, attempts);
        Assert.Equal($"rejection {RejectedCallRetry.MaxAttempts}", thrown.Message);
    }

    [Fact]
    public async Task InvokeAsync_GrainFailure_IsNotRetried()
    {
        int attempts = 0;

        await Assert.ThrowsAsync<InvalidRatingException>(() => _retry.InvokeAsync(
            () =>
            {
                attempts++;
                throw new InvalidRatingException(1, 7);
            },
            "IUserGrain.AddRatingAsync"));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task InvokeAsync_CancelledDuringPause_StopsRetrying()
    {
        using var cancellation = new CancellationTokenSource();
        int attempts = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _retry.InvokeAsync(
            () =>
            {
                attempts++;
                cancellation.Cancel();
                throw Rejection(attempts);
            },
            "IUserGrain.AddRatingAsync",
            cancellation.Token));

        Assert.Equal(1, attempts);
    }

    // Orleans raises this exception itself and keeps its constructors internal.
    private static OrleansMessageRejectionException Rejection(int attempt) =>
        (OrleansMessageRejectionException)Activator.CreateInstance(
            typeof(OrleansMessageRejectionException),
            BindingFlags.Instance | BindingFlags.NonPublic,
            binder: null,
            args: [$"rejection {attempt}"],
            culture: null)!;
}
