namespace Dashboard.Domain;

/// <summary>A rule of the domain was broken; the message says which and how to fix it.</summary>
public sealed class DomainException(string message) : Exception(message);
