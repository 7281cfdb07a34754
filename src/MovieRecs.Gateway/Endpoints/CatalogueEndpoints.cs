using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The catalogue routes: title search, the most rated movies and the genres.</summary>
internal static class CatalogueEndpoints
{
    /// <summary>The longest search text accepted, in characters.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>The largest number of genres one request may name.</summary>
    public const int MaxGenres = 20;

    /// <summary>
    /// Maps GET /api/movies?search=TEXT&amp;n=20, GET /api/movies/popular?n=20&amp;genre=Comedy and
    /// GET /api/genres.
    /// </summary>
    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder movies = app.MapGroup("/api/movies")
            .WithTags("Movies")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        movies.MapGet("/", SearchAsync)
            .WithName("SearchMovies")
            .WithSummary("Returns the movies whose title contains every word of the search text.");
        movies.MapGet("/popular", GetPopularAsync)
            .WithName("GetPopularMovies")
            .WithSummary("Returns the most rated movies, optionally only those of some genres.");
        app.MapGet("/api/genres", GetGenresAsync)
            .WithTags("Movies")
            .WithName("GetGenres")
            .WithSummary("Returns the catalogue's genres with their movie and rating counts.")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<MovieInfo>>, ValidationProblem>> SearchAsync(
        string? search,
        string? n,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int count = RequestValidation.ParseCount(n, errors);
        if (string.IsNullOrWhiteSpace(search))
        {
            errors[nameof(search)] = ["The search text is missing: add ?search=TEXT with a few letters of a title."];
        }
        else if (search.Length > MaxSearchLength)
        {
            errors[nameof(search)] =
                [$"The search text is {search.Length} characters long, over the limit of {MaxSearchLength}."];
        }

        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        ICatalogueGrain catalogue = grainFactory.GetGrain<ICatalogueGrain>(CatalogueKeys.Default);
        return TypedResults.Ok(await catalogue.SearchMoviesAsync(search!, count));
    }

    /// <summary>
    /// Returns the most rated movies of the genres; the grain raises the 400 for a genre the
    /// catalogue does not have.
    /// </summary>
    private static async Task<Results<Ok<IReadOnlyList<MovieInfo>>, ValidationProblem>> GetPopularAsync(
        string? n,
        string[]? genre,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int count = RequestValidation.ParseCount(n, errors);
        string[] genres = genre ?? [];
        if (genres.Length > MaxGenres)
        {
            errors[nameof(genre)] = [$"The request names {genres.Length} genres, over the limit of {MaxGenres}."];
        }

        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        ICatalogueGrain catalogue = grainFactory.GetGrain<ICatalogueGrain>(CatalogueKeys.Default);
        return TypedResults.Ok(await catalogue.GetPopularMoviesAsync(genres, count));
    }

    private static async Task<Ok<IReadOnlyList<GenreSummary>>> GetGenresAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await grainFactory.GetGrain<ICatalogueGrain>(CatalogueKeys.Default).GetGenresAsync());
}
