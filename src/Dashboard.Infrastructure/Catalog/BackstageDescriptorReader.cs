using Dashboard.Analysis.Catalog;
using Dashboard.Application.Catalog;
using Dashboard.Domain.Catalog;

namespace Dashboard.Infrastructure.Catalog;

/// <summary>Backstage catalog-info.yaml descriptors, read by the analysis project's bounded YAML reader.</summary>
internal sealed class BackstageDescriptorReader : ICatalogDescriptorReader
{
    public IReadOnlyList<CatalogDiagnostic> Malformed(IReadOnlyList<(string File, string Text)> files)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var entities = 0;
        foreach (var (file, text) in files)
            entities += BackstageDocumentParser.Parse(file, text, diagnostics).Count;
        if (diagnostics.Count == 0 && entities == 0)
            diagnostics.Add(new CatalogDiagnostic(files.Count == 1 ? files[0].File : "request", null,
                "No descriptor found; give one or more Backstage entities (kind, metadata.name, spec), separated by '---'."));
        return diagnostics;
    }

    public CatalogImport Read(IReadOnlyList<(string File, string Text)> files, ServiceCatalog existing) => BackstageCatalogReader.Read(files, existing);
}
