using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Factorization;

/// <summary>
/// One half-step of implicit ALS: solves the factor vector of every row of one side (users, or
/// movies) with the other side's factors fixed.
/// </summary>
/// <remarks>
/// For a row u with interactions R(u), confidences c(u,i) and preferences p(u,i) = 1 on R(u) and 0
/// elsewhere, x(u) = (Y^T Y + Y^T (C(u) - I) Y + lambda I)^-1 Y^T C(u) p(u). Y^T Y is computed
/// once per half-step, so a row costs O(|R(u)| f^2 + f^3) for f factors instead of touching
/// every movie (Hu, Koren and Volinsky, "Collaborative filtering for implicit feedback
/// datasets", ICDM 2008). Each row is solved sequentially by one thread from inputs no other row
/// writes, so the result does not depend on the thread count or timing.
/// </remarks>
internal static class ImplicitHalfStep
{
    /// <summary>Returns the lower triangle of Y^T Y for row-major factors of the given width.</summary>
    public static double[] Gram(double[] factors, int factorCount)
    {
        var gram = new double[factorCount * factorCount];
        for (int row = 0; row < factors.Length / factorCount; row++)
        {
            DenseLinearAlgebra.AddLowerOuterProduct(gram, 1.0, factors.AsSpan(row * factorCount, factorCount));
        }

        return gram;
    }

    /// <summary>
    /// Solves every row of <paramref name="interactions"/> into <paramref name="solved"/>; a row
    /// without interactions gets the zero vector, the exact solution for it.
    /// </summary>
    /// <exception cref="InvalidOperationException">A row's system is not positive definite.</exception>
    public static void SolveAll(
        CsrMatrix interactions,
        double[] fixedFactors,
        double[] fixedGram,
        double[] solved,
        ImplicitAlsOptions options)
    {
        int factorCount = options.Factors;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism == 0 ? -1 : options.MaxDegreeOfParallelism,
        };

        // A failed row is reported after the loop, so the caller sees the documented exception
        // rather than an AggregateException from Parallel.For.
        int failedRow = -1;
        Parallel.For(
            0,
            interactions.RowCount,
            parallel,
            () => new double[factorCount * (factorCount + 1)],
            (row, loop, workspace) =>
            {
                Span<double> solution = solved.AsSpan(row * factorCount, factorCount);
                if (interactions.RowLength(row) == 0)
                {
                    solution.Clear();
                }
                else if (!TrySolveRow(
                    interactions.RowIndices(row),
                    interactions.RowValues(row),
                    fixedFactors,
                    fixedGram,
                    options,
                    workspace,
                    solution))
                {
                    Interlocked.CompareExchange(ref failedRow, row, -1);
                    loop.Stop();
                }

                return workspace;
            },
            _ => { });

        if (failedRow >= 0)
        {
            throw new InvalidOperationException(
                $"The ALS system of row {failedRow} (a user or movie index) is not positive definite. "
                + $"Raise Regularization (now {options.Regularization}).");
        }
    }

    /// <summary>
    /// Solves one row from its interactions (column indices into <paramref name="fixedFactors"/> and
    /// rating values). <paramref name="workspace"/> has room for at least f (f + 1) values.
    /// </summary>
    /// <returns><see langword="false"/> when the system is not positive definite.</returns>
    public static bool TrySolveRow(
        ReadOnlySpan<int> columns,
        ReadOnlySpan<double> values,
        double[] fixedFactors,
        double[] fixedGram,
        ImplicitAlsOptions options,
        Span<double> workspace,
        Span<double> solution)
    {
        int factorCount = options.Factors;
        Span<double> matrix = workspace[..(factorCount * factorCount)];
        Span<double> rhs = workspace.Slice(factorCount * factorCount, factorCount);
        BuildRowSystem(columns, values, fixedFactors, fixedGram, options, matrix, rhs);
        return DenseLinearAlgebra.TrySolveCholesky(matrix, rhs, solution);
    }

    /// <summary>
    /// Builds one row's normal equations: the lower triangle of
    /// Y^T Y + Y^T (C(u) - I) Y + lambda I into <paramref name="matrix"/> (f x f) and
    /// Y^T C(u) p(u) into <paramref name="rhs"/> (f values).
    /// </summary>
    public static void BuildRowSystem(
        ReadOnlySpan<int> columns,
        ReadOnlySpan<double> values,
        double[] fixedFactors,
        double[] fixedGram,
        ImplicitAlsOptions options,
        Span<double> matrix,
        Span<double> rhs)
    {
        int factorCount = options.Factors;
        fixedGram.CopyTo(matrix);
        rhs.Clear();
        for (int diagonal = 0; diagonal < factorCount; diagonal++)
        {
            matrix[(diagonal * factorCount) + diagonal] += options.Regularization;
        }

        for (int position = 0; position < columns.Length; position++)
        {
            ReadOnlySpan<double> y = fixedFactors.AsSpan(columns[position] * factorCount, factorCount);
            double confidence = Confidence(options, values[position]);
            DenseLinearAlgebra.AddLowerOuterProduct(matrix, confidence - 1.0, y);

            // The preference is 1 for every interaction, so Y^T C(u) p(u) sums c(u,i) y(i).
            DenseLinearAlgebra.AddScaled(rhs, confidence, y);
        }
    }

    /// <summary>Returns the confidence c of a rating r under the options' scaling.</summary>
    public static double Confidence(ImplicitAlsOptions options, double rating) => options.Confidence switch
    {
        ConfidenceScaling.Constant => 1.0 + options.Alpha,
        ConfidenceScaling.Linear => 1.0 + (options.Alpha * rating),
        _ => 1.0 + (options.Alpha * Math.Log(1.0 + (rating / options.Epsilon))),
    };
}
