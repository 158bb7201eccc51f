using System.Globalization;
using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.Scanning;

namespace Dashboard.Web.Tests.ConfigMap;

/// <summary>A scan of two services as the scanner would report them: billing-api reloads on the tax key, invoice-renderer reads it.</summary>
public sealed class FixedScan : IScanSnapshotSource
{
    public Task<ScanSnapshot> GetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ScanSnapshot("/src", new ScanResult([BillingApi, InvoiceRenderer], []), DateTimeOffset.Parse("2026-11-27T08:00:00Z", CultureInfo.InvariantCulture), null));

    public Task<ScanSnapshot> RefreshAsync(CancellationToken cancellationToken) => GetAsync(cancellationToken);

    private static readonly ServiceScan BillingApi = new()
    {
        Name = "billing-api",
        Path = "billing-api",
        Selectors = [new ConfigSelector("tax.*", null, true, "billing-api/Program.cs", 11), new ConfigSelector("Billing:*", null, true, "billing-api/Program.cs", 10)],
        Refresh = [new RefreshRegistration("tax.rate.default", null, true, true, "billing-api/Program.cs", 14)],
        RefreshDriven = true,
        OptionsBindings = [new OptionsBinding("Billing:Database", "LedgerOptions", "billing-api/Program.cs", 20)],
    };

    private static readonly ServiceScan InvoiceRenderer = new()
    {
        Name = "invoice-renderer",
        Path = "invoice-renderer",
        Selectors = [new ConfigSelector("tax.rate.default", null, true, "invoice-renderer/Program.cs", 9)],
        Reads = [new ConfigRead("tax.rate.default", "invoice-renderer/InvoiceDocument.cs", 16, ConfigReadKind.GetValue)],
    };
}
