using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Specs;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// TLC traces replayed against the implementation: every committed trace conforms (counterexamples reproduce their
/// violation as the matching monitor's failure), the committed set covers every config of every manifest, and the
/// replay is not a rubber stamp: a trace that is edited, recorded against another configuration, or whose spec has
/// changed is refused or diverges, naming the step, the variable, the expected and the actual value.
/// </summary>
public sealed class TraceReplayTests
{
    internal static string RepoRoot => TlaSpec.FindRepoRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("cannot find the repository root (Weft.slnx)");

    private static string TracesDir => Path.Combine(RepoRoot, "traces");

    public static TheoryData<string> CommittedTraces()
    {
        var data = new TheoryData<string>();
        foreach (var f in TraceFiles(TracesDir))
            data.Add(Path.GetRelativePath(RepoRoot, f).Replace('\\', '/'));
        return data;
    }

    private static IEnumerable<string> TraceFiles(string dir) => TraceFile.Enumerate(dir);

    [Theory]
    [MemberData(nameof(CommittedTraces))]
    public void Committed_trace_conforms(string trace)
    {
        var r = SpecModels.ReplayFile(Path.Combine(RepoRoot, trace), RepoRoot);
        Assert.True(r.Conforms, $"{trace}: {r.Summary}\n{string.Join("\n", r.ActionLog.TakeLast(12))}");
        if (r.Trace.Kind == TraceKind.Counterexample) Assert.NotNull(r.Violation);
        else Assert.Equal(r.Trace.Steps.Count, r.Steps);
    }

    /// <summary>
    /// Configurations whose seeded defect exists only in TLA+ (the implementation cannot have it), with the reason: no
    /// trace of theirs can be replayed, and the spec's model refuses them.
    /// </summary>
    private static readonly Dictionary<(string Spec, string Config), string> TlaOnlyConfigs = new()
    {
        [("Semaphore", "MC_NoOverflowCheck.cfg")] =
            "CheckOverflow = FALSE lets the count wrap past Max; IpcSemaphore.Post always refuses a post that would pass the maximum",
        [("Event", "MC_NoSequence.cfg")] = "UseSequence = FALSE is a defect of the spec only: IpcEvent always keeps the sequence number",
    };

    /// <summary>
    /// The committed traces cover the manifests: every violation config has its counterexample and every passing
    /// config at least 20 simulation traces, for IBR, DEBRA, the Treiber stack, the futex mutex, the semaphore, the event,
    /// the SCQ, CRQ and wCQ rings, the lock-free and the locked skiplist, the EFRB tree, the Natarajan-Mittal tree and guarded
    /// shared memory. A
    /// TLA+-only config (<see cref="TlaOnlyConfigs"/>) has no traces, and its model must refuse it.
    /// </summary>
    [Theory]
    [InlineData("IBR")]
    [InlineData("DEBRA")]
    [InlineData("Treiber")]
    [InlineData("FutexMutex")]
    [InlineData("Semaphore")]
    [InlineData("Event")]
    [InlineData("SCQ")]
    [InlineData("LCRQ")]
    [InlineData("wCQ")]
    [InlineData("SkipList")]
    [InlineData("LazySkipList")]
    [InlineData("EFRBTree")]
    [InlineData("RegionRC")]
    [InlineData("NMTree")]
    [InlineData("RingList")]
    [InlineData("GuardedShm")]
    public void Committed_traces_cover_every_config_of_the_manifest(string spec)
    {
        var manifest = TlcManifest.Load(Path.Combine(RepoRoot, "tla", spec, "manifest.yaml"));
        var traces = TraceFiles(Path.Combine(TracesDir, spec)).Select(TraceFile.Load).ToList();
        foreach (var c in manifest.Configs)
        {
            var mine = traces.Where(t => t.Config == c.Config).ToList();
            if (TlaOnlyConfigs.ContainsKey((spec, c.Config)))
            {
                Assert.Empty(mine);
                var constants = TlcConfig.ReadConstants(Path.Combine(RepoRoot, "tla", spec, c.Config));
                Assert.Throws<WeftInputException>(() => SpecModels.Find(spec).Create(constants));
                continue;
            }
            if (c.Expected == "violation")
            {
                var cex = Assert.Single(mine, t => t.Kind == TraceKind.Counterexample);
                // A deadlock is unnamed in TLC's output; an invariant or an action property is named.
                Assert.Equal(c.ViolatedInvariant ?? (c.ViolatedProperty == "Deadlock" ? null : c.ViolatedProperty), cex.Violation?.Name);
            }
            else
            {
                Assert.True(mine.Count(t => t.Kind == TraceKind.Simulation) >= 20,
                    $"{spec} {c.Config}: {mine.Count(t => t.Kind == TraceKind.Simulation)} simulation traces, expected at least 20");
            }
        }
    }

    private static Trace Load(string relative) => TraceFile.Load(Path.Combine(TracesDir, relative));

