namespace MovieRecs.Algorithms.Data;

/// <summary>
/// The demographics of one user as MovieLens 100K publishes them in u.user.
/// </summary>
/// <param name="UserId">The MovieLens user id, a positive integer.</param>
/// <param name="Age">The age in years, between 1 and 120.</param>
/// <param name="Gender">The gender as the file codes it, "M" or "F" in the 1998 release.</param>
/// <param name="Occupation">The occupation label, such as "technician" (u.occupation lists them).</param>
/// <param name="ZipCode">The US zip code as text; a few users have a Canadian postal code instead.</param>
public sealed record MovieLensUser(int UserId, int Age, string Gender, string Occupation, string ZipCode);
