using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

public sealed class AppConfigurationConnectionStringTests
{
    private const string Secret = "c2VjcmV0LXZhbHVlLTEyMw==";

    [Fact]
    public void Parse_CompleteString_ReadsEndpointIdAndDecodedSecret()
    {
        var parsed = AppConfigurationConnectionString.Parse($"Endpoint=https://store.azconfig.io;Id=ab-l1-s0:xyz+/=;Secret={Secret}");

        Assert.Equal(new Uri("https://store.azconfig.io"), parsed.Endpoint);
        Assert.Equal("ab-l1-s0:xyz+/=", parsed.Credential);
        Assert.Equal(Convert.FromBase64String(Secret), parsed.Secret);
    }

    [Theory]
    [InlineData("Id=abc;Secret=" + Secret, "no Endpoint")]
    [InlineData("Endpoint=https://store.azconfig.io;Secret=" + Secret, "no Id")]
    [InlineData("Endpoint=https://store.azconfig.io;Id=abc", "no Secret")]
    [InlineData("Endpoint=https://store.azconfig.io;Id=abc;Secret=", "no Secret")]
    [InlineData("Endpoint=store.azconfig.io;Id=abc;Secret=" + Secret, "not an absolute https URL")]
    [InlineData("   ", "is empty")]
    public void Parse_IncompleteString_SaysWhatIsMissing(string connectionString, string expected)
    {
        var failure = Assert.Throws<FormatException>(() => AppConfigurationConnectionString.Parse(connectionString));

        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain(Secret, failure.Message);
    }

    [Fact]
    public void Parse_SecretNotBase64_FailsWithoutEchoingTheSecret()
    {
        const string badSecret = "not*base64!secret";

        var failure = Assert.Throws<FormatException>(() => AppConfigurationConnectionString.Parse($"Endpoint=https://store.azconfig.io;Id=abc;Secret={badSecret}"));

        Assert.Contains("Secret is not valid base64", failure.Message);
        Assert.DoesNotContain(badSecret, failure.Message);
    }

    [Fact]
    public void ToString_ParsedString_HidesTheSecret()
    {
        var parsed = AppConfigurationConnectionString.Parse($"Endpoint=https://store.azconfig.io;Id=abc;Secret={Secret}");

        Assert.Equal("Endpoint=https://store.azconfig.io;Id=abc;Secret=***", parsed.ToString());
    }
}
