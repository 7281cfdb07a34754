using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Features;

/// <summary>
/// The genre one-hot matrix: one row per item (in the rating matrix's item order), one column per
/// genre label, 1 where the movie carries the genre. "(no genres listed)" is a column of its own.
/// </summary>
public sealed class GenreMatrix
{
    private GenreMatrix(IReadOnlyList<string> genres, CsrMatrix matrix)
    {
        Genres = genres;
        Matrix = matrix;
    }

    /// <summary>The genre labels in column order (ordinal order).</summary>
    public IReadOnlyList<string> Genres { get; }

    /// <summary>The one-hot matrix, items x genres.</summary>
    public CsrMatrix Matrix { get; }

    /// <summary>
    /// Builds the matrix for the items of a map; an item id with no movie in the list gets an empty row.
    /// </summary>
    public static GenreMatrix Build(IReadOnlyList<Movie> movies, IdIndexMap items)
    {
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(items);

        string[] genres = movies
            .SelectMany(movie => movie.Genres)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int position = 0; position < genres.Length; position++)
        {
            column[genres[position]] = position;
        }

        var entries = new List<(int Row, int Column, double Value)>();
        foreach (Movie movie in movies)
        {
            if (!items.TryGetIndex(movie.MovieId, out int row))
            {
                continue;
            }

            foreach (string genre in movie.Genres.Distinct(StringComparer.Ordinal))
            {
                entries.Add((row, column[genre], 1.0));
            }
        }

        return new GenreMatrix(genres, CsrMatrix.FromEntries(items.Count, genres.Length, entries));
    }

    /// <summary>Copies an item's row into a dense vector of length <see cref="Genres"/>.Count.</summary>
    public void CopyRow(int itemIndex, Span<double> destination)
    {
        destination.Clear();
        ReadOnlySpan<int> indices = Matrix.RowIndices(itemIndex);
        ReadOnlySpan<double> values = Matrix.RowValues(itemIndex);
        for (int position = 0; position < indices.Length; position++)
        {
            destination[indices[position]] = values[position];
        }
    }
}
