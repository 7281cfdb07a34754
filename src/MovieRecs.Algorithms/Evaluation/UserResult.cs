namespace MovieRecs.Algorithms.Evaluation;

/// <summary>What one test user contributes to an evaluation.</summary>
/// <param name="TestCount">The user's number of test ratings.</param>
/// <param name="Errors">The (predicted, actual) pairs of the test ratings the model predicted.</param>
/// <param name="Relevant">The user's relevant test movies.</param>
/// <param name="Recommended">The user's top-N list, best first, of length up to MaxK.</param>
internal sealed record UserResult(
    int TestCount,
    List<(double Predicted, double Actual)> Errors,
    HashSet<int> Relevant,
    int[] Recommended);
