using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Features;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>What a model is fitted on: the training ratings, the catalogue and its genre features.</summary>
public sealed class TrainingData
{
    /// <summary>Builds the rating matrix over the whole catalogue and the genre matrix.</summary>
    public TrainingData(IReadOnlyList<Rating> ratings, IReadOnlyList<Movie> movies)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(movies);

        Movies = movies;
        RatingList = ratings;
        Ratings = RatingMatrix.Build(ratings, movies.Select(movie => movie.MovieId));
        Genres = GenreMatrix.Build(movies, Ratings.Items);
    }

    /// <summary>The catalogue.</summary>
    public IReadOnlyList<Movie> Movies { get; }

    /// <summary>The training ratings as given, with their timestamps.</summary>
    public IReadOnlyList<Rating> RatingList { get; }

    /// <summary>The training ratings as a sparse matrix.</summary>
    public RatingMatrix Ratings { get; }

    /// <summary>The genre one-hot features, aligned with the matrix's items.</summary>
    public GenreMatrix Genres { get; }

    /// <summary>Creates training data from a whole data set.</summary>
    public static TrainingData FromDataset(MovieLensDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new TrainingData(dataset.Ratings, dataset.Movies);
    }
}
