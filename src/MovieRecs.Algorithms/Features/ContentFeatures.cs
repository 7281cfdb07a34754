using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Features;

/// <summary>
/// The content feature vector of every movie: genre one-hot, tag TF-IDF and release decade, each
/// block scaled to its weight, with one unit-norm row per item in the rating matrix's item order.
/// </summary>
/// <remarks>
/// Columns are the genres in ordinal order, then the tags in ordinal order, then the decades in
/// ascending order. A block of weight 0 has no columns. Only the tags of <see cref="TrainingData.Tags"/> are used, which are those whose
/// (user, movie) pair has a training rating. A movie with no feature at all gets an empty row.
/// </remarks>
public sealed class ContentFeatures
{
    private const int DecadeLength = 10;

    // A decade's centre lies 4.5 years after its start: 1994.5 for the 1990s.
    private const double DecadeCentreOffset = 4.5;

    private ContentFeatures(IReadOnlyList<ContentFeatureColumn> columns, CsrMatrix matrix, ContentFeatureOptions options)
    {
        Columns = columns;
        Matrix = matrix;
        Options = options;
    }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<ContentFeatureColumn> Columns { get; }

    /// <summary>The feature matrix, items x columns; every non-empty row has unit L2 norm.</summary>
    public CsrMatrix Matrix { get; }

    /// <summary>The options the features were built with.</summary>
    public ContentFeatureOptions Options { get; }

    /// <summary>Builds the features of the catalogue of some training data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public static ContentFeatures Build(TrainingData data, ContentFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new ContentFeatureOptions();
        options.Validate();

        IdIndexMap items = data.Ratings.Items;
        var columns = new List<ContentFeatureColumn>();
        var blocks = new List<Dictionary<int, Dictionary<int, double>>>();

        double[] weights = [options.GenreWeight, options.TagWeight, options.YearWeight];

        // A block of weight 0 gets no columns at all.
        blocks.Add(options.GenreWeight > 0 ? GenreBlock(data.Movies, items, columns) : []);
        blocks.Add(options.TagWeight > 0 ? TagBlock(data, options, columns) : []);
        blocks.Add(options.YearWeight > 0 ? YearBlock(data.Movies, items, options.YearEncoding, columns) : []);

        var entries = new List<(int Row, int Column, double Value)>();
        var row = new List<(int Column, double Value)>();
        for (int item = 0; item < items.Count; item++)
        {
            row.Clear();
            for (int block = 0; block < blocks.Count; block++)
            {
                if (!blocks[block].TryGetValue(item, out Dictionary<int, double>? values))
                {
                    continue;
                }

                double norm = Math.Sqrt(values.Values.Sum(value => value * value));
                if (norm == 0)
                {
                    continue;
                }

                foreach ((int column, double value) in values)
                {
                    row.Add((column, weights[block] * value / norm));
                }
            }

            double rowNorm = Math.Sqrt(row.Sum(entry => entry.Value * entry.Value));
            foreach ((int column, double value) in row)
            {
                entries.Add((item, column, value / rowNorm));
            }
        }

        return new ContentFeatures(columns, CsrMatrix.FromEntries(items.Count, columns.Count, entries), options);
    }

    /// <summary>Returns the label of the decade that starts in a year, such as "1990s" for 1990.</summary>
    public static string DecadeLabel(int decadeStart) =>
        string.Create(CultureInfo.InvariantCulture, $"{decadeStart}s");

    private static Dictionary<int, Dictionary<int, double>> GenreBlock(
        IReadOnlyList<Movie> movies,
        IdIndexMap items,
        List<ContentFeatureColumn> columns)
    {
        string[] genres = movies
            .SelectMany(movie => movie.Genres)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string genre in genres)
        {
            column[genre] = columns.Count;
            columns.Add(new ContentFeatureColumn(ContentFeatureBlock.Genre, genre));
        }

        var block = new Dictionary<int, Dictionary<int, double>>();
        foreach (Movie movie in movies)
        {
            if (!items.TryGetIndex(movie.MovieId, out int item))
            {
                continue;
            }

            var values = new Dictionary<int, double>();
            foreach (string genre in movie.Genres)
            {
                values[column[genre]] = 1.0;
            }

            block[item] = values;
        }

        return block;
    }

    private static Dictionary<int, Dictionary<int, double>> TagBlock(
        TrainingData data,
        ContentFeatureOptions options,
        List<ContentFeatureColumn> columns)
    {
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, double>> weights = TagTfIdf.Compute(
            data.Tags,
            data.Ratings.Items.Count,
            options.SublinearTagFrequency,
            options.MinTagMovies);
        return Block(data.Ratings.Items, weights, ContentFeatureBlock.Tag, columns);
    }

    private static Dictionary<int, Dictionary<int, double>> YearBlock(
        IReadOnlyList<Movie> movies,
        IdIndexMap items,
        ReleaseYearEncoding encoding,
        List<ContentFeatureColumn> columns)
    {
        var weights = new Dictionary<int, IReadOnlyDictionary<string, double>>();
        foreach (Movie movie in movies)
        {
            if (movie.Year is not int year)
            {
                continue;
            }

            var decades = new Dictionary<string, double>(StringComparer.Ordinal);
            if (encoding == ReleaseYearEncoding.Decade)
            {
                decades[DecadeLabel(DecadeStart(year))] = 1.0;
            }
            else
            {
                // Position in decades from the 1990s centre's frame: the whole part picks the lower
                // centre, the fraction the share that goes to the next one.
                double position = (year - DecadeCentreOffset) / DecadeLength;
                int lower = (int)Math.Floor(position);
                double upperShare = position - lower;
                decades[DecadeLabel(lower * DecadeLength)] = 1 - upperShare;
                if (upperShare > 0)
                {
                    decades[DecadeLabel((lower + 1) * DecadeLength)] = upperShare;
                }
            }

            weights[movie.MovieId] = decades;
        }

        return Block(items, weights, ContentFeatureBlock.ReleaseYear, columns);
    }

    private static int DecadeStart(int year) => (int)Math.Floor((double)year / DecadeLength) * DecadeLength;

    private static Dictionary<int, Dictionary<int, double>> Block(
        IdIndexMap items,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, double>> weights,
        ContentFeatureBlock kind,
        List<ContentFeatureColumn> columns)
    {
        // Decade labels all have four digits, so their ordinal order is chronological.
        string[] labels = weights.Values
            .SelectMany(terms => terms.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string label in labels)
        {
            column[label] = columns.Count;
            columns.Add(new ContentFeatureColumn(kind, label));
        }

        var block = new Dictionary<int, Dictionary<int, double>>();
        foreach ((int movieId, IReadOnlyDictionary<string, double> terms) in weights)
        {
            if (!items.TryGetIndex(movieId, out int item))
            {
                continue;
            }

            block[item] = terms.ToDictionary(term => column[term.Key], term => term.Value);
        }

        return block;
    }
}
