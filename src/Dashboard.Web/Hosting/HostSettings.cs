using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Security;

namespace Dashboard.Web.Hosting;

/// <summary>The settings the host needs before it is built, bound and validated.</summary>
public sealed record HostSettings(
    DatabaseOptions Database,
    AuthenticationSettings Authentication,
    DemoWorldOptions DemoWorld,
    ForwardedHeadersSettings ForwardedHeaders,
    DataProtectionSettings DataProtection,
    AzureSignalRSettings AzureSignalR);
