namespace Dashboard.Domain.Proposals;

/// <summary>Staging refused the write because the key changed since the proposal read it; <see cref="Current"/> is what it holds now.</summary>
public sealed record StagingConflict(ObservedSetting Current, DateTimeOffset At);
