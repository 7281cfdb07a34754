using System.Globalization;
using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tuning;

/// <summary>
/// The tunable parameters of each catalogue model and how they map onto its options:
/// <see cref="BiasedMatrixFactorizationOptions"/>, <see cref="KnnOptions"/>,
/// <see cref="ImplicitAlsOptions"/> and <see cref="BaselineOptions"/>.
/// </summary>
/// <remarks>
/// A parameter left unset keeps the catalogue model's own value, so <c>Create(name, {})</c> builds
/// the same model as <see cref="RecommenderCatalog.Create(string)"/>. The parameters follow the
/// model's type: every item-kNN entry takes the item-kNN ones, and a model of any other type, such
/// as <c>popularity</c> or <c>blend</c>, takes none.
/// </remarks>
public static partial class ModelParameters
{
    /// <summary>Lists a model's tunable parameters; empty for a model that takes none.</summary>
    /// <exception cref="ArgumentException">The model is not in the catalogue.</exception>
    public static IReadOnlyList<ParameterDefinition> Of(string model) =>
        SpaceOf(RecommenderCatalog.Create(model)).Definitions;

    /// <summary>Creates an unfitted catalogue model with the given parameters set on its options.</summary>
    /// <exception cref="ArgumentException">
    /// The model is unknown, a parameter name is not one of the model's, or a value is outside its
    /// range; the message names the model, the parameter, the value and the accepted range.
    /// </exception>
    public static IRecommender Create(string model, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);

        IRecommender defaults = RecommenderCatalog.Create(model);
        if (parameters.Count == 0)
        {
            return defaults;
        }

