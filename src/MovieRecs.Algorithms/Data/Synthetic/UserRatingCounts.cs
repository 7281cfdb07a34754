namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// Splits a rating total over users with the heavy tail of MovieLens: every user gets at least
/// 20, and the rest follows a log-normal shape scaled so the counts add up to the total exactly.
/// </summary>
internal static class UserRatingCounts
{
    private const int BisectionSteps = 200;

    /// <summary>Returns each user's rating count, in user order; the counts sum to the total.</summary>
    public static int[] Allocate(long totalRatings, int users, int maxPerUser, ulong seed)
    {
        const int min = MovieLensShape.MinRatingsPerUser;
        long extraTotal = totalRatings - ((long)users * min);
        int maxExtra = maxPerUser - min;
        var shape = new double[users];
        for (int user = 0; user < users; user++)
        {
            var random = SeededRandom.Derive(seed, SyntheticStreams.UserCounts, (ulong)user);
            shape[user] = Math.Exp(MovieLensShape.LogExtraRatingsMean + (MovieLensShape.LogExtraRatingsSd * random.NextGaussian()));
        }

        double scale = FindScale(shape, maxExtra, extraTotal);
        var counts = new int[users];
        var remainders = new double[users];
        long assigned = 0;
        for (int user = 0; user < users; user++)
        {
            double extra = Math.Min(maxExtra, scale * shape[user]);
            int whole = (int)Math.Floor(extra);
            counts[user] = whole;
            remainders[user] = extra - whole;
            assigned += whole;
        }

        DistributeRemainder(counts, remainders, maxExtra, extraTotal - assigned);
        for (int user = 0; user < users; user++)
        {
            counts[user] += min;
        }

        return counts;
    }

    // The scale s with sum(min(maxExtra, s * shape)) at most the target and as close as doubles
    // allow, so the floors leave a non-negative remainder of at most one per user.
    private static double FindScale(double[] shape, int maxExtra, long target)
    {
        if (target == 0)
        {
            return 0;
        }

        double low = 0;
        double high = 1;
        while (CappedSum(shape, maxExtra, high) < target)
        {
            high *= 2;
        }

        for (int step = 0; step < BisectionSteps && high - low > low * 1e-15; step++)
        {
            double middle = (low + high) / 2;
            if (CappedSum(shape, maxExtra, middle) <= target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static double CappedSum(double[] shape, int maxExtra, double scale)
    {
        double sum = 0;
        foreach (double value in shape)
        {
            sum += Math.Min(maxExtra, scale * value);
        }

        return sum;
    }

    // Hands out the ratings the floors left over, one per user by largest remainder first (ties
    // by user order), passing over users already at the maximum.
    private static void DistributeRemainder(int[] counts, double[] remainders, int maxExtra, long remainder)
    {
        int[] order = Enumerable.Range(0, counts.Length)
            .OrderByDescending(user => remainders[user])
            .ThenBy(user => user)
            .ToArray();
        while (remainder > 0)
        {
            long before = remainder;
            foreach (int user in order)
            {
                if (remainder == 0)
                {
                    break;
                }

                if (counts[user] < maxExtra)
                {
                    counts[user]++;
                    remainder--;
                }
            }

            if (remainder == before)
            {
                throw new InvalidOperationException(
                    $"{remainder:N0} ratings could not be placed because every user is at the maximum.");
            }
        }
    }
}
