using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Ordinary least squares with classical and cluster-robust standard errors, solved through the
/// normal equations with Math.NET Numerics' Cholesky decomposition.
/// </summary>
/// <remarks>
/// <para>
/// β = (X'X)⁻¹X'y. The classical covariance is σ²(X'X)⁻¹ with σ² = SSE / (n − p), and intervals
/// use Student's t with n − p degrees of freedom. The cluster-robust covariance is the sandwich
/// (X'X)⁻¹ (Σ_g u_g u_g') (X'X)⁻¹ with u_g = Σ_{i in g} x_i e_i, scaled by G/(G − 1) · (n − 1)/(n − p)
/// (the CR1 small-sample correction), and its intervals use t with G − 1 degrees of freedom.
/// </para>
/// <para>
/// A column that is constant zero or a linear combination of earlier columns is aliased and left
/// out. An incremental Cholesky factorisation of X'X finds them: column j is kept when the part of
/// its sum of squares that the kept columns do not explain exceeds 10⁻⁹ of the whole.
/// </para>
/// </remarks>
public static class OrdinaryLeastSquares
{
    private const double AliasTolerance = 1e-9;

    /// <summary>Fits y on the columns of X.</summary>
    /// <param name="rows">The design matrix, one array per row; include a column of ones for an intercept.</param>
    /// <param name="targets">The target of each row.</param>
    /// <param name="columnNames">The name of each column.</param>
    /// <param name="clusters">The cluster (customer) of each row for clustered errors, or null for none.</param>
    /// <param name="confidence">The coverage of the intervals, inside (0, 1).</param>
    /// <exception cref="ArgumentException">
    /// The lengths disagree, a value is not finite, or there are not more rows than kept columns.
    /// </exception>
    public static LinearModel Fit(
        IReadOnlyList<double[]> rows,
        IReadOnlyList<double> targets,
        IReadOnlyList<string> columnNames,
        IReadOnlyList<string>? clusters = null,
        double confidence = 0.95)
    {
        int columnCount = Validate(rows, targets, columnNames, clusters, confidence);
        int n = rows.Count;

        (double[,] gram, double[] moments) = NormalEquations(rows, targets, columnCount);
        int[] kept = NonAliasedColumns(gram, columnCount);
        int p = kept.Length;
        if (n <= p)
        {
            throw new ArgumentException(
                $"A least squares fit of {p} independent columns needs more than {p} rows; there are {n}.",
                nameof(rows));
        }

        Matrix<double> keptGram = Matrix<double>.Build.Dense(p, p, (i, j) => gram[kept[i], kept[j]]);
        Vector<double> keptMoments = Vector<double>.Build.Dense(p, i => moments[kept[i]]);
        var cholesky = keptGram.Cholesky();
        Vector<double> solution = cholesky.Solve(keptMoments);
        Matrix<double> inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(p));

        var beta = new double[columnCount];
        for (int i = 0; i < p; i++)
        {
            beta[kept[i]] = solution[i];
        }

        double[] residuals = Residuals(rows, targets, beta);
        double sse = residuals.Sum(residual => residual * residual);
        double mean = targets.Average();
        double sst = targets.Sum(target => (target - mean) * (target - mean));
        int degreesOfFreedom = n - p;
        double variance = sse / degreesOfFreedom;

        double[]? clusteredVariances = null;
        int? clusterCount = null;
        if (clusters is not null)
        {
            (clusteredVariances, clusterCount) =
                ClusteredVariances(rows, residuals, clusters, kept, inverse, degreesOfFreedom);
        }

        double tailProbability = 1 - ((1 - confidence) / 2);
        double critical = StudentT.InvCDF(0, 1, degreesOfFreedom, tailProbability);
        double? clusteredCritical = clusterCount is int g && g > 1
            ? StudentT.InvCDF(0, 1, g - 1, tailProbability)
            : null;
        var coefficients = new RegressionCoefficient[p];
        for (int i = 0; i < p; i++)
        {
            double estimate = solution[i];
            double standardError = Math.Sqrt(Math.Max(0, variance * inverse[i, i]));
            double? tValue = standardError > 0 ? estimate / standardError : null;
            double? pValue = tValue is double t ? 2 * (1 - StudentT.CDF(0, 1, degreesOfFreedom, Math.Abs(t))) : null;
            double? clustered = clusteredVariances is null || clusteredCritical is null
                ? null
                : Math.Sqrt(Math.Max(0, clusteredVariances[i]));
            coefficients[i] = new RegressionCoefficient(
                columnNames[kept[i]],
                estimate,
                standardError,
                tValue,
                pValue,
                estimate - (critical * standardError),
                estimate + (critical * standardError),
                clustered,
                clustered is double low ? estimate - (clusteredCritical!.Value * low) : null,
                clustered is double high ? estimate + (clusteredCritical!.Value * high) : null);
        }

