using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Rewriter;

/// <summary>What one assembly's rewrite did: redirected calls and noted uncontrolled ones by API, and what it left alone and why.</summary>
public sealed class RewriteTally
{
    private readonly SortedDictionary<string, int> _redirected = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _uncontrolled = new(StringComparer.Ordinal);
    private readonly List<string> _skipped = new();

    public IReadOnlyDictionary<string, int> Redirected => _redirected;

    public IReadOnlyDictionary<string, int> Uncontrolled => _uncontrolled;

    public IReadOnlyList<string> Skipped => _skipped;

    public int RedirectedTotal => _redirected.Values.Sum();

    internal void AddRedirected(string api) => _redirected[api] = _redirected.GetValueOrDefault(api) + 1;

    internal void AddUncontrolled(string api) => _uncontrolled[api] = _uncontrolled.GetValueOrDefault(api) + 1;

    internal void AddSkipped(string what) => _skipped.Add(what);

    /// <summary>"Monitor.Enter 2, Monitor.Exit 2", or "none".</summary>
    public static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"));
}
