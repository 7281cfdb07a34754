namespace MovieRecs.Analytics.Forecasting;

/// <summary>The units bought in one week.</summary>
/// <param name="Week">The Monday that starts the week.</param>
/// <param name="Units">The units bought.</param>
public sealed record WeekValue(DateOnly Week, double Units);
