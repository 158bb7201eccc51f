namespace Dashboard.Analysis.Scanning;

// Splits a source tree into services: one per project file (named after it), or one per catalog entry. A file
// belongs to the nearest enclosing service folder; source files outside every project are returned apart, so the
// scan reports them instead of dropping them silently.
internal static class ServiceLayout
{
    public sealed record Layout(IReadOnlyList<ServiceSource> Services, IReadOnlyList<string> Outside);

    public static bool IsSource(string file) =>
        file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || RazorShadow.IsRazor(file);

    public static bool IsProject(string file) => file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);

    public static Layout Split(IReadOnlyList<string> files, IReadOnlyList<(string service, string path)>? catalogPaths)
    {
        var folders = catalogPaths is null
            ? files.Where(IsProject)
                .Select(project => (Name: Path.GetFileNameWithoutExtension(project), Folder: FolderOf(project)))
                .ToList()
            : catalogPaths.Select(entry => (Name: entry.service, Folder: Normalize(entry.path))).ToList();
        var folderSet = folders.Select(f => f.Folder).ToHashSet(StringComparer.Ordinal);

        var placed = files
            .Where(IsSource)
            .Select(file => (File: file, Folder: NearestFolder(file, folderSet)))
            .ToList();
        var filesByFolder = placed.Where(x => x.Folder is not null).ToLookup(x => x.Folder!, x => x.File, StringComparer.Ordinal);

        var services = folders
            .Select(s => new ServiceSource(s.Name, s.Folder, filesByFolder[s.Folder].Order(StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        // With a catalog, a project it does not name is left out on purpose; only files no project holds are reported.
        var projectFolders = files.Where(IsProject).Select(FolderOf).ToHashSet(StringComparer.Ordinal);
        var outside = placed.Where(x => x.Folder is null && NearestFolder(x.File, projectFolders) is null).Select(x => x.File);
        return new Layout(services, [.. outside.Order(StringComparer.Ordinal)]);
    }

    // Relative, forward slashes, no leading or trailing separator: the form every reported path uses.
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/').Trim('/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
            normalized = normalized[2..];
        return normalized == "." ? "" : normalized;
    }

    public static string FolderOf(string file)
    {
        var slash = file.LastIndexOf('/');
        return slash < 0 ? "" : file[..slash];
    }

    // Walks up the file's folders: linear in the path's depth, whatever the number of services.
    private static string? NearestFolder(string file, HashSet<string> folders)
    {
        for (var folder = FolderOf(file); ; folder = FolderOf(folder))
        {
            if (folders.Contains(folder))
                return folder;
            if (folder.Length == 0)
                return null;
        }
    }
}
