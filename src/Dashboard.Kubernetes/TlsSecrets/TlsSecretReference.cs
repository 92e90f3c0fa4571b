namespace Dashboard.Kubernetes.TlsSecrets;

/// <summary>
/// One TLS secret some objects name: who names it, and a signature of their state. A changed signature
/// (a Certificate's revision or notAfter moved) means the secret was probably rewritten: read it again.
/// </summary>
public sealed record TlsSecretReference(string Namespace, string SecretName, IReadOnlyList<string> ReferencedBy, string Signature);
