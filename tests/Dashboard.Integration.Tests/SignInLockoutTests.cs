using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

public partial class SignInLockoutTests
{
    private static readonly Dictionary<string, string> ThreeStrikes = new()
    {
        ["Authentication:Lockout:MaxFailedAttempts"] = "3",
        ["Authentication:Lockout:Minutes"] = "15",
    };

    [Fact]
    public async Task ThirdWrongPassword_LocksTheAccount_EvenTheRightPasswordIsRefused_WithWhenToTryAgain()
    {
        await using var host = await DashboardTestHost.StartAsync(ThreeStrikes);
        using var client = host.CreateClient();

        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add(await ErrorAsync(await SignInForm.PostAsync(client, "engineer", "not-the-password")));
        var right = await SignInForm.PostAsync(client, "engineer", DemoAccounts.Password);

        Assert.All(answers[..2], a => Assert.Contains("That user name and password do not match", a));
        Assert.Matches(LockedOutMessage(), answers[2]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Matches(LockedOutMessage(), await ErrorAsync(right));
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("dashboard.session", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UnknownUserName_LocksOutWithTheSameWords_SoTheAnswerRevealsNothing()
    {
        await using var host = await DashboardTestHost.StartAsync(ThreeStrikes);
        using var client = host.CreateClient();

        string known = "", unknown = "";
        for (var i = 0; i < 3; i++)
        {
            known = await ErrorAsync(await SignInForm.PostAsync(client, "approver", "not-the-password"));
            unknown = await ErrorAsync(await SignInForm.PostAsync(client, "no-such-person", "not-the-password"));
        }

        Assert.Matches(LockedOutMessage(), unknown);
        // Same sentence, apart from the minute the lockout ends.
        Assert.Equal(Digits().Replace(known, "#"), Digits().Replace(unknown, "#"));
    }

    [Fact]
    public async Task FailedSignIn_LogsAUserNameOnlyWhenItLooksLikeOne_AndEscapesNothingIntoNewLines()
    {
        var logs = new LogCapture();
        await using var host = await DashboardTestHost.StartAsync(configure: logs.AddTo);
        using var client = host.CreateClient();

        await SignInForm.PostAsync(client, "Engineer", "not-the-password");
        await SignInForm.PostAsync(client, "admin\r\nWarning Forged: admin signed in", "not-the-password");
        await SignInForm.PostAsync(client, "Tr0ub4dor&3 correct horse", "not-the-password");

        var failures = logs.Lines.Where(l => l.Contains("Failed sign-in", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains("Failed sign-in for engineer from 127.0.0.1", failures[0]);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Forged", StringComparison.Ordinal) || l.Contains("correct horse", StringComparison.Ordinal));
        Assert.All(failures, l => Assert.DoesNotContain('\n', l));
        Assert.Contains("(not a user name, 38 characters, not logged)", failures[1]);
        Assert.Contains("(not a user name, 25 characters, not logged)", failures[2]);
    }

    [Fact]
    public async Task SignInPosts_OverTheLimitFromOneAddress_Get429WithRetryAfter_BeforeAnyPasswordIsChecked()
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["Authentication:SignInRateLimit:PermitLimit"] = "3",
            ["Authentication:SignInRateLimit:WindowSeconds"] = "60",
        });
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await SignInForm.PostAsync(client, $"guess{i}", "not-the-password")).StatusCode);
        var refused = await SignInForm.PostAsync(client, "engineer", DemoAccounts.Password);
        var form = await client.GetAsync("account/login");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("Too many sign-in attempts from your address", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        var page = await response.Content.ReadAsStringAsync();
        var error = ErrorParagraph().Match(page);
        return error.Success ? WebUtility.HtmlDecode(error.Groups[1].Value) : $"(no error shown; status {(int)response.StatusCode})";
    }

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex ErrorParagraph();

    [GeneratedRegex(@"^Too many failed sign-ins for this user name\. Try again after \d{4}-\d\d-\d\d \d\d:\d\d UTC\+00:00 \(in 1[45] minutes\); until then even the right password is refused\.$")]
    private static partial Regex LockedOutMessage();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
