namespace Dashboard.PaymentSandbox;

/// <summary>A refund as the sandbox keeps it.</summary>
public sealed record SandboxRefund(string Id, string PaymentIntent, string? Charge, long Amount, string Currency, string Status, long Created);
