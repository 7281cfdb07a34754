using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Items;

/// <summary>
/// The persisted part of an item grain: its latest neighbor list per similarity metric.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.ItemGrainState")]
public sealed class ItemGrainState
{
    /// <summary>
    /// The neighbor lists by metric; a metric is absent until its first build reaches this movie.
    /// </summary>
    [Id(0)]
    public Dictionary<ItemSimilarityMetric, NeighborList> Lists { get; set; } = [];
}
