namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>A product to promote to one customer, with the recommender's reason.</summary>
/// <param name="Rank">The position in the customer's list, from 1.</param>
/// <param name="ProductId">The product (movie id on MovieLens).</param>
/// <param name="ProductName">The product's name.</param>
/// <param name="Categories">The product's categories (genres).</param>
/// <param name="Score">The recommender's score.</param>
/// <param name="Reason">A one-line reason from the recommender's explanation.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.PromotionResult")]
public sealed record PromotionResult(
    [property: Id(0)] int Rank,
    [property: Id(1)] string ProductId,
    [property: Id(2)] string ProductName,
    [property: Id(3)] IReadOnlyList<string> Categories,
    [property: Id(4)] double Score,
    [property: Id(5)] string Reason);
