using Dashboard.SampleFleet.Fleet;

namespace Dashboard.SampleFleet.Tests;

public sealed class SampleFleetOptionsValidatorTests
{
    private const string ConnectionString = "Endpoint=http://127.0.0.1:5180/appconfig/contoso-shared-config;Id=reader;Secret=c2VjcmV0";

    [Fact]
    public void Validate_Defaults_WithAConnectionString_Pass()
    {
        var result = new SampleFleetOptionsValidator().Validate(null, new SampleFleetOptions { ConnectionString = ConnectionString });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(nameof(SampleFleetOptions.ConnectionString), "", "SampleFleet:ConnectionString is empty")]
    [InlineData(nameof(SampleFleetOptions.ConnectionString), "Endpoint=http://x;Id=a", "SampleFleet:ConnectionString: The connection string needs Endpoint, Id and Secret")]
    [InlineData(nameof(SampleFleetOptions.Environments), "staging,qa", "SampleFleet:Environments is 'staging,qa'")]
    [InlineData(nameof(SampleFleetOptions.StagingBasePort), "80", "SampleFleet:StagingBasePort is 80")]
    [InlineData(nameof(SampleFleetOptions.ProductionBasePort), "5220", "set them at least 40 apart")]
    [InlineData(nameof(SampleFleetOptions.BillingApiInstances), "0", "SampleFleet:BillingApiInstances is 0; use 1 to 9.")]
    [InlineData(nameof(SampleFleetOptions.ReconnectMinSeconds), "20", "SampleFleet:ReconnectMinSeconds and ReconnectMaxSeconds are 20 and 12")]
    [InlineData(nameof(SampleFleetOptions.RequestsPerSecond), "-1", "SampleFleet:RequestsPerSecond is -1")]
    [InlineData(nameof(SampleFleetOptions.ProbeIntervalSeconds), "0", "SampleFleet:ProbeIntervalSeconds is 0")]
    public void Validate_BadSetting_NamesIt(string setting, string value, string expected)
    {
        var options = new SampleFleetOptions { ConnectionString = ConnectionString };
        var property = typeof(SampleFleetOptions).GetProperty(setting)!;
        property.SetValue(options, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));

        var result = new SampleFleetOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal) || f.Contains(expected, StringComparison.Ordinal));
    }
}
