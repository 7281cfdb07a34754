using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Features;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Tests.Recommenders;

namespace MovieRecs.Algorithms.Tests.Features;

public class ContentFeaturesTests
{
    private static readonly Movie[] Movies =
    [
        new(1, "One (1999)", 1999, ["Comedy", "Drama"]),
        new(2, "Two (1990)", 1990, ["Comedy"]),
        new(3, "Three", null, ["Drama"]),
    ];

    private static readonly Rating[] Ratings =
    [
        new(1, 1, 4.0, 1), new(2, 1, 3.0, 2), new(1, 2, 5.0, 3), new(3, 3, 2.0, 4),
    ];

    // funny: movie 1 by users 1 and 2, movie 2 by user 1; dark comedy: movie 1 by user 1, movie 3 by user 3.
    private static readonly MovieTag[] Tags =
    [
        new(1, 1, "funny", 1), new(2, 1, "funny", 2), new(1, 1, "dark comedy", 3),
        new(1, 2, "funny", 4), new(3, 3, "dark comedy", 5),
    ];

    [Fact]
    public void Build_BlockWeights_ScaleEachBlock()
    {
        var data = new TrainingData(Ratings, Movies, Tags);
        var options = new ContentFeatureOptions { GenreWeight = 1, TagWeight = 2, YearWeight = 0, SublinearTagFrequency = false };

        ContentFeatures features = ContentFeatures.Build(data, options);

        // Movie 1: genre block (1, 1) / sqrt 2; tag block (funny 2 ln 1.5, dark comedy ln 1.5),
        // which is (2, 1) / sqrt 5 at unit norm, times 2. The squared norms are 1 and 4, so the row
        // is divided by sqrt 5: Comedy 1 / sqrt 10, funny 4 / 5, dark comedy 2 / 5.
        Assert.Equal(1 / Math.Sqrt(10), Value(features, 1, ContentFeatureBlock.Genre, "Comedy"), 12);
        Assert.Equal(0.8, Value(features, 1, ContentFeatureBlock.Tag, "funny"), 12);
        Assert.Equal(0.4, Value(features, 1, ContentFeatureBlock.Tag, "dark comedy"), 12);
    }

    [Fact]
    public void Build_SmoothDecade_SplitsYearBetweenCentres()
    {
        var data = new TrainingData(Ratings, Movies, Tags);
        var options = new ContentFeatureOptions { GenreWeight = 0, TagWeight = 0, YearWeight = 1 };

        ContentFeatures features = ContentFeatures.Build(data, options);

        // 1999 lies 0.45 of the way from the 1990s centre (1994.5) to the 2000s centre (2004.5).
        double norm = Math.Sqrt((0.55 * 0.55) + (0.45 * 0.45));
        Assert.Equal(0.55 / norm, Value(features, 1, ContentFeatureBlock.ReleaseYear, "1990s"), 12);
        Assert.Equal(0.45 / norm, Value(features, 1, ContentFeatureBlock.ReleaseYear, "2000s"), 12);

        // 1990 is 0.45 of the way from the 1980s centre to the 1990s one.
        double norm1990 = Math.Sqrt((0.45 * 0.45) + (0.55 * 0.55));
        Assert.Equal(0.45 / norm1990, Value(features, 2, ContentFeatureBlock.ReleaseYear, "1980s"), 12);
    }

    [Fact]
    public void Build_Decade_IsOneHot()
    {
        var data = new TrainingData(Ratings, Movies, Tags);
        var options = new ContentFeatureOptions { GenreWeight = 0, TagWeight = 0, YearEncoding = ReleaseYearEncoding.Decade };

        ContentFeatures features = ContentFeatures.Build(data, options);

        Assert.Equal(1.0, Value(features, 1, ContentFeatureBlock.ReleaseYear, "1990s"), 12);
        Assert.Empty(RowOf(features, 3));
    }

    [Fact]
    public void Build_EveryRow_HasUnitNorm()
    {
        var data = new TrainingData(Ratings, Movies, Tags);

        ContentFeatures features = ContentFeatures.Build(data);

        foreach (Movie movie in Movies)
        {
            double squared = RowOf(features, movie.MovieId).Values.Sum(value => value * value);
            Assert.Equal(1.0, squared, 12);
        }
    }

    [Fact]
    public void Build_TagOfUnratedPair_IsNotAColumn()
    {
        // User 3 tagged movie 1 "overrated" but rated movie 3 only, as when the rating is held out.
        MovieTag[] tags = [.. Tags, new(3, 1, "overrated", 6), new(1, 2, "overrated", 7)];
        var data = new TrainingData(Ratings, Movies, tags);

        ContentFeatures features = ContentFeatures.Build(data, new ContentFeatureOptions { MinTagMovies = 1 });

        Assert.DoesNotContain(features.Columns, column => column.Label == "overrated" && RowOf(features, 1).ContainsKey(column));
        Assert.Contains(features.Columns, column => column.Label == "overrated");
    }

    [Fact]
    public void Build_NegativeWeight_Throws()
    {
        var data = new TrainingData(Ratings, Movies, Tags);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => ContentFeatures.Build(data, new ContentFeatureOptions { TagWeight = -1 }));

        Assert.Contains("TagWeight", exception.Message, StringComparison.Ordinal);
        Assert.Contains("-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SmallRatings_KeepsGenreColumnsInOrdinalOrder()
    {
        ContentFeatures features = ContentFeatures.Build(SmallRatings.Training());

        string[] genres = features.Columns
            .Where(column => column.Block == ContentFeatureBlock.Genre)
            .Select(column => column.Label)
            .ToArray();
        Assert.Equal(["(no genres listed)", "Action", "Comedy", "Drama"], genres);
    }

    private static Dictionary<ContentFeatureColumn, double> RowOf(ContentFeatures features, int movieId)
    {
        int row = movieId - 1;
        ReadOnlySpan<int> columns = features.Matrix.RowIndices(row);
        ReadOnlySpan<double> values = features.Matrix.RowValues(row);
        var result = new Dictionary<ContentFeatureColumn, double>();
        for (int position = 0; position < columns.Length; position++)
        {
            result[features.Columns[columns[position]]] = values[position];
        }

        return result;
    }

    private static double Value(ContentFeatures features, int movieId, ContentFeatureBlock block, string label) =>
        RowOf(features, movieId).GetValueOrDefault(new ContentFeatureColumn(block, label));
}
