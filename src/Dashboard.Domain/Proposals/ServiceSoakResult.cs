namespace Dashboard.Domain.Proposals;

/// <summary>One service's soak outcome, with the numbers in words.</summary>
public sealed record ServiceSoakResult(string Service, SoakOutcome Outcome, string Reason);
