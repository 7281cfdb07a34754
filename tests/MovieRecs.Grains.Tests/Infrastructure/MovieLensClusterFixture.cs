namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo cluster on the ml-latest-small folder MOVIERECS_DATA names; starts nothing when it is
/// unset.
/// </summary>
public sealed class MovieLensClusterFixture : ClusterFixture
{
    protected override string? DataDirectory =>
        RequiresDataFactAttribute.IsDataAvailable ? RequiresDataFactAttribute.DataDirectory : null;

    protected override int ShardCount => 8;
}

[CollectionDefinition(Name)]
public sealed class MovieLensClusterDefinition : ICollectionFixture<MovieLensClusterFixture>
{
    public const string Name = "MovieLens cluster";
}