        return SpaceOf(defaults).Create(model, parameters);
    }

    /// <summary>
    /// Checks a search space against a model's parameters and returns it with the canonical names
    /// and kinds; an empty space becomes the model's default one, from each parameter's
    /// <see cref="ParameterDefinition.DefaultGrid"/> or <see cref="ParameterDefinition.DefaultRange"/>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The model is unknown or takes no parameters, a name is unknown or repeated, a listed value or
    /// range bound is outside the parameter's range, or a grid search was given a range.
    /// </exception>
    public static IReadOnlyList<SearchDimension> ResolveSpace(
        string model,
        IReadOnlyList<SearchDimension> space,
        SearchStrategy search)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(space);

        IReadOnlyList<ParameterDefinition> definitions = Of(model);
        if (definitions.Count == 0)
        {
            throw new ArgumentException(
                $"Model '{model}' has no tunable parameters. "
                + $"Models with parameters: {string.Join(", ", TunableModels())}.");
        }

        if (space.Count == 0)
        {
            return DefaultSpace(definitions, search);
        }

        var resolved = new List<SearchDimension>(space.Count);
        foreach (SearchDimension dimension in space)
        {
            ParameterDefinition definition = Find(model, definitions, dimension.Name);
            if (resolved.Any(other => other.Name == definition.Name))
            {
                throw new ArgumentException(
                    $"Parameter '{definition.Name}' of model '{model}' is given twice; give it once.");
            }

            CheckDomain(model, definition, dimension.Domain, search);
            resolved.Add(new SearchDimension(definition.Name, dimension.Domain, definition.Kind));
        }

        return resolved;
    }

    /// <summary>The catalogue models that take parameters, in catalogue order.</summary>
    public static IReadOnlyList<string> TunableModels() =>
        RecommenderCatalog.Names.Where(name => Of(name).Count > 0).ToArray();

    private static List<SearchDimension> DefaultSpace(
        IReadOnlyList<ParameterDefinition> definitions,
        SearchStrategy search)
    {
        var space = new List<SearchDimension>();
        foreach (ParameterDefinition definition in definitions)
        {
            ParameterDomain? domain = search == SearchStrategy.Grid
                ? definition.DefaultGrid is { } grid ? new ParameterValues(grid) : null
                : definition.DefaultRange;
            if (domain is not null)
            {
                space.Add(new SearchDimension(definition.Name, domain, definition.Kind));
            }
        }

        return space;
    }

    private static void CheckDomain(
        string model,
        ParameterDefinition definition,
        ParameterDomain domain,
        SearchStrategy search)
    {
        switch (domain)
        {
            case ParameterValues list:
                foreach (double value in list.Values)
                {
                    CheckValue(model, definition, value);
                }

                break;
            case ParameterRange range when search == SearchStrategy.Grid:
                throw new ArgumentException(
                    $"Grid search needs a list of values for '{definition.Name}' of model '{model}', "
                    + $"not the range {range}; "
                    + $"give values such as {definition.Name}=v1,v2 or use random search.");
            case ParameterRange range:
                CheckValue(model, definition, range.Minimum);
                CheckValue(model, definition, range.Maximum);
                if (definition.Kind == ParameterKind.WholeNumber
                    && Math.Ceiling(range.Minimum) > Math.Floor(range.Maximum))
                {
                    throw new ArgumentException(
                        $"The range {range} of '{definition.Name}' of model '{model}' contains no integer; widen it.");
                }

                break;
            default:
                throw new ArgumentException($"Unsupported domain {domain} for '{definition.Name}'.");
        }
    }

    private static ParameterDefinition Find(
        string model,
        IReadOnlyList<ParameterDefinition> definitions,
        string name) =>
        definitions.FirstOrDefault(
            definition => string.Equals(definition.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            definitions.Count == 0
                ? $"Model '{model}' has no tunable parameters, so '{name}' cannot be set. "
                    + $"Models with parameters: {string.Join(", ", TunableModels())}."
                : $"Model '{model}' has no parameter '{name}'. Its parameters: "
                    + $"{string.Join(", ", definitions.Select(definition => definition.Name))}.");

    private static void CheckValue(string model, ParameterDefinition definition, double value)
    {
        if (!definition.Accepts(value))
        {
            throw new ArgumentException(
                $"Parameter '{definition.Name}' of model '{model}' must be {definition.RangeText}; "
                + $"got {value.ToString("R", CultureInfo.InvariantCulture)}.");
        }
    }

    private static IModelSpace SpaceOf(IRecommender defaults) => defaults switch
    {
        BiasedMatrixFactorization model => MatrixFactorizationSpace(model),
        ItemKnnRecommender model => ItemKnnSpace(model),
        UserKnnRecommender model => UserKnnSpace(model),
        ImplicitAls model => ImplicitAlsSpace(model),
        BiasedBaseline model => BaselineSpace(model),
        _ => EmptySpace.Instance,
    };

    /// <summary>A model's parameter definitions and the way to build the model from values.</summary>
    private interface IModelSpace
    {
        IReadOnlyList<ParameterDefinition> Definitions { get; }

        IRecommender Create(string model, IReadOnlyDictionary<string, double> parameters);
    }

    private sealed class EmptySpace : IModelSpace
    {
        public static EmptySpace Instance { get; } = new();

        public IReadOnlyList<ParameterDefinition> Definitions => [];

        public IRecommender Create(string model, IReadOnlyDictionary<string, double> parameters) =>
            throw new ArgumentException(
                $"Model '{model}' has no tunable parameters, so '{parameters.Keys.First()}' cannot be set. "
                + $"Models with parameters: {string.Join(", ", TunableModels())}.");
    }

    /// <summary>The parameters of one options type: each definition with the step that sets it.</summary>
    private sealed class ModelSpace<TOptions>(
        TOptions defaults,
        IReadOnlyList<(ParameterDefinition Definition, Func<TOptions, double, TOptions> Apply)> setters,
        Func<TOptions, IRecommender> build) : IModelSpace
    {
        public IReadOnlyList<ParameterDefinition> Definitions { get; } =
            setters.Select(setter => setter.Definition).ToArray();

        public IRecommender Create(string model, IReadOnlyDictionary<string, double> parameters)
        {
            TOptions options = defaults;
            foreach ((string name, double value) in parameters)
            {
                ParameterDefinition definition = Find(model, Definitions, name);
                CheckValue(model, definition, value);
                options = setters.First(setter => setter.Definition == definition).Apply(options, value);
            }

            return build(options);
        }
    }
}
