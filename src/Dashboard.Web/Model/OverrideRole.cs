namespace Dashboard.Web.Model;

/// <summary>How the signed-in person stands to a verification override that waits for its second person.</summary>
public enum OverrideRole
{
    /// <summary>No override request waits.</summary>
    None,
    /// <summary>They asked for it: they may withdraw it, never confirm it.</summary>
    Requester,
    /// <summary>They are the named second person: they confirm or decline it.</summary>
    SecondPerson,
    /// <summary>Anyone else: they see whom it waits for.</summary>
    Onlooker,
}
