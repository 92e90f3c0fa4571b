namespace Dashboard.Sandbox.GitHub;

/// <summary>A GitHub App as the emulator knows it: its id, one installation, and the public key its JWTs are verified with.</summary>
/// <param name="PublicKeyPem">SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----") of the app's private key.</param>
public sealed record GitHubAppRegistration(long AppId, long InstallationId, string PublicKeyPem);
