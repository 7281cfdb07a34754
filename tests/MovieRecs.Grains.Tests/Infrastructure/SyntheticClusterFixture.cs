namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo cluster on the <see cref="SyntheticDataset"/>, which every test run has.
/// </summary>
public sealed class SyntheticClusterFixture : ClusterFixture
{
    private readonly string _directory = SyntheticDataset.CreateDirectory();

    protected override string? DataDirectory => _directory;

    protected override int ShardCount => 4;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

[CollectionDefinition(Name)]
public sealed class SyntheticClusterDefinition : ICollectionFixture<SyntheticClusterFixture>
{
    public const string Name = "Synthetic cluster";
}
