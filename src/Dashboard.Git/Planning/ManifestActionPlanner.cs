using Dashboard.Core.Actions;
using Dashboard.Core.Cluster;
using Dashboard.Core.GitOps;
using Dashboard.Core.Streaming;
using Dashboard.Git.Editing;

namespace Dashboard.Git.Planning;

/// <summary>
/// Plans the single-file actions: set version (one scalar through <see cref="YamlScalarEditor"/>, so the diff is that
/// one line) and pause/resume auto-sync (<see cref="AutoSyncEditor"/> on the manifest that defines the app).
/// </summary>
public sealed class ManifestActionPlanner(IAppSourceResolver resolver, IGitRepository git) : IActionPlanner
{
    public bool Handles(ActionRequest request) =>
        request is ActionRequest.SetVersion or ActionRequest.PauseAutoSync or ActionRequest.ResumeAutoSync;

    public async Task<ActionTarget> LocateAsync(ActionRequest request, AppStatus app, ClusterSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        if (request is ActionRequest.SetVersion setVersion)
        {
            Validate(setVersion);
            if (!string.IsNullOrWhiteSpace(setVersion.File))
            {
                var location = await resolver.ResolveAsync(app, snapshot, cancellationToken);
                string file;
                try
                {
                    file = FileEdit.Normalize(setVersion.File);
                }
                catch (ArgumentException exception)
                {
                    throw ActionException.Invalid("file", exception.Message);
                }

                return new ActionTarget(location.Repository, location.Branch, file);
            }
        }

        var definition = await resolver.FindDefinitionAsync(app, snapshot, cancellationToken);
        return new ActionTarget(definition.Repository, definition.Branch, definition.FilePath, definition.DocumentIndex);
    }

    public async Task<PlannedChange> PlanAsync(PlanningContext context, CancellationToken cancellationToken = default)
    {
        var target = context.Target;
        var file = await git.GetFileAsync(target.Repository, target.Path, context.HeadSha, cancellationToken)
            ?? throw ActionException.Invalid("file", $"There is no file '{target.Path}' on {target.Branch} of {target.Repository}.");
        var text = file.Text;
        var app = context.App.Key.Name;
        var document = target.DocumentIndex is { } index ? YamlDocumentSelector.At(index) : null;
        try
        {
            switch (context.Request)
            {
                case ActionRequest.SetVersion setVersion:
                {
                    var locator = YamlLocator.Parse(setVersion.Locator);
                    var before = YamlScalarEditor.Read(text, locator, locator.Document is null ? document : null);
                    var edit = YamlScalarEditor.Set(text, locator, setVersion.Value, locator.Document is null ? document : null);
                    var subject = $"set-version({app}): {target.Path} {locator} to {setVersion.Value} (was {before.Value})";
                    return Change(subject, target.Path, text, edit, before.Value, setVersion.Value);
                }

                case ActionRequest.PauseAutoSync or ActionRequest.ResumeAutoSync:
                {
                    var pause = context.Request is ActionRequest.PauseAutoSync;
                    var edit = context.App.Controller == Controller.Flux
                        ? AutoSyncEditor.SetFluxSuspend(text, document, pause)
                        : AutoSyncEditor.SetArgoAutomatedSync(text, document, enabled: !pause);
                    var what = context.App.Controller == Controller.Flux ? "spec.suspend" : "syncPolicy.automated";
                    var subject = pause
                        ? $"pause({app}): suspend auto-sync ({what}) in {target.Path}"
                        : $"resume({app}): resume auto-sync ({what}) in {target.Path}";
                    return Change(subject, target.Path, text, edit, pause ? "auto-sync" : "paused", pause ? "paused" : "auto-sync");
                }

                default:
                    throw new ActionException(ActionErrorKind.Unsupported, $"{context.Request.Name} is not a manifest edit.");
            }
        }
        catch (YamlEditException exception)
        {
            var field = exception.Kind is YamlEditErrorKind.InvalidLocator or YamlEditErrorKind.LocatorNotFound or YamlEditErrorKind.AmbiguousLocator
                or YamlEditErrorKind.NotAScalar or YamlEditErrorKind.ValueIsAlias or YamlEditErrorKind.AmbiguousDocument or YamlEditErrorKind.DocumentNotFound
                ? "locator"
                : exception.Kind == YamlEditErrorKind.VerificationFailed ? "value" : "file";
            throw ActionException.Invalid(field, $"{target.Path}: {exception.Message}");
        }
    }

    private static PlannedChange Change(string subject, string path, string before, YamlEditResult edit, string? from, string? to) =>
        new(subject,
            [FileEdit.Put.Text(path, edit.Text)],
            edit.Changed ? [new DiffFile(path, before, edit.Text)] : [],
            from,
            to);

    private static void Validate(ActionRequest.SetVersion request)
    {
        if (string.IsNullOrWhiteSpace(request.Locator))
        {
            throw ActionException.Invalid("locator", "Set version needs the locator of the field, e.g. spec.chart.spec.version.");
        }

        if (string.IsNullOrWhiteSpace(request.Value) || request.Value.Contains('\n', StringComparison.Ordinal))
        {
            throw ActionException.Invalid("value", "Set version needs a single-line new value.");
        }

        try
        {
            YamlLocator.Parse(request.Locator);
        }
        catch (YamlEditException exception)
        {
            throw ActionException.Invalid("locator", exception.Message);
        }
    }
}
