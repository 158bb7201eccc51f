namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>Stands for the process dying at that point: nothing after it runs.</summary>
internal sealed class SimulatedCrashException() : Exception("The dashboard stopped here.");
