using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Payments;

public class StripePaymentGatewayTests
{
    [Fact]
    public async Task GetPaymentAsync_Authorised_MapsStatusAmountsReferenceAndExpiry()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var id = await test.AuthorizeAsync("ord-1", 4200);

        var payment = await test.Gateway.GetPaymentAsync(id);

        Assert.NotNull(payment);
        Assert.Equal(GatewayStatus.RequiresCapture, payment.Status);
        Assert.Equal("ord-1", payment.MerchantReference);
        Assert.Equal(4200, payment.Amount);
        Assert.Equal(0, payment.AmountCaptured);
        Assert.Equal("eur", payment.Currency);
        Assert.False(payment.Disputed);
        Assert.True(payment.AuthorizationExpiresAt > DateTimeOffset.UtcNow.AddDays(6));
    }

    [Fact]
    public async Task GetPaymentAsync_Unknown_IsNull()
    {
        await using var test = await GatewayUnderTest.StartAsync();

        Assert.Null(await test.Gateway.GetPaymentAsync("pi_unknown"));
    }

    [Fact]
    public async Task FindByMerchantReferenceAsync_FindsEveryPaymentOfTheOrder()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        await test.AuthorizeAsync("ord-2");
        await test.AuthorizeAsync("ord-2");
        await test.AuthorizeAsync("ord-3");

        var payments = await test.Gateway.FindByMerchantReferenceAsync("ord-2");

        Assert.Equal(2, payments.Count);
        Assert.All(payments, p => Assert.Equal("ord-2", p.MerchantReference));
    }

    [Fact]
    public async Task CaptureAsync_SameKeyTwice_ReplaysAndCapturesOnce()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var id = await test.AuthorizeAsync("ord-4");

        var first = await test.Gateway.CaptureAsync(id, null, "recon-run-ord-4-capture");
        var second = await test.Gateway.CaptureAsync(id, null, "recon-run-ord-4-capture");

        Assert.Equal(GatewayStatus.Succeeded, first.Status);
        Assert.Equal(first, second);
        var stats = await test.StatsAsync();
        Assert.Equal(1, stats.GetProperty("captures").GetInt32());
        Assert.Equal(1, stats.GetProperty("idempotent_replays").GetInt32());
    }

    [Fact]
    public async Task CaptureAsync_AnotherKeyAfterCapture_IsInvalidStateNotASecondCapture()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var id = await test.AuthorizeAsync("ord-5");
        await test.Gateway.CaptureAsync(id, null, "key-a");

        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => test.Gateway.CaptureAsync(id, null, "key-b"));

        Assert.Equal(PaymentGatewayErrorKind.InvalidState, error.Kind);
        Assert.Equal("payment_intent_unexpected_state", error.GatewayCode);
    }

    [Fact]
    public async Task CancelAndRefund_WithKeys_AreDoneOnceEach()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var toCancel = await test.AuthorizeAsync("ord-6");
        var toRefund = await test.AuthorizeAsync("ord-7", 1800);
        await test.Gateway.CaptureAsync(toRefund, null, "cap-7");

        var canceled = await test.Gateway.CancelAsync(toCancel, "cancel-6");
        await test.Gateway.CancelAsync(toCancel, "cancel-6");
        var refund = await test.Gateway.RefundAsync(toRefund, null, "refund-7");
        var again = await test.Gateway.RefundAsync(toRefund, null, "refund-7");

        Assert.Equal(GatewayStatus.Canceled, canceled.Status);
        Assert.Equal(1800, refund.Amount);
        Assert.Equal(refund, again);
        Assert.Equal(1800, (await test.Gateway.GetPaymentAsync(toRefund))!.AmountRefunded);
        var stats = await test.StatsAsync();
        Assert.Equal(1, stats.GetProperty("cancels").GetInt32());
        Assert.Equal(1, stats.GetProperty("refunds").GetInt32());
    }

    [Fact]
    public async Task RefundAsync_SameKeyOtherAmount_IsAnIdempotencyConflict()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var id = await test.AuthorizeAsync("ord-8", 3000);
        await test.Gateway.CaptureAsync(id, null, "cap-8");
        await test.Gateway.RefundAsync(id, 1000, "refund-8");

        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => test.Gateway.RefundAsync(id, 2000, "refund-8"));

        Assert.Equal(PaymentGatewayErrorKind.IdempotencyConflict, error.Kind);
        Assert.Contains("preview the run again", error.Message);
    }

    [Fact]
    public async Task CaptureAsync_KeyWithoutThePermission_ThrowsAuthenticationNamingThe403AndTheSetting()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var id = await test.AuthorizeAsync("ord-403");
        await test.AddFaultAsync(new { kind = "error", count = 1, path = $"/v1/payment_intents/{id}/capture", statusCode = 403 });

        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => test.Gateway.CaptureAsync(id, null, "cap-403"));

        Assert.Equal((PaymentGatewayErrorKind.Authentication, 403), (error.Kind, error.StatusCode));
        Assert.Contains("refused the API key (403", error.Message);
        Assert.Contains("PaymentGateway:ApiKey", error.Message);
        Assert.Equal(0, (await test.StatsAsync()).GetProperty("captures").GetInt32());
    }

    [Fact]
    public async Task GetPaymentAsync_GatewayKeepsFailing_OpensTheCircuitAndSaysSo()
    {
        await using var test = await GatewayUnderTest.StartAsync(retries: 1, circuitBreakSeconds: 30);
        var id = await test.AuthorizeAsync("ord-breaker");
        await test.AddFaultAsync(new { kind = "error", count = 1000, path = "/v1/payment_intents", statusCode = 500 });

        PaymentGatewayException? error = null;
        for (var call = 0; call < 30 && error?.Kind != PaymentGatewayErrorKind.CircuitOpen; call++)
            error = await Assert.ThrowsAsync<PaymentGatewayException>(() => test.Gateway.GetPaymentAsync(id));

        Assert.Equal(PaymentGatewayErrorKind.CircuitOpen, error!.Kind);
        Assert.True(error.IsTransient);
        Assert.Contains("stopped calling it for 30 s (circuit breaker open)", error.Message);
    }

    [Fact]
    public async Task CaptureAsync_TwoServerErrorsThenSuccess_RetriesWithTheSameKeyAndCapturesOnce()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        var id = await test.AuthorizeAsync("ord-9");
        await test.AddFaultAsync(new { kind = "error", count = 2, path = $"/v1/payment_intents/{id}/capture", statusCode = 500 });

        var payment = await test.Gateway.CaptureAsync(id, null, "cap-9");

        Assert.Equal(GatewayStatus.Succeeded, payment.Status);
        var stats = await test.StatsAsync();
        Assert.Equal(2, stats.GetProperty("injected_faults").GetInt32());
        Assert.Equal(1, stats.GetProperty("captures").GetInt32());
    }

    [Fact]
    public async Task CaptureAsync_ResponseLostAfterTheEffect_RetryReplaysInsteadOfCapturingAgain()
    {
        await using var test = await GatewayUnderTest.StartAsync(timeoutSeconds: 1);
        var id = await test.AuthorizeAsync("ord-10");
        await test.AddFaultAsync(new { kind = "delay", count = 1, path = $"/v1/payment_intents/{id}/capture", delayMs = 3000, afterEffect = true });

        var payment = await test.Gateway.CaptureAsync(id, null, "cap-10");

        Assert.Equal(GatewayStatus.Succeeded, payment.Status);
        var stats = await test.StatsAsync();
        Assert.Equal(1, stats.GetProperty("captures").GetInt32());
        Assert.Equal(1, stats.GetProperty("idempotent_replays").GetInt32());
    }

    [Fact]
    public async Task GetPaymentAsync_GatewayHangsEveryAttempt_IsATimeoutSayingToKeepTheKey()
    {
        await using var test = await GatewayUnderTest.StartAsync(timeoutSeconds: 1, retries: 1);
        await test.AddFaultAsync(new { kind = "delay", count = 5, path = "/v1/payment_intents/pi_slow", delayMs = 4000 });

        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => test.Gateway.GetPaymentAsync("pi_slow"));

        Assert.Equal(PaymentGatewayErrorKind.Timeout, error.Kind);
        Assert.True(error.IsTransient);
        Assert.Contains("same idempotency key", error.Message);
    }

    [Fact]
    public async Task AnyCall_WrongKey_IsAnAuthenticationErrorNamingTheSetting()
    {
        await using var test = await GatewayUnderTest.StartAsync(apiKey: "sk_test_not_the_key");

        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => test.Gateway.GetPaymentAsync("pi_1"));

        Assert.Equal(PaymentGatewayErrorKind.Authentication, error.Kind);
        Assert.Contains("PaymentGateway__ApiKey", error.Message);
        Assert.DoesNotContain("sk_test_not_the_key", error.Message);
    }

    [Fact]
    public async Task Reads_ClientAllowedMoreThanTheGateway_429sAreRetriedUntilTheyGetThrough()
    {
        await using var test = await GatewayUnderTest.StartAsync(sandboxPerSecond: 4, clientPerSecond: 1000, retries: 9);
        var id = await test.AuthorizeAsync("ord-11");

        var payments = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => test.Gateway.GetPaymentAsync(id)));

        Assert.All(payments, p => Assert.Equal(id, p!.Reference));
        Assert.True((await test.StatsAsync()).GetProperty("rate_limited").GetInt32() > 0);
    }

    [Fact]
    public async Task Reads_RateLimitedWithoutRetries_IsARateLimitErrorNamingTheSetting()
    {
        await using var test = await GatewayUnderTest.StartAsync(sandboxPerSecond: 1, clientPerSecond: 1000, retries: 0);

        var calls = Enumerable.Range(0, 6).Select(_ => test.Gateway.GetPaymentAsync("pi_1")).ToList();
        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => Task.WhenAll(calls));

        Assert.Equal(PaymentGatewayErrorKind.RateLimited, error.Kind);
        Assert.Contains("PaymentGateway:RequestsPerSecond", error.Message);
    }

    [Fact]
    public async Task Reads_ClientLimitBelowTheGateways_NeverSee429()
    {
        await using var test = await GatewayUnderTest.StartAsync(sandboxPerSecond: 25, clientPerSecond: 20, retries: 0);
        var id = await test.AuthorizeAsync("ord-12");

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => test.Gateway.GetPaymentAsync(id)));

        Assert.Equal(0, (await test.StatsAsync()).GetProperty("rate_limited").GetInt32());
    }
}
