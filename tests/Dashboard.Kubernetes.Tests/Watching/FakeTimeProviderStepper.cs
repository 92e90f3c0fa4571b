using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>
/// Moves a fake clock forward in small steps until a task completes, yielding between steps so the
/// watcher (on another thread) can arm its timers. Bounded in steps and in real time.
/// </summary>
internal sealed class FakeTimeProviderStepper(FakeTimeProvider time, TimeSpan step, int maxSteps = 5000)
{
    public FakeTimeProvider Time => time;

    public async Task AdvanceUntilAsync(Task task, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        for (var i = 0; i < maxSteps && !task.IsCompleted && DateTime.UtcNow < deadline; i++)
        {
            await Task.WhenAny(task, Task.Delay(2, cancellationToken));
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        await task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
    }
}
