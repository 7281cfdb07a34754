using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Rows of items after some users changed their ratings, without a new matrix or a full build.
/// </summary>
public sealed partial class ItemSimilarityBuilder
{
    /// <summary>
    /// Computes the strongest neighbors of <paramref name="items"/> as if every user in
    /// <paramref name="currentRatings"/> had exactly those ratings instead of the matrix's. A row's
    /// co-rating sums are the matrix's, less the changed users' old contributions, plus their
    /// current ones; the squared norms of the items the changed users touch are corrected the same
    /// way. The other rows are not computed, so a candidate's own list may still be the old one.
    /// </summary>
    /// <param name="items">The item indices whose rows to compute.</param>
    /// <param name="currentRatings">
    /// The current ratings of each changed user by movie id, keyed by user id; users and movies the
    /// matrix does not index are allowed (a new user, a movie outside the catalogue is ignored).
    /// </param>
    /// <returns>The rows, entry k for <c>items[k]</c>, strongest first.</returns>
    /// <exception cref="NotSupportedException">
    /// The metric centres ratings on user means or baselines, which every change shifts for all of
    /// that user's ratings.
    /// </exception>
    public Neighbor[][] BuildRowsWithChanges(
        IReadOnlyList<int> items,
        IReadOnlyDictionary<int, IReadOnlyDictionary<int, double>> currentRatings)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(currentRatings);
        if (_options.Metric is not (SimilarityMetric.Cosine or SimilarityMetric.Pearson))
        {
            throw new NotSupportedException(
                $"Rows with changed ratings are computed for cosine and Pearson only, not {_options.Metric}: " +
                "its values are centred per user, so a changed rating moves all of that user's values. " +
                "Run a full build instead.");
        }

        var changes = new RatingChanges(_matrix, currentRatings);
        double[] squaredNorms = CorrectedSquaredNorms(changes);
        return _options.Metric == SimilarityMetric.Cosine
            ? BuildRowsWithChanges<DotProductSums>(items, changes, squaredNorms)
            : BuildRowsWithChanges<CorrelationSums>(items, changes, squaredNorms);
    }

    private Neighbor[][] BuildRowsWithChanges<TSums>(
        IReadOnlyList<int> items,
        RatingChanges changes,
        double[] squaredNorms)
        where TSums : struct, IPairSums
    {
        var sums = new TSums[ItemCount];
        var touched = new int[ItemCount];
        int maxCandidates = Math.Max(ItemCount - 1, 0);
        var strongest = new StrongestNeighbors(Math.Min(_options.MaxStoredNeighbors, maxCandidates), maxCandidates);
        var rows = new Neighbor[items.Count][];
        for (int position = 0; position < items.Count; position++)
        {
            int item = items[position];
            ArgumentOutOfRangeException.ThrowIfNegative(item);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, ItemCount);

            int touchedCount = AccumulateWithChanges(item, changes, sums, touched);
            double itemSquaredNorm = squaredNorms[item];
            foreach (int candidate in touched.AsSpan(0, touchedCount))
            {
                ref TSums slot = ref sums[candidate];
                double? similarity = Score(slot, itemSquaredNorm, squaredNorms[candidate]);
                slot = default;
                if (similarity is double value && value > _options.MinSimilarity)
                {
                    strongest.Offer(candidate, value);
                }
            }

            rows[position] = strongest.TakeStrongestFirst();
        }

        return rows;
    }

    /// <summary>
    /// Adds up the pair sums of one row: the matrix's users who did not change, then the changed
    /// users' current ratings.
    /// </summary>
    private int AccumulateWithChanges<TSums>(int item, RatingChanges changes, TSums[] sums, int[] touched)
        where TSums : struct, IPairSums
    {
        int touchedCount = 0;
        foreach (int user in _matrix.ByItem.RowIndices(item))
        {
            if (changes.IsChanged(user))
            {
                continue;
            }

            ReadOnlySpan<int> rated = _matrix.ByUser.RowIndices(user);
            ReadOnlySpan<double> values = _matrix.ByUser.RowValues(user);
            int self = rated.BinarySearch(item);
            double x = values[self];
            touchedCount = AddPairs(x, rated[..self], values[..self], sums, touched, touchedCount);
            touchedCount = AddPairs(x, rated[(self + 1)..], values[(self + 1)..], sums, touched, touchedCount);
        }

        foreach ((int[] rated, double[] values) in changes.Current)
        {
            int self = Array.BinarySearch(rated, item);
            if (self < 0)
            {
                continue;
            }

            double x = values[self];
            touchedCount = AddPairs(x, rated.AsSpan(0, self), values.AsSpan(0, self), sums, touched, touchedCount);
            touchedCount = AddPairs(
                x,
                rated.AsSpan(self + 1),
                values.AsSpan(self + 1),
                sums,
                touched,
                touchedCount);
        }

        return touchedCount;
    }

    /// <summary>
    /// The squared norms with every item a changed user rated, before or now, summed again over its
    /// unchanged users and the current ratings.
    /// </summary>
    private double[] CorrectedSquaredNorms(RatingChanges changes)
    {
        var norms = (double[])_squaredNorms.Clone();
        var affected = new HashSet<int>();
        foreach (int user in changes.ChangedMatrixUsers)
        {
            foreach (int item in _matrix.ByUser.RowIndices(user))
            {
                affected.Add(item);
            }
        }

        foreach ((int[] rated, _) in changes.Current)
        {
            affected.UnionWith(rated);
        }

        foreach (int item in affected)
        {
            double norm = 0;
            ReadOnlySpan<int> users = _matrix.ByItem.RowIndices(item);
            ReadOnlySpan<double> values = _matrix.ByItem.RowValues(item);
            for (int position = 0; position < users.Length; position++)
            {
                if (!changes.IsChanged(users[position]))
                {
                    norm += values[position] * values[position];
                }
            }

            norms[item] = norm;
        }

        foreach ((int[] rated, double[] values) in changes.Current)
        {
            for (int position = 0; position < rated.Length; position++)
            {
                norms[rated[position]] += values[position] * values[position];
            }
        }

        return norms;
    }

    /// <summary>The changed users in the matrix's index space.</summary>
    private sealed class RatingChanges
    {
        private readonly HashSet<int> _changedMatrixUsers = [];

        public RatingChanges(RatingMatrix matrix, IReadOnlyDictionary<int, IReadOnlyDictionary<int, double>> currentRatings)
        {
            var current = new List<(int[] Items, double[] Values)>(currentRatings.Count);
            foreach ((int userId, IReadOnlyDictionary<int, double> ratings) in currentRatings)
            {
                if (matrix.Users.TryGetIndex(userId, out int user))
                {
                    _changedMatrixUsers.Add(user);
                }

                var row = new List<(int Item, double Value)>(ratings.Count);
                foreach ((int movieId, double value) in ratings)
                {
                    if (matrix.Items.TryGetIndex(movieId, out int item))
                    {
                        row.Add((item, value));
                    }
                }

                row.Sort((left, right) => left.Item.CompareTo(right.Item));
                current.Add((row.Select(entry => entry.Item).ToArray(), row.Select(entry => entry.Value).ToArray()));
            }

            Current = current;
        }

        /// <summary>The matrix's user indices of the changed users that it holds.</summary>
        public IEnumerable<int> ChangedMatrixUsers => _changedMatrixUsers;

        /// <summary>Each changed user's current ratings as item indices, ascending, and values.</summary>
        public IReadOnlyList<(int[] Items, double[] Values)> Current { get; }

        public bool IsChanged(int matrixUser) => _changedMatrixUsers.Contains(matrixUser);
    }
}
