using Azure.Core;
using Azure.Core.Pipeline;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// Signs each attempt with the access key. It sits after the retry policy, so a retried request gets a fresh
/// x-ms-date and signature instead of replaying one that may have aged past the service's 15-minute window.
/// </summary>
internal sealed class HmacAuthenticationPolicy(HmacRequestSigner signer, TimeProvider time) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = HmacRequestSigner.FormatDate(time.GetUtcNow());
        var contentHash = HmacRequestSigner.ContentHash(BodyOf(request, message.CancellationToken));
        var authorization = signer.Authorization(request.Method.Method, request.Uri.PathAndQuery, date, HostOf(request.Uri), contentHash);

        request.Headers.SetValue("x-ms-date", date);
        request.Headers.SetValue("x-ms-content-sha256", contentHash);
        request.Headers.SetValue(HttpHeader.Names.Authorization, authorization);
    }

    // The Host header carries the port when it is not the scheme's default, and the signature must match it.
    internal static string HostOf(RequestUriBuilder uri)
    {
        var isDefaultPort = uri.Port == -1
            || (uri.Port == 443 && string.Equals(uri.Scheme, "https", StringComparison.OrdinalIgnoreCase))
            || (uri.Port == 80 && string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase));
        return isDefaultPort ? uri.Host! : $"{uri.Host}:{uri.Port}";
    }

    private static byte[] BodyOf(Request request, CancellationToken cancellationToken)
    {
        if (request.Content is null)
            return [];
        // The client only sends in-memory bodies, so writing them out again is cheap and repeatable per attempt.
        using var buffer = new MemoryStream();
        request.Content.WriteTo(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
