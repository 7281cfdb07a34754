using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Features;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// What a model is fitted on: the training ratings, the catalogue, its genre features and the tags
/// that may serve as movie metadata.
/// </summary>
public sealed class TrainingData
{
    /// <summary>
    /// Builds the rating matrix over the whole catalogue and the genre matrix, and keeps the tags
    /// whose (user, movie) pair has a training rating.
    /// </summary>
    /// <remarks>
    /// A user's tag on a movie they rated in the test part would reveal that held-out rating, so a
    /// tag without a training rating of the same pair is dropped here, before any model is fitted.
    /// </remarks>
    public TrainingData(IReadOnlyList<Rating> ratings, IReadOnlyList<Movie> movies, IReadOnlyList<MovieTag>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(movies);

        Movies = movies;
        RatingList = ratings;
        Ratings = RatingMatrix.Build(ratings, movies.Select(movie => movie.MovieId));
        Genres = GenreMatrix.Build(movies, Ratings.Items);
        Tags = tags is null ? [] : KeepRatedTags(ratings, tags);
    }

    /// <summary>The catalogue.</summary>
    public IReadOnlyList<Movie> Movies { get; }

    /// <summary>The training ratings as given, with their timestamps.</summary>
    public IReadOnlyList<Rating> RatingList { get; }

    /// <summary>The training ratings as a sparse matrix.</summary>
    public RatingMatrix Ratings { get; }

    /// <summary>The genre one-hot features, aligned with the matrix's items.</summary>
    public GenreMatrix Genres { get; }

    /// <summary>
    /// The tags given whose (user, movie) pair has a training rating, in their given order; empty
    /// when no tags were given.
    /// </summary>
    public IReadOnlyList<MovieTag> Tags { get; }

    /// <summary>Creates training data from a whole data set, tags included.</summary>
    public static TrainingData FromDataset(MovieLensDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new TrainingData(dataset.Ratings, dataset.Movies, dataset.Tags);
    }

    private static MovieTag[] KeepRatedTags(IReadOnlyList<Rating> ratings, IReadOnlyList<MovieTag> tags)
    {
        var rated = new HashSet<(int UserId, int MovieId)>(ratings.Count);
        foreach (Rating rating in ratings)
        {
            rated.Add((rating.UserId, rating.MovieId));
        }

        return tags.Where(tag => rated.Contains((tag.UserId, tag.MovieId))).ToArray();
    }
}
