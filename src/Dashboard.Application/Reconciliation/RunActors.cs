using Dashboard.Domain.Access;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>The background work of a run (classifying, executing, pausing on a fault) acts for the person who prepared it.</summary>
internal static class RunActors
{
    public static ReconciliationActor ExecutorFor(ReconciliationRun run) =>
        new(run.PreparedById, $"{run.PreparedByName} (background run)", [Roles.ReconciliationOperator]);
}
