namespace Dashboard.Application.Persistence;

/// <summary>Someone else saved what this unit of work changed, after it was read: nothing of this unit of work was saved.</summary>
public sealed class ConcurrentChangeException(string message, Exception? innerException = null) : Exception(message, innerException);
