using System.Globalization;

namespace Dashboard.Analysis.Files;

/// <summary>
/// Lists the wanted files under a root without ever leaving it: symbolic links and reparse points (junctions, mount
/// points) are reported and not followed, folders where another file system is mounted are not entered, unreadable
/// folders and oversized files are reported, and the total size is capped. Iterative, so a deep tree cannot exhaust
/// the stack; a loop of links cannot occur because no link is followed.
/// </summary>
internal static class FileTreeWalker
{
    public static FileTreeListing List(
        string root,
        Func<string, bool> isWantedFile,
        Func<string, bool> isSkippedFolder,
        FileTreeLimits limits,
        CancellationToken cancellationToken)
    {
        var mounts = MountPoints.Read();
        var files = new List<ListedFile>();
        var problems = new List<FileProblem>();
        long total = 0;
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = pending.Pop();
            foreach (var entry in Entries(root, folder, options, problems))
            {
                var relative = Relative(root, entry.FullName);
                if (IsLink(entry))
                {
                    if (entry is DirectoryInfo || isWantedFile(entry.Name))
                        problems.Add(new FileProblem(relative, null,
                            $"is a symbolic link or reparse point (to '{entry.LinkTarget ?? "?"}'); links are not followed, so what it points to is not read."));
                    continue;
                }
                if (entry is DirectoryInfo directory)
                {
                    if (isSkippedFolder(directory.Name))
                        continue;
                    if (mounts.Contains(directory.FullName.TrimEnd(Path.DirectorySeparatorChar)))
                    {
                        problems.Add(new FileProblem(relative, null, "is another file system mounted inside the tree; it is not entered."));
                        continue;
                    }
                    pending.Push(directory);
                    continue;
                }
                if (entry is not FileInfo file || !isWantedFile(file.Name))
                    continue;
                // Pipes, sockets and devices report no length: opening one could block forever, and an empty file holds nothing.
                if (file.Length == 0)
                    continue;
                if (file.Length > limits.MaxFileBytes)
                {
                    problems.Add(new FileProblem(relative, null,
                        $"is {Megabytes(file.Length)}, over the {Megabytes(limits.MaxFileBytes)} limit per file; it was not read."));
                    continue;
                }
                total += file.Length;
                if (total > limits.MaxTotalBytes)
                    throw new FileTreeLimitException("total size",
                        $"The files under '{root}' add up to more than the {Megabytes(limits.MaxTotalBytes)} limit for one scan; give a smaller folder.");
                files.Add(new ListedFile(relative, file.FullName, file.Length));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new FileTreeListing(files, problems);
    }

    /// <summary>Relative, forward slashes, no leading separator.</summary>
    public static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    private static bool IsLink(FileSystemInfo entry) =>
        entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.LinkTarget is not null;

    private static List<FileSystemInfo> Entries(string root, DirectoryInfo folder, EnumerationOptions options, List<FileProblem> problems)
    {
        try
        {
            return [.. folder.EnumerateFileSystemInfos("*", options)];
        }
        catch (Exception error) when (error is UnauthorizedAccessException or IOException or System.Security.SecurityException)
        {
            problems.Add(new FileProblem(Relative(root, folder.FullName), null, $"could not be listed ({error.Message}); its files were not read."));
            return [];
        }
    }
}
