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
    /// <summary>5xx: the store answered, but with a failure of its own.</summary>
    Unavailable,
    /// <summary>No answer at all: DNS, connection refused, TLS or timeout (see <see cref="ConfigStoreException.Fault"/>).</summary>
    Unreachable,
    /// <summary>404 on the store's collections: there is no App Configuration store at the endpoint.</summary>
    StoreNotFound,
    /// <summary>The dashboard lacks what it needs to reach the store (e.g. its connection string setting).</summary>
    NotConfigured,
}
