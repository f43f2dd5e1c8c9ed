using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace Weft.Reporting;

/// <summary>Runs a test in this process (no crash isolation): for small in-process explorations and tests.</summary>
public sealed class InProcessLauncher : IChildLauncher
{
    private readonly IReadOnlyList<RegisteredTest> _tests;

    public InProcessLauncher(IReadOnlyList<RegisteredTest> tests) => _tests = tests;

    public ChildOutcome Run(PlannedTest test, string shard, string scheduleDir, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(test);
        RegisteredTest? t = null;
        foreach (var x in _tests) if (x.Id == test.Id) t = x;
        if (t is null) return new ChildOutcome(1, false, null, $"no registered test has id '{test.Id}'");
        var r = TestRunner.Run(t, test.Seed, test.Budget, scheduleDir, shard);
        return new ChildOutcome(0, false, System.Text.Json.JsonSerializer.Serialize(r, ResultSchema.Json), "");
    }
}
