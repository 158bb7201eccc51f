namespace Dashboard.Analysis.Scanning;

// Splits a source tree into services: one per project file (named after it), or one per catalog entry. A file
// belongs to the nearest enclosing service folder; files outside every service are not scanned.
internal static class ServiceLayout
{
    public static IReadOnlyList<ServiceSource> Group(
        IReadOnlyList<string> files, IReadOnlyList<(string service, string path)>? catalogPaths)
    {
        var folders = catalogPaths is null
            ? files.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .Select(project => (Name: Path.GetFileNameWithoutExtension(project), Folder: FolderOf(project)))
                .ToList()
            : catalogPaths.Select(entry => (Name: entry.service, Folder: Normalize(entry.path))).ToList();

        var filesByFolder = files
            .Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            .Select(file => (File: file, Folder: NearestFolder(file, folders.Select(s => s.Folder))))
            .Where(x => x.Folder is not null)
            .ToLookup(x => x.Folder!, x => x.File, StringComparer.Ordinal);

        return folders
            .Select(s => new ServiceSource(s.Name, s.Folder, filesByFolder[s.Folder].Order(StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    // Relative, forward slashes, no leading or trailing separator: the form every reported path uses.
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/').Trim('/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
            normalized = normalized[2..];
        return normalized == "." ? "" : normalized;
    }

    private static string FolderOf(string file)
    {
        var slash = file.LastIndexOf('/');
        return slash < 0 ? "" : file[..slash];
    }

    private static string? NearestFolder(string file, IEnumerable<string> folders) =>
        folders.Where(folder => folder.Length == 0 || file.StartsWith(folder + "/", StringComparison.Ordinal))
            .MaxBy(folder => folder.Length);
}
