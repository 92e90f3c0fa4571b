using System.Collections.Concurrent;
using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>One gate per repository branch, so two actions of this process on one branch commit one after the other.</summary>
internal sealed class BranchLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(GitRepositoryRef repository, string branch, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd($"{repository.FullName}@{branch}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
