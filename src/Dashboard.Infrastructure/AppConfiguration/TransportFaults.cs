using System.Net.Sockets;
using System.Security.Authentication;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// Names why no response came back. Azure.Core wraps the transport's exception in a RequestFailedException with
/// status 0 and, once its retries are spent, gathers every attempt's exception in an AggregateException: the last
/// attempt says best what is wrong now.
/// </summary>
internal static class TransportFaults
{
    public static ConfigStoreFault Classify(Exception failure)
    {
        var attempt = failure is AggregateException aggregate && aggregate.InnerExceptions.Count > 0 ? aggregate.InnerExceptions[^1] : failure;
        for (var current = attempt; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return ConfigStoreFault.Dns;
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }:
                case AuthenticationException:
                    return ConfigStoreFault.Tls;
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }:
                    return ConfigStoreFault.Dns;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return ConfigStoreFault.ConnectionRefused;
                case SocketException { SocketErrorCode: SocketError.TimedOut }:
                case TimeoutException:
                case OperationCanceledException:
                    return ConfigStoreFault.Timeout;
            }
        }
        return ConfigStoreFault.Network;
    }

    /// <summary>True for what the transport throws when no response came back, as opposed to a bug of ours.</summary>
    public static bool IsTransportFailure(Exception failure) => failure switch
    {
        Azure.RequestFailedException { Status: 0 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransportFailure),
        HttpRequestException or IOException or SocketException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };
}
