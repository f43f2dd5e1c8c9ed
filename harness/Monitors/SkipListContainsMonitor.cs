using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// SkipListContainsCorrect (tla/SkipList/SkipList.tla, <c>ContainsCorrect</c>): a Contains answers as the abstract
/// set did at some moment of its call. The abstract set follows the linearization points (the Added and Removed
/// steps of <see cref="SkipListEvent"/>); for each lookup in progress (<see cref="SkipListLookupEvent"/>) the monitor
/// notes whether its key was present and whether it was absent at some moment since the call began, and a lookup that
/// returns true with the key never present, or false with the key never absent, fails. (In the spec a Contains is one
/// step, so this is <c>result = (key \in abs)</c> at that step.) Not checked under the release/acquire model (see
/// <see cref="On(in SkipListLookupEvent)"/>).
/// </summary>
public sealed class SkipListContainsMonitor : PropertyMonitor, IMonitorOf<SkipListEvent>, IMonitorOf<SkipListLookupEvent>
{
    private readonly Dictionary<int, HashSet<long>> _sets = new();
    private readonly Dictionary<(int List, int Thread), Lookup> _inFlight = new();

    private sealed class Lookup
    {
        public long Key;
        public bool SawPresent, SawAbsent;
    }

    public override void OnEvent(object e) { }

    private HashSet<long> Set(int list)
    {
        if (!_sets.TryGetValue(list, out var set)) _sets[list] = set = new HashSet<long>();
        return set;
    }

    public void On(in SkipListEvent e)
    {
        var set = Set(e.List);
        if (e.Step == SkipListStep.Added) set.Add(e.Key);
        else if (e.Step == SkipListStep.Removed) set.Remove(e.Key);
        else return;
        foreach (var ((list, _), lookup) in _inFlight)
        {
            if (list != e.List || lookup.Key != e.Key) continue;
            if (set.Contains(e.Key)) lookup.SawPresent = true;
            else lookup.SawAbsent = true;
        }
    }

    public void On(in SkipListLookupEvent e)
    {
        // Under the release/acquire model the premise fails: a lookup not ordered by happens-before after an update may
        // miss it (C11 allows it), however long ago the update ran. There the linearizability checker, whose events
        // synchronize (see History), judges Contains instead.
        if (Engine.ControlledThread.Current?.Runtime.Ra is not null) return;
        bool present = Set(e.List).Contains(e.Key);
        if (!e.Done)
        {
            _inFlight[(e.List, e.Thread)] = new Lookup { Key = e.Key, SawPresent = present, SawAbsent = !present };
            return;
        }
        if (!_inFlight.Remove((e.List, e.Thread), out var lookup)) return;
        if (e.Result && !lookup.SawPresent)
            Fail(string.Create(CultureInfo.InvariantCulture, $"thread {e.Thread}'s Contains({e.Key}) returned true, but key {e.Key} was not in the abstract set at any moment of the call"));
        if (!e.Result && !lookup.SawAbsent)
            Fail(string.Create(CultureInfo.InvariantCulture, $"thread {e.Thread}'s Contains({e.Key}) returned false, but key {e.Key} was in the abstract set for the whole call"));
    }
}
