using System.Diagnostics;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Actions;

/// <summary>
/// Chooses the products to promote. Each customer gets the recommender's best in-stock products that
/// the customer has not bought, each with the explanation's reason. Each segment gets the in-stock
/// products most over-represented in its purchases (lift above 1).
/// </summary>
/// <remarks>
/// The recommender is fitted on the purchase log as implicit feedback. Customers and products get
/// dense integer ids (1, 2, ... in the log's ordinal order), each (customer, product) pair is one
/// interaction whose strength <see cref="PromotionOptions.Interaction"/> sets, and the products
/// become the catalogue with their names, categories and years. A fitted planner keeps its state
/// fixed, so a caller can keep one instance and call <see cref="ForCustomer"/> for each request.
/// NOTE: concurrent calls have not been tested; the recommenders cache per-profile state lazily.
/// </remarks>
public sealed class PromotionPlanner
{
    private readonly PurchaseLog _log;
    private readonly PromotionOptions _options;
    private readonly IRecommender _recommender;
    private readonly IReadOnlySet<string>? _inStock;
    private readonly Dictionary<string, int> _customerIds;
    private readonly Product[] _products;
    private readonly Dictionary<int, UserProfile> _profiles;
    private readonly TimeSpan _fitTime;

    private PromotionPlanner(
        PurchaseLog log,
        PromotionOptions options,
        IRecommender recommender,
        IReadOnlySet<string>? inStock,
        Dictionary<string, int> customerIds,
        Dictionary<int, UserProfile> profiles,
        TimeSpan fitTime)
    {
        _log = log;
        _options = options;
        _recommender = recommender;
        _inStock = inStock;
        _customerIds = customerIds;
        _products = log.Products.ToArray();
        _profiles = profiles;
        _fitTime = fitTime;
    }

    /// <summary>The recommender's name.</summary>
    public string Model => _recommender.Name;

    /// <summary>The products that may be promoted, or null when every product may.</summary>
    public IReadOnlySet<string>? InStock => _inStock;

    /// <summary>Fits the recommender on the log.</summary>
    /// <param name="log">The purchases.</param>
    /// <param name="inStock">The products that may be promoted, or null for every product.</param>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentException">The log is empty, or a setting is invalid.</exception>
    public static PromotionPlanner Fit(PurchaseLog log, IReadOnlySet<string>? inStock, PromotionOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (log.Purchases.Count == 0)
        {
            throw new ArgumentException(
                "The purchase log is empty, so there is nothing to recommend from.", nameof(log));
        }

        var clock = Stopwatch.StartNew();
        var customerIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string customer in log.CustomerIds)
        {
            customerIds[customer] = customerIds.Count + 1;
        }

        var productIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var movies = new List<Movie>(log.Products.Count);
        foreach (Product product in log.Products)
        {
            productIds[product.ProductId] = productIds.Count + 1;
            movies.Add(new Movie(productIds.Count, product.Name, product.Year, product.Categories));
        }

