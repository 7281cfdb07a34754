namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo cluster on the <see cref="SyntheticDataset"/> whose coordinator refreshes changed
/// movies' neighbor lists every half second, for the tests that post ratings and watch the lists.
/// </summary>
public sealed class RefreshClusterFixture : ClusterFixture
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    private readonly string _directory = SyntheticDataset.CreateDirectory();

    protected override string? DataDirectory => _directory;

    protected override int ShardCount => 4;

    protected override TimeSpan NeighborRefreshInterval => RefreshInterval;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

[CollectionDefinition(Name)]
public sealed class RefreshClusterDefinition : ICollectionFixture<RefreshClusterFixture>
{
    public const string Name = "Refresh cluster";
}
