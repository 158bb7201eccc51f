using Dashboard.Domain.Audit;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// The gate an Admin set for changes reaching one environment. Only production has one: staging is where the evidence is
/// gathered, and no step before it needs an approval. Every change is audited with the rules before and after.
/// </summary>
public sealed class GatePolicy : IAuditedAggregate
{
    private readonly List<AuditRecord> _pendingAudit = [];

    public ProposalEnvironment Environment { get; private set; }
    public GateRules Rules { get; private set; } = GateRules.Default;
    public DateTimeOffset? ChangedAt { get; private set; }
    public string? ChangedBy { get; private set; }
    public IReadOnlyList<AuditRecord> PendingAuditRecords => _pendingAudit;

    private GatePolicy() { }

    /// <summary>The policy that applies until an Admin changes it: <see cref="GateRules.Default"/>.</summary>
    public static GatePolicy DefaultFor(ProposalEnvironment environment)
    {
        RequireGatedEnvironment(environment);
        return new GatePolicy { Environment = environment };
    }

    /// <summary>True while no Admin has changed the policy.</summary>
    public bool IsDefault => ChangedAt is null;

    public void Change(GateRules rules, ProposalActor admin, DateTimeOffset at)
    {
        if (!admin.HasRole(Access.Roles.Admin))
            throw new DomainException($"{admin.DisplayName} cannot change the {Name} gate: it needs the {Access.Roles.Admin} role. Ask an Admin.");
        if (rules == Rules)
            throw new DomainException($"The {Name} gate already asks for exactly this ({rules.Describe()}): change a rule before saving.");

        var before = Rules;
        Rules = rules;
        ChangedAt = at;
        ChangedBy = admin.DisplayName;
        _pendingAudit.Add(new AuditRecord(at, admin.UserId, "gate-policy.changed", $"gate-policy/{Name}",
            new AuditSide(Value: before.Describe()), new AuditSide(Value: rules.Describe(), Description: $"{admin.DisplayName} changed the {Name} gate.")));
    }

    public void ClearPendingAuditRecords() => _pendingAudit.Clear();

    private string Name => Environment.ToString().ToLowerInvariant();

    /// <summary>Refuses every environment but production, saying why.</summary>
    public static void RequireGatedEnvironment(ProposalEnvironment environment)
    {
        if (environment != ProposalEnvironment.Production)
            throw new DomainException(
                $"Only production has a gate policy: {environment.ToString().ToLowerInvariant()} is where a change gathers its evidence, and nothing before it needs an approval.");
    }
}
