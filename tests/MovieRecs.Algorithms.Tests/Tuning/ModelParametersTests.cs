using System.Globalization;
using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Tuning;

namespace MovieRecs.Algorithms.Tests.Tuning;

public class ModelParametersTests
{
    [Fact]
    public void Create_MatrixFactorizationValues_SetsOptions()
    {
        var parameters = new Dictionary<string, double>
        {
            ["factors"] = 7,
            ["epochs"] = 3,
            ["learningRate"] = 0.02,
            ["regularization"] = 0.5,
        };

        var model = Assert.IsType<BiasedMatrixFactorization>(RecommenderCatalog.Create("biased-mf", parameters));

        Assert.Equal(7, model.Options.Factors);
        Assert.Equal(3, model.Options.Epochs);
        Assert.Equal(0.02, model.Options.LearningRate);
        Assert.Equal(0.5, model.Options.Regularization);
        Assert.Equal(new BiasedMatrixFactorizationOptions().Seed, model.Options.Seed);
    }

    [Fact]
    public void Create_ItemKnnBaselineValues_KeepsOtherDefaults()
    {
        var defaults = Assert.IsType<ItemKnnRecommender>(RecommenderCatalog.Create("item-knn-baseline"));
        var parameters = new Dictionary<string, double>
        {
            ["neighbors"] = 33,
            ["userRegularization"] = 12,
            ["storedNeighbors"] = 150,
        };

        var model = Assert.IsType<ItemKnnRecommender>(RecommenderCatalog.Create("item-knn-baseline", parameters));

        Assert.Equal("item-knn-baseline", model.Name);
        Assert.Equal(33, model.Options.MaxNeighbors);
        Assert.Equal(150, model.Options.MaxStoredNeighbors);
        Assert.Equal(12, model.Options.Baseline.UserRegularization);
        Assert.Equal(defaults.Options.Baseline.ItemRegularization, model.Options.Baseline.ItemRegularization);
        Assert.Equal(SimilarityMetric.AdjustedCosine, model.Options.Metric);
        Assert.Equal(defaults.Options.Shrinkage, model.Options.Shrinkage);
        Assert.Equal(defaults.Options.MinNeighborsToRank, model.Options.MinNeighborsToRank);
    }

    [Fact]
    public void Create_NoValues_EqualsCatalogueModel()
    {
        var tuned = Assert.IsType<ImplicitAls>(RecommenderCatalog.Create("wals", new Dictionary<string, double>()));

        Assert.Equal(new ImplicitAlsOptions(), tuned.Options);
    }

    [Fact]
    public void Create_ParameterNameIgnoresCase()
    {
        var parameters = new Dictionary<string, double> { ["USERREGULARIZATION"] = 9 };

        var model = Assert.IsType<BiasedBaseline>(RecommenderCatalog.Create("baseline", parameters));

        Assert.Equal(9, model.Options.UserRegularization);
    }

    [Fact]
    public void Create_UnknownParameter_ThrowsListingParameters()
    {
        var parameters = new Dictionary<string, double> { ["factor"] = 10 };

        var exception = Assert.Throws<ArgumentException>(() => RecommenderCatalog.Create("biased-mf", parameters));

        Assert.Contains("'biased-mf'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'factor'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("factors, epochs, learningRate, regularization", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("biased-mf", "factors", 0.0, "an integer in [1, 2147483647]")]
    [InlineData("biased-mf", "factors", 2.5, "an integer in [1, 2147483647]")]
    [InlineData("biased-mf", "learningRate", 0.0, "a number in (0, +inf)")]
    [InlineData("item-knn", "minSimilarity", 1.0, "a number in [0, 1)")]
    [InlineData("item-knn-baseline", "shrinkage", -1.0, "a number in [0, +inf)")]
    [InlineData("wals", "alpha", double.PositiveInfinity, "a number in [0, +inf)")]
    public void Create_ValueOutOfRange_ThrowsNamingRange(string model, string parameter, double value, string range)
    {
        var parameters = new Dictionary<string, double> { [parameter] = value };

        var exception = Assert.Throws<ArgumentException>(() => RecommenderCatalog.Create(model, parameters));

        Assert.Contains($"'{parameter}' of model '{model}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(range, exception.Message, StringComparison.Ordinal);
        string given = value.ToString("R", CultureInfo.InvariantCulture);
        Assert.Contains($"got {given}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ModelWithoutParameters_ThrowsListingTunableModels()
    {
        var parameters = new Dictionary<string, double> { ["neighbors"] = 10 };

        var exception = Assert.Throws<ArgumentException>(() => RecommenderCatalog.Create("popularity", parameters));

        Assert.Contains("'popularity' has no tunable parameters", exception.Message, StringComparison.Ordinal);
        Assert.Contains("biased-mf", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownModel_Throws()
    {
        var parameters = new Dictionary<string, double> { ["factors"] = 10 };

        var exception = Assert.Throws<ArgumentException>(() => RecommenderCatalog.Create("svd", parameters));

        Assert.Contains("Unknown model 'svd'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_UserKnn_HasNoShrinkage()
    {
        string[] names = ModelParameters.Of("user-knn").Select(definition => definition.Name).ToArray();

        Assert.Equal(["neighbors", "minSimilarity", "minCoRatings"], names);
    }

    [Fact]
    public void ResolveSpace_Empty_UsesDefaultGrid()
    {
        var space = ModelParameters.ResolveSpace("biased-mf", [], SearchStrategy.Grid);

        string[] names = space.Select(dimension => dimension.Name).ToArray();
        Assert.Equal(["factors", "epochs", "learningRate", "regularization"], names);
        Assert.All(space, dimension => Assert.IsType<ParameterValues>(dimension.Domain));
        Assert.Equal(ParameterKind.WholeNumber, space[0].Kind);
        Assert.Equal(ParameterKind.Real, space[2].Kind);
    }

    [Fact]
    public void ResolveSpace_GridWithRange_Throws()
    {
        SearchDimension[] given = [new("factors", new ParameterRange(10, 100))];

        var exception = Assert.Throws<ArgumentException>(
            () => ModelParameters.ResolveSpace("biased-mf", given, SearchStrategy.Grid));

        string expected = "Grid search needs a list of values for 'factors'";
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveSpace_RepeatedName_Throws()
    {
        SearchDimension[] given =
        [
            new("factors", new ParameterValues([10])),
            new("Factors", new ParameterValues([20])),
        ];

        var exception = Assert.Throws<ArgumentException>(
            () => ModelParameters.ResolveSpace("biased-mf", given, SearchStrategy.Grid));

        Assert.Contains("given twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveSpace_RangeOutsideParameter_Throws()
    {
        SearchDimension[] given = [new("minSimilarity", new ParameterRange(0.5, 1.5))];

        var exception = Assert.Throws<ArgumentException>(
            () => ModelParameters.ResolveSpace("item-knn", given, SearchStrategy.Random));

        Assert.Contains("got 1.5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveSpace_CanonicalNameAndKind()
    {
        SearchDimension[] given = [new("NEIGHBORS", new ParameterRange(5, 50, ParameterScale.LogUniform))];

        var space = ModelParameters.ResolveSpace("item-knn-baseline", given, SearchStrategy.Random);

        var expected = new SearchDimension("neighbors", given[0].Domain, ParameterKind.WholeNumber);
        Assert.Equal(expected, Assert.Single(space));
    }
}