        Rating[] ratings = Interactions(log, customerIds, productIds, options.Interaction);
        IRecommender recommender = RecommenderCatalog.Create(options.Model, options.Parameters);
        recommender.Fit(new TrainingData(ratings, movies));
        Dictionary<int, UserProfile> profiles = ratings
            .GroupBy(rating => rating.UserId)
            .ToDictionary(
                group => group.Key,
                group => new UserProfile(
                    group.Key,
                    group.Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value))));
        return new PromotionPlanner(log, options, recommender, inStock, customerIds, profiles, clock.Elapsed);
    }

    /// <summary>
    /// Returns the products in stock: those with a given current stock above 0 when the current stock
    /// is known, else those with a planned target stock above 0, else null (no filter).
    /// </summary>
    public static IReadOnlySet<string>? InStockProducts(StockPlan? plan, IReadOnlyDictionary<string, double>? onHand)
    {
        if (onHand is not null)
        {
            return onHand.Where(pair => pair.Value > 0).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        }

        return plan?.Lines
            .Where(line => line.TargetStock > 0)
            .Select(line => line.ProductId)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Returns one customer's promotions, or null for a customer without purchases in the log.
    /// </summary>
    /// <param name="customerId">The customer's id as the log spells it.</param>
    /// <param name="segmentId">The customer's segment to put in the result, if known.</param>
    public CustomerPromotions? ForCustomer(string customerId, int? segmentId = null)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        if (!_customerIds.TryGetValue(customerId, out int userId))
        {
            return null;
        }

        UserProfile profile = _profiles[userId];
        var promotions = new List<Promotion>(_options.Count);
        foreach (ScoredMovie scored in _recommender.Recommend(profile, _products.Length))
        {
            Product product = _products[scored.MovieId - 1];
            if (_inStock is not null && !_inStock.Contains(product.ProductId))
            {
                continue;
            }

            string reason = Reason(_recommender.Explain(profile, scored.MovieId, _options.ReasonContributions));
            promotions.Add(new Promotion(
                promotions.Count + 1, product.ProductId, product.Name, product.Categories, scored.Score, reason));
            if (promotions.Count == _options.Count)
            {
                break;
            }
        }

        return new CustomerPromotions(customerId, segmentId, promotions);
    }

    /// <summary>Lists the promotions of every customer and, with a segmentation, of every segment.</summary>
    public PromotionReport Plan(SegmentationResult? segmentation, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Dictionary<string, int> segmentOf = segmentation?.Customers.ToDictionary(
            customer => customer.CustomerId,
            customer => customer.SegmentId,
            StringComparer.Ordinal) ?? [];
        var customers = new List<CustomerPromotions>(_customerIds.Count);
        foreach (string customerId in _log.CustomerIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int? segment = segmentOf.TryGetValue(customerId, out int id) ? id : null;
            customers.Add(ForCustomer(customerId, segment)!);
        }

        IReadOnlyList<SegmentPromotions> segments = segmentation is null ? [] : ForSegments(segmentation, segmentOf);
        return new PromotionReport(
            _recommender.Name,
            _recommender.ScoreDescription,
            _inStock?.Count,
            customers,
            segments,
            (_fitTime + clock.Elapsed).TotalSeconds);
    }

    private List<SegmentPromotions> ForSegments(SegmentationResult segmentation, Dictionary<string, int> segmentOf)
    {
        Dictionary<string, int> overall = _log.Purchases
            .GroupBy(purchase => purchase.ProductId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        double allLines = _log.Purchases.Count;
        var results = new List<SegmentPromotions>(segmentation.Segments.Count);
        foreach (SegmentProfile segment in segmentation.Segments.OrderBy(segment => segment.Id))
        {
            Purchase[] lines = _log.CustomerIds
                .Where(customer => segmentOf.GetValueOrDefault(customer) == segment.Id)
                .SelectMany(_log.GetPurchases)
                .ToArray();
            int minimumBuyers = Math.Min(_options.MinSegmentBuyers, segment.Size);
            SegmentProduct[] products = lines
                .GroupBy(purchase => purchase.ProductId, StringComparer.Ordinal)
                .Where(group => _inStock is null || _inStock.Contains(group.Key))
                .Select(group => (
                    Product: group.Key,
                    Lines: group.Count(),
                    Buyers: group.Select(purchase => purchase.CustomerId).Distinct(StringComparer.Ordinal).Count()))
                .Where(entry => entry.Buyers >= minimumBuyers)
                .Select(entry => (
                    entry.Product,
                    entry.Buyers,
                    Share: entry.Lines / (double)lines.Length,
                    Overall: overall[entry.Product] / allLines))
                .Where(entry => entry.Share > entry.Overall)
                .OrderByDescending(entry => entry.Share / entry.Overall)
                .ThenByDescending(entry => entry.Buyers)
                .ThenBy(entry => entry.Product, StringComparer.Ordinal)
                .Take(_options.SegmentCount)
                .Select((entry, index) => new SegmentProduct(
                    index + 1,
                    entry.Product,
                    _log.TryGetProduct(entry.Product, out Product? product) ? product.Name : entry.Product,
                    entry.Buyers,
                    entry.Share,
                    entry.Overall,
                    entry.Share / entry.Overall))
                .ToArray();
            results.Add(new SegmentPromotions(segment.Id, segment.Name, segment.Size, products));
        }

        return results;
    }

    private string Reason(Explanation? explanation)
    {
        if (explanation is null || explanation.Contributions.Count == 0)
        {
            return "no explanation from the model";
        }

        string[] rated = explanation.Contributions
            .Where(contribution => contribution.Kind == ContributionKind.RatedMovie)
            .Select(contribution => $"{contribution.Label} ({Weight(contribution.Weight)})")
            .ToArray();
        string[] others = explanation.Contributions
            .Where(contribution => contribution.Kind != ContributionKind.RatedMovie)
            .Select(contribution => $"{contribution.Label} ({Weight(contribution.Weight)})")
            .ToArray();
        string because = rated.Length > 0 ? $"because you {_options.Verb} {string.Join(" and ", rated)}" : string.Empty;
        return string.Join("; ", new[] { because }.Concat(others).Where(part => part.Length > 0));
    }

    // Three decimals, or scientific notation for a weight that would round to zero.
    private static string Weight(double weight) => weight.ToString(
        weight == 0 || Math.Abs(weight) >= 0.0005 ? "+0.000;-0.000;0.000" : "+0.0E+0;-0.0E+0",
        CultureInfo.InvariantCulture);

    // One interaction per (customer, product) pair, with a strength on the 0.5-5 scale the
    // recommenders take, and the time of the latest purchase of the pair.
    private static Rating[] Interactions(
        PurchaseLog log,
        Dictionary<string, int> customerIds,
        Dictionary<string, int> productIds,
        InteractionStrength strength)
    {
        var ratings = new List<Rating>();
        foreach (string customer in log.CustomerIds)
        {
            IEnumerable<IGrouping<string, Purchase>> pairs = log.GetPurchases(customer)
                .GroupBy(purchase => purchase.ProductId, StringComparer.Ordinal);
            foreach (IGrouping<string, Purchase> pair in pairs)
            {
                Purchase latest = pair.Last();
                double value = strength == InteractionStrength.Amount
                    ? latest.Amount
                    : pair.Sum(purchase => purchase.Quantity);
                ratings.Add(new Rating(
                    customerIds[customer],
                    productIds[pair.Key],
                    Math.Clamp(value, 0.5, 5.0),
                    latest.Timestamp.ToUnixTimeSeconds()));
            }
        }

        return ratings.ToArray();
    }
}
