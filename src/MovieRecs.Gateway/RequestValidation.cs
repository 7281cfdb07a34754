using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway;

/// <summary>
/// Parses route and query values that arrive as strings, so an invalid one gets a 400 problem that
/// names the value and the rule instead of a routing miss.
/// </summary>
internal static class RequestValidation
{
    /// <summary>The title of every problem about invalid request values.</summary>
    public const string Title = "Invalid request";

    /// <summary>
    /// Parses a positive 32-bit id such as a user or movie id, adding an error keyed by <paramref
    /// name="parameter"/>.
    /// </summary>
    public static int ParseId(string parameter, string description, string? value, Dictionary<string, string[]> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id > 0)
        {
            return id;
        }

        errors[parameter] =
            [$"The {description} '{value}' is invalid: it must be an integer between 1 and {int.MaxValue}."];
        return 0;
    }

    /// <summary>
    /// Parses the list size n, <see cref="RecommendationLimits.DefaultCount"/> when absent.
    /// </summary>
    public static int ParseCount(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return RecommendationLimits.DefaultCount;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && RecommendationLimits.IsValidCount(count))
        {
            return count;
        }

        errors["n"] = [$"The list size n '{value}' is invalid: it must be {RecommendationLimits.CountRule}."];
        return 0;
    }

    /// <summary>Parses a true/false query flag, false when absent.</summary>
    public static bool ParseFlag(string parameter, string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value, out bool flag))
        {
            return flag;
        }

        errors[parameter] = [$"The {parameter} value '{value}' is invalid: it must be true or false."];
        return false;
    }

    /// <summary>Parses the similarity metric, cosine when absent.</summary>
    public static ItemSimilarityMetric ParseMetric(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return ItemSimilarityMetric.Cosine;
        }

        if (SimilarityMetricNames.TryParse(value, out ItemSimilarityMetric metric))
        {
            return metric;
        }

        errors["metric"] =
            [$"The metric '{value}' is invalid: it must be one of {string.Join(", ", SimilarityMetricNames.All)}."];
        return default;
    }

    /// <summary>
    /// Creates the 400 problem for the collected errors; its detail repeats every message.
    /// </summary>
    public static ValidationProblem Problem(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.Values.SelectMany(messages => messages)),
            title: Title);
}
