namespace Dashboard.Domain.Scanning;

/// <summary>
/// Something the scanner could not read, or read only in part (a file that does not parse, a value it cannot
/// evaluate, a link it did not follow). <see cref="Line"/> is 1-based, null when the problem is the whole file.
/// </summary>
public sealed record ScanDiagnostic(string File, string Message)
{
    public int? Line { get; init; }

    public override string ToString() => Line is null ? $"{File}: {Message}" : $"{File}:{Line}: {Message}";
}
