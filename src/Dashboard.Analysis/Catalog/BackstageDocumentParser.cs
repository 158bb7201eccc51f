using Dashboard.Domain.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dashboard.Analysis.Catalog;

/// <summary>
/// Multi-document Backstage YAML to entities; a broken, oversized or hostile file or document is reported with its
/// line, never fatal. The text's shape is checked against <see cref="YamlLimits"/> before anything is loaded.
/// </summary>
public static class BackstageDocumentParser
{
    public static IReadOnlyList<BackstageEntity> Parse(string file, string text, List<CatalogDiagnostic> diagnostics) =>
        Parse(file, text, diagnostics, YamlLimits.Default);

    public static IReadOnlyList<BackstageEntity> Parse(string file, string text, List<CatalogDiagnostic> diagnostics, YamlLimits limits)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            if (YamlShapeGuard.Check(text, limits) is { } breach)
            {
                diagnostics.Add(new CatalogDiagnostic(file, breach.Line, breach.Message));
                return [];
            }
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new CatalogDiagnostic(file, (int)ex.Start.Line,
                $"not valid YAML ({ex.InnerException?.Message ?? ex.Message}); fix the syntax, the file was skipped."));
            return [];
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on some unclosed flow collections (e.g. "[unclosed" followed by more keys).
            diagnostics.Add(new CatalogDiagnostic(file, (int)scanner.CurrentPosition.Line,
                "not valid YAML (an unclosed '[', '{' or quote); fix the syntax, the file was skipped."));
            return [];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // E.g. the same key twice with different tags ("!!str a" and "a"): the loader's dictionary refuses it.
            // Whatever the loader throws, it costs this file, never the request or the process.
            diagnostics.Add(new CatalogDiagnostic(file, (int)scanner.CurrentPosition.Line,
                $"not valid YAML ({ex.Message}); fix the syntax (a key given twice?), the file was skipped."));
            return [];
        }
        var entities = new List<BackstageEntity>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                if (document.RootNode is not YamlScalarNode { Value: null or "" })
                    diagnostics.Add(new CatalogDiagnostic(file, Line(document.RootNode), "a descriptor must be a mapping with apiVersion, kind, metadata and spec; skipped."));
                continue;
            }
            var entity = ToEntity(file, root, diagnostics);
            if (entity is not null) entities.Add(entity);
        }
        return entities;
    }

    private static BackstageEntity? ToEntity(string file, YamlMappingNode root, List<CatalogDiagnostic> diagnostics)
    {
        var line = Line(root);
        var kind = Scalar(root, "kind");
        var metadata = Mapping(root, "metadata");
        var name = metadata is null ? null : Scalar(metadata, "name");
        if (string.IsNullOrWhiteSpace(kind))
        {
            diagnostics.Add(new CatalogDiagnostic(file, line, "the descriptor has no 'kind' (Component, Resource, ...); skipped."));
            return null;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Add(new CatalogDiagnostic(file, line, $"the {kind} has no 'metadata.name'; skipped."));
            return null;
        }
        var spec = Mapping(root, "spec");
        var annotations = metadata is null ? null : Mapping(metadata, "annotations");
        return new BackstageEntity(
            kind.Trim(), name.Trim(), file, line,
            Scalar(metadata!, "description"),
            spec is null ? null : Scalar(spec, "type"),
            spec is null ? null : Scalar(spec, "owner"),
            spec is null ? null : Scalar(spec, "lifecycle"),
            spec is null ? [] : Sequence(spec, "dependsOn"),
            annotations is null ? new Dictionary<string, string>() : Annotations(annotations));
    }

    private static Dictionary<string, string> Annotations(YamlMappingNode annotations)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        // The shape guard refuses a key given twice; TryAdd keeps a duplicate from ever throwing here regardless.
        foreach (var (key, value) in annotations.Children)
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
                values.TryAdd(name, scalar.Value ?? "");
        return values;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static IReadOnlyList<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0)]
            : [];
}
