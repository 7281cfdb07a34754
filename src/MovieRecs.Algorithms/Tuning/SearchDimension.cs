namespace MovieRecs.Algorithms.Tuning;

/// <summary>One parameter of a search space and the values the search may give it.</summary>
/// <param name="Name">The parameter name, as <see cref="ModelParameters.Of"/> lists it.</param>
/// <param name="Domain">The values to try: a list, or a range for random search.</param>
/// <param name="Kind">
/// Whether the parameter takes whole numbers; random search rounds its draws then.
/// <see cref="ModelParameters.ResolveSpace"/> sets it from the model's definition.
/// </param>
public sealed record SearchDimension(string Name, ParameterDomain Domain, ParameterKind Kind = ParameterKind.Real)
{
    /// <summary>Returns the dimension in the command-line syntax, such as <c>factors=50,100</c>.</summary>
    public override string ToString() => $"{Name}={Domain}";
}
