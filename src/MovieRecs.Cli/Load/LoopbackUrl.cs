using System.Net;

namespace MovieRecs.Cli.Load;

/// <summary>
/// Checks that a gateway URL names this machine: the load generator sends thousands of requests
/// a second and must never be pointed at another host.
/// </summary>
internal static class LoopbackUrl
{
    /// <summary>
    /// Returns null when <paramref name="value"/> is an absolute http or https URL whose host is
    /// "localhost" or a loopback IP literal (127.0.0.0/8 or ::1), else the reason it is rejected.
    /// Host names other than "localhost" are rejected without a DNS lookup, because a name could
    /// resolve to any address.
    /// </summary>
    public static string? Validate(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"--url '{value}' is not an absolute http:// or https:// URL. " +
                "Give the gateway's address on this machine, such as http://127.0.0.1:5000.";
        }

        if (!IsLoopbackHost(uri))
        {
            return $"--url '{value}' names the host '{uri.Host}', which is not a loopback address. " +
                "The load generator only sends to this machine: use 127.0.0.1, [::1] or localhost.";
        }

        return null;
    }

    private static bool IsLoopbackHost(Uri uri) => uri.HostNameType switch
    {
        UriHostNameType.Dns => string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase),
        UriHostNameType.IPv4 or UriHostNameType.IPv6 =>
            IPAddress.TryParse(uri.DnsSafeHost, out IPAddress? address) && IPAddress.IsLoopback(address),
        _ => false,
    };
}
