using System.Globalization;
using System.Text;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Gateway.Analytics;

/// <summary>
/// Writes the stock plan and the promotions as RFC 4180 CSV with a header row, LF line ends and
/// invariant-culture numbers, in the columns <c>movierecs actions</c> writes.
/// </summary>
internal static class AnalyticsCsv
{
    /// <summary>The media type of the CSV responses.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Formats one row per planned product, highest forecast first.</summary>
    public static string StockPlan(StockPlanResult plan)
    {
        var builder = new StringBuilder(
            "productId,name,forecastUnits,errorMean,errorStandardDeviation,safetyStock,targetStock,backtestOrigins," +
            "backtestServiceLevel\n");
        foreach (StockPlanLineResult line in plan.Lines)
        {
            AppendRow(
                builder,
                Quote(line.ProductId),
                Quote(line.Name),
                Number(line.ForecastUnits),
                Number(line.ErrorMean),
                Number(line.ErrorStandardDeviation),
                Number(line.SafetyStock),
                Number(line.TargetStock),
                line.BacktestOrigins.ToString(Invariant),
                Number(line.BacktestServiceLevel));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Formats one row per promoted product, customers first, then segments. For a segment row the
    /// score is the product's lift and the reason names its buyers.
    /// </summary>
    public static string Promotions(PromotionsResult promotions)
    {
        var builder = new StringBuilder("scope,id,segmentId,rank,productId,productName,score,reason\n");
        foreach (CustomerPromotionsResult customer in promotions.Customers)
        {
            foreach (PromotionResult promotion in customer.Promotions)
            {
                AppendRow(
                    builder,
                    "customer",
                    Quote(customer.CustomerId),
                    customer.SegmentId?.ToString(Invariant) ?? string.Empty,
                    promotion.Rank.ToString(Invariant),
                    Quote(promotion.ProductId),
                    Quote(promotion.ProductName),
                    Number(promotion.Score),
                    Quote(promotion.Reason));
            }
        }

        foreach (SegmentPromotionsResult segment in promotions.Segments)
        {
            foreach (SegmentProductResult product in segment.Products)
            {
                string reason = $"bought by {product.Buyers} of the segment's {segment.Customers} customers; " +
                    $"{product.Lift.ToString("F2", Invariant)} times its overall share";
                AppendRow(
                    builder,
                    "segment",
                    segment.SegmentId.ToString(Invariant),
                    segment.SegmentId.ToString(Invariant),
                    product.Rank.ToString(Invariant),
                    Quote(product.ProductId),
                    Quote(product.ProductName),
                    Number(product.Lift),
                    Quote(reason));
            }
        }

        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, params string[] fields) =>
        builder.AppendJoin(',', fields).Append('\n');

    private static string Number(double? value) => value?.ToString("R", Invariant) ?? string.Empty;

    /// <summary>Returns the text as a CSV field, quoted when it contains a comma, a quote or a line break.</summary>
    private static string Quote(string text)
    {
        if (text.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return text;
        }

        return $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
