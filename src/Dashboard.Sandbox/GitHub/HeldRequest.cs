namespace Dashboard.Sandbox.GitHub;

/// <summary>
/// A request the emulator keeps waiting (see <see cref="GitHubFaults.HoldNextRefUpdate"/>), so a test can act, e.g. kill
/// the client process, while the request is in flight. It ends when the client goes away or the hold is released.
/// </summary>
public sealed class HeldRequest(bool afterApplying)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True: the request's effect (the ref update) is applied first and only the answer is held back.</summary>
    public bool AfterApplying { get; } = afterApplying;

    /// <summary>Completes once a matching request has arrived and is being held.</summary>
    public Task Reached => _reached.Task;

    /// <summary>Lets the held request go on (it is then answered normally).</summary>
    public void Release() => _released.TrySetResult();

    internal async Task WaitAsync(CancellationToken requestAborted)
    {
        _reached.TrySetResult();
        await _released.Task.WaitAsync(requestAborted);
    }
}
