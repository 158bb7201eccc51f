using Dashboard.Application.Errors;
using Dashboard.Application.Persistence;
using Dashboard.Domain;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>
/// Reads and changes the gate policy of an environment, one unit of work per change with its audit entry (old → new rules).
/// A change applies to proposals submitted afterwards; those already submitted keep the rules they were submitted under.
/// </summary>
public sealed class GatePolicySettings(IUnitOfWorkFactory units, TimeProvider time)
{
    /// <summary>The environment's policy: the stored one, or the defaults while no Admin has changed them.</summary>
    public async Task<GatePolicy> GetAsync(ProposalEnvironment environment, CancellationToken cancellationToken)
    {
        RequireGated(environment);
        await using var unit = await units.BeginAsync(cancellationToken);
        return await unit.GatePolicies.FindAsync(environment, cancellationToken) ?? GatePolicy.DefaultFor(environment);
    }

    /// <exception cref="DomainException">The actor is not an Admin, or the rules are the ones in force.</exception>
    /// <exception cref="ConflictException">Another Admin changed the policy at the same time.</exception>
    public async Task<GatePolicy> ChangeAsync(ProposalEnvironment environment, GateRules rules, ProposalActor admin, CancellationToken cancellationToken)
    {
        RequireGated(environment);
        await using var unit = await units.BeginAsync(cancellationToken);
        var policy = await unit.GatePolicies.FindAsync(environment, cancellationToken);
        if (policy is null)
        {
            policy = GatePolicy.DefaultFor(environment);
            unit.GatePolicies.Add(policy);
        }
        policy.Change(rules, admin, time.GetUtcNow());
        try
        {
            await unit.SaveAsync(cancellationToken);
        }
        catch (ConcurrentChangeException error)
        {
            throw new ConflictException("Another Admin changed the gate policy at the same time, so this change was not saved: reload it and decide again.", null, error);
        }
        return policy;
    }

    /// <summary>The rules a proposal submitted now is judged by.</summary>
    public static async Task<GateRules> InForceAsync(IUnitOfWork unit, CancellationToken cancellationToken) =>
        (await unit.GatePolicies.FindAsync(ProposalEnvironment.Production, cancellationToken))?.Rules ?? GateRules.Default;

    private static void RequireGated(ProposalEnvironment environment)
    {
        try
        {
            GatePolicy.RequireGatedEnvironment(environment);
        }
        catch (DomainException error)
        {
            throw new NotFoundException("gate policy", error.Message);
        }
    }
}
