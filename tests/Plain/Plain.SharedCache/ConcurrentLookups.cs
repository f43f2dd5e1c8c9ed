using System.Threading;

namespace Plain.SharedCache;

/// <summary>Two threads looking up the same missing key in a shared cache.</summary>
public static class ConcurrentLookups
{
    /// <summary>Returns the number of entries afterwards (1); an exception of a lookup escapes its thread.</summary>
    public static int Run(bool oneCriticalSection)
    {
        var cache = new PriceCache();
        int Lookup() => oneCriticalSection ? cache.GetOrAdd("widget", k => k.Length * 10) : cache.GetOrAddSplit("widget", k => k.Length * 10);
        var one = new Thread(() => Lookup());
        var two = new Thread(() => Lookup());
        one.Start();
        two.Start();
        one.Join();
        two.Join();
        return cache.Count;
    }
}
