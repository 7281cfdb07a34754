using MovieRecs.Algorithms.Data.Synthetic;

namespace MovieRecs.Algorithms.Tests.Data.Synthetic;

public sealed class SyntheticDataOptionsTests
{
    [Fact]
    public void ResolvedSizes_Defaults_ScaleWithRatings()
    {
        var options = new SyntheticDataOptions { Ratings = 1_000_000 };

        // 1,000,000 / 165.3 = 6,049.5 users; 10 * sqrt(1,000,000) = 10,000 movies.
        Assert.Equal(6_049, options.ResolvedUsers);
        Assert.Equal(10_000, options.ResolvedMovies);
    }

    [Fact]
    public void ResolvedMovies_SmallData_IsAtLeastThousand()
    {
        var options = new SyntheticDataOptions { Ratings = 5_000 };

        Assert.Equal(1_000, options.ResolvedMovies);
    }

    [Fact]
    public void MaxRatingsPerUser_IsSixteenTimesMean()
    {
        var options = new SyntheticDataOptions { Ratings = 10_000, Users = 100, Movies = 5_000 };

        Assert.Equal(1_600, options.MaxRatingsPerUser);
    }

    [Fact]
    public void MaxRatingsPerUser_FewMovies_IsMovieCount()
    {
        var options = new SyntheticDataOptions { Ratings = 10_000, Users = 100, Movies = 500 };

        Assert.Equal(500, options.MaxRatingsPerUser);
    }

    [Theory]
    [InlineData(0L, null, null, 0, "between 1 and")]
    [InlineData(1_000_000_001L, null, null, 0, "between 1 and")]
    [InlineData(1_000L, 0, null, 0, "user count must be positive")]
    [InlineData(1_000L, null, 19, 0, "at least 20")]
    [InlineData(1_000L, null, null, -1, "must not be negative")]
    [InlineData(1_000L, 51, null, 0, "too few for 51 users")]
    [InlineData(10L, 1, null, 0, "too few for 1 user with")]
    [InlineData(10_000L, 10, 500, 0, "do not fit 10 users")]
    public void Validate_BadSizes_Throws(long ratings, int? users, int? movies, int tags, string message)
    {
        var options = new SyntheticDataOptions { Ratings = ratings, Users = users, Movies = movies, Tags = tags };

        var exception = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExactlyTwentyPerUser_Passes()
    {
        var options = new SyntheticDataOptions { Ratings = 1_000, Users = 50 };

        options.Validate();

        Assert.Equal(50, options.ResolvedUsers);
    }
}
