using System.Text;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Features;

/// <summary>
/// TF-IDF weights of the tags on each movie, with every movie of the catalogue as one document and
/// every normalized tag as one term.
/// </summary>
/// <remarks>
/// <para>
/// Tokenization: a whole tag is one term, after trimming, collapsing runs of white space to one
/// space and lower-casing with the invariant culture. Tags are short phrases, and splitting them
/// into words would let "dark comedy" match the genre-like tag "comedy" and "not funny" match
/// "funny".
/// </para>
/// <para>
/// tf(t, m) is the number of distinct users who put tag t on movie m, so a user who typed the
/// same tag twice in different case counts once. Sublinear scaling replaces it by 1 + ln tf.
/// idf(t) = ln(N / df(t)), where N is the number of movies in the catalogue and df(t) the number
/// of movies carrying t. The weight is tf idf.
/// </para>
/// </remarks>
public static class TagTfIdf
{
    /// <summary>
    /// Normalizes tag text: trimmed, inner white space collapsed to one space, lower case in the
    /// invariant culture; an empty string for a blank tag.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char character in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Computes the TF-IDF weight of every term on every tagged movie, keyed by movie id and then
    /// by normalized term; terms on fewer than <paramref name="minMovies"/> movies are left out.
    /// </summary>
    /// <param name="tags">The tags to count, already filtered to those that may be used.</param>
    /// <param name="movieCount">N, the number of movies in the catalogue.</param>
    /// <param name="sublinear">Whether tf is replaced by 1 + ln tf.</param>
    /// <param name="minMovies">The document frequency a term needs to be kept, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minMovies"/> is below 1, or <paramref name="movieCount"/> is smaller than the
    /// number of tagged movies.
    /// </exception>
    public static IReadOnlyDictionary<int, IReadOnlyDictionary<string, double>> Compute(
        IReadOnlyList<MovieTag> tags,
        int movieCount,
        bool sublinear,
        int minMovies = 1)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentOutOfRangeException.ThrowIfLessThan(minMovies, 1);

        var taggers = new Dictionary<(int MovieId, string Term), HashSet<int>>();
        foreach (MovieTag tag in tags)
        {
            string term = Normalize(tag.Text);
            if (term.Length == 0)
            {
                continue;
            }

            if (!taggers.TryGetValue((tag.MovieId, term), out HashSet<int>? users))
            {
                users = [];
                taggers.Add((tag.MovieId, term), users);
            }

            users.Add(tag.UserId);
        }

        int taggedMovies = taggers.Keys.Select(key => key.MovieId).Distinct().Count();
        if (movieCount < taggedMovies)
        {
            throw new ArgumentOutOfRangeException(
                nameof(movieCount),
                movieCount,
                $"The catalogue size {movieCount} is smaller than the {taggedMovies} tagged movies; pass the catalogue's movie count.");
        }

        Dictionary<string, int> documentFrequency = taggers.Keys
            .GroupBy(key => key.Term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        var weights = new Dictionary<int, IReadOnlyDictionary<string, double>>();
        foreach (((int movieId, string term), HashSet<int> users) in taggers)
        {
            int frequency = documentFrequency[term];
            if (frequency < minMovies)
            {
                continue;
            }

            double tf = sublinear ? 1 + Math.Log(users.Count) : users.Count;
            double idf = Math.Log((double)movieCount / frequency);
            if (!weights.TryGetValue(movieId, out IReadOnlyDictionary<string, double>? terms))
            {
                terms = new Dictionary<string, double>(StringComparer.Ordinal);
                weights.Add(movieId, terms);
            }

            ((Dictionary<string, double>)terms)[term] = tf * idf;
        }

        return weights;
    }
}
