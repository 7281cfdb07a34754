namespace MovieRecs.Grains.Abstractions;

/// <summary>The number of ratings given in one calendar month (UTC).</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Count">The number of ratings.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.MonthlyCountResult")]
public sealed record MonthlyCountResult(
    [property: Id(0)] int Year,
    [property: Id(1)] int Month,
    [property: Id(2)] int Count);
