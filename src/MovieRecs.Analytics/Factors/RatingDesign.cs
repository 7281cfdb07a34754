using System.Globalization;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// The design matrix of the rating model: the columns and how a purchase becomes a row, from
/// statistics of the training purchases only.
/// </summary>
/// <remarks>
/// A training row describes its purchase by the customer's and the product's other training
/// purchases (leave one out), so the row's own amount never enters its features. A test row uses
/// all training purchases. The customer's mean amount is shrunk towards the training mean with the
/// weight of <see cref="PriorPurchases"/> purchases, so that a customer with one or two purchases
/// does not get an extreme mean. A category or level with fewer than <see cref="MinimumRows"/>
/// training purchases gets no column: its few rows would give an estimate with a meaningless
/// clustered error, so a rare level counts as the reference level and a rare category is left out.
/// </remarks>
internal sealed class RatingDesign
{
    /// <summary>The weight, in purchases, of the training mean in a customer's shrunk mean.</summary>
    public const double PriorPurchases = 5;

    /// <summary>The minimum training purchases of a category or a level for a column of its own.</summary>
    public const int MinimumRows = 30;

    private const int BeforeFirstDecade = 1950;

    private readonly PurchaseLog _log;
    private readonly Dictionary<string, (double Sum, int Count)> _customers;
    private readonly Dictionary<string, int> _productCounts;
    private readonly string[] _categories;
    private readonly Levels? _years;
    private readonly Levels? _segments;
    private readonly Levels _dayparts;
    private readonly Levels? _channels;
    private readonly double? _meanLogPrice;
    private readonly IReadOnlyDictionary<string, int> _segmentOf;
    private readonly IReadOnlyDictionary<int, string> _segmentNames;
    private readonly List<string> _columns = [];

