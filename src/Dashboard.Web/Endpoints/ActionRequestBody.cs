namespace Dashboard.Web.Endpoints;

/// <summary>The JSON body of the action endpoints; which fields are needed depends on the action.</summary>
public sealed record ActionRequestBody(string? Action = null, string? Revision = null, string? Locator = null, string? File = null, string? Value = null);
