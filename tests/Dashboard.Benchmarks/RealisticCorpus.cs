namespace Dashboard.Benchmarks;

/// <summary>
/// The scanner's truth corpus (small services written like real ones: console apps, Functions, MVC, Blazor, typed and
/// named HttpClients, Key Vault, push refresh) copied side by side under new service names until it reaches the wanted
/// size, as a repository of many such services would look.
/// </summary>
public sealed class RealisticCorpus
{
    public static readonly string Source = Path.Combine(AppContext.BaseDirectory, "TruthCorpus");

    private RealisticCorpus(int copies, long lines)
    {
        Copies = copies;
        Lines = lines;
    }

    public int Copies { get; }

    /// <summary>Lines of C# and Razor source across all copies.</summary>
    public long Lines { get; }

    public static long LinesPerCopy() => ServiceFolders().Sum(folder => SourceFiles(folder).Sum(f => (long)File.ReadAllText(f).Count('\n')));

    /// <summary>Writes as many copies as it takes to reach <paramref name="minimumLines"/>.</summary>
    public static RealisticCorpus WriteTo(string root, long minimumLines)
    {
        var perCopy = LinesPerCopy();
        var copies = (int)Math.Ceiling(minimumLines / (double)perCopy);
        for (var copy = 0; copy < copies; copy++)
            foreach (var folder in ServiceFolders())
                CopyService(folder, Path.Combine(root, $"{Path.GetFileName(folder)}-{copy:D3}"));
        return new RealisticCorpus(copies, copies * perCopy);
    }

    private static IEnumerable<string> ServiceFolders() =>
        Directory.EnumerateDirectories(Source).Where(d => Directory.EnumerateFiles(d, "*.csproj").Any()).Order(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal));

    // The project file takes the copy's name, so each copy is a service of its own.
    private static void CopyService(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var target = relative.EndsWith(".csproj", StringComparison.Ordinal)
                ? Path.Combine(to, Path.GetFileName(to) + ".csproj")
                : Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
