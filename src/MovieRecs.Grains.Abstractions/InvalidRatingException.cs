using System.Globalization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>The exception thrown when a rating is not on the half-star scale 0.5-5.0.</summary>
[GenerateSerializer]
[Alias("MovieRecs.InvalidRatingException")]
public sealed class InvalidRatingException : Exception
{
    /// <summary>Creates the exception for a rejected rating of a movie.</summary>
    public InvalidRatingException(int movieId, double rating)
        : base(
            $"Rating {rating.ToString(CultureInfo.InvariantCulture)} for movie {movieId} is invalid: " +
            $"a rating must be {RatingScale.Rule}.")
    {
        MovieId = movieId;
        Rating = rating;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public InvalidRatingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidRatingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public InvalidRatingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The movie id the rating was for.</summary>
    [Id(0)]
    public int MovieId { get; init; }

    /// <summary>The rejected rating.</summary>
    [Id(1)]
    public double Rating { get; init; }
}
