namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// One customer segment in plain terms: its size, its recency, frequency and monetary means, what,
/// when and where its customers buy, and their demographics where the data has them.
/// </summary>
/// <param name="Id">The segment's id, 1 for the largest.</param>
/// <param name="Name">The name generated from the segment's most distinguishing features.</param>
/// <param name="Size">The number of customers.</param>
/// <param name="Share">The share of all customers, from 0 to 1.</param>
/// <param name="MeanRecencyDays">The mean days since the last purchase.</param>
/// <param name="MeanFrequency">The mean number of purchases.</param>
/// <param name="MeanMonetary">The mean total amount (sum of ratings on MovieLens).</param>
/// <param name="MeanAmount">The mean amount per purchase.</param>
/// <param name="MeanTenureDays">The mean days since the first purchase.</param>
/// <param name="MedianIntervalDays">The median gap between purchase days; null when no customer has two.</param>
/// <param name="TopCategories">The (at most) three categories with the largest share.</param>
/// <param name="Dayparts">The shares at night, morning, afternoon and evening (UTC).</param>
/// <param name="PeakHours">The (at most) three UTC hours with the largest share.</param>
/// <param name="WeekendShare">The mean share of purchases on Saturday and Sunday.</param>
/// <param name="MeanAge">The mean age; null without demographics.</param>
/// <param name="Genders">The share of each gender; empty without demographics.</param>
/// <param name="TopOccupations">The three most common occupations; empty without demographics.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentProfileResult")]
public sealed record SegmentProfileResult(
    [property: Id(0)] int Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int Size,
    [property: Id(3)] double Share,
    [property: Id(4)] double MeanRecencyDays,
    [property: Id(5)] double MeanFrequency,
    [property: Id(6)] double MeanMonetary,
    [property: Id(7)] double MeanAmount,
    [property: Id(8)] double MeanTenureDays,
    [property: Id(9)] double? MedianIntervalDays,
    [property: Id(10)] IReadOnlyList<LabelShareResult> TopCategories,
    [property: Id(11)] IReadOnlyList<LabelShareResult> Dayparts,
    [property: Id(12)] IReadOnlyList<int> PeakHours,
    [property: Id(13)] double WeekendShare,
    [property: Id(14)] double? MeanAge,
    [property: Id(15)] IReadOnlyList<LabelShareResult> Genders,
    [property: Id(16)] IReadOnlyList<LabelShareResult> TopOccupations);
