using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Minimises a function of a few parameters inside a box with Math.NET's Nelder-Mead simplex.
/// Each parameter p in [lower, upper] is searched as u with p = lower + (upper − lower)·σ(u), so the
/// simplex moves freely and never leaves the box.
/// </summary>
internal static class BoundedMinimizer
{
    private const double Tolerance = 1e-9;
    private const int MaximumEvaluations = 4000;

    // Keeps the transformed value of a start away from ±infinity when it sits on a bound.
    private const double EdgeMargin = 1e-6;

    /// <summary>
    /// Returns the best point found from any of the starts. A run that reaches the evaluation limit
    /// contributes the best point it evaluated instead of failing.
    /// </summary>
    public static double[] Minimize(
        Func<double[], double> objective,
        double[] lower,
        double[] upper,
        IEnumerable<double[]> starts)
    {
        double[]? best = null;
        double bestValue = double.PositiveInfinity;
        foreach (double[] start in starts)
        {
            var tracked = new TrackedObjective(objective, lower, upper);
            Vector<double> initial = Vector<double>.Build.Dense(start.Length, i => ToUnbounded(start[i], lower[i], upper[i]));
            Vector<double> perturbation = Vector<double>.Build.Dense(start.Length, 0.5);
            try
            {
                NelderMeadSimplex.Minimum(
                    ObjectiveFunction.Value(tracked.Evaluate),
                    initial,
                    perturbation,
                    Tolerance,
                    MaximumEvaluations);
            }
            catch (MaximumIterationsException)
            {
                // The simplex did not settle within the limit; its best vertex so far is still usable.
            }

            if (tracked.BestValue < bestValue)
            {
                bestValue = tracked.BestValue;
                best = tracked.BestPoint;
            }
        }

        return best ?? throw new ArgumentException("No start point gave a finite objective value.", nameof(starts));
    }

    private static double ToUnbounded(double value, double lower, double upper)
    {
        double fraction = Math.Clamp((value - lower) / (upper - lower), EdgeMargin, 1 - EdgeMargin);
        return Math.Log(fraction / (1 - fraction));
    }

    private static double ToBounded(double unbounded, double lower, double upper) =>
        lower + ((upper - lower) / (1 + Math.Exp(-unbounded)));

    private sealed class TrackedObjective(Func<double[], double> objective, double[] lower, double[] upper)
    {
        public double BestValue { get; private set; } = double.PositiveInfinity;

        public double[]? BestPoint { get; private set; }

        public double Evaluate(Vector<double> unbounded)
        {
            double[] point = new double[unbounded.Count];
            for (int i = 0; i < point.Length; i++)
            {
                point[i] = ToBounded(unbounded[i], lower[i], upper[i]);
            }

            double value = objective(point);
            if (double.IsNaN(value))
            {
                value = double.PositiveInfinity;
            }

            if (value < BestValue)
            {
                BestValue = value;
                BestPoint = point;
            }

            return value;
        }
    }
}
