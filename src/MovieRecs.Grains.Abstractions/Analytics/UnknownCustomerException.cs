namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The exception thrown for a customer id that the analytics have no result for.</summary>
[GenerateSerializer]
[Alias("MovieRecs.UnknownCustomerException")]
public sealed class UnknownCustomerException : Exception
{
    /// <summary>Creates the exception for a customer id and the number of known customers.</summary>
    public UnknownCustomerException(string customerId, int knownCustomers)
        : base($"Customer '{customerId}' is not among the {knownCustomers} customers with promotions. " +
            "Give a customer id as the data spells it, such as a MovieLens user id.")
    {
        CustomerId = customerId;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public UnknownCustomerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownCustomerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public UnknownCustomerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The customer id requested.</summary>
    [Id(0)]
    public string CustomerId { get; init; } = string.Empty;
}
