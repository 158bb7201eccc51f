using System.Net;
using System.Net.Sockets;

namespace Dashboard.Web.Security;

/// <summary>The client's address (after X-Forwarded-For from a configured proxy), for the sign-in rate limit and logs.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The rate limit's partition: the IPv4 address, or the /64 network of an IPv6 address, since one client usually owns a whole
    /// /64 and could otherwise rotate through it.
    /// </summary>
    public static string PartitionKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
