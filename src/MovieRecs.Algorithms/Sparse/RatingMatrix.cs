using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Sparse;

/// <summary>
/// The user x item rating matrix in CSR form with its transposed (item x user) view, the maps
/// between MovieLens ids and matrix indices, and the per-row means that the models centre on.
/// </summary>
/// <remarks>
/// The item axis spans the whole catalogue given at build time, so movies nobody rated still have
/// an index (with an empty column) and can be recommended by content or popularity models.
/// </remarks>
public sealed class RatingMatrix
{
    private readonly double[] _userMeans;
    private readonly double[] _itemMeans;

    private RatingMatrix(IdIndexMap users, IdIndexMap items, CsrMatrix byUser)
    {
        Users = users;
        Items = items;
        ByUser = byUser;
        ByItem = byUser.Transpose();
        _userMeans = RowMeans(ByUser, out double sum);
        _itemMeans = RowMeans(ByItem, out _);
        GlobalMean = byUser.NonZeroCount == 0 ? 0 : sum / byUser.NonZeroCount;
    }

    /// <summary>The map between user ids and row indices.</summary>
    public IdIndexMap Users { get; }

    /// <summary>The map between movie ids and column indices.</summary>
    public IdIndexMap Items { get; }

    /// <summary>The ratings with one row per user and one column per item.</summary>
    public CsrMatrix ByUser { get; }

    /// <summary>The transposed view: one row per item, one column per user.</summary>
    public CsrMatrix ByItem { get; }

    /// <summary>The mean of all ratings, or 0 when there are none.</summary>
    public double GlobalMean { get; }

    /// <summary>The number of ratings.</summary>
    public int RatingCount => ByUser.NonZeroCount;

    /// <summary>The share of user x item cells that hold no rating, in [0, 1].</summary>
    public double Sparsity =>
        Users.Count == 0 || Items.Count == 0
            ? 1.0
            : 1.0 - (double)RatingCount / ((double)Users.Count * Items.Count);

    /// <summary>
    /// Builds the matrix from ratings and the catalogue's movie ids; rated movies missing from the
    /// catalogue get an index too.
    /// </summary>
    /// <exception cref="ArgumentException">A (user, movie) pair occurs twice.</exception>
    public static RatingMatrix Build(IEnumerable<Rating> ratings, IEnumerable<int> catalogueMovieIds)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(catalogueMovieIds);

        IReadOnlyList<Rating> list = ratings as IReadOnlyList<Rating> ?? ratings.ToArray();
        var users = new IdIndexMap(list.Select(rating => rating.UserId));
        var items = new IdIndexMap(catalogueMovieIds.Concat(list.Select(rating => rating.MovieId)));
        var entries = new (int Row, int Column, double Value)[list.Count];
        for (int position = 0; position < list.Count; position++)
        {
            Rating rating = list[position];
            users.TryGetIndex(rating.UserId, out int row);
            items.TryGetIndex(rating.MovieId, out int column);
            entries[position] = (row, column, rating.Value);
        }

        return new RatingMatrix(users, items, CsrMatrix.FromEntries(users.Count, items.Count, entries));
    }

    /// <summary>Returns the mean rating of a user row, or the global mean for an empty row.</summary>
    public double UserMean(int userIndex) => _userMeans[userIndex];

    /// <summary>Returns the mean rating of an item row, or the global mean for an unrated item.</summary>
    public double ItemMean(int itemIndex) => _itemMeans[itemIndex];

    /// <summary>Returns the number of ratings an item has.</summary>
    public int ItemRatingCount(int itemIndex) => ByItem.RowLength(itemIndex);

    private static double[] RowMeans(CsrMatrix matrix, out double totalSum)
    {
        var means = new double[matrix.RowCount];
        totalSum = 0;
        for (int row = 0; row < matrix.RowCount; row++)
        {
            double sum = 0;
            foreach (double value in matrix.RowValues(row))
            {
                sum += value;
            }

            totalSum += sum;
            means[row] = matrix.RowLength(row) == 0 ? double.NaN : sum / matrix.RowLength(row);
        }

        // Empty rows take the global mean, so no NaN reaches a prediction.
        double globalMean = matrix.NonZeroCount == 0 ? 0 : totalSum / matrix.NonZeroCount;
        for (int row = 0; row < means.Length; row++)
        {
            if (double.IsNaN(means[row]))
            {
                means[row] = globalMean;
            }
        }

        return means;
    }
}