    private static IReadOnlyDictionary<string, TlaValue> Constants(Trace t, Func<string, TlaValue, TlaValue>? change = null)
    {
        var c = TlcConfig.ReadConstants(Path.Combine(RepoRoot, "tla", t.Spec, t.Config));
        return change is null ? c : c.ToDictionary(p => p.Key, p => change(p.Key, p.Value));
    }

    private static Trace WithState(Trace t, int step, string variable, TlaValue value)
    {
        var steps = t.Steps.ToList();
        var s = steps[step - 1];
        var state = s.State.ToDictionary(p => p.Key, p => p.Key == variable ? value : p.Value);
        steps[step - 1] = s with { State = state };
        return t with { Steps = steps };
    }

    private static Trace FirstSimulation(string spec, string config) =>
        TraceFiles(Path.Combine(TracesDir, spec)).Select(TraceFile.Load).First(t => t.Config == config && t.Kind == TraceKind.Simulation);

    [Fact]
    public void An_edited_state_diverges_at_that_step_naming_the_variable()
    {
        var t = FirstSimulation("IBR", "MC.cfg");
        int k = Math.Min(12, t.Steps.Count);
        long era = t.Steps[k - 1].State["era"].AsInt();
        var r = TraceReplay.Run(WithState(t, k, "era", TlaValue.Int(era + 7)), new IbrModel(), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(k, r.Divergence!.Step);
        Assert.Equal("era", r.Divergence.Variable);
        Assert.Equal((era + 7).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Divergence.Expected);
        Assert.Equal(era.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Divergence.Actual);
        Assert.Contains($"diverges at step {k}", r.Summary, StringComparison.Ordinal);
        Assert.NotEmpty(r.Interleaving);
    }

    /// <summary>
    /// TypeOK of the IPC specs is checked by replay: a trace state whose futex word the implementation cannot have (here
    /// one more than the word it has) is refused at that step, naming the variable.
    /// </summary>
    [Theory]
    [InlineData("FutexMutex", "owner")]
    [InlineData("Semaphore", "count")]
    [InlineData("Event", "word")]
    [InlineData("GuardedShm", "created")]
    public void An_edited_ipc_trace_state_diverges_naming_the_variable(string spec, string variable)
    {
        var t = FirstSimulation(spec, "MC.cfg");
        int k = Math.Min(6, t.Steps.Count);
        long value = t.Steps[k - 1].State[variable].AsInt();
        var r = TraceReplay.Run(WithState(t, k, variable, TlaValue.Int(value + 1)), SpecModels.Find(spec), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(k, r.Divergence!.Step);
        Assert.Equal(variable, r.Divergence.Variable);
        Assert.Equal((value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Divergence.Expected);
    }

    /// <summary>
    /// TypeOK of the reclamation specs is checked by trace replay: a state of a committed trace whose variable no longer
    /// matches the implementation (here a value outside the variable's type, which TypeOK would reject) is refused at
    /// that step, naming the variable.
    /// </summary>
    [Theory]
    [InlineData("IBR", "era")]
    [InlineData("DEBRA", "epoch")]
    [InlineData("Treiber", "top")]
    [InlineData("SCQ", "head")]
    [InlineData("LCRQ", "tail")]
    [InlineData("EFRBTree", "freeList")]
    [InlineData("NMTree", "inOp")]
    [InlineData("RingList", "era")]
    [InlineData("wCQ", "head")]
    public void An_edited_state_of_a_reclamation_spec_is_rejected_at_that_step(string spec, string variable)
    {
        var t = FirstSimulation(spec, "MC.cfg");
        int k = Math.Min(12, t.Steps.Count);
        var bad = variable == "top"
            ? TlaValue.Seq(TlaValue.Int(99), TlaValue.Int(0))   // a handle of no slot of the pool
            : TlaValue.Int(-1);                               // an era or epoch below 1
        var r = TraceReplay.Run(WithState(t, k, variable, bad), SpecModels.Find(spec), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(k, r.Divergence!.Step);
        Assert.Equal(variable, r.Divergence.Variable?.Split('[')[0]); // a handle's first differing component: top[1]
    }

    /// <summary>
    /// TypeOK of tla/RegionRC is checked by trace replay: a state whose variable is outside its type (a channel that is
    /// neither empty nor full, a count the objects holding references cannot add up to) is refused at that step.
    /// </summary>
    [Theory]
    [InlineData("MC.cfg", "channel")]
    [InlineData("MC.cfg", "rc")]
    [InlineData("MC_Merge.cfg", "into")]
    public void An_edited_RegionRC_state_outside_TypeOK_is_rejected_at_that_step(string config, string variable)
    {
        var t = FirstSimulation("RegionRC", config);
        int k = Math.Min(12, t.Steps.Count);
        var bad = variable == "channel" ? TlaValue.Str("lost") : TlaValue.Seq(TlaValue.Int(-1), TlaValue.Int(-1), TlaValue.Int(-1));
        var r = TraceReplay.Run(WithState(t, k, variable, bad), SpecModels.Find("RegionRC"), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(k, r.Divergence!.Step);
        Assert.Equal(variable, r.Divergence.Variable?.Split('[')[0]);
    }

    /// <summary>
    /// A liveness counterexample: TLC does not name the violated temporal property, so the importer names the one property
    /// its configuration checks; the lasso stutters once both threads are done, and the replay lets the body finish so
    /// that the liveness monitor's end-of-iteration check (a region whose scope ended and count reached zero, never
    /// freed) reproduces it.
    /// </summary>
    [Fact]
    public void The_RegionRC_leak_counterexample_names_its_property_and_fails_at_the_iteration_end()
    {
        var spec = Path.Combine(RepoRoot, "tla", "RegionRC");
        Assert.Equal(new[] { "EventuallyFreed" }, TlcConfig.ReadProperties(Path.Combine(spec, "MC_DecrementByStoreLeak.cfg")));
        Assert.Equal(new[] { "EventuallyFreed" }, TlcConfig.ReadProperties(Path.Combine(spec, "MC.cfg")));
        Assert.Empty(TlcConfig.ReadProperties(Path.Combine(spec, "MC_SkipBarrierCycle.cfg")));
        var t = Load("RegionRC/MC_DecrementByStoreLeak.counterexample.yaml");
        Assert.Equal(("property", "EventuallyFreed"), (t.Violation!.Kind, t.Violation.Name));
        Assert.NotNull(t.LoopsBackTo);
        Assert.Equal("Stuttering", t.Steps[^1].Action);
        var r = TraceReplay.Run(t, SpecModels.Find("RegionRC"), Constants(t));
        Assert.True(r.Conforms, r.Summary);
        Assert.Equal(t.Steps.Count, r.Steps);
        Assert.StartsWith("RegionLivenessMonitor failed", r.Violation, StringComparison.Ordinal);
        Assert.Contains("but it was never freed", r.Violation, StringComparison.Ordinal);
    }

    /// <summary>
    /// The seeded counterexamples of tla/RingList replay against the real RingList (over the spec's abstract rings and
    /// IBR) and end in the same violation, checked on the implementation: QueueMatches, LinkedInOrder and
    /// ClosedStaysClosed by the list's monitors (RingListQueueMatchesMonitor, RingListLinkedInOrderMonitor,
    /// RingListClosedStaysClosedMonitor), NoUseAfterFree by the pool's monitor.
    /// </summary>
    [Theory]
    [InlineData("MC_NoLastTry.cfg", "QueueMatches", "RingListQueueMatchesMonitor failed: the head has left ring 1 (generation 0) of list 3 (thread 2 moved the head past it), but it still holds item 1")]
    [InlineData("MC_NoClose.cfg", "LinkedInOrder", "(generation 0), which is open")]
    [InlineData("MC_Reopens.cfg", "ClosedStaysClosed", "RingListClosedStaysClosedMonitor failed: ring 1 (generation 0) was closed and is open again")]
    [InlineData("MC_FreeOnUnlink.cfg", "NoUseAfterFree", "which is free")]
    public void RingList_counterexamples_reproduce_on_the_list(string config, string invariant, string message)
    {
        var t = Load($"RingList/{Path.GetFileNameWithoutExtension(config)}.counterexample.yaml");
        Assert.Equal(invariant, t.Violation?.Name);
        var r = TraceReplay.Run(t, SpecModels.Find("RingList"), Constants(t));
        Assert.True(r.Conforms, r.Summary);
        Assert.NotNull(r.Violation);
        Assert.Contains(invariant + " reproduced", r.Summary, StringComparison.Ordinal);
        Assert.Contains(message, r.Violation, StringComparison.Ordinal);
        var monitor = SpecModels.Find("RingList").Invariants.Single(i => i.Name == invariant).Monitor;
        if (monitor != "trace-replay") Assert.StartsWith(monitor + " failed", r.Violation, StringComparison.Ordinal);
        // Without the seeded defect the implementation leaves the trace: the violation is the defect's, not the replay's.
        var correct = TraceReplay.Run(t, SpecModels.Find("RingList"), Constants(t, (k, v) => k == "SeededBug" ? TlaValue.Str("none") : v));
        Assert.False(correct.Conforms, correct.Summary);
        Assert.NotNull(correct.Divergence);
    }

    [Fact]
    public void An_action_the_thread_is_not_at_diverges_naming_the_label()
    {
        var t = FirstSimulation("Treiber", "MC.cfg");
        var steps = t.Steps.ToList();
        // Step 2 is the first action; claim it is a CAS, which no thread can take from "idle".
        steps[1] = steps[1] with { Action = "TreiberPushCas" };
        var r = TraceReplay.Run(t with { Steps = steps }, new TreiberModel(), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(2, r.Divergence!.Step);
        Assert.Contains("push_cas", r.Divergence.Message, StringComparison.Ordinal);
        Assert.Contains("idle", r.Divergence.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Treiber_aba_counterexample_reproduces_as_StackMatchesAbstractMonitor()
    {
        var t = Load("Treiber/MC_Untagged.counterexample.yaml");
        var r = TraceReplay.Run(t, new TreiberModel(), Constants(t));
        Assert.True(r.Conforms, r.Summary);
        Assert.Equal(t.Steps.Count - 1, r.Steps); // the monitor fails inside the last action, at its CAS
        Assert.StartsWith("StackMatchesAbstractMonitor failed", r.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Treiber_aba_counterexample_diverges_on_the_tagged_stack()
    {
        var t = Load("Treiber/MC_Untagged.counterexample.yaml");
        var r = TraceReplay.Run(t, new TreiberModel(), Constants(t, (k, v) => k == "Tagged" ? TlaValue.Bool(true) : v));
        Assert.False(r.Conforms);
        Assert.Equal("gen", r.Divergence!.Variable?.Split('[')[0]); // the first free bumps the slot's generation
    }

    [Theory]
    [InlineData("IBR", "MC_FreeTooEarly.counterexample.yaml", "NoUseAfterFreeMonitor")]
    [InlineData("DEBRA", "MC_FreeTooEarly.counterexample.yaml", "NoUseAfterFreeMonitor")]
    [InlineData("DEBRA", "MC_Unbounded.counterexample.yaml", "BoundedPendingMonitor")]
    [InlineData("FutexMutex", "MC_TestThenSet.counterexample.yaml", "MutualExclusionMonitor")]
    [InlineData("FutexMutex", "MC_ReleaseByDecrement.counterexample.yaml", "MutexStateMatchesHolderMonitor")]
    [InlineData("FutexMutex", "MC_MarkByExchange.counterexample.yaml", "MutexOwnerIsHolderMonitor")]
    [InlineData("Semaphore", "MC_NoMaxCheck.counterexample.yaml", "SemaphoreCountInRangeMonitor")]
    [InlineData("Semaphore", "MC_TakeByStore.counterexample.yaml", "SemaphoreCountConservedMonitor")]
    [InlineData("Semaphore", "MC_WakeAllRegistered.counterexample.yaml", "SemaphoreWakeBoundedMonitor")]
    [InlineData("Semaphore", "MC_RegisterByStore.counterexample.yaml", "SemaphoreHintCountsRegisteredMonitor")]
    [InlineData("Event", "MC_WakeMeansSet.counterexample.yaml", "EventWaitReturnsAfterSetMonitor")]
    [InlineData("Event", "MC_BitOnlyCheck.counterexample.yaml", "EventNoMissedSetMonitor")]
    [InlineData("GuardedShm", "MC_DetachSkipsClear.counterexample.yaml", "GuardedShmSlotsValidMonitor")]
    [InlineData("GuardedShm", "MC_AttachOverLivePid.counterexample.yaml", "GuardedShmAttachedHoldSlotMonitor")]
    [InlineData("GuardedShm", "MC_UnlinkWithoutClaim.counterexample.yaml", "GuardedShmNoEarlyUnlinkMonitor")]
    [InlineData("GuardedShm", "MC_UnlinkWithoutIncarnationCheck.counterexample.yaml", "GuardedShmNoEarlyUnlinkMonitor")]
    [InlineData("GuardedShm", "MC_Operator.counterexample.yaml", "GuardedShmNoEarlyUnlinkMonitor")]
    [InlineData("IBR", "MC_ReserveAhead.counterexample.yaml", "EpochMonotonicMonitor")]
    [InlineData("IBR", "MC_EraRollback.counterexample.yaml", "EpochMonotonicMonitor")]
    [InlineData("IBR", "MC_DoubleRetire.counterexample.yaml", "NoDoubleFreeMonitor")]
    [InlineData("DEBRA", "MC_AnnounceAhead.counterexample.yaml", "EpochMonotonicMonitor")]
    [InlineData("DEBRA", "MC_EpochRollback.counterexample.yaml", "EpochMonotonicMonitor")]
    [InlineData("DEBRA", "MC_DoubleRetire.counterexample.yaml", "NoDoubleFreeMonitor")]
    [InlineData("DEBRA", "MC_ResumeNeutralized.counterexample.yaml", "NeutralizationSafetyMonitor")]
    [InlineData("Treiber", "MC_DoubleRetire.counterexample.yaml", "NoDoubleFreeMonitor")]
    [InlineData("Treiber", "MC_PopReturnsNext.counterexample.yaml", "PopReturnsAbstractTopMonitor")]
    [InlineData("SkipList", "MC_UnlinkBeforeMark.counterexample.yaml", "SkipListMatchesAbstractMonitor")]
    [InlineData("SkipList", "MC_UpperLevelFirst.counterexample.yaml", "SkipListSublistMonitor")]
    [InlineData("SkipList", "MC_ContainsIgnoresMark.counterexample.yaml", "SkipListContainsMonitor")]
    [InlineData("SkipList", "MC_RelinkMarked.counterexample.yaml", "SkipListMarkStableMonitor")]
    [InlineData("LazySkipList", "MC_SkipsValidation.counterexample.yaml", "SkipListMatchesAbstractMonitor")]
    [InlineData("RegionRC", "MC_SkipBarrierCycle.counterexample.yaml", "NoRegionCycleMonitor")]
    [InlineData("RegionRC", "MC_SkipBarrierDangling.counterexample.yaml", "RegionClosureMonitor")]
    [InlineData("RegionRC", "MC_DecrementThenReread.counterexample.yaml", "RegionNoDoubleFreeMonitor")]
    [InlineData("RegionRC", "MC_DecrementByStore.counterexample.yaml", "RegionLivenessMonitor")]
    [InlineData("RegionRC", "MC_DecrementByStoreLeak.counterexample.yaml", "RegionLivenessMonitor")]
    [InlineData("RegionRC", "MC_TetherWithoutReference.counterexample.yaml", "TetherSafetyMonitor")]
    [InlineData("RegionRC", "MC_CopiesExternal.counterexample.yaml", "ExternalRootsUntouchedMonitor")]
    [InlineData("RegionRC", "MC_GlobalWithoutRetain.counterexample.yaml", "RegionNoUseAfterFreeMonitor")]
    [InlineData("LazySkipList", "MC_ContainsIgnoresFlags.counterexample.yaml", "SkipListContainsMonitor")]
    [InlineData("EFRBTree", "MC_NoMarkStep.counterexample.yaml", "EfrbMatchesAbstractMonitor")]
    [InlineData("EFRBTree", "MC_HelpReexecutes.counterexample.yaml", "EfrbInfoCurrentMonitor")]
    [InlineData("EFRBTree", "MC_Immediate.counterexample.yaml", "NoUseAfterFreeMonitor")]
    [InlineData("EFRBTree", "MC_KeysByMinimum.counterexample.yaml", "EfrbSearchTreeOrderMonitor")]
    [InlineData("EFRBTree", "MC_UnmarkRemoved.counterexample.yaml", "EfrbMarkFinalMonitor")]
    [InlineData("NMTree", "MC_RemoveWithoutTag.counterexample.yaml", "NmTreeMatchesAbstractMonitor")]
    [InlineData("NMTree", "MC_SpliceDropsFlag.counterexample.yaml", "NmTreeEdgesFrozenMonitor")]
    [InlineData("NMTree", "MC_RoutingKeyMin.counterexample.yaml", "NmTreeOrderMonitor")]
    [InlineData("NMTree", "MC_FreeImmediately.counterexample.yaml", "NoUseAfterFreeMonitor")]
    public void Counterexample_reproduces_as_the_matching_monitor(string spec, string file, string monitor)
    {
        var t = Load(Path.Combine(spec, file));
        var r = TraceReplay.Run(t, SpecModels.Find(spec), Constants(t));
        Assert.True(r.Conforms, r.Summary);
        Assert.StartsWith(monitor + " failed", r.Violation, StringComparison.Ordinal);
    }

    /// <summary>
    /// The Natarajan-Mittal tree's use-after-free counterexample (retired nodes freed at once) does not replay under the
    /// grace period: the splicing thread's retire frees nothing while the other thread is inside its operation.
    /// </summary>
    [Fact]
    public void Nm_tree_free_immediately_counterexample_diverges_under_the_grace_period()
    {
        var t = Load("NMTree/MC_FreeImmediately.counterexample.yaml");
        var r = TraceReplay.Run(t, new NmTreeModel(), Constants(t, (k, v) => k == "Reclamation" ? TlaValue.Str("grace") : v));
        Assert.False(r.Conforms, "the grace period must not follow the immediate-free counterexample");
        Assert.Null(r.Violation);
    }

    [Theory]
    [InlineData("IBR", "MC_FreeTooEarly.counterexample.yaml", "SeededBug")]
    [InlineData("DEBRA", "MC_FreeTooEarly.counterexample.yaml", "SeededBug")]
    [InlineData("FutexMutex", "MC_TestThenSet.counterexample.yaml", "AtomicFastPath")]
    [InlineData("FutexMutex", "MC_ReleaseByDecrement.counterexample.yaml", "ReleaseByCas")]
    [InlineData("FutexMutex", "MC_MarkByExchange.counterexample.yaml", "MarkByCas")]
    [InlineData("Semaphore", "MC_NoMaxCheck.counterexample.yaml", "CheckMax")]
    [InlineData("Semaphore", "MC_TakeByStore.counterexample.yaml", "AtomicTake")]
    [InlineData("Semaphore", "MC_WakeAllRegistered.counterexample.yaml", "ClampWake")]
    [InlineData("Semaphore", "MC_RegisterByStore.counterexample.yaml", "AtomicRegister")]
    [InlineData("Event", "MC_WakeMeansSet.counterexample.yaml", "RecheckAfterWake")]
    [InlineData("Event", "MC_BitOnlyCheck.counterexample.yaml", "CheckWholeWord")]
    [InlineData("GuardedShm", "MC_DetachSkipsClear.counterexample.yaml", "ClearSlot")]
    [InlineData("GuardedShm", "MC_AttachOverLivePid.counterexample.yaml", "CheckLiveness")]
    [InlineData("GuardedShm", "MC_UnlinkWithoutClaim.counterexample.yaml", "Claim")]
    [InlineData("GuardedShm", "MC_UnlinkWithoutIncarnationCheck.counterexample.yaml", "CheckIncarnation")]
    [InlineData("IBR", "MC_ReserveAhead.counterexample.yaml", "SeededBug")]
    [InlineData("IBR", "MC_EraRollback.counterexample.yaml", "SeededBug")]
    [InlineData("IBR", "MC_DoubleRetire.counterexample.yaml", "SeededBug")]
    [InlineData("DEBRA", "MC_AnnounceAhead.counterexample.yaml", "SeededBug")]
    [InlineData("DEBRA", "MC_EpochRollback.counterexample.yaml", "SeededBug")]
    [InlineData("DEBRA", "MC_DoubleRetire.counterexample.yaml", "SeededBug")]
    [InlineData("DEBRA", "MC_ResumeNeutralized.counterexample.yaml", "SeededBug")]
    [InlineData("Treiber", "MC_DoubleRetire.counterexample.yaml", "SeededBug")]
    [InlineData("Treiber", "MC_PopReturnsNext.counterexample.yaml", "SeededBug")]
    [InlineData("SkipList", "MC_UnlinkBeforeMark.counterexample.yaml", "SeededBug")]
    [InlineData("SkipList", "MC_UpperLevelFirst.counterexample.yaml", "SeededBug")]
    [InlineData("SkipList", "MC_ContainsIgnoresMark.counterexample.yaml", "SeededBug")]
    [InlineData("SkipList", "MC_RelinkMarked.counterexample.yaml", "SeededBug")]
    [InlineData("LazySkipList", "MC_SkipsValidation.counterexample.yaml", "SeededBug")]
    [InlineData("LazySkipList", "MC_ContainsIgnoresFlags.counterexample.yaml", "SeededBug")]
    [InlineData("EFRBTree", "MC_NoMarkStep.counterexample.yaml", "SeededBug")]
    [InlineData("EFRBTree", "MC_HelpReexecutes.counterexample.yaml", "SeededBug")]
    [InlineData("EFRBTree", "MC_KeysByMinimum.counterexample.yaml", "SeededBug")]
    [InlineData("EFRBTree", "MC_UnmarkRemoved.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_SkipBarrierCycle.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_SkipBarrierDangling.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_DecrementThenReread.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_DecrementByStore.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_DecrementByStoreLeak.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_TetherWithoutReference.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_CopiesExternal.counterexample.yaml", "SeededBug")]
    [InlineData("RegionRC", "MC_GlobalWithoutRetain.counterexample.yaml", "SeededBug")]
    [InlineData("NMTree", "MC_RemoveWithoutTag.counterexample.yaml", "SeededBug")]
    [InlineData("NMTree", "MC_SpliceDropsFlag.counterexample.yaml", "SeededBug")]
    [InlineData("NMTree", "MC_RoutingKeyMin.counterexample.yaml", "SeededBug")]
    public void Seeded_bug_counterexample_diverges_from_the_correct_implementation(string spec, string file, string constant)
    {
        var t = Load(Path.Combine(spec, file));
        // A string constant names the defect ("none" is the correct implementation); a boolean one is TRUE when correct.
        var r = TraceReplay.Run(t, SpecModels.Find(spec), Constants(t, (k, v) => k != constant ? v : v is TlaBool ? TlaValue.Bool(true) : TlaValue.Str("none")));
        Assert.False(r.Conforms, "the correct implementation must not follow the seeded bug's counterexample");
        Assert.Null(r.Violation);
    }

    [Fact]
    public void Futex_mutex_lost_wakeup_counterexample_reproduces_as_a_deadlock()
    {
        var t = Load("FutexMutex/MC_NoContendedMark.counterexample.yaml");
        Assert.Equal("deadlock", t.Violation!.Kind);
        var r = TraceReplay.Run(t, new FutexMutexModel(), Constants(t));
        Assert.True(r.Conforms, r.Summary + "\n" + string.Join("\n", r.ActionLog));
        Assert.Equal(t.Steps.Count, r.Steps);
        Assert.StartsWith("deadlock after the last state", r.Violation, StringComparison.Ordinal);
        Assert.Contains("blocked in futex wait", r.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Futex_mutex_lost_wakeup_counterexample_diverges_from_the_correct_mutex()
    {
        // The correct mutex sets the waiters bit after a failed fast CAS: the sleeper's thread goes to mark, not to
        // futex_wait, and the spec's pc says so.
        var t = Load("FutexMutex/MC_NoContendedMark.counterexample.yaml");
        var r = TraceReplay.Run(t, new FutexMutexModel(), Constants(t, (k, v) => k == "MarkContended" ? TlaValue.Bool(true) : v));
        Assert.False(r.Conforms);
        Assert.Null(r.Violation);
        Assert.StartsWith("pc", r.Divergence!.Variable, StringComparison.Ordinal);
    }

    [Fact]
    public void Semaphore_lost_wakeup_counterexample_reproduces_as_a_deadlock()
    {
        var t = Load("Semaphore/MC_WakeOnZeroOnly.counterexample.yaml");
        Assert.Equal("deadlock", t.Violation!.Kind);
        var r = TraceReplay.Run(t, new SemaphoreModel(), Constants(t));
        Assert.True(r.Conforms, r.Summary + "\n" + string.Join("\n", r.ActionLog));
        Assert.Equal(t.Steps.Count, r.Steps);
        Assert.StartsWith("deadlock after the last state", r.Violation, StringComparison.Ordinal);
        Assert.Contains("blocked in futex wait", r.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Semaphore_lost_wakeup_counterexample_diverges_from_the_correct_semaphore()
    {
        // The correct semaphore wakes min(n, waiters) after every post: the last post, which moved the count from 1 to 2
        // with a waiter registered, goes on to post_wake, where the seeded defect's post is done.
        var t = Load("Semaphore/MC_WakeOnZeroOnly.counterexample.yaml");
        var r = TraceReplay.Run(t, new SemaphoreModel(), Constants(t, (k, v) => k == "WakeOnZeroOnly" ? TlaValue.Bool(false) : v));
        Assert.False(r.Conforms);
        Assert.Null(r.Violation);
        Assert.Equal(t.Steps.Count, r.Divergence!.Step);
        Assert.Equal("SemPostReadWaiters(3)", r.Divergence.Action);
        Assert.Matches(@"^(opsDone|pc|wakeN)\[3\]$", r.Divergence.Variable);
    }

    [Fact]
    public void Semaphore_waiter_left_asleep_by_a_refused_post_ends_its_trace_without_a_deadlock()
    {
        // The spec's Terminating: after a refused post a waiter may sleep forever, and the behaviour just ends.
        var t = TraceFiles(Path.Combine(TracesDir, "Semaphore")).Select(TraceFile.Load)
            .First(t => t.Kind == TraceKind.Simulation && t.Steps[^1].State["refused"] is TlaInt { Value: > 0 }
                        && t.Steps[^1].State["sleepers"] is TlaSet { Items.Count: > 0 });
        var r = TraceReplay.Run(t, new SemaphoreModel(), Constants(t));
        Assert.True(r.Conforms, r.Summary);
        Assert.Equal(t.Steps.Count, r.Steps);
    }

    [Fact]
    public void Semaphore_model_refuses_the_tla_only_overflow_defect()
    {
        var c = TlcConfig.ReadConstants(Path.Combine(RepoRoot, "tla", "Semaphore", "MC_NoOverflowCheck.cfg"));
        var e = Assert.Throws<WeftInputException>(() => new SemaphoreModel().Create(c));
        Assert.Contains("CheckOverflow = FALSE", e.Message, StringComparison.Ordinal);
        Assert.Contains("TLA+-only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_check_then_wait_counterexample_reproduces_as_a_deadlock()
    {
        var t = Load("Event/MC_CheckThenWait.counterexample.yaml");
        Assert.Equal("deadlock", t.Violation!.Kind);
        var r = TraceReplay.Run(t, new EventModel(), Constants(t));
        Assert.True(r.Conforms, r.Summary + "\n" + string.Join("\n", r.ActionLog));
        Assert.Equal(t.Steps.Count, r.Steps);
        Assert.StartsWith("deadlock after the last state", r.Violation, StringComparison.Ordinal);
        Assert.Contains("blocked in futex wait", r.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_check_then_wait_counterexample_diverges_from_the_correct_event()
    {
        // The correct event sleeps on the value it checked: after its first load the waiter goes to wait_futex, not
        // to the seeded re-read at wait_reload, and the spec's pc says so.
        var t = Load("Event/MC_CheckThenWait.counterexample.yaml");
        var r = TraceReplay.Run(t, new EventModel(), Constants(t, (k, v) => k == "CheckThenWait" ? TlaValue.Bool(false) : v));
        Assert.False(r.Conforms);
        Assert.Null(r.Violation);
        Assert.StartsWith("pc", r.Divergence!.Variable, StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_in_which_the_last_thread_falls_asleep_is_compared()
    {
        // No thread can run after the last action of the deadlock: its state is still compared with the trace's.
        var t = Load("Event/MC_CheckThenWait.counterexample.yaml");
        int last = t.Steps.Count;
        var r = TraceReplay.Run(WithState(t, last, "sleepers", TlaValue.Set(Array.Empty<TlaValue>())), new EventModel(), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(last, r.Divergence!.Step);
        Assert.StartsWith("sleepers", r.Divergence.Variable, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timed_out_event_wait_replays_and_its_expiry_is_compared()
    {
        var (t, step) = TraceFiles(Path.Combine(TracesDir, "Event")).Select(TraceFile.Load)
            .Where(t => t.Kind == TraceKind.Simulation)
            .SelectMany(t => t.Steps.Where(s => s.Action == "EvTimeout").Select(s => (t, s.Index)))
            .First();
        var r = TraceReplay.Run(t, new EventModel(), Constants(t));
        Assert.True(r.Conforms, r.Summary + "\n" + string.Join("\n", r.ActionLog));
        Assert.Equal(t.Steps.Count, r.Steps);
        Assert.Contains(r.ActionLog, l => l.Contains("EvTimeout", StringComparison.Ordinal) && l.EndsWith("-> wait_check", StringComparison.Ordinal));
        // The same trace with the expiry not recorded at the EvTimeout step diverges there, naming expired.
        var r2 = TraceReplay.Run(WithState(t, step, "expired", t.Steps[step - 2].State["expired"]), new EventModel(), Constants(t));
        Assert.False(r2.Conforms);
        Assert.Equal(step, r2.Divergence!.Step);
        Assert.StartsWith("expired", r2.Divergence.Variable, StringComparison.Ordinal);
    }

    /// <summary>The simulation step at which a release wakes one of two sleepers.</summary>
    private static (Trace Trace, int Step) WakeAmongTwoSleepers()
    {
        foreach (var t in TraceFiles(Path.Combine(TracesDir, "FutexMutex")).Select(TraceFile.Load).Where(t => t.Kind == TraceKind.Simulation))
            for (int i = 1; i < t.Steps.Count; i++)
                if (t.Steps[i].Action == "MutexReleaseWake" && t.Steps[i - 1].State["sleepers"] is TlaSet { Items.Count: 2 })
                    return (t, i + 1);
        throw new InvalidOperationException("no committed FutexMutex simulation wakes one of two sleepers");
    }

    [Fact]
    public void A_futex_wake_among_sleepers_releases_the_one_the_trace_names()
    {
        var (t, step) = WakeAmongTwoSleepers();
        Assert.True(TraceReplay.Run(t, new FutexMutexModel(), Constants(t)).Conforms);
        // The same wake with the trace naming no sleeper: the replay cannot choose one and says so at that step.
        var r = TraceReplay.Run(WithState(t, step, "sleepers", t.Steps[step - 2].State["sleepers"]), new FutexMutexModel(), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(step, r.Divergence!.Step);
        Assert.Contains("loses none of them", r.Divergence.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spurious_wakeup_of_a_thread_that_is_not_asleep_diverges()
    {
        var t = FirstSimulation("FutexMutex", "MC.cfg");
        var steps = t.Steps.ToList();
        // Step 2 is the first action: every thread is at idle, none asleep.
        steps[1] = steps[1] with { Action = "SpuriousWake" };
        var r = TraceReplay.Run(t with { Steps = steps }, new FutexMutexModel(), Constants(t));
        Assert.False(r.Conforms);
        Assert.Equal(2, r.Divergence!.Step);
        Assert.Contains("(asleep in futex wait)", r.Divergence.Message, StringComparison.Ordinal);
    }

    /// <summary>The debugging entry point the README shows: a repository-relative path from a test.</summary>
    [Fact]
    public void A_trace_replays_from_a_test_by_its_repository_path()
    {
        var r = SpecModels.ReplayFile("traces/IBR/MC_FreeTooEarly.counterexample.yaml");
        Assert.True(r.Conforms, r.Summary);
        Assert.Contains("IbrAccess(1)", string.Join("\n", r.ActionLog), StringComparison.Ordinal);
        Assert.Contains(r.Interleaving, l => l.Contains("IbrReclaimer.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stale_trace_is_refused_with_the_regeneration_command()
    {
        var t = FirstSimulation("Treiber", "MC.cfg");
        var dir = Directory.CreateTempSubdirectory("weft-stale-");
        try
        {
            var path = Path.Combine(dir.FullName, "stale.yaml");
            TraceFile.Write(t with { SpecSha256 = new string('0', 64) }, path);
            var e = Assert.Throws<WeftInputException>(() => SpecModels.ReplayFile(path, RepoRoot));
            Assert.Contains("stale", e.Message, StringComparison.Ordinal);
            Assert.Contains("weft tlc", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
