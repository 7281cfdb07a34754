using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Gateway.Analytics;

/// <summary>
/// The customer analytics routes under /api/analytics, read from the analytics grain, and the admin
/// route that starts a run. A result that no run has computed gets a 404, or a 409 while the first
/// run that computes it is in progress (see the exception handler).
/// </summary>
internal static class AnalyticsEndpoints
{
    /// <summary>The level value of the aggregate demand series.</summary>
    public const string AggregateLevel = "aggregate";

    /// <summary>The level value of the genre demand series.</summary>
    public const string GenreLevel = "genre";

    /// <summary>The customers per page when the request names no page size.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page size a request may ask for.</summary>
    public const int MaxPageSize = 500;

    private const int MaxPage = 1_000_000;
    private const int MaxCustomerIdLength = 100;

    // Matches the loyalty list's default: a customer silent for longer is lost rather than at risk.
    private const int DefaultMaxRecencyDays = 365;

    private const int MaxRecencyDaysLimit = 36_500;

    /// <summary>
    /// Maps GET /api/analytics/status, /segments, /forecast/demand, /forecast/repeat, /factors,
    /// /stock-plan, /promotions, /promotions/{customerId} and /loyalty.
    /// </summary>
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder analytics = app.MapGroup("/api/analytics")
            .WithTags("Analytics")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        analytics.MapGet("/status", GetStatusAsync)
            .WithName("GetAnalyticsStatus")
            .WithSummary("Returns the last analytics run, the last completed run and the refresh schedule.");
        analytics.MapGet("/segments", GetSegmentsAsync)
            .WithName("GetSegments")
            .WithSummary(
                "Returns the customer segments with profiles, silhouette by k, stability and projection points.")
            .ProducesNotReady();
        analytics.MapGet("/forecast/demand", GetDemandAsync)
            .WithName("GetDemandForecast")
            .WithSummary(
                "Returns the weekly demand forecast of the aggregate or of every genre, with backtest metrics.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesNotReady();
        analytics.MapGet("/forecast/repeat", GetRepeatAsync)
            .WithName("GetRepeatForecast")
            .WithSummary("Returns the repeat-purchase metrics and one page of the customers sorted by risk.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesNotReady();
        analytics.MapGet("/factors", GetFactorsAsync)
            .WithName("GetFactors")
            .WithSummary(
                "Returns the influencing factors with effect sizes and intervals, and the genre lift per segment.")
            .ProducesNotReady();
        analytics.MapGet("/stock-plan", GetStockPlanAsync)
            .WithName("GetStockPlan")
            .WithSummary("Returns the per-product stock plan as JSON, or as CSV with Accept: text/csv or format=csv.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesNotReady();
        analytics.MapGet("/promotions", GetPromotionsAsync)
            .WithName("GetPromotions")
            .WithSummary("Returns every segment's promotions and one page of the customers', or all of them as CSV.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesNotReady();
        analytics.MapGet("/promotions/{customerId}", GetCustomerPromotionsAsync)
            .WithName("GetCustomerPromotions")
            .WithSummary("Returns one customer's promotions.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesNotReady();
        analytics.MapGet("/loyalty", GetLoyaltyAsync)
            .WithName("GetLoyalty")
            .WithSummary("Returns the valuable customers at risk with their re-engagement actions.")
            .ProducesNotReady();
        return app;
    }

    /// <summary>Maps POST /analytics/refresh on the admin group.</summary>
    public static RouteGroupBuilder MapAnalyticsRefresh(this RouteGroupBuilder admin)
    {
        admin.MapPost("/analytics/refresh", RefreshAsync)
            .WithName("RefreshAnalytics")
            .WithSummary("Starts an analytics run in the background unless one is running, and returns the status.");
        return admin;
    }

    private static async Task<Accepted<AnalyticsStatus>> RefreshAsync(IGrainFactory grainFactory) =>
        TypedResults.Accepted("/api/analytics/status", await Analytics(grainFactory).RefreshAsync());

    private static async Task<Ok<AnalyticsStatus>> GetStatusAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await Analytics(grainFactory).GetStatusAsync());

    private static async Task<Ok<SegmentsResult>> GetSegmentsAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await Analytics(grainFactory).GetSegmentsAsync());

    private static async Task<Results<Ok<DemandForecastResponse>, ValidationProblem>> GetDemandAsync(
        string? level,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        bool genres = ParseLevel(level, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        DemandForecastResult forecast = await Analytics(grainFactory).GetDemandForecastAsync();
        return TypedResults.Ok(DemandForecastResponse.From(forecast, genres));
    }

    /// <summary>
    /// Returns the repeat forecast with one page of the customers sorted by risk. The list leaves out
    /// customers silent for more than maxRecencyDays (default 365) before the cutoff, who are lost
    /// rather than at risk; maxRecencyDays=0 lists every scored customer.
    /// </summary>
    private static async Task<Results<Ok<RepeatForecastResult>, ValidationProblem>> GetRepeatAsync(
        string? page,
        string? pageSize,
        string? maxRecencyDays,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        (int offset, int count) = ParsePage(page, pageSize, errors);
        int recencyLimit = ParseInteger(maxRecencyDays, "maxRecencyDays", DefaultMaxRecencyDays, 0, MaxRecencyDaysLimit, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        double? limit = recencyLimit == 0 ? null : recencyLimit;
        return TypedResults.Ok(await Analytics(grainFactory).GetRepeatForecastAsync(offset, count, limit));
    }

    private static async Task<Ok<FactorsResult>> GetFactorsAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await Analytics(grainFactory).GetFactorsAsync());

    private static async Task<Results<Ok<StockPlanResult>, ContentHttpResult, ValidationProblem>> GetStockPlanAsync(
        string? format,
        HttpContext context,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        bool csv = ParseFormat(format, context.Request, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        StockPlanResult plan = await Analytics(grainFactory).GetStockPlanAsync();
        if (!csv)
        {
            return TypedResults.Ok(plan);
        }

        SetAttachment(context.Response, "stock-plan.csv");
        return TypedResults.Text(AnalyticsCsv.StockPlan(plan), AnalyticsCsv.ContentType);
    }

    /// <summary>
    /// Returns one page of the customers' promotions as JSON, or every customer's and segment's
    /// promotions as CSV, where paging does not apply.
    /// </summary>
    private static async Task<Results<Ok<PromotionsResult>, ContentHttpResult, ValidationProblem>> GetPromotionsAsync(
        string? format,
        string? page,
        string? pageSize,
        HttpContext context,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        bool csv = ParseFormat(format, context.Request, errors);
        (int offset, int count) = ParsePage(page, pageSize, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        IAnalyticsGrain analytics = Analytics(grainFactory);
        if (!csv)
        {
            return TypedResults.Ok(await analytics.GetPromotionsAsync(offset, count));
        }

        PromotionsResult all = await analytics.GetPromotionsAsync(0, int.MaxValue);
        SetAttachment(context.Response, "promotions.csv");
        return TypedResults.Text(AnalyticsCsv.Promotions(all), AnalyticsCsv.ContentType);
    }

    private static async Task<Results<Ok<CustomerPromotionsResult>, ValidationProblem>> GetCustomerPromotionsAsync(
        string customerId,
        IGrainFactory grainFactory)
    {
        if (string.IsNullOrWhiteSpace(customerId) || customerId.Length > MaxCustomerIdLength)
        {
            var errors = new Dictionary<string, string[]>
            {
                ["customerId"] =
                [
                    $"The customer id '{customerId}' is invalid: it must be 1 to {MaxCustomerIdLength} characters, " +
                    "such as a MovieLens user id.",
                ],
            };
            return RequestValidation.Problem(errors);
        }

        return TypedResults.Ok(await Analytics(grainFactory).GetCustomerPromotionsAsync(customerId));
    }

    private static async Task<Ok<LoyaltyResult>> GetLoyaltyAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await Analytics(grainFactory).GetLoyaltyAsync());

    /// <summary>Parses the demand level, aggregate when absent; returns whether it is the genre level.</summary>
    private static bool ParseLevel(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null || string.Equals(value, AggregateLevel, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The command line calls the level "genre" or "category"; both name the same series.
        if (string.Equals(value, GenreLevel, StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "category", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        errors["level"] = [$"The level '{value}' is invalid: it must be {AggregateLevel} or {GenreLevel}."];
        return false;
    }

    /// <summary>
    /// Parses page (from 1) and pageSize (1 to <see cref="MaxPageSize"/>) into an offset and a count.
    /// </summary>
    private static (int Offset, int Count) ParsePage(
        string? page,
        string? pageSize,
        Dictionary<string, string[]> errors)
    {
        int pageNumber = ParseInteger(page, "page", 1, 1, MaxPage, errors);
        int size = ParseInteger(pageSize, "pageSize", DefaultPageSize, 1, MaxPageSize, errors);
        return ((pageNumber - 1) * size, size);
    }

    private static int ParseInteger(
        string? value,
        string parameter,
        int defaultValue,
        int min,
        int max,
        Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return defaultValue;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            && number >= min
            && number <= max)
        {
            return number;
        }

        errors[parameter] = [$"The {parameter} '{value}' is invalid: it must be an integer from {min} to {max}."];
        return defaultValue;
    }

    /// <summary>
    /// Returns whether the response is CSV: format=csv, or no format and an Accept header that
    /// names text/csv. format=json selects JSON whatever the Accept header contains.
    /// </summary>
    private static bool ParseFormat(string? format, HttpRequest request, Dictionary<string, string[]> errors)
    {
        if (format is null)
        {
            IList<MediaTypeHeaderValue> accepted = request.GetTypedHeaders().Accept;
            return accepted.Any(media => media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        }

        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            errors["format"] = [$"The format '{format}' is invalid: it must be json or csv."];
        }

        return false;
    }

    private static void SetAttachment(HttpResponse response, string fileName) =>
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";

    private static RouteHandlerBuilder ProducesNotReady(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static IAnalyticsGrain Analytics(IGrainFactory grainFactory) =>
        grainFactory.GetGrain<IAnalyticsGrain>(AnalyticsKeys.Default);
}
