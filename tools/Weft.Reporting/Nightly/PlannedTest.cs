using System;

namespace Weft.Reporting;

/// <summary>One test of a shard, with its seed and its share of the budget.</summary>
public sealed record PlannedTest(string Id, ulong Seed, TimeSpan Budget);
