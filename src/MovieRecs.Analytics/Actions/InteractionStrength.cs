namespace MovieRecs.Analytics.Actions;

/// <summary>
/// How a customer's purchases of one product become the strength of an implicit-feedback
/// interaction.
/// </summary>
public enum InteractionStrength
{
    /// <summary>
    /// The units bought in all, clamped to 0.5-5: for purchase logs, where repeat buys show
    /// preference.
    /// </summary>
    Units,

    /// <summary>The latest amount, clamped to 0.5-5: for MovieLens, where the amount is the rating.</summary>
    Amount,
}
