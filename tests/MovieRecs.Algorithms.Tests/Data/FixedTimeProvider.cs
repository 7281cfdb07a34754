namespace MovieRecs.Algorithms.Tests.Data;

/// <summary>A clock that always returns the same UTC time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
