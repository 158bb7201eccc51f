namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// Asks every provider to refresh on each request, as the provider's middleware does. A refresh that is due runs in
/// the background: the request goes on with the configuration there is and never waits for the store.
/// </summary>
internal sealed class AzureAppConfigurationRefreshMiddleware(RequestDelegate next, IConfigurationRefresherProvider refresherProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        foreach (var refresher in refresherProvider.Refreshers)
            _ = refresher.TryRefreshAsync(CancellationToken.None);
        await next(context).ConfigureAwait(false);
    }
}
