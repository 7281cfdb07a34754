namespace MovieRecs.Algorithms.Factorization;

/// <summary>
/// The latent factors and bias of a request profile, solved with the fitted movie factors fixed.
/// </summary>
/// <param name="Bias">The user bias b(u); 0 for models without biases.</param>
/// <param name="Factors">
/// The user factor vector, all 0 when the profile rates no movie of the fitted matrix.
/// </param>
/// <param name="KnownRatings">The number of profile ratings that entered the solve.</param>
internal sealed record FoldedUser(double Bias, double[] Factors, int KnownRatings);
