using System.Globalization;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// Reads a MovieLens data set as a purchase history: each rating is a purchase of one unit of the
/// movie, its amount is the rating, and the movie's genres are the product's categories.
/// </summary>
public static class MovieLensPurchases
{
    // movies.csv marks a movie without genres with this label; as a category it would group unlike
    // products, so the product gets no category instead.
    private const string NoGenresListed = "(no genres listed)";

    /// <summary>
    /// Converts a loaded MovieLens data set. User and movie ids become their invariant decimal
    /// text; demographics come from <paramref name="customers"/> (MovieLens 100K's u.user).
    /// </summary>
    public static PurchaseLog FromDataset(MovieLensDataset dataset, IEnumerable<Customer>? customers = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        IEnumerable<Product> products = dataset.Movies.Select(movie => new Product(
            ToId(movie.MovieId),
            movie.Title,
            movie.Genres.Where(genre => genre != NoGenresListed).ToArray(),
            movie.Year));
        IEnumerable<Purchase> purchases = dataset.Ratings.Select(rating => new Purchase(
            ToId(rating.UserId),
            ToId(rating.MovieId),
            DateTimeOffset.FromUnixTimeSeconds(rating.Timestamp),
            Quantity: 1,
            Amount: rating.Value));
        return new PurchaseLog(purchases, products, customers ?? [], dataset.Report);
    }

    /// <summary>Returns the purchase-log id of a MovieLens user or movie id.</summary>
    public static string ToId(int movieLensId) => movieLensId.ToString(CultureInfo.InvariantCulture);
}
