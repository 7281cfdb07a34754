namespace MovieRecs.Charts.Tests;

public sealed class ChartFactoryTests
{
    private const int Width = 640;
    private const int Height = 360;

    public static TheoryData<string> ProfileCharts => Ids(ChartInput.DatasetProfile);

    public static TheoryData<string> ModelCharts => Ids(ChartInput.ModelScores);

    public static TheoryData<string> ColdStartCharts =>
        [ChartIds.ColdStartUsers, ChartIds.ColdStartUsersRmse, ChartIds.ColdStartMovies];

    [Fact]
    public void ChartFonts_Default_IsInstalled()
    {
        Assert.False(string.IsNullOrWhiteSpace(ChartFonts.Default), "No system font: install fonts-dejavu-core.");
    }

    [Theory]
    [MemberData(nameof(ProfileCharts))]
    public void ProfileChart_Fixture_RendersPngAndSvg(string id)
    {
        using Chart chart = ChartFactory.CreateProfileChart(id, ChartFixture.Profile);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(chart.Render(ChartFormat.Svg, Width, Height), Width, Height, FirstWord(id));
    }

    [Theory]
    [MemberData(nameof(ModelCharts))]
    public void ModelChart_TwoModels_RendersPngAndSvg(string id)
    {
        using Chart chart = ChartFactory.CreateModelChart(id, ChartFixture.Scores);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(chart.Render(ChartFormat.Svg, Width, Height), Width, Height, "baseline");
    }

    [Theory]
    [MemberData(nameof(ColdStartCharts))]
    public void ColdStartChart_TwoModels_RendersPngAndSvg(string id)
    {
        using Chart chart = ChartFactory.CreateColdStartChart(id, ChartFixture.Evaluations);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(chart.Render(ChartFormat.Svg, Width, Height), Width, Height, "popularity");
    }

    [Theory]
    [InlineData(ChartIds.MovieSimilarity)]
    [InlineData(ChartIds.PopularSimilarity)]
    public void SimilarityChart_FiveMovies_HasTitlesOnAxes(string id)
    {
        using Chart chart = ChartFactory.CreateSimilarityChart(id, ChartFixture.Similarity, "Similarity of five movies");

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        byte[] svg = chart.Render(ChartFormat.Svg, Width, Height);
        ImageAssert.IsSvg(svg, Width, Height, "Similarity of five movies");
        string text = System.Text.Encoding.UTF8.GetString(svg);
        Assert.Contains("Movie 1 (1991)", text, StringComparison.Ordinal);
        Assert.Contains("Movie 5 (1995)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LargeSize_HasRequestedPixels()
    {
        using Chart chart = ChartFactory.CreateProfileChart(ChartIds.RatingHistogram, ChartFixture.Profile);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, 1600, 900), 1600, 900);
    }

    [Theory]
    [InlineData(ChartSize.MinWidth - 1, 400, "width")]
    [InlineData(ChartSize.MaxWidth + 1, 400, "width")]
    [InlineData(600, ChartSize.MinHeight - 1, "height")]
    [InlineData(600, ChartSize.MaxHeight + 1, "height")]
    public void Render_SizeOutOfRange_Throws(int width, int height, string parameter)
    {
        using Chart chart = ChartFactory.CreateProfileChart(ChartIds.RatingHistogram, ChartFixture.Profile);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => chart.Render(ChartFormat.Png, width, height));

        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void CreateProfileChart_UnknownId_ThrowsListingKnown()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ChartFactory.CreateProfileChart("pie", ChartFixture.Profile));

        Assert.Contains("'pie'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(ChartIds.RatingHistogram, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartCatalog_Ids_AreUniqueAndDrawable()
    {
        Assert.Equal(ChartCatalog.All.Count, ChartCatalog.All.Select(chart => chart.Id).Distinct().Count());
        Assert.All(ChartCatalog.All, chart => Assert.Matches("^[a-z0-9-]+$", chart.Id));
        Assert.Contains(ChartCatalog.All, chart => chart.Section == ChartSection.Data);
        Assert.Contains(ChartCatalog.All, chart => chart.Section == ChartSection.Models);
        Assert.Contains(ChartCatalog.All, chart => chart.Section == ChartSection.Similarity);
        Assert.Contains(ChartCatalog.All, chart => chart.Section == ChartSection.Analytics);
        Assert.Equal(ChartCatalog.All[0], ChartCatalog.Find(ChartCatalog.All[0].Id.ToUpperInvariant()));
        Assert.Null(ChartCatalog.Find("pie"));
    }

    private static TheoryData<string> Ids(ChartInput input) =>
        [.. ChartCatalog.All.Where(chart => chart.Input == input).Select(chart => chart.Id)];

    /// <summary>Returns a word every chart of the id draws in its title, such as "Rating" or "Genre".</summary>
    private static string FirstWord(string id) =>
        ChartCatalog.Find(id)!.Title.Split(' ')[0];
}
