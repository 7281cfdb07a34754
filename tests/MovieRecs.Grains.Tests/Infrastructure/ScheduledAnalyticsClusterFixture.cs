using MovieRecs.Silo;

namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo cluster on the <see cref="SyntheticDataset"/> whose analytics grain runs at once and
/// then every <see cref="RefreshInterval"/>, for the tests of the scheduled refresh.
/// </summary>
public sealed class ScheduledAnalyticsClusterFixture : ClusterFixture
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly string _directory = SyntheticDataset.CreateDirectory();

    protected override string? DataDirectory => _directory;

    protected override int ShardCount => 2;

    protected override AnalyticsSiloOptions Analytics => new()
    {
        RefreshInterval = RefreshInterval.ToString(),
        FirstRunDelay = TimeSpan.Zero,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

[CollectionDefinition(Name)]
public sealed class ScheduledAnalyticsClusterDefinition : ICollectionFixture<ScheduledAnalyticsClusterFixture>
{
    public const string Name = "Scheduled analytics cluster";
}
