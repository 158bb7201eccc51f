using System.Security.Cryptography;

namespace Dashboard.PaymentSandbox;

/// <summary>Object ids shaped like Stripe's: a prefix and 24 random letters and digits.</summary>
public static class SandboxIds
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 24);
}
