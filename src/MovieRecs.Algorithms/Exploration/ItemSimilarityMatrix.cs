using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Exploration;

/// <summary>
/// Computes the similarities behind the heatmaps: every pair of a chosen set of movies, and a
/// movie's strongest neighbors, with the settings of an item-item model.
/// </summary>
/// <remarks>
/// A pair is scored as <see cref="ItemSimilarityBuilder"/> scores it: cosine of the full rating
/// vectors or Pearson over the co-rating users, undefined below the minimum number of co-rating
/// users, and shrunk by s (n - 1) / (n - 1 + shrinkage) over n co-rating users. The heatmap shows
/// every pair, so the minimum similarity that the build uses to drop neighbors is not applied.
/// </remarks>
public static class ItemSimilarityMatrix
{
    /// <summary>Computes the similarity of every pair of the given movies.</summary>
    /// <exception cref="ArgumentException">
    /// A movie id occurs twice or is neither in the catalogue nor in the matrix, or the metric is
    /// not cosine or Pearson.
    /// </exception>
    public static MovieSimilarityMatrix Compute(
        RatingMatrix matrix,
        IReadOnlyList<Movie> movies,
        IReadOnlyList<int> movieIds,
        ItemSimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(movieIds);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        CheckMetric(options.Metric);
        if (movieIds.Distinct().Count() != movieIds.Count)
        {
            throw new ArgumentException(
                $"The movie ids must be distinct; got {string.Join(", ", movieIds)}.",
                nameof(movieIds));
        }

        var titles = movies.ToDictionary(movie => movie.MovieId, movie => movie.Title);
        int[] items = movieIds.Select(movieId => IndexOf(matrix, movieId)).ToArray();
        var values = new IReadOnlyList<double?>[items.Length];
        for (int row = 0; row < items.Length; row++)
        {
            var cells = new double?[items.Length];
            for (int column = 0; column < items.Length; column++)
            {
                // The score is symmetric, so the upper triangle is copied from the lower one.
                cells[column] = column < row
                    ? values[column][row]
                    : Similarity(matrix, items[row], items[column], options);
            }

            values[row] = cells;
        }

        string[] rowTitles = movieIds
            .Select(movieId => titles.GetValueOrDefault(movieId) ?? $"movie {movieId}")
            .ToArray();
        return new MovieSimilarityMatrix(movieIds.ToArray(), rowTitles, options.Metric, values);
    }

    /// <summary>
    /// Returns up to <paramref name="count"/> of a movie's strongest neighbors, strongest first, as
    /// the item-item model with these settings keeps them.
    /// </summary>
    /// <exception cref="ArgumentException">The movie is not in the matrix.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is zero or negative.</exception>
    public static IReadOnlyList<MovieNeighbor> TopNeighbors(
        RatingMatrix matrix,
        int movieId,
        int count,
        ItemSimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        int item = IndexOf(matrix, movieId);
        Neighbor[] neighbors = new ItemSimilarityBuilder(matrix, options).BuildShard(item, item + 1)[0];
        return neighbors
            .Take(count)
            .Select(neighbor => new MovieNeighbor(matrix.Items.GetId(neighbor.Index), neighbor.Similarity))
            .ToArray();
    }

    private static int IndexOf(RatingMatrix matrix, int movieId)
    {
        if (!matrix.Items.TryGetIndex(movieId, out int item))
        {
            throw new ArgumentException(
                $"Movie {movieId} is not in the rating matrix; use a movie id of the catalogue.",
                nameof(movieId));
        }

        return item;
    }

    private static void CheckMetric(SimilarityMetric metric)
    {
        if (metric is not (SimilarityMetric.Cosine or SimilarityMetric.Pearson))
        {
            throw new ArgumentException(
                $"The similarity heatmap supports the cosine and Pearson metrics; got {metric}.",
                nameof(metric));
        }
    }

    private static double? Similarity(RatingMatrix matrix, int left, int right, ItemSimilarityOptions options)
    {
        ReadOnlySpan<int> leftUsers = matrix.ByItem.RowIndices(left);
        ReadOnlySpan<double> leftValues = matrix.ByItem.RowValues(left);
        ReadOnlySpan<int> rightUsers = matrix.ByItem.RowIndices(right);
        ReadOnlySpan<double> rightValues = matrix.ByItem.RowValues(right);
        int coRatings = CountCommon(leftUsers, rightUsers);
        if (coRatings < options.MinCoRatings)
        {
            return null;
        }

        double? similarity = options.Metric == SimilarityMetric.Pearson
            ? VectorSimilarity.Pearson(leftUsers, leftValues, rightUsers, rightValues)
            : VectorSimilarity.Cosine(leftUsers, leftValues, rightUsers, rightValues);
        if (similarity is not double value || options.Shrinkage == 0)
        {
            return similarity;
        }

        return value * (coRatings - 1) / (coRatings - 1 + options.Shrinkage);
    }

    private static int CountCommon(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        int common = 0;
        int leftPosition = 0;
        int rightPosition = 0;
        while (leftPosition < left.Length && rightPosition < right.Length)
        {
            int comparison = left[leftPosition].CompareTo(right[rightPosition]);
            if (comparison == 0)
            {
                common++;
                leftPosition++;
                rightPosition++;
            }
            else if (comparison < 0)
            {
                leftPosition++;
            }
            else
            {
                rightPosition++;
            }
        }

        return common;
    }
}
