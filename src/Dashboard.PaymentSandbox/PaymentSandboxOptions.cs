namespace Dashboard.PaymentSandbox;

/// <summary>The <c>PaymentSandbox</c> settings.</summary>
public sealed class PaymentSandboxOptions
{
    public const string SectionName = "PaymentSandbox";
    public const string DefaultApiKey = "sk_test_sandbox";

    /// <summary>The only secret key accepted (Bearer or Basic auth, as Stripe takes it). A demo value: the sandbox moves no money.</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>The SQLite file that keeps intents, refunds and idempotency records across restarts.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "payment-sandbox.db");

    /// <summary>Requests per second per API key before the sandbox answers 429, like Stripe's test-mode limit.</summary>
    public int RequestsPerSecond { get; set; } = 25;

    /// <summary>The most form fields one request may carry; more is refused with 400.</summary>
    public int MaxFormFields { get; set; } = 100;

    /// <summary>The largest request body in bytes; larger is refused with 413.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Validates the settings, returning one line per problem naming the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey) || ApiKey.Length < 8)
            problems.Add($"{SectionName}:ApiKey must be at least 8 characters, e.g. \"{DefaultApiKey}\".");
        if (string.IsNullOrWhiteSpace(DatabasePath))
            problems.Add($"{SectionName}:DatabasePath must name a SQLite file, e.g. \"data/payment-sandbox.db\".");
        if (RequestsPerSecond is < 1 or > 10_000)
            problems.Add($"{SectionName}:RequestsPerSecond is {RequestsPerSecond}; set it from 1 to 10000 (Stripe's test mode allows 25).");
        if (MaxFormFields is < 10 or > 10_000)
            problems.Add($"{SectionName}:MaxFormFields is {MaxFormFields}; set it from 10 to 10000.");
        if (MaxRequestBytes is < 1024 or > 10 * 1024 * 1024)
            problems.Add($"{SectionName}:MaxRequestBytes is {MaxRequestBytes}; set it from 1024 to 10485760.");
        return problems;
    }
}
