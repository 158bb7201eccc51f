using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Hosting;

public sealed class AzureSignalRSettingsValidatorTests
{
    private const string Secret = "c2VjcmV0LWFjY2Vzcy1rZXk=";

    private static ValidateOptionsResultView Validate(string? connectionString)
    {
        var result = new AzureSignalRSettingsValidator().Validate(null, new AzureSignalRSettings { ConnectionString = connectionString });
        return new(result.Succeeded, result.Failures?.SingleOrDefault());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_Empty_SucceedsForTheInProcessHub(string? connectionString) =>
        Assert.True(Validate(connectionString).Succeeded);

    [Theory]
    [InlineData("Endpoint=https://contoso.service.signalr.net;AccessKey=" + Secret + ";Version=1.0;")]
    [InlineData("Endpoint=https://contoso.service.signalr.net;AuthType=azure.msi;Version=1.0;")]
    public void Validate_WellFormed_Succeeds(string connectionString) =>
        Assert.True(Validate(connectionString).Succeeded);

    [Theory]
    [InlineData("AccessKey=" + Secret, "has no Endpoint with an http(s) address")]
    [InlineData("Endpoint=contoso.service.signalr.net;AccessKey=" + Secret, "has no Endpoint with an http(s) address")]
    [InlineData("Endpoint=ftp://contoso.service.signalr.net;AccessKey=" + Secret, "has no Endpoint with an http(s) address")]
    [InlineData("Endpoint=https://contoso.service.signalr.net;Version=1.0", "has neither an AccessKey nor an AuthType")]
    [InlineData("Endpoint=\"https://contoso;AccessKey=" + Secret, "is not a list of name=value pairs separated by ';'")]
    public void Validate_Malformed_NamesTheKeyAndTheProblemWithoutTheSecret(string connectionString, string problem)
    {
        var (succeeded, failure) = Validate(connectionString);

        Assert.False(succeeded);
        Assert.StartsWith($"Azure:SignalR:ConnectionString {problem}; give the connection string", failure);
        Assert.DoesNotContain(Secret, failure, StringComparison.Ordinal);
    }

    private readonly record struct ValidateOptionsResultView(bool Succeeded, string? Failure);
}
