namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// The plain-terms description of one customer segment: its size, its RFM means, what, when and
/// where its customers buy, and their demographics where the data has them.
/// </summary>
/// <param name="Id">The segment's id, 1 for the largest segment, 2 for the next, and so on.</param>
/// <param name="Name">A name generated from the segment's most distinguishing features.</param>
/// <param name="Size">The number of customers.</param>
/// <param name="Share">The share of all customers.</param>
/// <param name="MeanRecencyDays">The mean days since the last purchase.</param>
/// <param name="MeanFrequency">The mean number of purchase lines.</param>
/// <param name="MeanMonetary">The mean total amount.</param>
/// <param name="MeanAmount">The mean amount per line, averaged over customers.</param>
/// <param name="MeanTenureDays">The mean days since the first purchase.</param>
/// <param name="MedianIntervalDays">
/// The median over customers of their median gap between purchase days, or null when no customer has two purchase days.
/// </param>
/// <param name="TopCategories">The (at most) three categories with the largest share above 0, with their lift.</param>
/// <param name="Dayparts">The share of lines at night, morning, afternoon and evening (UTC).</param>
/// <param name="PeakHours">The (at most) three UTC hours with the largest mean share above 0, largest first.</param>
/// <param name="WeekendShare">The mean share of lines on Saturday and Sunday.</param>
/// <param name="Channels">The mean share of each sales channel; empty when the data has none.</param>
/// <param name="MeanAge">The mean age, or null without demographics.</param>
/// <param name="Genders">The share of each gender; empty without demographics.</param>
/// <param name="TopOccupations">The three most common occupations with their lift; empty without demographics.</param>
public sealed record SegmentProfile(
    int Id,
    string Name,
    int Size,
    double Share,
    double MeanRecencyDays,
    double MeanFrequency,
    double MeanMonetary,
    double MeanAmount,
    double MeanTenureDays,
    double? MedianIntervalDays,
    IReadOnlyList<CategoryShare> TopCategories,
    IReadOnlyList<CategoryShare> Dayparts,
    IReadOnlyList<int> PeakHours,
    double WeekendShare,
    IReadOnlyList<CategoryShare> Channels,
    double? MeanAge,
    IReadOnlyList<CategoryShare> Genders,
    IReadOnlyList<CategoryShare> TopOccupations);
