using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Reporting.Legacy;

public sealed class ReportStore
{
    private SqlConnection? _connection;

    public ReportStore(IOptionsMonitor<ExportOptions> export)
    {
        Open(export.CurrentValue);
        export.OnChange(Reconnect);
    }

    private void Reconnect(ExportOptions updated)
    {
        _connection?.Dispose();
        _connection = null;
        Open(updated);
    }

    private void Open(ExportOptions options)
    {
        _connection = new SqlConnection(options.ConnectionString);
        _connection.Open();
    }
}

public sealed class ExportOptions
{
    public string ConnectionString { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class SmtpSettings
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
}

public sealed class ArchiveJob(IConfiguration configuration) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = new Dictionary<string, string?>();
        configuration.Bind("Reporting:Archive", settings);
        return Task.CompletedTask;
    }
}
