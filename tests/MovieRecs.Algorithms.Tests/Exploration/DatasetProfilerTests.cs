using MovieRecs.Algorithms.Exploration;

namespace MovieRecs.Algorithms.Tests.Exploration;

public sealed class DatasetProfilerTests
{
    private const double Tolerance = 1e-12;

    private readonly DatasetProfile _profile =
        DatasetProfiler.Compute(ProfileRatings.Movies, ProfileRatings.Ratings, densityBins: 2, mostRatedCount: 2);

    [Fact]
    public void Compute_Fixture_KeyNumbers()
    {
        Assert.Equal(3, _profile.Users);
        Assert.Equal(4, _profile.Movies);
        Assert.Equal(3, _profile.RatedMovies);
        Assert.Equal(6, _profile.Ratings);

        // 6 of 3 x 4 cells are filled.
        Assert.Equal(50.0, _profile.SparsityPercent, Tolerance);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(ProfileRatings.MondayMorning), _profile.FirstRating);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(ProfileRatings.SundayMidnight), _profile.LastRating);

        // (4 + 3.5 + 5 + 2 + 4 + 0.5) / 6
        Assert.Equal(19.0 / 6, _profile.MeanRating, Tolerance);
    }

    [Fact]
    public void Compute_Fixture_HistogramHasEveryHalfStar()
    {
        Assert.Equal([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0], _profile.RatingHistogram.Select(bar => bar.Value));
        Assert.Equal([1, 0, 0, 1, 0, 0, 1, 2, 0, 1], _profile.RatingHistogram.Select(bar => bar.Count));
    }

    [Fact]
    public void Compute_Fixture_RankFrequencyCurves()
    {
        // Users 1, 2, 3 have 3, 2, 1 ratings; movies 1, 3, 2 have 3, 2, 1 and movie 4 none.
        Assert.Equal([new(1, 3), new(2, 2), new(3, 1)], _profile.RatingsPerUser);
        Assert.Equal([new(1, 3), new(2, 2), new(3, 1)], _profile.RatingsPerMovie);
    }

    [Fact]
    public void Compute_Fixture_TimeDistributions()
    {
        Assert.Equal([new(2020, 1, 4), new(2020, 2, 0), new(2020, 3, 2)], _profile.RatingsPerMonth);
        Assert.Equal(24, _profile.RatingsByHour.Count);
        Assert.Equal(2, _profile.RatingsByHour[0]);
        Assert.Equal(2, _profile.RatingsByHour[10]);
        Assert.Equal(2, _profile.RatingsByHour[23]);
        Assert.Equal(6, _profile.RatingsByHour.Sum());

        // Monday, Tuesday and Sunday, Monday first.
        Assert.Equal([2, 2, 0, 0, 0, 0, 2], _profile.RatingsByWeekday);
    }

    [Fact]
    public void Compute_Fixture_GenreFigures()
    {
        Assert.Equal(["(no genres listed)", "Comedy", "Drama", "Romance"], _profile.Genres.Select(genre => genre.Genre));
        Assert.Equal([1, 2, 2, 1], _profile.Genres.Select(genre => genre.Movies));
        Assert.Equal([0, 4, 5, 2], _profile.Genres.Select(genre => genre.Ratings));
        Assert.Null(_profile.Genres[0].MeanRating);

        // Comedy: movies 1 and 2, (4 + 2 + 0.5 + 3.5) / 4; Drama: movies 1 and 3, (4 + 2 + 0.5 + 5 + 4) / 5.
        Assert.Equal(2.5, _profile.Genres[1].MeanRating!.Value, Tolerance);
        Assert.Equal(3.1, _profile.Genres[2].MeanRating!.Value, Tolerance);
        Assert.Equal(4.5, _profile.Genres[3].MeanRating!.Value, Tolerance);
    }

    [Fact]
    public void Compute_Fixture_GenreCooccurrence()
    {
        Assert.Equal([1, 0, 0, 0], _profile.GenreCooccurrence[0]);
        Assert.Equal([0, 2, 1, 0], _profile.GenreCooccurrence[1]);
        Assert.Equal([0, 1, 2, 1], _profile.GenreCooccurrence[2]);
        Assert.Equal([0, 0, 1, 1], _profile.GenreCooccurrence[3]);
    }

    [Fact]
    public void Compute_Fixture_DensityGrid()
    {
        // Users by activity: {1, 2}, {3}; movies by popularity: {1, 3}, {2, 4}.
        Assert.Equal(2, _profile.Density.UserBins);
        Assert.Equal(2, _profile.Density.MovieBins);
        Assert.Equal([1.0, 0.25], _profile.Density.Density[0]);
        Assert.Equal([0.5, 0.0], _profile.Density.Density[1]);
    }

    [Fact]
    public void Compute_Fixture_PopularityFigures()
    {
        // The top 1% of 4 movies is one movie: movie 1 with 3 of the 6 ratings.
        Assert.Equal(0.5, _profile.TopMoviesRatingShare, Tolerance);
        Assert.Equal([new(1, "A (2000)", 3), new(3, "C (2002)", 2)], _profile.MostRatedMovies);
    }

    [Fact]
    public void Compute_NoRatings_ReturnsEmptyDistributions()
    {
        DatasetProfile empty = DatasetProfiler.Compute(ProfileRatings.Movies, []);

        Assert.Equal(0, empty.Users);
        Assert.Equal(100.0, empty.SparsityPercent);
        Assert.Null(empty.FirstRating);
        Assert.Empty(empty.RatingsPerUser);
        Assert.Empty(empty.RatingsPerMonth);
        Assert.Equal(0, empty.TopMoviesRatingShare);
        Assert.All(empty.Density.Density.SelectMany(row => row), cell => Assert.Equal(0, cell));
    }

    [Fact]
    public void Compute_ZeroBins_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => DatasetProfiler.Compute(ProfileRatings.Movies, ProfileRatings.Ratings, densityBins: 0));
    }

    [Fact]
    public void RankFrequency_ThousandCounts_SamplesLogSpaced()
    {
        int[] counts = Enumerable.Range(1, 1000).ToArray();

        RankedCount[] curve = DatasetProfiler.RankFrequency(counts);

        Assert.Equal(Enumerable.Range(1, 20), curve.Take(20).Select(point => point.Rank));
        Assert.Equal(new RankedCount(1, 1000), curve[0]);
        Assert.Equal(new RankedCount(1000, 1), curve[^1]);
        Assert.True(curve.Length < 200, $"{curve.Length} points");
        Assert.All(curve.Zip(curve.Skip(1)), pair => Assert.True(pair.First.Rank < pair.Second.Rank));
        Assert.All(curve, point => Assert.Equal(1001 - point.Rank, point.Count));
    }
}
