using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Evaluation;

/// <summary>The ways MovieRecs splits ratings for offline evaluation; every split is deterministic.</summary>
public static class DataSplitter
{
    /// <summary>
    /// Holds out each user's latest ratings: sorted by timestamp, then movie id, the last
    /// max(1, floor(n / 5)) of a user's n ratings go to test and the rest to train.
    /// </summary>
    public static TrainTestSplit TemporalHoldout(IReadOnlyList<Rating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);

        var train = new List<Rating>(ratings.Count);
        var test = new List<Rating>(ratings.Count / 4);
        foreach (var user in ratings.GroupBy(rating => rating.UserId).OrderBy(group => group.Key))
        {
            Rating[] ordered = user.OrderBy(rating => rating.Timestamp).ThenBy(rating => rating.MovieId).ToArray();
            int testCount = Math.Max(1, ordered.Length / 5);
            train.AddRange(ordered.AsSpan(0, ordered.Length - testCount));
            test.AddRange(ordered.AsSpan(ordered.Length - testCount));
        }

        return new TrainTestSplit("temporal-holdout", train, test);
    }

    /// <summary>
    /// Simulates new users on top of the temporal holdout: every user whose id is a multiple of
    /// <paramref name="everyNthUser"/> keeps only their first <paramref name="keptRatings"/>
    /// ratings (by timestamp, then movie id) in train and has all later ones in test. The other
    /// users are split as <see cref="TemporalHoldout"/> splits them.
    /// </summary>
    /// <remarks>
    /// Users with at most <paramref name="keptRatings"/> ratings lose none to test, so they appear
    /// in train only.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="everyNthUser"/> or <paramref name="keptRatings"/> is zero or negative.
    /// </exception>
    public static TrainTestSplit NewUserHoldout(IReadOnlyList<Rating> ratings, int everyNthUser = 5, int keptRatings = 5)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(everyNthUser);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(keptRatings);

        var train = new List<Rating>(ratings.Count);
        var test = new List<Rating>(ratings.Count / 4);
        foreach (var user in ratings.GroupBy(rating => rating.UserId).OrderBy(group => group.Key))
        {
            Rating[] ordered = user.OrderBy(rating => rating.Timestamp).ThenBy(rating => rating.MovieId).ToArray();
            int trainCount = user.Key % everyNthUser == 0
                ? Math.Min(keptRatings, ordered.Length)
                : ordered.Length - Math.Max(1, ordered.Length / 5);
            train.AddRange(ordered.AsSpan(0, trainCount));
            test.AddRange(ordered.AsSpan(trainCount));
        }

        return new TrainTestSplit($"new-user-holdout-every-{everyNthUser}-keep-{keptRatings}", train, test);
    }

    /// <summary>
    /// Holds out a seeded random share of all ratings; the same seed and input give the same split.
    /// Both parts keep the input order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not strictly between 0 and 1.</exception>
    public static TrainTestSplit RandomHoldout(IReadOnlyList<Rating> ratings, double testFraction = 0.2, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(testFraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(testFraction, 1.0);

        int[] order = Enumerable.Range(0, ratings.Count).ToArray();

        // A seeded Random uses .NET's seed-compatible subtractive generator, so a seed gives the
        // same split on every run of the same runtime.
        new Random(seed).Shuffle(order);
        int testCount = (int)Math.Round(ratings.Count * testFraction, MidpointRounding.AwayFromZero);
        var isTest = new bool[ratings.Count];
        for (int position = 0; position < testCount; position++)
        {
            isTest[order[position]] = true;
        }

        var train = new List<Rating>(ratings.Count - testCount);
        var test = new List<Rating>(testCount);
        for (int position = 0; position < ratings.Count; position++)
        {
            (isTest[position] ? test : train).Add(ratings[position]);
        }

        return new TrainTestSplit($"random-holdout-{testFraction:0.##}-seed-{seed}", train, test);
    }

    /// <summary>
    /// Holds out each user's single latest rating (by timestamp, then movie id), the usual setting
    /// for hit-rate evaluation.
    /// </summary>
    public static TrainTestSplit LeaveLastOneOut(IReadOnlyList<Rating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);

        var train = new List<Rating>(ratings.Count);
        var test = new List<Rating>();
        foreach (var user in ratings.GroupBy(rating => rating.UserId).OrderBy(group => group.Key))
        {
            Rating[] ordered = user.OrderBy(rating => rating.Timestamp).ThenBy(rating => rating.MovieId).ToArray();
            train.AddRange(ordered.AsSpan(0, ordered.Length - 1));
            test.Add(ordered[^1]);
        }

        return new TrainTestSplit("leave-last-one-out", train, test);
    }

    /// <summary>
    /// Splits all ratings at one moment: ratings before <paramref name="cutoff"/> (Unix seconds) train,
    /// the rest test, so no training rating is newer than any test rating.
    /// </summary>
    public static TrainTestSplit GlobalTimeCutoff(IReadOnlyList<Rating> ratings, long cutoff)
    {
        ArgumentNullException.ThrowIfNull(ratings);

        var train = ratings.Where(rating => rating.Timestamp < cutoff).ToList();
        var test = ratings.Where(rating => rating.Timestamp >= cutoff).ToList();
        return new TrainTestSplit($"time-cutoff-{cutoff}", train, test);
    }

    /// <summary>
    /// Splits at the timestamp below which <paramref name="trainFraction"/> of all ratings fall, the
    /// cutoff <see cref="GlobalTimeCutoff"/> is then given.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not strictly between 0 and 1.</exception>
    public static TrainTestSplit GlobalTimeCutoffByFraction(IReadOnlyList<Rating> ratings, double trainFraction = 0.8)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(trainFraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trainFraction, 1.0);
        if (ratings.Count == 0)
        {
            return new TrainTestSplit("time-cutoff", [], []);
        }

        long[] timestamps = ratings.Select(rating => rating.Timestamp).Order().ToArray();
        int position = Math.Clamp((int)(timestamps.Length * trainFraction), 0, timestamps.Length - 1);
        return GlobalTimeCutoff(ratings, timestamps[position]);
    }

    /// <summary>
    /// Deals all ratings into <paramref name="foldCount"/> seeded random folds of near-equal size and
    /// returns one split per fold, each holding that fold out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two folds.</exception>
    public static IReadOnlyList<TrainTestSplit> KFold(IReadOnlyList<Rating> ratings, int foldCount = 5, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfLessThan(foldCount, 2);

        int[] order = Enumerable.Range(0, ratings.Count).ToArray();
        new Random(seed).Shuffle(order);
        var foldOf = new int[ratings.Count];
        for (int position = 0; position < order.Length; position++)
        {
            foldOf[order[position]] = position % foldCount;
        }

        var splits = new List<TrainTestSplit>(foldCount);
        for (int fold = 0; fold < foldCount; fold++)
        {
            var train = new List<Rating>();
            var test = new List<Rating>();
            for (int position = 0; position < ratings.Count; position++)
            {
                (foldOf[position] == fold ? test : train).Add(ratings[position]);
            }

            splits.Add(new TrainTestSplit($"fold-{fold + 1}-of-{foldCount}-seed-{seed}", train, test));
        }

        return splits;
    }

    /// <summary>Wraps a train and a test set read from separate files.</summary>
    public static TrainTestSplit External(IReadOnlyList<Rating> train, IReadOnlyList<Rating> test)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        return new TrainTestSplit("external", train, test);
    }
}
