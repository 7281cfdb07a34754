namespace MovieRecs.Algorithms.Tuning;

/// <summary>
/// A closed interval [minimum, maximum] that random search draws from, uniformly or log-uniformly.
/// </summary>
/// <remarks>
/// A log-uniform draw is exp(U(ln minimum, ln maximum)). For an integer parameter the draw is
/// rounded to the nearest whole number inside the range, so with a uniform scale each whole number
/// strictly inside gets twice the share of each end point. Grid search rejects ranges: it needs a
/// <see cref="ParameterValues"/> list.
/// </remarks>
public sealed record ParameterRange : ParameterDomain
{
    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentException">
    /// A bound is not finite, the minimum exceeds the maximum, or a log-uniform range does not start above 0.
    /// </exception>
    public ParameterRange(double minimum, double maximum, ParameterScale scale = ParameterScale.Uniform)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum))
        {
            throw new ArgumentException($"Range bounds must be finite; got {minimum}..{maximum}.");
        }

        if (minimum > maximum)
        {
            throw new ArgumentException(
                $"The range {Format(minimum)}..{Format(maximum)} is empty; put the smaller bound first.");
        }

        if (scale == ParameterScale.LogUniform && minimum <= 0)
        {
            throw new ArgumentException(
                $"A log-uniform range must start above 0; got {Format(minimum)}..{Format(maximum)}:log.");
        }

        Minimum = minimum;
        Maximum = maximum;
        Scale = scale;
    }

    /// <summary>The smallest value a draw can take.</summary>
    public double Minimum { get; }

    /// <summary>The largest value a draw can take.</summary>
    public double Maximum { get; }

    /// <summary>How values are drawn.</summary>
    public ParameterScale Scale { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An integer parameter's range contains no whole number.</exception>
    public override double Sample(Random random, ParameterKind kind)
    {
        ArgumentNullException.ThrowIfNull(random);
        double draw = Scale == ParameterScale.LogUniform
            ? Math.Exp(Math.Log(Minimum) + ((Math.Log(Maximum) - Math.Log(Minimum)) * random.NextDouble()))
            : Minimum + ((Maximum - Minimum) * random.NextDouble());

        // exp(ln x) can land an ulp outside the bounds.
        draw = Math.Clamp(draw, Minimum, Maximum);
        if (kind == ParameterKind.Real)
        {
            return draw;
        }

        double lowest = Math.Ceiling(Minimum);
        double highest = Math.Floor(Maximum);
        if (lowest > highest)
        {
            throw new ArgumentException($"The range {this} contains no whole number for an integer parameter.");
        }

        return Math.Clamp(Math.Round(draw, MidpointRounding.AwayFromZero), lowest, highest);
    }

    /// <summary>Returns the range in the command-line syntax, such as <c>0.01..0.1:log</c>.</summary>
    public override string ToString() =>
        $"{Format(Minimum)}..{Format(Maximum)}{(Scale == ParameterScale.LogUniform ? ":log" : string.Empty)}";
}
