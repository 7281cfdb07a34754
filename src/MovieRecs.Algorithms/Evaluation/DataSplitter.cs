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

    /// <summary>Wraps a train and a test set read from separate files.</summary>
    public static TrainTestSplit External(IReadOnlyList<Rating> train, IReadOnlyList<Rating> test)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        return new TrainTestSplit("external", train, test);
    }
}
