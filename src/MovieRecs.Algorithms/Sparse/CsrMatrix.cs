namespace MovieRecs.Algorithms.Sparse;

/// <summary>
/// An immutable sparse matrix in compressed sparse row (CSR) form: the column indices of each row
/// are sorted ascending and unique, and explicit zeros are allowed.
/// </summary>
public sealed class CsrMatrix
{
    private readonly int[] _rowPointers;
    private readonly int[] _columnIndices;
    private readonly double[] _values;

    private CsrMatrix(int rowCount, int columnCount, int[] rowPointers, int[] columnIndices, double[] values)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        _rowPointers = rowPointers;
        _columnIndices = columnIndices;
        _values = values;
    }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount { get; }

    /// <summary>The number of stored entries.</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>
    /// Builds a matrix from (row, column, value) entries in any order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An entry lies outside the matrix.</exception>
    /// <exception cref="ArgumentException">Two entries share a cell.</exception>
    public static CsrMatrix FromEntries(int rowCount, int columnCount, IReadOnlyList<(int Row, int Column, double Value)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentNullException.ThrowIfNull(entries);

        var rowPointers = new int[rowCount + 1];
        foreach ((int row, int column, _) in entries)
        {
            if ((uint)row >= (uint)rowCount || (uint)column >= (uint)columnCount)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(entries),
                    $"Entry ({row}, {column}) lies outside a {rowCount} x {columnCount} matrix.");
            }

            rowPointers[row + 1]++;
        }

        for (int row = 0; row < rowCount; row++)
        {
            rowPointers[row + 1] += rowPointers[row];
        }

        var columnIndices = new int[entries.Count];
        var values = new double[entries.Count];
        int[] next = rowPointers[..^1];
        foreach ((int row, int column, double value) in entries)
        {
            int position = next[row]++;
            columnIndices[position] = column;
            values[position] = value;
        }

        for (int row = 0; row < rowCount; row++)
        {
            int start = rowPointers[row];
            int length = rowPointers[row + 1] - start;
            Array.Sort(columnIndices, values, start, length);
            for (int position = start + 1; position < start + length; position++)
            {
                if (columnIndices[position] == columnIndices[position - 1])
                {
                    throw new ArgumentException(
                        $"Two entries share the cell ({row}, {columnIndices[position]}).",
                        nameof(entries));
                }
            }
        }

        return new CsrMatrix(rowCount, columnCount, rowPointers, columnIndices, values);
    }

    /// <summary>Returns the sorted column indices stored in a row.</summary>
    public ReadOnlySpan<int> RowIndices(int row)
    {
        int start = _rowPointers[row];
        return _columnIndices.AsSpan(start, _rowPointers[row + 1] - start);
    }

    /// <summary>Returns the values stored in a row, aligned with <see cref="RowIndices"/>.</summary>
    public ReadOnlySpan<double> RowValues(int row)
    {
        int start = _rowPointers[row];
        return _values.AsSpan(start, _rowPointers[row + 1] - start);
    }

    /// <summary>Returns the number of entries stored in a row.</summary>
    public int RowLength(int row) => _rowPointers[row + 1] - _rowPointers[row];

    /// <summary>Returns the value at a cell, or <see langword="null"/> when the cell is not stored.</summary>
    public double? Get(int row, int column)
    {
        ReadOnlySpan<int> indices = RowIndices(row);
        int position = indices.BinarySearch(column);
        return position >= 0 ? RowValues(row)[position] : null;
    }

    /// <summary>Builds the transpose, whose rows are this matrix's columns, in O(rows + columns + entries).</summary>
    public CsrMatrix Transpose()
    {
        var rowPointers = new int[ColumnCount + 1];
        foreach (int column in _columnIndices)
        {
            rowPointers[column + 1]++;
        }

        for (int column = 0; column < ColumnCount; column++)
        {
            rowPointers[column + 1] += rowPointers[column];
        }

        var columnIndices = new int[_values.Length];
        var values = new double[_values.Length];
        int[] next = rowPointers[..^1];

        // Rows are visited in ascending order, so each transposed row comes out sorted.
        for (int row = 0; row < RowCount; row++)
        {
            for (int position = _rowPointers[row]; position < _rowPointers[row + 1]; position++)
            {
                int target = next[_columnIndices[position]]++;
                columnIndices[target] = row;
                values[target] = _values[position];
            }
        }

        return new CsrMatrix(ColumnCount, RowCount, rowPointers, columnIndices, values);
    }
}
