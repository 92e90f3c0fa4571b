using BenchmarkDotNet.Attributes;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Bench.Micro;

/// <summary>ClusterStore: 1,000 upserts delivered to 1, 10 and 50 subscribers (pages), each drained as a page would.</summary>
[MemoryDiagnoser]
public class StoreFanOutBenchmarks
{
    private List<AppStatus> _apps = [];

    [GlobalSetup]
    public void Setup() => _apps = MicroFixtures.Apps(1000);

    [Benchmark(Baseline = true, Description = "1,000 upserts, 1 subscriber (baseline)")]
    public int OneSubscriber() => Run(1);

    [Benchmark(Description = "1,000 upserts, 10 subscribers")]
    public int TenSubscribers() => Run(10);

    [Benchmark(Description = "1,000 upserts, 50 subscribers")]
    public int FiftySubscribers() => Run(50);

    private int Run(int subscribers)
    {
        var store = new ClusterStore();
        var subscriptions = Enumerable.Range(0, subscribers).Select(_ => store.Subscribe()).ToList();
        foreach (var app in _apps)
        {
            store.Upsert(app);
        }

        var received = 0;
        foreach (var subscription in subscriptions)
        {
            while (subscription.Changes.TryRead(out _))
            {
                received++;
            }

            subscription.Dispose();
        }

        return received;
    }
}
