using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Xunit.Abstractions;

namespace Dashboard.Integration.Tests;

/// <summary>
/// Each hostile request gets a clear 4xx (never a 500, never a crash), and the process still answers /healthz/live afterwards.
/// To add a case, add a line to <see cref="Requests"/>: who sends it (null: anonymous), the request, and the expected answer.
/// </summary>
public class HostileInputTests(SeededDashboardFixture fixture, ITestOutputHelper output) : IClassFixture<SeededDashboardFixture>
{
    /// <param name="SignedInAs">A demo account, or null to send it anonymously.</param>
    /// <param name="Field">The input a 400 must name, when it names one.</param>
    public sealed record HostileRequest(string? SignedInAs, Func<HttpRequestMessage> Build, HttpStatusCode Expected, string? Field = null);

    private const string Store = DemoCatalog.SharedStore;
    private static readonly string AnyProposal = $"api/proposals/{Guid.NewGuid()}";

    private static readonly Dictionary<string, HostileRequest> Requests = new()
    {
        ["CSRF-style text/plain catalog import"] = new("admin",
            () => Post("api/catalog/import", "kind: Component\nmetadata:\n  name: csrf-service\nspec:\n  owner: a\n", "text/plain"),
            HttpStatusCode.UnsupportedMediaType),
        ["empty cross-site form posted to approve"] = new("approver",
            () => Post($"{AnyProposal}/approve", "", "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType),
        ["2 MB JSON proposal"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "k", value = new string('x', 2 * 1024 * 1024), reason = "r" }),
            HttpStatusCode.RequestEntityTooLarge),
        ["JSON nested 10,000 deep"] = new("engineer",
            () => Post("api/proposals", "{\"store\":" + new string('[', 10_000) + new string(']', 10_000) + "}", "application/json"),
            HttpStatusCode.BadRequest),
        ["20,000-item checklist"] = new("engineer",
            () => Json($"{AnyProposal}/staging-verify", new { checklist = Enumerable.Repeat(new { description = "c", confirmed = true }, 20_000) }),
            HttpStatusCode.BadRequest, "checklist"),
        ["checklist item with a right-to-left override"] = new("engineer",
            () => Json($"{AnyProposal}/staging-verify", new { checklist = new[] { new { description = "error rate \u202Edegnahcnu", confirmed = true } } }),
            HttpStatusCode.BadRequest, "checklist[0].description"),
        ["60 failure reasons"] = new("engineer",
            () => Json($"{AnyProposal}/staging-fail", new { reasons = Enumerable.Range(1, 60).Select(i => $"reason {i}") }),
            HttpStatusCode.BadRequest, "reasons"),
        ["reject reason with a right-to-left override"] = new("approver",
            () => Json($"{AnyProposal}/reject", new { reason = "fine \u202Eton" }), HttpStatusCode.BadRequest, "reason"),
        ["CR/LF in a proposed key"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "tax.rate\r\nX-Injected: yes", value = "1", reason = "r" }),
            HttpStatusCode.BadRequest, "key"),
        ["right-to-left override in a proposed key"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "tax.rate.\u202Etluafed", value = "1", reason = "r" }),
            HttpStatusCode.BadRequest, "key"),
        ["NUL in a proposed key"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "tax\0rate", value = "1", reason = "r" }), HttpStatusCode.BadRequest, "key"),
        ["filter characters in a proposed key"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "Billing:*", value = "1", reason = "r" }), HttpStatusCode.BadRequest, "key"),
        ["right-to-left override in a proposal's reason"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "tax.rate.default", value = "0.0825", reason = "routine \u202Eetadpu" }),
            HttpStatusCode.BadRequest, "reason"),
        ["key, label and value over 10 KB"] = new("engineer",
            () => Json("api/proposals", new { store = Store, key = "tax.rate.default", value = new string('9', 10 * 1024 - 10), reason = "r" }),
            HttpStatusCode.BadRequest, "value"),
        ["bidirectional isolate in a blast-radius label"] = new("viewer",
            () => Json("api/blast-radius", new { store = Store, key = "tax.rate.default", label = "\u2066production", value = "1" }),
            HttpStatusCode.BadRequest, "label"),
        ["non-ASCII and CR/LF ReturnUrl on the sign-in page"] = new(null,
            () => new HttpRequestMessage(HttpMethod.Get, "account/login?returnUrl=%2F%C3%BC%0D%0ALocation%3A%20https%3A%2F%2Fevil.example"), HttpStatusCode.OK),
        ["malformed percent-encoding in ReturnUrl"] = new(null,
            () => new HttpRequestMessage(HttpMethod.Get, "account/login?returnUrl=%E0%A4%A%ZZ%2F%2Fevil"), HttpStatusCode.OK),
        ["unknown Host header"] = new(null, () => WithHost(new HttpRequestMessage(HttpMethod.Get, ""), "evil.example"), HttpStatusCode.BadRequest),
        ["Host header naming another domain that starts like loopback"] = new(null, () => WithHost(new HttpRequestMessage(HttpMethod.Get, "account/login"), "127.0.0.1.evil.example"), HttpStatusCode.BadRequest),
    };

    public static TheoryData<string> Names => [.. Requests.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task HostileRequest_GetsAClearAnswer_AndTheProcessStaysLive(string name)
    {
        var hostile = Requests[name];
        using var client = fixture.Host.CreateClient();
        if (hostile.SignedInAs is { } userName) await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);

        using var request = hostile.Build();
        var response = await client.SendAsync(request);

        var live = (await client.GetAsync("healthz/live")).StatusCode;

        // One row of the hostile-input table: what came back, and whether the process still answers.
        output.WriteLine($"| {name} | {(int)response.StatusCode} {response.StatusCode} | /healthz/live {(int)live} |");
        Assert.Equal(hostile.Expected, response.StatusCode);
        if (hostile.Field is { } field)
            Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, live);
    }

    [Theory]
    [InlineData("/proposals?key=tax.rate.défault", "/proposals?key=tax.rate.d%C3%A9fault")]
    [InlineData("/ü\r\nSet-Cookie: x=y", "/%C3%BC%0D%0ASet-Cookie:%20x=y")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    public async Task SignIn_WithAHostileReturnUrl_RedirectsToALocalEscapedPath(string returnUrl, string expected)
    {
        using var client = fixture.Host.CreateClient();

        var response = await SignInForm.PostAsync(client, "viewer", DemoAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    private static HttpRequestMessage Post(string path, string body, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private static HttpRequestMessage Json(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage WithHost(HttpRequestMessage request, string host)
    {
        request.Headers.Host = host;
        return request;
    }
}
