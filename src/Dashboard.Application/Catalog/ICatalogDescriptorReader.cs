using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>Reads catalog descriptors (Backstage catalog-info.yaml) into an import, within limits.</summary>
public interface ICatalogDescriptorReader
{
    /// <summary>Why the files cannot be imported at all (YAML that does not parse, no descriptor), or nothing when they can.</summary>
    IReadOnlyList<CatalogDiagnostic> Malformed(IReadOnlyList<(string File, string Text)> files);

    CatalogImport Read(IReadOnlyList<(string File, string Text)> files, ServiceCatalog existing);
}
