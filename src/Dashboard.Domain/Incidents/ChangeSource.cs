namespace Dashboard.Domain.Incidents;

/// <summary>How a config change reached the store.</summary>
public enum ChangeSource
{
    /// <summary>Applied by a proposal through the change pipeline.</summary>
    Pipeline,
    /// <summary>Made outside the pipeline, e.g. in the Azure portal.</summary>
    OutOfBand,
}
