using System.Globalization;

namespace MovieRecs.Algorithms.Tuning;

/// <summary>
/// One tunable parameter of a model: its name, type, accepted range and the values a search tries
/// when none are given.
/// </summary>
public sealed record ParameterDefinition
{
    /// <summary>The name, in camelCase, as <c>--param</c> takes it.</summary>
    public required string Name { get; init; }

    /// <summary>What the parameter sets, with its unit.</summary>
    public required string Description { get; init; }

    /// <summary>Whether the parameter takes whole numbers.</summary>
    public ParameterKind Kind { get; init; } = ParameterKind.Real;

    /// <summary>The smallest accepted value.</summary>
    public double Minimum { get; init; }

    /// <summary>Whether <see cref="Minimum"/> itself is rejected (the value must be above it).</summary>
    public bool ExcludesMinimum { get; init; }

    /// <summary>The largest accepted value.</summary>
    public double Maximum { get; init; } = double.PositiveInfinity;

    /// <summary>Whether <see cref="Maximum"/> itself is rejected (the value must be below it).</summary>
    public bool ExcludesMaximum { get; init; }

    /// <summary>The values grid search tries when the search names no values; null leaves the parameter out.</summary>
    public IReadOnlyList<double>? DefaultGrid { get; init; }

    /// <summary>The range random search draws from when the search names none; null leaves the parameter out.</summary>
    public ParameterRange? DefaultRange { get; init; }

    /// <summary>The accepted values in words, such as "an integer in [1, 2147483647]".</summary>
    public string RangeText
    {
        get
        {
            string lower = ExcludesMinimum ? "(" : "[";
            string upper = ExcludesMaximum || double.IsPositiveInfinity(Maximum) ? ")" : "]";
            string kind = Kind == ParameterKind.WholeNumber ? "an integer" : "a number";
            return $"{kind} in {lower}{Format(Minimum)}, {Format(Maximum)}{upper}";
        }
    }

    /// <summary>Returns whether a value is of the right type and inside the accepted range.</summary>
    public bool Accepts(double value)
    {
        if (!double.IsFinite(value) || (Kind == ParameterKind.WholeNumber && value != Math.Round(value)))
        {
            return false;
        }

        bool aboveMinimum = ExcludesMinimum ? value > Minimum : value >= Minimum;
        bool belowMaximum = ExcludesMaximum ? value < Maximum : value <= Maximum;
        return aboveMinimum && belowMaximum;
    }

    /// <summary>Converts an accepted integer value to <see cref="int"/>.</summary>
    internal static int ToInt32(double value) => checked((int)value);

    private static string Format(double value) => double.IsPositiveInfinity(value)
        ? "+inf"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
