using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Encrypts the stored data-protection keys with the configured certificate. Without one they are stored as plain XML in the
/// database, and whoever reads the database can forge session cookies: the start logs a warning saying so.
/// </summary>
public static class DataProtectionSetup
{
    public const string UnencryptedWarning =
        "Data-protection keys (they sign session cookies and antiforgery tokens) are stored unencrypted in the dashboard database: "
        + "set DataProtection:CertificatePath to a PFX file and DataProtection__CertificatePassword in the environment to encrypt them.";

    /// <summary>The certificate, or the reason it cannot be used (missing file, wrong password, no private key).</summary>
    public static (X509Certificate2? Certificate, string? Problem) LoadCertificate(DataProtectionSettings settings)
    {
        if (!File.Exists(settings.CertificatePath))
            return (null, $"DataProtection:CertificatePath is '{settings.CertificatePath}', which is not a file; give the path of a PFX certificate with its private key.");
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
            if (certificate.HasPrivateKey) return (certificate, null);
            certificate.Dispose();
            return (null, $"DataProtection:CertificatePath '{settings.CertificatePath}' holds no private key; export the certificate as PFX with its private key.");
        }
        catch (CryptographicException error)
        {
            return (null, $"DataProtection:CertificatePath '{settings.CertificatePath}' cannot be opened ({error.Message}); check the file and DataProtection__CertificatePassword.");
        }
    }

    public static IServiceCollection AddDashboardKeyProtection(this IServiceCollection services, DataProtectionSettings settings)
    {
        if (settings.HasCertificate)
            services.AddDataProtection().ProtectKeysWithCertificate(LoadCertificate(settings).Certificate!);
        return services;
    }

    public static void WarnWhenKeysAreUnencrypted(this WebApplication app, DataProtectionSettings settings)
    {
        if (!settings.HasCertificate)
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataProtectionSetup)).LogWarning(UnencryptedWarning);
    }
}
