namespace MovieRecs.Gateway.Charts;

/// <summary>The key numbers of the loaded data set, as GET /api/stats/summary returns them.</summary>
/// <param name="Users">The number of users with at least one rating.</param>
/// <param name="Movies">The number of catalogue movies, rated or not.</param>
/// <param name="Ratings">The number of ratings.</param>
/// <param name="SparsityPercent">The share of user x movie cells without a rating, in percent.</param>
/// <param name="FirstRating">The date (UTC) of the earliest rating; null without ratings.</param>
/// <param name="LastRating">The date (UTC) of the latest rating; null without ratings.</param>
internal sealed record StatsSummary(
    int Users,
    int Movies,
    int Ratings,
    double SparsityPercent,
    DateOnly? FirstRating,
    DateOnly? LastRating);
