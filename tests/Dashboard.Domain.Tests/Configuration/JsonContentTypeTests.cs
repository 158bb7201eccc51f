using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class JsonContentTypeTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("APPLICATION/JSON")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.foo+json;charset=utf-8")]
    [InlineData("application/json+vnd.foo")]
    [InlineData(" application/json ")]
    public void IsJson_JsonMediaTypes_AreJson(string contentType)
    {
        Assert.True(JsonContentType.IsJson(contentType));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("text/json")]
    [InlineData("application/xml")]
    [InlineData("application/jsonx")]
    [InlineData("application/")]
    [InlineData("json")]
    [InlineData("application/vnd.microsoft.appconfig.ff+json;charset=utf-8")]
    [InlineData("application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8")]
    [InlineData("Application/Vnd.Microsoft.AppConfig.FF+JSON")]
    public void IsJson_OtherOrReservedMediaTypes_AreNotJson(string? contentType)
    {
        Assert.False(JsonContentType.IsJson(contentType));
    }
}
