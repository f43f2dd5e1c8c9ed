using Xunit;

namespace Weft.Tests;

/// <summary>
/// Test classes that run TSO explorations or call <c>GC.Collect</c> do not run in parallel with each other: a TSO
/// iteration holds the heap still (a no-GC region) while stores are buffered by cell address, and an induced collection
/// in another test would stop it with an internal error (README, Limitations).
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeapSensitiveCollection
{
    public const string Name = "heap-sensitive";
}
