using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Web.Model.Actions;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Controls;

public partial class AppActions
{
    private ActionFlow _flow = null!;
    private ActionUser? _user;
    private IReadOnlyList<RollbackChoice> _revisions = [];
    private AppVersionField? _versionField;
    private string? _rollbackTo;
    private string? _newVersion;
    private readonly CancellationTokenSource _disposed = new();

    [Parameter, EditorRequired]
    public AppStatus App { get; set; } = null!;

    private bool Busy => _flow.Stage is ActionFlowStage.Previewing or ActionFlowStage.Committing;

    protected override async Task OnInitializedAsync()
    {
        _flow = new ActionFlow(Service, Tracker, PullRequests);
        _flow.Changed += () => InvokeAsync(StateHasChanged);
        _user = await Users.ResolveAsync();
    }

    protected override void OnParametersSet()
    {
        _revisions = RollbackChoice.From(App);
        _versionField = AppVersionField.For(App);
    }

    private Task PreviewRollback() => _rollbackTo is null ? Task.CompletedTask : Preview(new ActionRequest.Rollback(App.Key, _rollbackTo));

    private Task PreviewSetVersion() =>
        _versionField is null || string.IsNullOrWhiteSpace(_newVersion)
            ? Task.CompletedTask
            : Preview(new ActionRequest.SetVersion(App.Key, null, _versionField.Locator, _newVersion.Trim()));

    private Task PreviewPauseOrResume() =>
        Preview(App.AutoSync ? new ActionRequest.PauseAutoSync(App.Key) : new ActionRequest.ResumeAutoSync(App.Key));

    private Task Preview(ActionRequest request) => _user is null ? Task.CompletedTask : _flow.PreviewAsync(request, _user, _disposed.Token);

    private Task Confirm() => _user is null ? Task.CompletedTask : _flow.ConfirmAsync(_user, _disposed.Token);

    private void Cancel() => _flow.Cancel();

    public void Dispose()
    {
        _flow.Cancel();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
