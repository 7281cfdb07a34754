namespace MovieRecs.Algorithms.Tuning;

/// <summary>A list of values to try, in order; grid search tries each, random search picks one per draw.</summary>
public sealed record ParameterValues : ParameterDomain
{
    /// <summary>Wraps a non-empty list of finite values.</summary>
    /// <exception cref="ArgumentException">The list is empty or contains a value that is not finite.</exception>
    public ParameterValues(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A value list needs at least one value.");
        }

        foreach (double value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"Every value must be finite; got {value}.");
            }
        }

        Values = values.ToArray();
    }

    /// <summary>The values, in the order given.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <inheritdoc />
    public override double Sample(Random random, ParameterKind kind)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Values[random.Next(Values.Count)];
    }

    /// <inheritdoc />
    public bool Equals(ParameterValues? other) => other is not null && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => Values.Aggregate(0, HashCode.Combine);

    /// <summary>Returns the list in the command-line syntax, such as <c>50,100,200</c>.</summary>
    public override string ToString() => string.Join(",", Values.Select(Format));
}
