namespace Dashboard.Web.Configuration;

/// <summary>
/// <c>Dashboard:Auth:Roles</c>: claim values (groups, or e-mail addresses) granting each role. Roles are cumulative:
/// an Admin is also an Operator and a Viewer, an Operator also a Viewer. An empty <see cref="Viewers"/> list means
/// every signed-in user may view (the provider or Cloudflare Access already decides who can sign in); empty
/// <see cref="Operators"/> or <see cref="Admins"/> lists mean nobody gets that role, because acting changes the cluster.
/// </summary>
public sealed class RoleMappingOptions
{
    public List<string> Viewers { get; set; } = [];
    public List<string> Operators { get; set; } = [];
    public List<string> Admins { get; set; } = [];
}
