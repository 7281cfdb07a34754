using MathNet.Numerics.LinearAlgebra;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Binary logistic regression fitted by Newton's method (iteratively reweighted least squares), with
/// an optional ridge penalty on the weights and Wald standard errors from the Fisher information.
/// </summary>
/// <remarks>
/// Each step solves (X'WX + λI₀) Δ = X'(y − p) − λI₀β with W = diag(p(1 − p)) and I₀ the identity
/// without the intercept's entry, and halves the step while the penalised log-likelihood falls.
/// The ridge λ keeps the estimate finite when a column separates the outcomes. The covariance is
/// the sandwich H⁻¹ (X'WX) H⁻¹ with H = X'WX + λI₀, which is the inverse Fisher information
/// (X'WX)⁻¹ of the plain maximum likelihood fit when λ = 0. With λ > 0 the plain inverse H⁻¹
/// would overstate the spread along directions where the penalty, not the data, fixes the
/// estimate, such as the difference of two nearly collinear columns.
/// </remarks>
public static class LogisticRegression
{
    private const double Tolerance = 1e-8;

    /// <summary>Fits the outcomes on the columns; an intercept is added.</summary>
    /// <param name="rows">One array of column values per example.</param>
    /// <param name="labels">The outcome of each example.</param>
    /// <param name="ridge">The penalty λ ≥ 0 on the squared weights (not the intercept).</param>
    /// <param name="maxIterations">The maximum number of Newton steps.</param>
    /// <param name="start">Starting coefficients, intercept first, such as an earlier fit's; null for zeros.</param>
    /// <exception cref="ArgumentException">The lengths disagree or there are no examples.</exception>
    public static LogisticFit Fit(
        IReadOnlyList<double[]> rows,
        IReadOnlyList<bool> labels,
        double ridge = 0,
        int maxIterations = 100,
        IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegative(ridge);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        if (rows.Count == 0 || rows.Count != labels.Count)
        {
            throw new ArgumentException(
                "A fit needs at least one example and one label per example; got " +
                $"{rows.Count} examples and {labels.Count} labels.",
                nameof(rows));
        }

        int p = rows[0].Length + 1;
        if (start is not null && start.Count != p)
        {
            throw new ArgumentException($"The start has {start.Count} coefficients; the model has {p}.", nameof(start));
        }

        double[] beta = start?.ToArray() ?? new double[p];
        double logLikelihood = PenalisedLogLikelihood(rows, labels, beta, ridge);
        int iteration = 0;
        bool converged = false;
        Matrix<double> hessian = Information(rows, beta, p) + Penalty(ridge, p);
        while (iteration < maxIterations && !converged)
        {
            iteration++;
            Vector<double> gradient = Gradient(rows, labels, beta, ridge, p);
            Vector<double> step = hessian.Cholesky().Solve(gradient);
            double scale = 1;
            double[] candidate = Add(beta, step, scale);
            double candidateLikelihood = PenalisedLogLikelihood(rows, labels, candidate, ridge);
            while (candidateLikelihood < logLikelihood - 1e-12 && scale > 1e-6)
            {
                scale /= 2;
                candidate = Add(beta, step, scale);
                candidateLikelihood = PenalisedLogLikelihood(rows, labels, candidate, ridge);
            }

            converged = step.AbsoluteMaximum() * scale < Tolerance;
            beta = candidate;
            logLikelihood = candidateLikelihood;
            hessian = Information(rows, beta, p) + Penalty(ridge, p);
        }

        Matrix<double> inverse = hessian.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(p));
        Matrix<double> covariance = ridge > 0 ? inverse * Information(rows, beta, p) * inverse : inverse;
        double[] errors = Enumerable.Range(0, p).Select(i => Math.Sqrt(Math.Max(0, covariance[i, i]))).ToArray();
        return new LogisticFit(beta[0], beta[1..], errors[0], errors[1..], iteration, converged);
    }

    /// <summary>Returns the probability 1 / (1 + e^−z) of a linear score z, without overflow.</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Score(double[] row, double[] beta)
    {
        double z = beta[0];
        for (int i = 0; i < row.Length; i++)
        {
            z += beta[i + 1] * row[i];
        }

        return z;
    }

    private static double PenalisedLogLikelihood(
        IReadOnlyList<double[]> rows,
        IReadOnlyList<bool> labels,
        double[] beta,
        double ridge)
    {
        double sum = 0;
        for (int example = 0; example < rows.Count; example++)
        {
            double z = Score(rows[example], beta);

            // log p = −log(1 + e^−z) and log(1 − p) = −log(1 + e^z), each computed without overflow.
            double softplus = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            sum += labels[example] ? z - softplus : -softplus;
        }

        double penalty = 0;
        for (int i = 1; i < beta.Length; i++)
        {
            penalty += beta[i] * beta[i];
        }

        return sum - (ridge / 2 * penalty);
    }

    private static Vector<double> Gradient(
        IReadOnlyList<double[]> rows,
        IReadOnlyList<bool> labels,
        double[] beta,
        double ridge,
        int p)
    {
        var gradient = new double[p];
        for (int example = 0; example < rows.Count; example++)
        {
            double[] row = rows[example];
            double residual = (labels[example] ? 1 : 0) - Sigmoid(Score(row, beta));
            gradient[0] += residual;
            for (int i = 0; i < row.Length; i++)
            {
                gradient[i + 1] += residual * row[i];
            }
        }

        for (int i = 1; i < p; i++)
        {
            gradient[i] -= ridge * beta[i];
        }

        return Vector<double>.Build.Dense(gradient);
    }

    // The Fisher information X'WX, with a floor of 1e-10 on the diagonal that keeps it positive
    // definite when every probability is 0 or 1.
    private static Matrix<double> Information(IReadOnlyList<double[]> rows, double[] beta, int p)
    {
        var information = new double[p, p];
        var x = new double[p];
        x[0] = 1;
        foreach (double[] row in rows)
        {
            double probability = Sigmoid(Score(row, beta));
            double weight = probability * (1 - probability);
            Array.Copy(row, 0, x, 1, row.Length);
            for (int i = 0; i < p; i++)
            {
                double wx = weight * x[i];
                for (int j = i; j < p; j++)
                {
                    information[i, j] += wx * x[j];
                }
            }
        }

        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < i; j++)
            {
                information[i, j] = information[j, i];
            }

            information[i, i] += 1e-10;
        }

        return Matrix<double>.Build.DenseOfArray(information);
    }

    private static Matrix<double> Penalty(double ridge, int p) =>
        Matrix<double>.Build.Diagonal(p, p, i => i > 0 ? ridge : 0);

    private static double[] Add(double[] beta, Vector<double> step, double scale)
    {
        var result = new double[beta.Length];
        for (int i = 0; i < beta.Length; i++)
        {
            result[i] = beta[i] + (scale * step[i]);
        }

        return result;
    }
}
