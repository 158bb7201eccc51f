using Dashboard.Domain.Scanning;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>A scan and when it ran; <see cref="Scan"/> is null and <see cref="Error"/> says why when it could not run.</summary>
public sealed record ScanSnapshot(string Root, ScanResult? Scan, DateTimeOffset ScannedAt, string? Error);
