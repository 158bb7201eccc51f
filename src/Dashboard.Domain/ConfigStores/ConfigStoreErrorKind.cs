namespace Dashboard.Domain.ConfigStores;

/// <summary>Why a store refused or failed a request; each kind has its own advice for the user.</summary>
public enum ConfigStoreErrorKind
{
    /// <summary>409: the setting is read-only.</summary>
    Locked,
    /// <summary>412 on a conditional write or delete: someone changed the setting since it was read.</summary>
    ETagMismatch,
    /// <summary>412 on a create-only write: the setting exists already.</summary>
    AlreadyExists,
    /// <summary>404 where the setting must exist (lock, unlock).</summary>
    NotFound,
    /// <summary>401: the credential was refused.</summary>
    Unauthorized,
    /// <summary>403: the identity lacks a data-plane role or the network is closed.</summary>
    Forbidden,
    /// <summary>429: the request quota is used up and retries did not get through.</summary>
    Throttled,
    /// <summary>400 and other 4xx: the request itself was wrong.</summary>
    InvalidRequest,
    /// <summary>5xx, or the store could not be reached at all.</summary>
    Unavailable,
}
