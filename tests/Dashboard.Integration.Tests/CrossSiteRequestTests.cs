using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// What a page on another site (another port of the same host included) can make a browser send with the session cookie: a
/// form, plain text, or a body-less post. None of them may change anything; a script with the right content type still can.
/// </summary>
public class CrossSiteRequestTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    public static TheoryData<string, string?> CrossSiteBodies => new()
    {
        { "", null },
        { "", "application/x-www-form-urlencoded" },
        { "reason=not+needed", "application/x-www-form-urlencoded" },
        { "{}", "text/plain" },
        { "--b\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nx\r\n--b--", "multipart/form-data; boundary=b" },
    };

    [Theory]
    [MemberData(nameof(CrossSiteBodies))]
    public async Task StateChange_WithABodyACrossSiteFormCanSend_Is415_AndChangesNothing(string body, string? mediaType)
    {
        using var engineer = await SignedInAsync("engineer");
        using var approver = await SignedInAsync("approver");
        var id = await DraftAsync(engineer, "0.0901");

        var abandon = await engineer.PostAsync($"api/proposals/{id}/abandon", Content(body, mediaType));
        var approve = await approver.PostAsync($"api/proposals/{id}/approve", Content(body, mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, abandon.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, approve.StatusCode);
        var problem = await abandon.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString());
        var proposal = await engineer.GetFromJsonAsync<JsonElement>($"api/proposals/{id}");
        Assert.Equal("Draft", proposal.GetProperty("state").GetString());
    }

    [Fact]
    public async Task StateChange_FromAScriptWithTheSessionCookieAndJson_StillWorks()
    {
        using var engineer = await SignedInAsync("engineer");
        var id = await DraftAsync(engineer, "0.0902");

        var abandon = await engineer.PostAsync($"api/proposals/{id}/abandon",
            new StringContent("""{"reason":"superseded"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, abandon.StatusCode);
        Assert.Equal("Abandoned", (await abandon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ReadOnlyRequests_NeedNoContentType()
    {
        using var viewer = await SignedInAsync("viewer");

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("api/proposals")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<string> DraftAsync(HttpClient engineer, string value)
    {
        var created = await engineer.PostAsJsonAsync("api/proposals",
            new { store = DemoCatalog.SharedStore, key = DemoConfiguration.StoryKey, value, reason = "2027 tax rules" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static HttpContent? Content(string body, string? mediaType)
    {
        if (mediaType is null) return null;
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }
}
