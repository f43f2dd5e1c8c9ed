using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Weft.Platform;
using Weft.Regions;
using Xunit;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>
/// R2's mutation-primitive inventory (docs/region-rc.md): one test per primitive, each storing a value of a younger
/// region into a cell of an older one and checking that the store barrier repaired it (the stored cell's home
/// outlives the target's, and it still reads after the younger scope is gone). A reflection test keeps the inventory
/// complete: a new public mutator of <see cref="Cell"/> without a row in the document fails it.
/// </summary>
public sealed class RegionBarrierInventoryTests
{
    /// <summary>The mutators of <see cref="Cell"/>, as listed in docs/region-rc.md.</summary>
    private static readonly string[] CellMutators = { "SetCar", "SetCdr", "VectorSet", "MapSet", "SetEnvironment", "SetField" };

    /// <summary>
    /// Runs <paramref name="store"/> (which stores its argument, a pair of a child region, into a cell of the older
    /// region) and returns the cell read back by <paramref name="load"/> after the child's scope ended.
    /// </summary>
    private static (Region Old, Cell Stored, Region Young) StoreYounger(Func<Region, Value, Func<Value>> store, RegionConfig? config = null)
    {
        var space = new RegionSpace(config);
        var old = space.CreateRegion();
        var young = old.EnterChild();
        var value = young.Cons(Value.Of(42), Value.Nil);
        var load = store(old, Value.Of(value));
        young.ExitScope();
        Assert.True(young.IsFreed);
        return (old, load().Cell, young);
    }

    private static void AssertRepaired((Region Old, Cell Stored, Region Young) r)
    {
        Assert.True(Region.Outlives(r.Stored.Home, r.Old), $"the stored cell is in region {r.Stored.Home.Id}, which does not outlive region {r.Old.Id}");
        Assert.Equal(42, r.Stored.Car().Immediate);
    }

    [Fact]
    public void Cons_repairs_a_younger_car_and_cdr()
    {
        Cell? pair = null;
        AssertRepaired(StoreYounger((old, v) =>
        {
            pair = old.Cons(v, v);
            return () => pair!.Car();
        }));
        // Each store is repaired on its own: the car and the cdr are two copies, both in the older region.
        Assert.NotSame(pair!.Car().Cell, pair.Cdr().Cell);
        Assert.Equal(42, pair.Cdr().Cell.Car().Immediate);
    }

    [Fact]
    public void SetCar_goes_through_the_barrier() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var p = old.Cons(Value.Nil, Value.Nil);
            p.SetCar(v);
            return () => p.Car();
        }));

    private static Func<Value> SetCdrStore(Region old, Value v)
    {
        var p = old.Cons(Value.Nil, Value.Nil);
        p.SetCdr(v);
        return () => p.Cdr();
    }

    [Fact]
    public void SetCdr_goes_through_the_barrier() => AssertRepaired(StoreYounger(SetCdrStore));

    [Fact]
    public void The_SetCdr_test_fails_when_the_barrier_is_skipped()
    {
        // The seeded defect leaves the pointer into the child, which is then freed: reading it is the sanitizer's error.
        var r = StoreYounger(SetCdrStore, RegionConfig.Default with { SeededBug = SeededBug.RegionBarrierSkippedOnSetCdr });
        Assert.Same(r.Young, r.Stored.Home);
        Assert.False(Region.Outlives(r.Stored.Home, r.Old));
        var e = Assert.Throws<RegionAccessException>(() => r.Stored.Car());
        Assert.Contains("was freed at RegionBarrierInventoryTests.cs:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VectorSet_goes_through_the_barrier() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var vector = old.NewVector(3);
            vector.VectorSet(2, v);
            return () => vector.VectorRef(2);
        }));

    [Fact]
    public void MapSet_goes_through_the_barrier_for_key_and_value()
    {
        AssertRepaired(StoreYounger((old, v) =>
        {
            var map = old.NewMap(1);
            map.MapSet(Value.Of(1), v);
            return () => map.MapGet(Value.Of(1));
        }));
        Cell? grown = null;
        AssertRepaired(StoreYounger((old, v) =>
        {
            grown = old.NewMap(1);
            grown.MapSet(Value.Of(1), Value.Of(2));
            grown.MapSet(v, Value.Of(3)); // a younger key; the full map grows inside its region
            return () => grown.MapKey(1);
        }));
        Assert.Equal((2, 2L), (grown!.MapCount, grown.MapGet(Value.Of(1)).Immediate));
    }

    [Fact]
    public void SetEnvironment_goes_through_the_barrier() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var closure = old.NewClosure(code: 9, new[] { Value.Nil, Value.Nil });
            closure.SetEnvironment(1, v);
            return () => closure.Environment(1);
        }));

    [Fact]
    public void NewClosure_capture_goes_through_the_barrier() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var closure = old.NewClosure(code: 9, new[] { v });
            return () => closure.Environment(0);
        }));

    [Fact]
    public void NewVector_elements_go_through_the_barrier() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var vector = old.NewVector(1, new[] { v });
            return () => vector.VectorRef(0);
        }));

    [Fact]
    public void SetField_goes_through_the_barrier() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var record = old.NewRecord(2);
            record.SetField(0, v);
            return () => record.Field(0);
        }));

    [Fact]
    public void Adopt_repairs_a_returned_value() =>
        AssertRepaired(StoreYounger((old, v) =>
        {
            var adopted = old.Adopt(v);
            return () => adopted;
        }));

    [Fact]
    public void GlobalCell_holds_a_reference_on_the_value_region()
    {
        var space = new RegionSpace();
        var region = space.CreateRegion();
        var cell = region.Cons(Value.Of(5), Value.Nil);
        var global = new GlobalCell(space);
        global.Set(Value.Of(cell));
        Assert.Equal(1, region.ExternalReferences);
        region.ExitScope();
        Assert.False(region.IsFreed);
        Assert.Equal(5, global.Get().Cell.Car().Immediate);
        global.Clear();
        Assert.True(region.IsFreed);
    }

    [Fact]
    public void Every_public_mutator_is_in_the_inventory()
    {
        var mutators = typeof(Cell).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Where(n => n.StartsWith("Set", StringComparison.Ordinal) || n.EndsWith("Set", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(CellMutators.Order(StringComparer.Ordinal), mutators);
        var doc = File.ReadAllText(Path.Combine(TraceReplayTests.RepoRoot, "docs", "region-rc.md"));
        foreach (var name in mutators)
        {
            Assert.Contains($"`Cell.{name}`", doc, StringComparison.Ordinal);
            Assert.NotNull(typeof(RegionBarrierInventoryTests).GetMethod($"{name}_goes_through_the_barrier")
                ?? typeof(RegionBarrierInventoryTests).GetMethod($"{name}_goes_through_the_barrier_for_key_and_value"));
        }
    }
}
