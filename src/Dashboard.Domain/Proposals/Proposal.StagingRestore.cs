namespace Dashboard.Domain.Proposals;

// Rollback and Abandon put staging back as well, so staging and production do not drift and the next proposal for the key
// does not start from a conflict. Staging is restored only while it still holds what this proposal wrote there.
public sealed partial class Proposal
{
    /// <summary>
    /// What staging must be written back to when the proposal is rolled back or abandoned: the value its staging write replaced.
    /// Null when this proposal's current value was never written to staging, so there is nothing to restore.
    /// </summary>
    public ObservedSetting? StagingToRestore => StagingApply?.Replaced;

    /// <summary>
    /// Throws unless staging still holds what this proposal wrote (<paramref name="stagingNow"/> has the ETag of that write):
    /// restoring over someone else's later staging change would silently undo it. Call it before writing to any environment.
    /// </summary>
    public void EnsureCanRestoreStaging(ObservedSetting stagingNow)
    {
        if (StagingApply is not { } applied || string.Equals(stagingNow.ETag, applied.NewETag, StringComparison.Ordinal)) return;
        throw new DomainException(
            $"Staging was changed after this proposal wrote it: this proposal wrote {Written(applied)} to {Target.Describe(ProposalEnvironment.Staging)}, "
            + $"and staging now holds {stagingNow}. Restoring {applied.Replaced} would overwrite that change. Set staging back to the value this proposal wrote "
            + "(or to the value you want kept) through a new proposal, then try again.");
    }

    // Checks staging, keeps the restored value's ETag (the out-of-band watch knows the write as the pipeline's) and says what happened.
    private string StagingRestoreNote(ObservedSetting? stagingNow, string? restoredETag)
    {
        if (StagingApply is not { } applied) return "";
        if (stagingNow is null) return " Staging still holds the proposed value.";
        EnsureCanRestoreStaging(stagingNow);
        StagingApply = applied with { RestoredETag = restoredETag };
        return $" Staging restored to {applied.Replaced}.";
    }

    private string Written(EnvironmentApply applied) =>
        ProposedValue.IsDelete ? "a deletion" : $"'{ProposedValue.Value}' (ETag '{applied.NewETag}')";
}
