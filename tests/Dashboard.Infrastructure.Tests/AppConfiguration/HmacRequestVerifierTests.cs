using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

public sealed class HmacRequestVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Secret = "the fleet's read key"u8.ToArray();
    private const string Target = "/appconfig/contoso-shared-config/kv?key=Billing%3A%2A&label=staging";
    private const string Host = "127.0.0.1:5180";

    private readonly HmacRequestVerifier _verifier = new("reader", Secret);

    [Fact]
    public void Verify_SignedBySigner_IsAccepted()
    {
        var request = Signed(new HmacRequestSigner("reader", Secret));

        Assert.Null(Verify(request));
    }

    [Fact]
    public void Verify_OtherSecret_SaysTheSignatureDoesNotMatch()
    {
        var request = Signed(new HmacRequestSigner("reader", "another key"u8.ToArray()));

        Assert.Contains("signature does not match", Verify(request));
    }

    [Fact]
    public void Verify_SignedForAnotherQuery_IsRefused()
    {
        var request = Signed(new HmacRequestSigner("reader", Secret));

        Assert.Contains("signature does not match", Verify(request with { Target = Target.Replace("staging", "production", StringComparison.Ordinal) }));
    }

    [Fact]
    public void Verify_UnknownCredential_NamesIt()
    {
        var request = Signed(new HmacRequestSigner("stranger", Secret));

        Assert.Contains("'stranger' is not known", Verify(request));
    }

    [Fact]
    public void Verify_DateOlderThan15Minutes_SaysToCheckTheClock()
    {
        var request = Signed(new HmacRequestSigner("reader", Secret), Now.AddMinutes(-16));

        Assert.Contains("check the client's clock", Verify(request));
    }

    [Fact]
    public void Verify_ContentHashOfAnotherBody_IsRefused()
    {
        var request = Signed(new HmacRequestSigner("reader", Secret)) with { ContentHash = HmacRequestSigner.ContentHash("x"u8) };

        Assert.Contains("x-ms-content-sha256", Verify(request));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer eyJ0eXAi")]
    [InlineData("HMAC-SHA256 Credential=reader&Signature=abc")]
    public void Verify_MissingOrIncompleteAuthorization_IsRefused(string? authorization)
    {
        var request = Signed(new HmacRequestSigner("reader", Secret)) with { Authorization = authorization };

        Assert.NotNull(Verify(request));
    }

    private sealed record Request(string Target, string Date, string ContentHash, string? Authorization);

    private static Request Signed(HmacRequestSigner signer, DateTimeOffset? at = null)
    {
        var date = HmacRequestSigner.FormatDate(at ?? Now);
        var hash = HmacRequestSigner.ContentHash([]);
        return new Request(Target, date, hash, signer.Authorization("GET", Target, date, Host, hash));
    }

    private string? Verify(Request request) =>
        _verifier.Verify("GET", request.Target, Host, request.Authorization, request.Date, request.ContentHash, [], Now);
}
