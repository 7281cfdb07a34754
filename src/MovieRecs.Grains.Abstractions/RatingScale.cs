namespace MovieRecs.Grains.Abstractions;

/// <summary>The MovieLens rating scale: half stars from 0.5 to 5.0.</summary>
public static class RatingScale
{
    /// <summary>The lowest rating.</summary>
    public const double Min = 0.5;

    /// <summary>The highest rating.</summary>
    public const double Max = 5.0;

    /// <summary>The step between two ratings.</summary>
    public const double Step = 0.5;

    /// <summary>The rule a rating must meet, for error messages.</summary>
    public const string Rule = "a multiple of 0.5 between 0.5 and 5.0";

    /// <summary>
    /// Returns whether a value is on the scale: finite, within 0.5-5.0 and a multiple of 0.5.
    /// </summary>
    public static bool IsValid(double value) =>
        double.IsFinite(value) && value is >= Min and <= Max && Math.Round(value * 2) == value * 2;
}
