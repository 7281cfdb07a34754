using MovieRecs.Analytics.Customers;

namespace MovieRecs.Analytics.Segmentation;

/// <summary>Describes each segment of a clustering in plain terms and names it.</summary>
public static class SegmentProfiler
{
    private const int TopCount = 3;

    /// <summary>Profiles the segments 1 to K of <paramref name="segmentIds"/>.</summary>
    /// <param name="customers">The features of each customer.</param>
    /// <param name="segmentIds">The segment of each customer, from 1 to the number of segments.</param>
    /// <param name="noun">The word for customers in the generated names, such as "buyers" or "fans".</param>
    /// <exception cref="ArgumentException">The lists differ in length, or a segment id is below 1.</exception>
    public static IReadOnlyList<SegmentProfile> Profile(
        IReadOnlyList<CustomerFeatures> customers,
        IReadOnlyList<int> segmentIds,
        string noun = "buyers")
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segmentIds);
        if (customers.Count != segmentIds.Count || customers.Count == 0)
        {
            throw new ArgumentException(
                $"There are {customers.Count} customers but {segmentIds.Count} segment ids; give one id per customer.",
                nameof(segmentIds));
        }

        if (segmentIds.Min() < 1)
        {
            throw new ArgumentException("Segment ids start at 1.", nameof(segmentIds));
        }

        int segmentCount = segmentIds.Max();
        var overall = new GroupSummary(customers);
        var summaries = new List<GroupSummary>(segmentCount);
        var facts = new List<SegmentNamer.Facts>(segmentCount);
        for (int id = 1; id <= segmentCount; id++)
        {
            int segment = id;
            var members = customers.Where((_, index) => segmentIds[index] == segment).ToArray();
            var summary = new GroupSummary(members);
            summaries.Add(summary);
            facts.Add(new SegmentNamer.Facts(
                summary.MedianFrequency,
                summary.MedianRecency,
                Compare(summary.Categories, overall.Categories),
                Compare(summary.Dayparts, overall.Dayparts),
                Lift(summary.WeekendShare, overall.WeekendShare)));
        }

        string[] names = SegmentNamer.Name(facts, overall.MedianFrequency, overall.MedianRecency, noun);
        return summaries.Select((summary, index) => CreateProfile(index + 1, names[index], summary, overall, facts[index], customers.Count)).ToArray();
    }

    private static SegmentProfile CreateProfile(
        int id,
        string name,
        GroupSummary summary,
        GroupSummary overall,
        SegmentNamer.Facts facts,
        int totalCustomers)
    {
        CustomerFeatures[] members = summary.Members;
        double[] medians = members.Where(c => c.MedianIntervalDays is not null).Select(c => c.MedianIntervalDays!.Value).ToArray();
        double[] ages = members.Where(c => c.Demographics?.Age is not null).Select(c => (double)c.Demographics!.Age!.Value).ToArray();
        return new SegmentProfile(
            id,
            name,
            members.Length,
            (double)members.Length / totalCustomers,
            MeanOrZero(members.Select(c => c.RecencyDays)),
            MeanOrZero(members.Select(c => (double)c.Frequency)),
            MeanOrZero(members.Select(c => c.Monetary)),
            MeanOrZero(members.Select(c => c.MeanAmount)),
            MeanOrZero(members.Select(c => c.TenureDays)),
            medians.Length > 0 ? CustomerFeatureBuilder.Median(medians) : null,
            Top(facts.Categories),
            facts.Dayparts,
            Enumerable.Range(0, 24)
                .Where(hour => summary.HourShares[hour] > 0)
                .OrderByDescending(hour => summary.HourShares[hour])
                .ThenBy(hour => hour)
                .Take(TopCount)
                .ToArray(),
            summary.WeekendShare,
            Compare(summary.Channels, overall.Channels).OrderByDescending(channel => channel.Share).ToArray(),
            ages.Length > 0 ? ages.Average() : null,
            Compare(summary.Genders, overall.Genders).OrderByDescending(gender => gender.Share).ToArray(),
            Top(Compare(summary.Occupations, overall.Occupations)));
    }

    private static CategoryShare[] Top(IEnumerable<CategoryShare> shares) => shares
        .Where(share => share.Share > 0)
        .OrderByDescending(share => share.Share)
        .ThenBy(share => share.Label, StringComparer.Ordinal)
        .Take(TopCount)
        .ToArray();

    private static CategoryShare[] Compare(IReadOnlyDictionary<string, double> segment, IReadOnlyDictionary<string, double> overall) =>
        overall.Keys
            .Order(StringComparer.Ordinal)
            .Select(label => new CategoryShare(label, segment.GetValueOrDefault(label), Lift(segment.GetValueOrDefault(label), overall[label])))
            .ToArray();

    private static double Lift(double share, double overallShare) => overallShare > 0 ? share / overallShare : 0;

    private static double MeanOrZero(IEnumerable<double> values)
    {
        double[] array = values.ToArray();
        return array.Length > 0 ? array.Average() : 0;
    }

    /// <summary>The mean shares and medians of a group of customers.</summary>
    private sealed class GroupSummary
    {
        public GroupSummary(IReadOnlyList<CustomerFeatures> members)
        {
            Members = members.ToArray();
            MedianFrequency = Members.Length > 0 ? CustomerFeatureBuilder.Median(Members.Select(c => (double)c.Frequency).ToArray()) : 0;
            MedianRecency = Members.Length > 0 ? CustomerFeatureBuilder.Median(Members.Select(c => c.RecencyDays).ToArray()) : 0;
            Categories = MeanShares(Members.Select(c => c.CategoryShares));
            Channels = MeanShares(Members.Select(c => c.ChannelShares));
            string[] dayparts = [.. FeatureMatrixBuilder.DaypartNames];
            Dayparts = MeanShares(Members.Select(c => ToDictionary(dayparts, FeatureMatrixBuilder.DaypartShares(c))));
            HourShares = Enumerable.Range(0, 24).Select(hour => MeanOrZero(Members.Select(c => c.HourShares[hour]))).ToArray();
            WeekendShare = MeanOrZero(Members.Select(c => c.WeekendShare));
            Genders = LabelShares(Members.Select(c => c.Demographics?.Gender));
            Occupations = LabelShares(Members.Select(c => c.Demographics?.Occupation));
        }

        public CustomerFeatures[] Members { get; }

        public double MedianFrequency { get; }

        public double MedianRecency { get; }

        public IReadOnlyDictionary<string, double> Categories { get; }

        public IReadOnlyDictionary<string, double> Channels { get; }

        public IReadOnlyDictionary<string, double> Dayparts { get; }

        public double[] HourShares { get; }

        public double WeekendShare { get; }

        public IReadOnlyDictionary<string, double> Genders { get; }

        public IReadOnlyDictionary<string, double> Occupations { get; }

        private static Dictionary<string, double> ToDictionary(string[] keys, double[] values) =>
            keys.Zip(values).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

        // The mean over the group of each label's share; a customer without the label counts as 0.
        private Dictionary<string, double> MeanShares(IEnumerable<IReadOnlyDictionary<string, double>> shares)
        {
            var sums = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (IReadOnlyDictionary<string, double> customer in shares)
            {
                foreach ((string label, double share) in customer)
                {
                    sums[label] = sums.GetValueOrDefault(label) + share;
                }
            }

            return sums.ToDictionary(pair => pair.Key, pair => pair.Value / Math.Max(1, Members.Length), StringComparer.Ordinal);
        }

        // The share of each label among the members that have one.
        private static Dictionary<string, double> LabelShares(IEnumerable<string?> labels)
        {
            string[] known = labels.OfType<string>().ToArray();
            return known
                .GroupBy(label => label, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => (double)group.Count() / known.Length, StringComparer.Ordinal);
        }
    }
}