    private RatingDesign(
        PurchaseLog log,
        IReadOnlyList<Purchase> training,
        IReadOnlyDictionary<string, int> segmentOf,
        IReadOnlyDictionary<int, string> segmentNames,
        int maxCategories)
    {
        _log = log;
        _segmentOf = segmentOf;
        GlobalMean = training.Average(purchase => purchase.Amount);
        _customers = training
            .GroupBy(purchase => purchase.CustomerId, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (group.Sum(purchase => purchase.Amount), group.Count()),
                StringComparer.Ordinal);
        _productCounts = training
            .GroupBy(purchase => purchase.ProductId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        _categories = training
            .SelectMany(purchase => Categories(purchase))
            .GroupBy(category => category, StringComparer.Ordinal)
            .Where(group => group.Count() >= MinimumRows)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(maxCategories)
            .Select(group => group.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        _years = training.Any(purchase => Product(purchase)?.Year is not null)
            ? Levels.Of("released", training.Select(purchase => YearLevel(Product(purchase)?.Year)))
            : null;
        _segments = segmentOf.Count > 0
            ? Levels.Of(
                "segment",
                training.Where(purchase => segmentOf.ContainsKey(purchase.CustomerId))
                    .Select(purchase => SegmentLevel(segmentOf[purchase.CustomerId], segmentNames)))
            : null;
        _segmentNames = segmentNames;
        _dayparts = Levels.Of("daypart", training.Select(purchase => DaypartLevel(purchase.Timestamp)));
        _channels = training.Any(purchase => purchase.Channel is not null)
            ? Levels.Of("channel", training.Select(purchase => purchase.Channel ?? "none"))
            : null;
        double[] logPrices = training
            .Where(purchase => purchase.UnitPrice is not null)
            .Select(purchase => Math.Log(1 + purchase.UnitPrice!.Value))
            .ToArray();
        _meanLogPrice = logPrices.Length > 0 ? logPrices.Average() : null;

        _columns.AddRange(
        [
            "intercept",
            "customer mean amount (shrunk)",
            "log(1 + customer purchases)",
            "log(1 + product purchases)",
        ]);
        _columns.AddRange(_categories.Select(category => $"category: {category}"));
        foreach (Levels? levels in (Levels?[])[_years, _segments, _dayparts, _channels])
        {
            _columns.AddRange(levels?.ColumnNames ?? []);
        }

        if (_meanLogPrice is not null)
        {
            _columns.AddRange(["log(1 + unit price)", "unit price missing"]);
        }
    }

    /// <summary>The mean amount of the training purchases.</summary>
    public double GlobalMean { get; }

    /// <summary>The names of the columns, the intercept first.</summary>
    public IReadOnlyList<string> ColumnNames => _columns;

    /// <summary>The level of each categorical factor without a column of its own.</summary>
    public IReadOnlyList<string> ReferenceLevels =>
        ((Levels?[])[_years, _segments, _dayparts, _channels])
            .OfType<Levels>()
            .Select(levels => levels.ReferenceName)
            .ToArray();

    /// <summary>Builds the design from the training purchases of a log.</summary>
    /// <param name="log">The whole log, for the product catalogue.</param>
    /// <param name="training">The training purchases.</param>
    /// <param name="segmentOf">The segment of each training customer; empty for no segment columns.</param>
    /// <param name="segmentNames">The name of each segment id.</param>
    /// <param name="maxCategories">The maximum number of category indicators.</param>
    public static RatingDesign Build(
        PurchaseLog log,
        IReadOnlyList<Purchase> training,
        IReadOnlyDictionary<string, int> segmentOf,
        IReadOnlyDictionary<int, string> segmentNames,
        int maxCategories) =>
        new(log, training, segmentOf, segmentNames, maxCategories);

    /// <summary>
    /// Returns the customer's mean amount over their other training purchases (all of them for a
    /// test row), shrunk towards the training mean.
    /// </summary>
    public double CustomerMean(Purchase purchase, bool isTraining)
    {
        (double sum, int count) = _customers.GetValueOrDefault(purchase.CustomerId);
        if (isTraining)
        {
            sum -= purchase.Amount;
            count--;
        }

        return (sum + (PriorPurchases * GlobalMean)) / (count + PriorPurchases);
    }

    /// <summary>Returns the row of a purchase, leaving its own amount out when it is a training row.</summary>
    public double[] Row(Purchase purchase, bool isTraining)
    {
        var row = new double[_columns.Count];
        int own = isTraining ? 1 : 0;
        int customerCount = _customers.GetValueOrDefault(purchase.CustomerId).Count - own;
        int productCount = _productCounts.GetValueOrDefault(purchase.ProductId) - own;
        row[0] = 1;
        row[1] = CustomerMean(purchase, isTraining);
        row[2] = Math.Log(1 + customerCount);
        row[3] = Math.Log(1 + productCount);
        int column = 4;
        HashSet<string> categories = Categories(purchase).ToHashSet(StringComparer.Ordinal);
        foreach (string category in _categories)
        {
            row[column++] = categories.Contains(category) ? 1 : 0;
        }

        column = SetLevel(row, column, _years, _years is null ? null : YearLevel(Product(purchase)?.Year));
        string? segment = _segmentOf.TryGetValue(purchase.CustomerId, out int id)
            ? SegmentLevel(id, _segmentNames)
            : null;
        column = SetLevel(row, column, _segments, segment);
        column = SetLevel(row, column, _dayparts, DaypartLevel(purchase.Timestamp));
        column = SetLevel(row, column, _channels, purchase.Channel ?? "none");
        if (_meanLogPrice is double meanLogPrice)
        {
            row[column++] = purchase.UnitPrice is double price ? Math.Log(1 + price) : meanLogPrice;
            row[column] = purchase.UnitPrice is null ? 1 : 0;
        }

        return row;
    }

    private static int SetLevel(double[] row, int column, Levels? levels, string? level)
    {
        if (levels is null)
        {
            return column;
        }

        int offset = level is null ? -1 : levels.IndexOf(level);
        if (offset >= 0)
        {
            row[column + offset] = 1;
        }

        return column + levels.Count;
    }

    private Product? Product(Purchase purchase) =>
        _log.TryGetProduct(purchase.ProductId, out Product? product) ? product : null;

    private IEnumerable<string> Categories(Purchase purchase) =>
        Product(purchase)?.Categories.Distinct(StringComparer.Ordinal) ?? [];

    private static string YearLevel(int? year) => year switch
    {
        null => "unknown year",
        < BeforeFirstDecade => string.Create(CultureInfo.InvariantCulture, $"before {BeforeFirstDecade}"),
        int value => string.Create(CultureInfo.InvariantCulture, $"{value / 10 * 10}s"),
    };

    private static string SegmentLevel(int id, IReadOnlyDictionary<int, string> names) =>
        string.Create(CultureInfo.InvariantCulture, $"{id} {names.GetValueOrDefault(id, string.Empty)}").TrimEnd();

    private static string DaypartLevel(DateTimeOffset timestamp) => timestamp.UtcDateTime.Hour switch
    {
        < 6 => "night (0-6 h UTC)",
        < 12 => "morning (6-12 h UTC)",
        < 18 => "afternoon (12-18 h UTC)",
        _ => "evening (18-24 h UTC)",
    };

    /// <summary>
    /// The levels of a categorical factor seen in training: the most frequent one (ties in ordinal
    /// order) is the reference, and every other level gets an indicator column.
    /// </summary>
    private sealed class Levels
    {
        private readonly Dictionary<string, int> _indexByLevel;

        private Levels(string factor, string reference, string[] pooled, string[] others)
        {
            ReferenceName = pooled.Length == 0
                ? $"{factor}: {reference}"
                : $"{factor}: {reference} (with {string.Join(", ", pooled)})";
            ColumnNames = others.Select(level => $"{factor}: {level}").ToArray();
            _indexByLevel = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string level in others)
            {
                _indexByLevel[level] = _indexByLevel.Count;
            }
        }

        public string ReferenceName { get; }

        public string[] ColumnNames { get; }

        public int Count => ColumnNames.Length;

        public static Levels Of(string factor, IEnumerable<string> values)
        {
            (string Level, int Count)[] byFrequency = values
                .GroupBy(value => value, StringComparer.Ordinal)
                .Select(group => (Level: group.Key, Count: group.Count()))
                .OrderByDescending(entry => entry.Count)
                .ThenBy(entry => entry.Level, StringComparer.Ordinal)
                .ToArray();
            string[] others = byFrequency[1..]
                .Where(entry => entry.Count >= MinimumRows)
                .Select(entry => entry.Level)
                .Order(StringComparer.Ordinal)
                .ToArray();
            string[] pooled = byFrequency[1..]
                .Where(entry => entry.Count < MinimumRows)
                .Select(entry => entry.Level)
                .Order(StringComparer.Ordinal)
                .ToArray();
            return new Levels(factor, byFrequency[0].Level, pooled, others);
        }

        // Returns the level's column offset, or -1 for the reference, a pooled level and a level unseen in training.
        public int IndexOf(string level) => _indexByLevel.TryGetValue(level, out int index) ? index : -1;
    }
}
