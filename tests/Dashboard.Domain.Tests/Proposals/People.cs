using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

/// <summary>The people of the proposal tests, one role set each.</summary>
public static class People
{
    public static ProposalActor Author { get; } = new("alice", "Alice", [Roles.Engineer]);
    public static ProposalActor Engineer { get; } = new("bob", "Bob", [Roles.Engineer]);
    public static ProposalActor Approver { get; } = new("carol", "Carol", [Roles.Approver]);
    public static ProposalActor SecondApprover { get; } = new("frank", "Frank", [Roles.Approver]);
    public static ProposalActor Admin { get; } = new("dave", "Dave", [Roles.Admin, Roles.Approver, Roles.Engineer]);
    public static ProposalActor OnCall { get; } = new("oscar", "Oscar", [Roles.OnCall]);
    public static ProposalActor Viewer { get; } = new("erin", "Erin", [Roles.Viewer]);
}
