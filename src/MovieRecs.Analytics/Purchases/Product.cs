namespace MovieRecs.Analytics.Purchases;

/// <summary>A product of the catalogue a purchase history refers to.</summary>
/// <param name="ProductId">The product's id as the source spells it.</param>
/// <param name="Name">The product's name, or its id where the source has no name.</param>
/// <param name="Categories">
/// The product's categories (a movie's genres), empty where the source has none.
/// </param>
/// <param name="Year">The release year where known (movies), else <see langword="null"/>.</param>
public sealed record Product(string ProductId, string Name, IReadOnlyList<string> Categories, int? Year = null);