        string[] aliased = Enumerable.Range(0, columnCount)
            .Except(kept)
            .Select(column => columnNames[column])
            .ToArray();
        var fit = new RegressionFit(
            coefficients,
            aliased,
            n,
            degreesOfFreedom,
            clusterCount,
            Math.Sqrt(variance),
            sst > 0 ? 1 - (sse / sst) : 0);
        return new LinearModel(fit, columnNames.ToArray(), beta);
    }

    private static int Validate(
        IReadOnlyList<double[]> rows,
        IReadOnlyList<double> targets,
        IReadOnlyList<string> columnNames,
        IReadOnlyList<string>? clusters,
        double confidence)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(columnNames);
        if (rows.Count == 0 || rows.Count != targets.Count || (clusters is not null && clusters.Count != rows.Count))
        {
            string clusterCount = clusters?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no";
            throw new ArgumentException(
                $"A fit needs at least one row and one target and cluster per row; got {rows.Count} rows, " +
                $"{targets.Count} targets and {clusterCount} clusters.",
                nameof(rows));
        }

        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidence), confidence, "The confidence must lie inside (0, 1).");
        }

        int columnCount = columnNames.Count;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != columnCount)
            {
                throw new ArgumentException(
                    $"Row {i} has {rows[i].Length} values for {columnCount} columns.", nameof(rows));
            }

            if (!double.IsFinite(targets[i]) || rows[i].Any(value => !double.IsFinite(value)))
            {
                throw new ArgumentException(
                    $"Row {i} has a value or a target that is not a finite number.", nameof(rows));
            }
        }

        return columnCount;
    }

    private static (double[,] Gram, double[] Moments) NormalEquations(
        IReadOnlyList<double[]> rows,
        IReadOnlyList<double> targets,
        int columns)
    {
        var gram = new double[columns, columns];
        var moments = new double[columns];
        for (int row = 0; row < rows.Count; row++)
        {
            double[] x = rows[row];
            for (int i = 0; i < columns; i++)
            {
                double xi = x[i];
                if (xi == 0)
                {
                    continue;
                }

                moments[i] += xi * targets[row];
                for (int j = i; j < columns; j++)
                {
                    gram[i, j] += xi * x[j];
                }
            }
        }

        for (int i = 0; i < columns; i++)
        {
            for (int j = 0; j < i; j++)
            {
                gram[i, j] = gram[j, i];
            }
        }

        return (gram, moments);
    }

    /// <summary>
    /// Returns the columns kept by an incremental Cholesky factorisation of X'X: a column whose
    /// squared residual norm after projecting on the kept columns is at most the tolerance times its
    /// own squared norm is aliased.
    /// </summary>
    internal static int[] NonAliasedColumns(double[,] gram, int columns)
    {
        var kept = new List<int>(columns);
        var lower = new List<double[]>(columns);
        for (int j = 0; j < columns; j++)
        {
            double norm = gram[j, j];
            if (!(norm > 0))
            {
                continue;
            }

            // Solve L z = G[kept, j] by forward substitution; the residual is G[j, j] − z'z.
            var z = new double[kept.Count];
            for (int i = 0; i < kept.Count; i++)
            {
                double sum = gram[kept[i], j];
                for (int m = 0; m < i; m++)
                {
                    sum -= lower[i][m] * z[m];
                }

                z[i] = sum / lower[i][i];
            }

            double residual = norm - z.Sum(value => value * value);
            if (residual <= AliasTolerance * norm)
            {
                continue;
            }

            var row = new double[kept.Count + 1];
            Array.Copy(z, row, z.Length);
            row[kept.Count] = Math.Sqrt(residual);
            lower.Add(row);
            kept.Add(j);
        }

        return kept.ToArray();
    }

    private static double[] Residuals(IReadOnlyList<double[]> rows, IReadOnlyList<double> targets, double[] beta)
    {
        var residuals = new double[rows.Count];
        for (int row = 0; row < rows.Count; row++)
        {
            double fitted = 0;
            double[] x = rows[row];
            for (int column = 0; column < beta.Length; column++)
            {
                fitted += beta[column] * x[column];
            }

            residuals[row] = targets[row] - fitted;
        }

        return residuals;
    }

    private static (double[] Variances, int Clusters) ClusteredVariances(
        IReadOnlyList<double[]> rows,
        double[] residuals,
        IReadOnlyList<string> clusters,
        int[] kept,
        Matrix<double> inverse,
        int degreesOfFreedom)
    {
        int p = kept.Length;
        var scores = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int row = 0; row < rows.Count; row++)
        {
            if (!scores.TryGetValue(clusters[row], out double[]? score))
            {
                score = new double[p];
                scores[clusters[row]] = score;
            }

            for (int i = 0; i < p; i++)
            {
                score[i] += rows[row][kept[i]] * residuals[row];
            }
        }

        Matrix<double> meat = Matrix<double>.Build.Dense(p, p);
        foreach (double[] score in scores.Values)
        {
            Vector<double> u = Vector<double>.Build.Dense(score);
            meat += u.OuterProduct(u);
        }

        int g = scores.Count;
        int n = rows.Count;
        double correction = g > 1 ? (g / (g - 1.0)) * ((n - 1.0) / degreesOfFreedom) : 1;
        Matrix<double> covariance = inverse * meat * inverse * correction;
        return (Enumerable.Range(0, p).Select(i => covariance[i, i]).ToArray(), g);
    }
}
