namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The cluster's customer analytics over the data set the silos loaded: segments, the demand and
/// repeat-purchase forecasts, the influencing factors and the business actions. One grain per
/// cluster (<see cref="AnalyticsKeys.Default"/>) keeps the latest result of each in memory and
/// runs them again on a schedule or on request, on a dedicated thread so that grain calls are not
/// held up.
/// </summary>
[Alias("MovieRecs.IAnalyticsGrain")]
public interface IAnalyticsGrain : IGrainWithStringKey
{
    /// <summary>Returns the last run, the last completed run and the refresh schedule.</summary>
    [Alias("GetStatus")]
    Task<AnalyticsStatus> GetStatusAsync();

    /// <summary>
    /// Starts a run in the background and returns the status with it running. While a run is in
    /// progress, a second call starts nothing and returns the status of the running one.
    /// </summary>
    [Alias("Refresh")]
    Task<AnalyticsStatus> RefreshAsync();

    /// <summary>Returns the latest segmentation.</summary>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the segments.</exception>
    [Alias("GetSegments")]
    Task<SegmentsResult> GetSegmentsAsync();

    /// <summary>Returns the latest demand forecast of the aggregate series and every genre.</summary>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the forecast.</exception>
    [Alias("GetDemandForecast")]
    Task<DemandForecastResult> GetDemandForecastAsync();

    /// <summary>
    /// Returns the latest repeat-purchase forecast with <paramref name="count"/> customers from
    /// position <paramref name="offset"/> of the list sorted by risk; fewer at the end of the list.
    /// With <paramref name="maxRecencyDays"/>, the list leaves out the customers silent for longer
    /// before the cutoff, and the metrics still cover every scored customer.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The offset is negative, the count below 1 or the recency limit not above 0.
    /// </exception>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the forecast.</exception>
    [Alias("GetRepeatForecast")]
    Task<RepeatForecastResult> GetRepeatForecastAsync(int offset, int count, double? maxRecencyDays = null);

    /// <summary>Returns the latest influencing factors.</summary>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the factors.</exception>
    [Alias("GetFactors")]
    Task<FactorsResult> GetFactorsAsync();

    /// <summary>Returns the latest stock plan.</summary>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the business actions.</exception>
    [Alias("GetStockPlan")]
    Task<StockPlanResult> GetStockPlanAsync();

    /// <summary>
    /// Returns the latest promotions of every segment, with <paramref name="count"/> customers'
    /// promotions from position <paramref name="offset"/> in customer id order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is negative or the count below 1.</exception>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the business actions.</exception>
    [Alias("GetPromotions")]
    Task<PromotionsResult> GetPromotionsAsync(int offset, int count);

    /// <summary>Returns one customer's latest promotions.</summary>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the business actions.</exception>
    /// <exception cref="UnknownCustomerException">The customer has no promotions list.</exception>
    [Alias("GetCustomerPromotions")]
    Task<CustomerPromotionsResult> GetCustomerPromotionsAsync(string customerId);

    /// <summary>Returns the latest list of customers at risk.</summary>
    /// <exception cref="AnalyticsNotReadyException">No run has computed the business actions.</exception>
    [Alias("GetLoyalty")]
    Task<LoyaltyResult> GetLoyaltyAsync();
}
