using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Dashboard.Analysis.Files;
using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dashboard.Analysis.Scanning;

/// <summary>
/// Reads services' C# source (and Razor pages) with Roslyn and reports what each does with configuration: App
/// Configuration selectors and refresh, key reads, options bindings, feature flags, reload handlers, outgoing HTTP
/// clients and their retries, health endpoints, plus the risks among them. Nothing in a tree stops the scan: a file
/// that does not parse is read as far as it parses, a file that cannot be read, is too large, or lies outside every
/// service is a diagnostic with its file and line, links are never followed, and the parsing runs on roomy stacks
/// behind a nesting limit so no input can overflow them.
/// </summary>
public sealed class SourceScanner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    private static readonly FrozenSet<string> SkippedFolders =
        new[] { "bin", "obj", ".git", "node_modules" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private sealed record SourceDocument(string Path, Func<CancellationToken, SourceFileReader.Result> Read);

    private sealed record ParsedFile(SyntaxTree Tree, IReadOnlyList<FeatureFlagRead> TagHelperFlags);

    /// <summary>
    /// Scans a folder within the default <see cref="FileTreeLimits"/>. Services are its projects (one per
    /// <c>.csproj</c>, named after the file) unless <paramref name="catalogPaths"/> names them with their folders
    /// (relative to the root, or absolute).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The root or a catalog path does not exist.</exception>
    /// <exception cref="FileTreeLimitException">The folder's source is over the total size limit.</exception>
    public Task<ScanResult> ScanAsync(
        string rootFolder, IReadOnlyList<(string service, string path)>? catalogPaths, CancellationToken cancellationToken) =>
        ScanAsync(rootFolder, catalogPaths, FileTreeLimits.Default, cancellationToken);

    /// <inheritdoc cref="ScanAsync(string, IReadOnlyList{ValueTuple{string, string}}?, CancellationToken)"/>
    public async Task<ScanResult> ScanAsync(
        string rootFolder, IReadOnlyList<(string service, string path)>? catalogPaths, FileTreeLimits limits, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        ArgumentNullException.ThrowIfNull(limits);
        var root = Path.GetFullPath(rootFolder);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The source folder '{rootFolder}' does not exist. Pass the folder that holds the services' source.");
        var catalog = catalogPaths?.Select(entry => (entry.service, path: RelativeCatalogPath(root, entry.service, entry.path))).ToList();

        var listing = await Task.Run(() => FileTreeWalker.List(root, IsWanted, SkippedFolders.Contains, limits, cancellationToken), cancellationToken);
        var documents = listing.Files
            .Select(file => new SourceDocument(file.RelativePath, token => SourceFileReader.Read(file.RelativePath, file.FullPath, limits.MaxFileBytes, token)))
            .ToList();
        var problems = listing.Problems.Select(p => new ScanDiagnostic(p.File, p.Message) { Line = p.Line });
        return await ScanDocumentsAsync(documents, catalog, problems, cancellationToken);
    }

    /// <summary>
    /// Scans sources held in memory as (relative path, text) pairs; <c>.csproj</c> entries mark the services as
    /// files on disk would (their text is not read).
    /// </summary>
    public Task<ScanResult> ScanSourcesAsync(
        IReadOnlyList<(string path, string text)> sources,
        IReadOnlyList<(string service, string path)>? catalogPaths,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var documents = sources
            .Select(source => new SourceDocument(ServiceLayout.Normalize(source.path), _ => new SourceFileReader.Result(source.text, null)))
            .ToList();
        return ScanDocumentsAsync(documents, catalogPaths, [], cancellationToken);
    }

    private static bool IsWanted(string name) => ServiceLayout.IsSource(name) || ServiceLayout.IsProject(name);

    private static string RelativeCatalogPath(string root, string service, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!Directory.Exists(full))
            throw new DirectoryNotFoundException(
                $"The source path '{path}' of service '{service}' does not exist under '{root}'. Fix the service's path in the catalog.");
        return ServiceLayout.Normalize(Path.GetRelativePath(root, full));
    }

    private static async Task<ScanResult> ScanDocumentsAsync(
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<(string service, string path)>? catalogPaths,
        IEnumerable<ScanDiagnostic> earlier,
        CancellationToken cancellationToken)
    {
        var layout = ServiceLayout.Split(documents.Select(d => d.Path).ToList(), catalogPaths);
        var diagnostics = new ConcurrentBag<ScanDiagnostic>(earlier.Concat(Outside(layout.Outside)));
        var wanted = layout.Services.SelectMany(s => s.Files).ToHashSet(StringComparer.Ordinal);
        var toParse = documents.Where(d => wanted.Contains(d.Path)).ToList();
        var parsed = new ParsedFile?[toParse.Count];
        await WorkerThreads.ForEachAsync(toParse.Count, (index, token) => parsed[index] = Parse(toParse[index], diagnostics, token), cancellationToken);
        var byPath = toParse.Select((d, i) => (d.Path, File: parsed[i])).Where(x => x.File is not null).ToDictionary(x => x.Path, x => x.File!, StringComparer.Ordinal);

        var work = layout.Services
            .Select(service => (Service: service, Files: service.Files.Select(f => byPath.GetValueOrDefault(f)).OfType<ParsedFile>().ToList()))
            .SelectMany(s =>
            {
                var index = new SourceIndex([.. s.Files.Select(f => f.Tree)]);
                return s.Files.Select(file => (s.Service, Index: index, File: file));
            })
            .ToList();
        var findings = new TreeFindings[work.Count];
        await WorkerThreads.ForEachAsync(work.Count, (index, token) =>
        {
            findings[index] = AnalyzeTree(work[index].Index, work[index].File.Tree, token);
            findings[index].FeatureFlagReads.AddRange(work[index].File.TagHelperFlags);
        }, cancellationToken);

        var byService = work.Select((item, index) => (item.Service, Findings: findings[index]))
            .ToLookup(x => x.Service, x => x.Findings);
        var scans = layout.Services.Select(service => ServiceScanAssembler.Assemble(service, byService[service].ToList())).ToList();
        var allDiagnostics = diagnostics.Concat(findings.SelectMany(f => f.Diagnostics))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return new ScanResult(scans, allDiagnostics);
    }

    // Reads, decodes, limits nesting and parses one file; Razor pages become C# first. Null only when unreadable.
    private static ParsedFile? Parse(SourceDocument document, ConcurrentBag<ScanDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var read = document.Read(cancellationToken);
        if (read.Problem is { } problem)
            diagnostics.Add(new ScanDiagnostic(problem.File, problem.Message) { Line = problem.Line });
        if (read.Text is null)
            return null;
        var isRazor = RazorShadow.IsRazor(document.Path);
        var razor = isRazor ? RazorShadow.Convert(document.Path, read.Text) : null;
        var limited = NestingLimiter.Limit(razor?.CSharp ?? read.Text);
        if (limited.FirstBlankedLine is { } blanked)
            diagnostics.Add(new ScanDiagnostic(document.Path,
                $"nests deeper than {NestingLimiter.MaxNesting} levels (or repeats a word or '<' past any real code) from here; that part was left out and the rest scanned.")
                { Line = blanked });
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(limited.Text), ParseOptions, document.Path, cancellationToken);
        // A page's generated C# is an approximation: its syntax errors are not the author's.
        if (!isRazor)
            ReportSyntaxErrors(document.Path, tree, diagnostics, cancellationToken);
        return new ParsedFile(tree, razor?.TagHelperFlags ?? []);
    }

    private static void ReportSyntaxErrors(string path, SyntaxTree tree, ConcurrentBag<ScanDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var errors = tree.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
            return;
        var first = errors[0];
        var others = errors.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" (and {errors.Count - 1} more)");
        diagnostics.Add(new ScanDiagnostic(path,
            $"does not parse: {first.GetMessage(CultureInfo.InvariantCulture)}{others}; the file was scanned as far as the parser could read it.")
            { Line = SourceLine.Of(first.Location).Line });
    }

    // Source files no service owns are named, folder by folder, so nothing is dropped silently.
    private static IEnumerable<ScanDiagnostic> Outside(IReadOnlyList<string> files) =>
        files.GroupBy(ServiceLayout.FolderOf, StringComparer.Ordinal).Select(folder =>
        {
            var names = folder.Select(Path.GetFileName).ToList();
            var shown = string.Join(", ", names.Take(3)) + (names.Count > 3 ? $" and {names.Count - 3} more" : "");
            return new ScanDiagnostic(folder.Key.Length == 0 ? "." : folder.Key,
                $"{names.Count} source file{(names.Count == 1 ? " is" : "s are")} outside every service ({shown}): not scanned. "
                + "Put them in a project (a .csproj above them) or name their folder as a service's source path in the catalog.");
        });

    private static TreeFindings AnalyzeTree(SourceIndex index, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var analyzer = new SourceTreeAnalyzer(index, tree);
        try
        {
            return analyzer.Analyze(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Code the scanner does not expect costs the rest of this one file, never what was found before it or the fleet's scan.
            var partial = analyzer.Findings;
            partial.Diagnostics.Add(new ScanDiagnostic(tree.FilePath, $"was scanned only in part: the scanner could not analyse it further ({error.Message})."));
            return partial;
        }
    }
}
