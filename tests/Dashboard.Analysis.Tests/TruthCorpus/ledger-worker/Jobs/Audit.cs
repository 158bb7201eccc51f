namespace Ledger.Worker.Jobs;

// Left half-written in the middle of a refactoring: it does not compile, but what it reads is still read.
public sealed class Audit(IConfiguration configuration)
{
    public string Destination => configuration["Ledger:Audit:Destination"] ?? "blob";

    public void Write(string entry
    {
        var retention = configuration.GetValue<int>("Ledger:Audit:RetentionDays");
