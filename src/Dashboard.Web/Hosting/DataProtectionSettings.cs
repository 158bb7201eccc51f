namespace Dashboard.Web.Hosting;

/// <summary>
/// The <c>DataProtection</c> settings: a certificate (PFX) that encrypts the keys protecting session cookies and antiforgery
/// tokens where they are stored (the dashboard database). The password belongs in the environment
/// (<c>DataProtection__CertificatePassword</c>), never in a file.
/// </summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    public string CertificatePath { get; set; } = "";
    public string CertificatePassword { get; set; } = "";

    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath);
}
