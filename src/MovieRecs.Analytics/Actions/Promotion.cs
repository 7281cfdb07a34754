namespace MovieRecs.Analytics.Actions;

/// <summary>A product to promote to one customer, with the recommender's reason.</summary>
/// <param name="Rank">The position in the customer's list, from 1.</param>
/// <param name="ProductId">The product.</param>
/// <param name="ProductName">The product's name.</param>
/// <param name="Categories">The product's categories.</param>
/// <param name="Score">The recommender's score; its meaning is the report's score description.</param>
/// <param name="Reason">
/// A one-line reason from the recommender's explanation, such as "because you bought X (+0.210)".
/// </param>
public sealed record Promotion(
    int Rank,
    string ProductId,
    string ProductName,
    IReadOnlyList<string> Categories,
    double Score,
    string Reason);
