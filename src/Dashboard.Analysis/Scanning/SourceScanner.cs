using System.Collections.Frozen;
using System.Collections.Concurrent;
using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dashboard.Analysis.Scanning;

/// <summary>
/// Reads services' C# source with Roslyn and reports what each does with configuration: App Configuration
/// selectors and refresh, key reads, options bindings, feature flags, reload handlers, HTTP retries and health
/// endpoints, plus the risks among them. Parsing and analysis run in parallel on every core.
/// </summary>
public sealed class SourceScanner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    // Only the core library: enough to evaluate constants and resolve the service's own types and methods.
    private static readonly MetadataReference[] References = [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)];

    private static readonly FrozenSet<string> SkippedFolders =
        new[] { "bin", "obj", ".git", "node_modules" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private sealed record SourceDocument(string Path, Func<CancellationToken, Task<string>> ReadAsync);

    /// <summary>
    /// Scans a folder. Services are its projects (one per <c>.csproj</c>, named after the file) unless
    /// <paramref name="catalogPaths"/> names them with their folders (relative to the root, or absolute).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The root or a catalog path does not exist.</exception>
    public Task<ScanResult> ScanAsync(
        string rootFolder, IReadOnlyList<(string service, string path)>? catalogPaths, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        var root = Path.GetFullPath(rootFolder);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The source folder '{rootFolder}' does not exist. Pass the folder that holds the services' source.");
        var catalog = catalogPaths?.Select(entry => (entry.service, path: RelativeCatalogPath(root, entry.service, entry.path))).ToList();

        var documents = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(file => file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(file => ServiceLayout.Normalize(Path.GetRelativePath(root, file)))
            .Where(file => !file.Split('/').SkipLast(1).Any(SkippedFolders.Contains))
            .Select(file => new SourceDocument(file, token => File.ReadAllTextAsync(Path.Combine(root, file), token)))
            .ToList();
        return ScanDocumentsAsync(documents, catalog, cancellationToken);
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
            .Select(source => new SourceDocument(ServiceLayout.Normalize(source.path), _ => Task.FromResult(source.text)))
            .ToList();
        return ScanDocumentsAsync(documents, catalogPaths, cancellationToken);
    }

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
        CancellationToken cancellationToken)
    {
        var services = ServiceLayout.Group(documents.Select(d => d.Path).ToList(), catalogPaths);
        var diagnostics = new ConcurrentBag<ScanDiagnostic>();
        var trees = await ParseAsync(documents, services, diagnostics, cancellationToken);

        var work = services
            .Select(service => (Service: service, Trees: service.Files.Select(f => trees.GetValueOrDefault(f)).OfType<SyntaxTree>().ToList()))
            .SelectMany(s =>
            {
                var compilation = CSharpCompilation.Create(s.Service.Name, s.Trees, References);
                return s.Trees.Select(tree => (s.Service, Compilation: (Compilation)compilation, Tree: tree));
            })
            .ToList();
        var findings = new TreeFindings[work.Count];
        await Parallel.ForAsync(0, work.Count, Options(cancellationToken), (index, token) =>
        {
            findings[index] = AnalyzeTree(work[index].Compilation, work[index].Tree, token);
            return ValueTask.CompletedTask;
        });

        var byService = work.Select((item, index) => (item.Service, Findings: findings[index]))
            .ToLookup(x => x.Service, x => x.Findings);
        var scans = services.Select(service => ServiceScanAssembler.Assemble(service, byService[service].ToList())).ToList();
        var allDiagnostics = diagnostics.Concat(findings.SelectMany(f => f.Diagnostics))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return new ScanResult(scans, allDiagnostics);
    }

    private static TreeFindings AnalyzeTree(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
    {
        try
        {
            return new SourceTreeAnalyzer(compilation, tree).Analyze(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Code the scanner does not expect must cost one file, not the whole fleet's scan.
            var skipped = new TreeFindings();
            skipped.Diagnostics.Add(new ScanDiagnostic(tree.FilePath, $"skipped, the scanner could not analyse it: {error.Message}"));
            return skipped;
        }
    }

    private static async Task<IReadOnlyDictionary<string, SyntaxTree>> ParseAsync(
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<ServiceSource> services,
        ConcurrentBag<ScanDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var wanted = services.SelectMany(s => s.Files).ToHashSet(StringComparer.Ordinal);
        var trees = new ConcurrentDictionary<string, SyntaxTree>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(documents.Where(d => wanted.Contains(d.Path)), Options(cancellationToken), async (document, token) =>
        {
            var text = await document.ReadAsync(token);
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(text), ParseOptions, document.Path, token);
            var error = tree.GetDiagnostics(token).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is null)
                trees[document.Path] = tree;
            else
                diagnostics.Add(new ScanDiagnostic(document.Path, $"skipped, it does not parse: line {SourceLine.Of(error.Location).Line}: "
                    + error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        });
        return trees;
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
}
