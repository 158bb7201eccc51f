namespace Dashboard.Analysis.Files;

/// <summary>
/// The folders a server may scan. A path is allowed only when it is absolute, exists, lies under one of the roots,
/// and reaches there without a symbolic link, junction or another mounted file system on the way: otherwise
/// "../../etc" or a link to /proc would let a request read anything the process can.
/// </summary>
public sealed class ScanRoots
{
    private readonly IReadOnlyList<string> _roots;

    public ScanRoots(IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))];
    }

    public IReadOnlyList<string> Roots => _roots;

    /// <summary>Null when <paramref name="path"/> may be scanned; otherwise what is wrong, in words that name <paramref name="setting"/>.</summary>
    public string? Problem(string path, string what, string setting)
    {
        if (!Path.IsPathFullyQualified(path))
            return $"The {what} '{path}' is not an absolute path. Send an absolute path on the server.";
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = _roots.FirstOrDefault(r => IsUnder(full, r));
        if (root is null)
            return $"The {what} '{path}' is outside the folders this server scans ({setting}: {string.Join(", ", _roots)}). "
                   + "Scan a folder under one of them, or ask an administrator to add its root.";
        if (!Directory.Exists(full) && !File.Exists(full))
            return $"The {what} '{path}' does not exist on the server.";
        var mounts = MountPoints.Read();
        for (var current = full; current.Length > root.Length; current = Path.GetDirectoryName(current)!)
        {
            var entry = Directory.Exists(current) ? (FileSystemInfo)new DirectoryInfo(current) : new FileInfo(current);
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.LinkTarget is not null)
                return $"The {what} '{path}' goes through '{current}', a symbolic link or junction; links are not followed. Send the real path under {root}.";
            if (mounts.Contains(current))
                return $"The {what} '{path}' goes through '{current}', where another file system is mounted; a scan stays on the file system of {root}.";
        }
        return null;
    }

    /// <summary>Whether <paramref name="path"/> (absolute) is a root or lies under one.</summary>
    public bool Contains(string path) => _roots.Any(r => IsUnder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), r));

    private static bool IsUnder(string path, string root) =>
        path.Equals(root, PathComparison)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, PathComparison);

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
