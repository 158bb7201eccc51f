namespace Dashboard.Web.Hosting;

/// <summary>Settings that keep the dashboard from starting; each failure names the setting and what it accepts.</summary>
public sealed class InvalidSettingsException(IReadOnlyList<string> failures)
    : Exception(string.Join(Environment.NewLine, failures))
{
    public IReadOnlyList<string> Failures { get; } = failures;
}
