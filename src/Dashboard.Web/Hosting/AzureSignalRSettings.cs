namespace Dashboard.Web.Hosting;

/// <summary>
/// The <c>Azure:SignalR</c> settings: with a connection string, Blazor circuits go through Azure SignalR Service, so several
/// dashboard instances can serve them; empty (the default) keeps the in-process hub. The connection string holds an access
/// key: set it in the environment (<c>Azure__SignalR__ConnectionString</c>) or Key Vault, never in a file.
/// </summary>
public sealed class AzureSignalRSettings
{
    public const string SectionName = "Azure:SignalR";

    public string? ConnectionString { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
