using System.ComponentModel.DataAnnotations;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Admin;

/// <summary>
/// Settings of the admin routes, bound from the "MovieRecs:Gateway" configuration section.
/// </summary>
public sealed class AdminOptions : IValidatableObject
{
    /// <summary>The full name of the API key setting, for messages.</summary>
    public const string ApiKeySetting = GatewayOptions.SectionName + ":" + nameof(AdminApiKey);

    /// <summary>The full name of the import size limit setting, for messages.</summary>
    public const string MaxImportBodyBytesSetting = GatewayOptions.SectionName + ":" + nameof(MaxImportBodyBytes);

    /// <summary>The shortest API key the gateway accepts, in characters.</summary>
    public const int MinApiKeyLength = 16;

    /// <summary>
    /// The secret that admin requests send in the X-Api-Key header. With no key, every admin route
    /// returns 403.
    /// </summary>
    public string? AdminApiKey { get; set; }

    /// <summary>The largest ratings CSV body an import accepts, in bytes; 200 MiB by default.</summary>
    [Range(1, long.MaxValue)]
    public long MaxImportBodyBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The number of ratings the gateway sends to the cluster in one grain call.</summary>
    [Range(1, RatingImportBatch.MaxRatings)]
    public int ImportBatchSize { get; set; } = 5_000;

    /// <summary>The number of row issues an import response lists; the rest are only counted.</summary>
    [Range(0, 100_000)]
    public int MaxImportIssues { get; set; } = 100;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AdminApiKey is { Length: > 0 and < MinApiKeyLength })
        {
            yield return new ValidationResult(
                $"{ApiKeySetting} is {AdminApiKey.Length} characters long; use a random secret of at least " +
                $"{MinApiKeyLength} characters, or remove the setting to disable the admin routes.",
                [nameof(AdminApiKey)]);
        }
    }
}
