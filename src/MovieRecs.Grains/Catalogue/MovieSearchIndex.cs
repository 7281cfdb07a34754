using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Grains.Catalogue;

/// <summary>
/// The catalogue's titles folded for search: lower case, without accents, and with a trailing
/// article moved to the front, because MovieLens writes "Matrix, The (1999)".
/// </summary>
internal sealed partial class MovieSearchIndex
{
    private readonly (Movie Movie, string Folded, string Reordered)[] _entries;

    /// <summary>Folds every title of the catalogue.</summary>
    public MovieSearchIndex(IEnumerable<Movie> movies)
    {
        _entries = movies
            .Select(movie =>
            {
                string folded = Fold(movie.Title);
                return (movie, folded, MoveArticleToFront(folded));
            })
            .ToArray();
    }

    /// <summary>
    /// Returns the movies whose title contains every word of the text, with whether the title
    /// starts with the whole text.
    /// </summary>
    public IEnumerable<(Movie Movie, bool StartsWithText)> Find(string text)
    {
        string query = Fold(text).Trim();
        string[] words = query.Split(
            [' ', ',', '.', ':', ';', '-', '(', ')', '\'', '"', '!', '?'],
            StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }

        foreach ((Movie movie, string folded, string reordered) in _entries)
        {
            if (words.All(word => folded.Contains(word, StringComparison.Ordinal)))
            {
                bool starts = reordered.StartsWith(query, StringComparison.Ordinal)
                    || folded.StartsWith(query, StringComparison.Ordinal);
                yield return (movie, starts);
            }
        }
    }

    /// <summary>Lower-cases a text and removes its accents ("Cité" becomes "cite").</summary>
    public static string Fold(string text)
    {
        string decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Turns "matrix, the (1999)" into "the matrix (1999)"; other titles stay as they are.</summary>
    private static string MoveArticleToFront(string folded)
    {
        Match match = TrailingArticle().Match(folded);
        return match.Success
            ? $"{match.Groups["article"].Value} {match.Groups["name"].Value}{match.Groups["rest"].Value}"
            : folded;
    }

    [GeneratedRegex(@"^(?<name>.+), (?<article>the|a|an|la|le|les|l'|il|el|das|der|die)(?<rest>( \(.*)?)$")]
    private static partial Regex TrailingArticle();
}
