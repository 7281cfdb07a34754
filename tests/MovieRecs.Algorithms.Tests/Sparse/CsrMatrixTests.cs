using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Tests.Sparse;

public class CsrMatrixTests
{
    private static CsrMatrix Sample() => CsrMatrix.FromEntries(3, 4,
    [
        (2, 1, 5.0),
        (0, 3, 1.0),
        (0, 0, 2.0),
        (2, 0, 4.0),
    ]);

    [Fact]
    public void FromEntries_UnsortedInput_SortsEachRow()
    {
        CsrMatrix matrix = Sample();

        Assert.Equal([0, 3], matrix.RowIndices(0).ToArray());
        Assert.Equal([2.0, 1.0], matrix.RowValues(0).ToArray());
        Assert.Equal(0, matrix.RowLength(1));
        Assert.Equal([0, 1], matrix.RowIndices(2).ToArray());
        Assert.Equal(4, matrix.NonZeroCount);
    }

    [Fact]
    public void Transpose_Sample_SwapsRowsAndColumns()
    {
        CsrMatrix transposed = Sample().Transpose();

        Assert.Equal(4, transposed.RowCount);
        Assert.Equal(3, transposed.ColumnCount);
        Assert.Equal([0, 2], transposed.RowIndices(0).ToArray());
        Assert.Equal([2.0, 4.0], transposed.RowValues(0).ToArray());
        Assert.Equal([2], transposed.RowIndices(1).ToArray());
        Assert.Equal(0, transposed.RowLength(2));
        Assert.Equal(1.0, transposed.Get(3, 0));
    }

    [Fact]
    public void Get_MissingCell_ReturnsNull()
    {
        Assert.Null(Sample().Get(1, 2));
    }

    [Fact]
    public void FromEntries_DuplicateCell_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => CsrMatrix.FromEntries(2, 2, [(1, 1, 1.0), (1, 1, 2.0)]));

        Assert.Contains("(1, 1)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEntries_EntryOutsideMatrix_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsrMatrix.FromEntries(2, 2, [(2, 0, 1.0)]));
    }
}
