namespace Dashboard.Application.Catalog;

/// <summary>Asks for a new scan of the services' source, e.g. after a catalog edit moved a service's source folder.</summary>
public interface ISourceScanRefresh
{
    void RequestRescan(string reason);
}
