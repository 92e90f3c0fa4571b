namespace Dashboard.Sandbox.Kubernetes;

/// <summary>One <c>additionalPrinterColumns</c> entry of a CRD version (used for Table output, e.g. kubectl get).</summary>
public sealed record PrinterColumn(string Name, string Type, string Format, string Description, int Priority, string JsonPath);
