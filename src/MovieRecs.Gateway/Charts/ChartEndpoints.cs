using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Charts;
using MovieRecs.Gateway.Endpoints;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Charts;

/// <summary>
/// The chart routes: the list of charts, and each chart drawn as SVG or PNG in the gateway from
/// data the silos compute.
/// </summary>
internal static class ChartEndpoints
{
    /// <summary>The neighbors the movie similarity heatmap shows beside the chosen movie.</summary>
    public const int MovieNeighbors = 10;

    /// <summary>The most rated movies the popular similarity heatmap shows.</summary>
    public const int PopularMovies = 15;

    private const string ChartPrefix = "/api/charts/";

    /// <summary>
    /// Maps GET /api/charts and GET
    /// /api/charts/{id}.{svg|png}?width=&amp;height=&amp;movieId=&amp;metric=&amp;series=&amp;model=.
    /// </summary>
    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder charts = app.MapGroup("/api/charts")
            .WithTags("Charts")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        charts.MapGet("/", ListCharts)
            .WithName("ListCharts")
            .WithSummary("Lists every chart with its title, section and SVG URL.");
        charts.MapGet("/{id}.{format}", GetChartAsync)
            .WithName("GetChart")
            .WithSummary("Draws a chart as SVG or PNG.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Ok<ChartListItem[]> ListCharts() =>
        TypedResults.Ok(ChartCatalog.All
            .Select(chart => new ChartListItem(
                chart.Id,
                chart.Title,
                chart.Section.ToString().ToLowerInvariant(),
                $"{ChartPrefix}{chart.Id}.svg"))
            .ToArray());

    /// <summary>
    /// Draws the chart. Invalid query values get a 400 that names them, an unknown chart or movie
    /// a 404, and a model chart before any evaluation has finished a 404 that explains it. An
    /// analytics chart before a run has computed its data gets a 404, or a 409 while the first
    /// run computes it. Its series (demand forecast) and model (factor effects) are checked
    /// against the run's results.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetChartAsync(
        string id,
        string format,
        string? width,
        string? height,
        string? movieId,
        string? metric,
        string? series,
        string? model,
        IGrainFactory grainFactory,
        ProfileCache profiles,
        CancellationToken cancellationToken)
    {
        ChartDefinition? chart = ChartCatalog.Find(id);
        if (chart is null)
        {
            return TypedResults.Problem(
                detail: $"Chart '{id}' not found. Known charts: {string.Join(", ", ChartCatalog.All.Select(known => known.Id))}.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Chart not found");
        }

        var errors = new Dictionary<string, string[]>();
        ChartFormat chartFormat = ParseFormat(format, errors);
        int pixelWidth = ParseSize(width, "width", ChartSize.DefaultWidth, ChartSize.MinWidth, ChartSize.MaxWidth, errors);
        int pixelHeight = ParseSize(height, "height", ChartSize.DefaultHeight, ChartSize.MinHeight, ChartSize.MaxHeight, errors);
        ItemSimilarityMetric similarity = RequestValidation.ParseMetric(metric, errors);
        int movie = chart.Input == ChartInput.MovieSimilarity ? ParseMovieId(movieId, errors) : 0;
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        Chart? drawn = chart.Input switch
        {
            ChartInput.DatasetProfile => ChartFactory.CreateProfileChart(
                chart.Id,
                await profiles.GetAsync(cancellationToken)),
            ChartInput.ModelScores => await DrawModelChartAsync(chart.Id, grainFactory),
            ChartInput.MovieSimilarity => await DrawMovieSimilarityAsync(movie, similarity, grainFactory),
            ChartInput.PopularSimilarity =>
                await DrawPopularSimilarityAsync(similarity, grainFactory, profiles, cancellationToken),
            _ => await AnalyticsChartDrawer.DrawAsync(chart, series, model, grainFactory),
        };
        if (drawn is null)
        {
            return EvaluationEndpoints.NoEvaluationProblem();
        }

        using (drawn)
        {
            byte[] bytes = drawn.Render(chartFormat, pixelWidth, pixelHeight);
            return TypedResults.File(bytes, Chart.ContentType(chartFormat));
        }
    }

    /// <summary>Draws a model chart from the latest evaluation; null when none has finished.</summary>
    private static async Task<Chart?> DrawModelChartAsync(string id, IGrainFactory grainFactory)
    {
        EvaluationReport? report = await grainFactory
            .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
            .GetLatestEvaluationAsync();
        if (report is null)
        {
            return null;
        }

        return ChartFactory.CreateModelChart(id, report.Results.Select(ChartConversions.ToScores).ToArray());
    }

    /// <summary>
    /// Draws the heatmap of a movie and its strongest neighbors from the item grain's list, the
    /// list GET /api/movies/{movieId}/similar returns.
    /// </summary>
    private static async Task<Chart> DrawMovieSimilarityAsync(
        int movieId,
        ItemSimilarityMetric metric,
        IGrainFactory grainFactory)
    {
        SimilarMovieList similar = await grainFactory.GetGrain<IItemGrain>(movieId).GetSimilarAsync(MovieNeighbors, metric);
        int[] movies = [movieId, .. similar.Items.Select(item => item.MovieId)];
        MovieSimilarityResult result = await grainFactory
            .GetGrain<IDataProfileGrain>(0)
            .GetSimilarityMatrixAsync(movies, metric);
        string title = $"{MetricTitle(metric)} similarity: {similar.Title} and its top {similar.Items.Count} neighbors";
        return ChartFactory.CreateSimilarityChart(ChartIds.MovieSimilarity, ChartConversions.ToMatrix(result), title);
    }

    private static async Task<Chart> DrawPopularSimilarityAsync(
        ItemSimilarityMetric metric,
        IGrainFactory grainFactory,
        ProfileCache profiles,
        CancellationToken cancellationToken)
    {
        DatasetProfile profile = await profiles.GetAsync(cancellationToken);
        int[] movies = profile.MostRatedMovies.Take(PopularMovies).Select(movie => movie.MovieId).ToArray();
        MovieSimilarityResult result = await grainFactory
            .GetGrain<IDataProfileGrain>(0)
            .GetSimilarityMatrixAsync(movies, metric);
        string title = $"{MetricTitle(metric)} similarity of the {movies.Length} most rated movies";
        return ChartFactory.CreateSimilarityChart(ChartIds.PopularSimilarity, ChartConversions.ToMatrix(result), title);
    }

    private static string MetricTitle(ItemSimilarityMetric metric) =>
        metric == ItemSimilarityMetric.Pearson ? "Pearson" : "Cosine";

    private static ChartFormat ParseFormat(string value, Dictionary<string, string[]> errors)
    {
        if (string.Equals(value, "svg", StringComparison.OrdinalIgnoreCase))
        {
            return ChartFormat.Svg;
        }

        if (string.Equals(value, "png", StringComparison.OrdinalIgnoreCase))
        {
            return ChartFormat.Png;
        }

        errors["format"] = [$"The chart format '{value}' is invalid: it must be svg or png."];
        return default;
    }

    private static int ParseSize(
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

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int size) && size >= min && size <= max)
        {
            return size;
        }

        errors[parameter] = [$"The {parameter} '{value}' is invalid: it must be an integer from {min} to {max} pixels."];
        return 0;
    }

    private static int ParseMovieId(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            errors["movieId"] =
                [$"The movieId is missing: the {ChartIds.MovieSimilarity} chart needs the id of a movie, such as movieId=1."];
            return 0;
        }

        return RequestValidation.ParseId("movieId", "movie id", value, errors);
    }
}
