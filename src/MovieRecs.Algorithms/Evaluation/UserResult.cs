namespace MovieRecs.Algorithms.Evaluation;

/// <summary>What one test user contributes to an evaluation.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="TrainCount">The user's number of training ratings.</param>
/// <param name="TestCount">The user's number of test ratings.</param>
/// <param name="Test">The user's test ratings as (movie id, rating) pairs.</param>
/// <param name="Errors">The (movie id, predicted, actual) triples of the test ratings the model predicted.</param>
/// <param name="Relevant">The user's relevant test movies.</param>
/// <param name="Recommended">The user's top-N list, best first, of length up to MaxK.</param>
internal sealed record UserResult(
    int UserId,
    int TrainCount,
    int TestCount,
    List<(int MovieId, double Rating)> Test,
    List<(int MovieId, double Predicted, double Actual)> Errors,
    HashSet<int> Relevant,
    int[] Recommended);
