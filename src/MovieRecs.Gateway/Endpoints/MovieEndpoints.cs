using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The routes of a movie: its catalogue data and its most similar movies.</summary>
internal static class MovieEndpoints
{
    /// <summary>
    /// Maps GET /api/movies/{movieId} and GET /api/movies/{movieId}/similar?n=10&amp;metric=cosine.
    /// </summary>
    public static IEndpointRouteBuilder MapMovieEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder movies = app.MapGroup("/api/movies")
            .WithTags("Movies")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        movies.MapGet("/{movieId}", GetMovieAsync)
            .WithName("GetMovie")
            .WithSummary("Returns a movie's catalogue data and rating statistics.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        movies.MapGet("/{movieId}/similar", GetSimilarAsync)
            .WithName("GetSimilarMovies")
            .WithSummary("Returns the movies most similar to a movie, strongest first.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>Returns the movie; an unknown one is a 404 raised by the grain.</summary>
    private static async Task<Results<Ok<MovieInfo>, ValidationProblem>> GetMovieAsync(
        string movieId,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(movieId), "movie id", movieId, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        return TypedResults.Ok(await grainFactory.GetGrain<IItemGrain>(id).GetMovieAsync());
    }

    /// <summary>
    /// Returns the similar movies. The grain raises the 404 for an unknown movie and the 503 for a
    /// metric whose similarity is still being built.
    /// </summary>
    private static async Task<Results<Ok<SimilarMovieList>, ValidationProblem>> GetSimilarAsync(
        string movieId,
        string? n,
        string? metric,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(movieId), "movie id", movieId, errors);
        int count = RequestValidation.ParseCount(n, errors);
        ItemSimilarityMetric similarity = RequestValidation.ParseMetric(metric, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        return TypedResults.Ok(await grainFactory.GetGrain<IItemGrain>(id).GetSimilarAsync(count, similarity));
    }
}
