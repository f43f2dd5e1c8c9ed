using System;
using System.Collections.Concurrent;

namespace Weft.Schedules;

/// <summary>
/// Which loaded test assembly each test id of this process comes from, so that every schedule written for one of
/// those tests (as found, minimized, by any strategy or child process) records it (<see cref="Schedule.TestAssembly"/>)
/// and <c>weft replay</c> can load that assembly again. The <c>weft</c> tool registers the tests of every
/// <c>--assembly</c> it loads; test ids are unique across the assemblies of a run, so the id is the key.
/// </summary>
public static class ScheduleProvenance
{
    private static readonly ConcurrentDictionary<string, TestAssemblyRecord> ByTestId = new(StringComparer.Ordinal);

    /// <summary>Records that the test <paramref name="testId"/> was loaded from <paramref name="assembly"/>.</summary>
    public static void Register(string testId, TestAssemblyRecord assembly)
    {
        ArgumentNullException.ThrowIfNull(testId);
        ArgumentNullException.ThrowIfNull(assembly);
        ByTestId[testId] = assembly;
    }

    /// <summary>The assembly registered for <paramref name="testId"/>, or null (a built-in test, or a user's own test method).</summary>
    public static TestAssemblyRecord? Of(string testId) => ByTestId.TryGetValue(testId, out var a) ? a : null;

    /// <summary><paramref name="schedule"/> with its test's assembly filled in, when it has none and one is registered.</summary>
    public static Schedule Stamp(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.TestAssembly is null && Of(schedule.TestId) is { } a ? schedule with { TestAssembly = a } : schedule;
    }
}
