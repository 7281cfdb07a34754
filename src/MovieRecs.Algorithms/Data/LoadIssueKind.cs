namespace MovieRecs.Algorithms.Data;

/// <summary>The kinds of problem that validation finds in a row of a MovieLens file or a purchase log.</summary>
public enum LoadIssueKind
{
    /// <summary>The row has the wrong number of fields, a field that does not parse, or broken quoting.</summary>
    MalformedRow,

    /// <summary>An id is zero, negative or too large for a 32-bit integer.</summary>
    IdOutOfRange,

    /// <summary>A second rating for a (user, movie) pair that already has one.</summary>
    DuplicateRating,

    /// <summary>A rating outside 0.5-5.0.</summary>
    RatingOutOfRange,

    /// <summary>A rating inside 0.5-5.0 that is not a multiple of 0.5.</summary>
    RatingOffGrid,

    /// <summary>A rating, tag or link that names a movie missing from movies.csv.</summary>
    UnknownMovie,

    /// <summary>
    /// A timestamp that is negative, does not parse as an integer, or lies more than one day after the
    /// load time.
    /// </summary>
    BadTimestamp,

    /// <summary>A second movie row with an id that already occurred.</summary>
    DuplicateMovie,

    /// <summary>A second links.csv row for a movie id that already has a link.</summary>
    DuplicateLink,

    /// <summary>A second u.user row (MovieLens 100K) for a user id that already occurred.</summary>
    DuplicateUser,

    /// <summary>A required field is empty, or an optional one that the row needs is.</summary>
    MissingValue,

    /// <summary>A quantity of zero or less, such as a return booked as a negative purchase line.</summary>
    InvalidQuantity,

    /// <summary>A negative amount or unit price.</summary>
    NegativeAmount,

    /// <summary>A data row that repeats the header line, as when two exports were concatenated.</summary>
    RepeatedHeader,

    /// <summary>
    /// A product row whose name or category differs from the product's first row; the purchase is kept
    /// and the product keeps the values of its first row.
    /// </summary>
    ConflictingProduct,

    /// <summary>
    /// A quantity, amount or unit price above the largest value a purchase may have, such as a number
    /// with a lost decimal separator or an export's overflow marker.
    /// </summary>
    ImplausibleAmount,

    /// <summary>
    /// Text with bytes that are not UTF-8, such as a file saved in Latin-1; the row is kept with each
    /// such byte replaced by U+FFFD.
    /// </summary>
    InvalidEncoding,
}
