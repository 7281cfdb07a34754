namespace MovieRecs.Gateway.Endpoints;

/// <summary>
/// The optional body of POST /api/admin/evaluations: <c>{"models": ["popularity", "wals"], "k": 10}</c>.
/// </summary>
/// <param name="Models">The models to evaluate; null or empty for every model of the catalogue.</param>
/// <param name="K">The length of the top-N lists the ranking metrics use; null for 10.</param>
internal sealed record EvaluationJobBody(IReadOnlyList<string?>? Models, int? K);
