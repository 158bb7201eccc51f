using System.Net;
using System.Text;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>Answers requests with scripted responses, in order, and keeps what was sent.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<SentRequest> Sent { get; } = [];

    public ScriptedHandler Then(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers)
    {
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body ?? "", Encoding.UTF8, "application/vnd.microsoft.appconfig.kv+json") };
            foreach (var (name, value) in headers)
            {
                if (response.Headers.TryAddWithoutValidation(name, value))
                    continue;
                response.Content.Headers.Remove(name);
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Add(await SentRequest.CaptureAsync(request, cancellationToken));
        Assert.True(_responses.Count > 0, $"No scripted response left for {request.Method} {request.RequestUri}.");
        return _responses.Dequeue()();
    }
}
