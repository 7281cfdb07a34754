using System.Globalization;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Storage;

/// <summary>Converts ratings on the 0.5-5.0 half-star grid to the stored integer and back.</summary>
internal static class HalfStars
{
    /// <summary>Returns the rating in half stars, 1 to 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a multiple of 0.5 in 0.5-5.0.</exception>
    public static short FromRating(Rating rating)
    {
        double halfStars = rating.Value * 2;
        if (double.IsNaN(halfStars) || halfStars < 1 || halfStars > 10 || halfStars != Math.Floor(halfStars))
        {
            throw new ArgumentOutOfRangeException(
                nameof(rating),
                rating.Value,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Rating {0} of user {1} for movie {2} is not on the half-star grid; send a multiple of 0.5 from 0.5 to 5.0.",
                    rating.Value,
                    rating.UserId,
                    rating.MovieId));
        }

        return (short)halfStars;
    }

    /// <summary>Returns the rating value of a stored half-star count.</summary>
    public static double ToRating(int halfStars) => halfStars / 2.0;
}
