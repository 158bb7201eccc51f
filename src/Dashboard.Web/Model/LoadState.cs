namespace Dashboard.Web.Model;

public enum LoadState
{
    Loading,
    Loaded,
    Failed,
}
