namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The units bought in one week.</summary>
/// <param name="Week">The Monday that starts the week.</param>
/// <param name="Units">The units bought (ratings on MovieLens).</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.WeekValueResult")]
public sealed record WeekValueResult(
    [property: Id(0)] DateOnly Week,
    [property: Id(1)] double Units);
