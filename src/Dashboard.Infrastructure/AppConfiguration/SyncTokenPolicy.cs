using Azure.Core;
using Azure.Core.Pipeline;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>Sends the store's known Sync-Tokens with each attempt and records the ones each response brings.</summary>
internal sealed class SyncTokenPolicy(SyncTokenStore tokens) : HttpPipelineSynchronousPolicy
{
    private const string HeaderName = "Sync-Token";

    public override void OnSendingRequest(HttpMessage message)
    {
        if (tokens.HeaderValue() is { } value)
            message.Request.Headers.SetValue(HeaderName, value);
    }

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Headers.TryGetValue(HeaderName, out var header))
            tokens.Update(header);
    }
}
