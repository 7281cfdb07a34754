using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Gateway.Cluster;

namespace MovieRecs.Gateway.Tests.Cluster;

public sealed class ClusterConnectionRetryFilterTests
{
    [Fact]
    public async Task NoSiloGateway_Retries()
    {
        var filter = new ClusterConnectionRetryFilter(NullLogger<ClusterConnectionRetryFilter>.Instance);

        bool retry = await filter.ShouldRetryConnectionAttempt(
            new SiloUnavailableException("Could not find any gateway."),
            CancellationToken.None);

        Assert.True(retry);
    }

    [Fact]
    public async Task OtherException_DoesNotRetry()
    {
        var filter = new ClusterConnectionRetryFilter(NullLogger<ClusterConnectionRetryFilter>.Instance);

        bool retry = await filter.ShouldRetryConnectionAttempt(
            new InvalidOperationException("The client is misconfigured."),
            CancellationToken.None);

        Assert.False(retry);
    }

    [Fact]
    public async Task HostStopping_StopsRetrying()
    {
        var filter = new ClusterConnectionRetryFilter(NullLogger<ClusterConnectionRetryFilter>.Instance);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        bool retry = await filter.ShouldRetryConnectionAttempt(
            new SiloUnavailableException("Could not find any gateway."),
            stopping.Token);

        Assert.False(retry);
    }
}
