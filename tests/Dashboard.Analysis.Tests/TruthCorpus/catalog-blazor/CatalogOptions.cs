using Microsoft.Extensions.Configuration;

namespace Catalog.Blazor;

public sealed class CatalogOptions
{
    [ConfigurationKeyName("page_size")]
    public int PageSize { get; set; } = 24;

    public string SortOrder { get; set; } = "name";

    public string Summary => $"{PageSize} by {SortOrder}";
}
