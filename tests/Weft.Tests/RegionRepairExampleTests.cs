using Weft.Regions;
using Xunit;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>
/// The three behavioural examples of docs/region-rc.md R2 (the auto-repair policy H0): each stores a value of a
/// younger region into an older structure, exits the younger scope, and checks that the structure still reads the
/// value (the sanitizer would throw on a read of freed memory) and which repair was taken.
/// </summary>
public sealed class RegionRepairExampleTests
{
    [Fact]
    public void Small_young_list_into_older_dict_transmigrates()
    {
        var space = new RegionSpace();
        var old = space.CreateRegion();
        var dict = old.NewMap();
        var young = old.EnterChild();
        var list = young.Cons(Value.Of(1), Value.Of(young.Cons(Value.Of(2), Value.Nil)));

        dict.MapSet(Value.Of(7), Value.Of(list));
        young.ExitScope();

        Assert.True(young.IsFreed);
        var stored = dict.MapGet(Value.Of(7)).Cell;
        Assert.NotSame(list, stored);
        Assert.Same(old, stored.Home);
        Assert.Equal(new long[] { 1, 2 }, RegionGraphs.ListValues(stored));
        Assert.Equal((1, 0, 2), (old.Statistics.Transmigrations, old.Statistics.Merges, (int)old.Statistics.CellsCopied));
    }

    [Fact]
    public void Large_young_region_into_older_structure_merges()
    {
        var space = new RegionSpace(RegionConfig.Default with { MergeThresholdBytes = 1024 });
        var old = space.CreateRegion();
        var holder = old.NewVector(1);
        var young = old.EnterChild();
        var list = Value.Nil;
        for (int i = 0; i < 40; i++) list = Value.Of(young.Cons(Value.Of(i), list)); // 40 pairs: 40 * 64 bytes
        Assert.True(young.BytesAllocated >= 1024);

        holder.VectorSet(0, list);
        young.ExitScope();

        Assert.True(young.IsMerged);
        Assert.False(old.IsFreed);
        Assert.Same(list.Cell, holder.VectorRef(0).Cell); // merged, not copied: the same cells, now the older region's
        Assert.Same(old, list.Cell.Home);
        Assert.Equal(40, RegionGraphs.ListValues(holder.VectorRef(0).Cell).Length);
        Assert.Equal((0, 1), (old.Statistics.Transmigrations, old.Statistics.Merges));
        old.ExitScope();
        Assert.True(old.IsFreed);
    }

    [Fact]
    public void Merge_not_permitted_falls_back_to_transmigration()
    {
        var space = new RegionSpace(RegionConfig.Default with { MergeThresholdBytes = 0 });
        var old = space.CreateRegion();
        var holder = old.NewVector(2);

        // Not permitted (1): the young region is tethered (a borrow captured its epoch).
        var young = old.EnterChild();
        var value = young.Cons(Value.Of(1), Value.Nil);
        var tether = young.Tether();
        holder.VectorSet(0, Value.Of(value));
        Assert.False(young.IsMerged);
        Assert.NotSame(value, holder.VectorRef(0).Cell);
        Assert.Equal(1, tether.Borrow(value).Get().Car().Immediate); // the borrow is still valid
        tether.End();

        // Not permitted (2): the value's region is a grandchild, not a direct child.
        var middle = old.EnterChild();
        var grandchild = middle.EnterChild();
        var deep = grandchild.Cons(Value.Of(2), Value.Nil);
        holder.VectorSet(1, Value.Of(deep));
        Assert.False(grandchild.IsMerged);

        grandchild.ExitScope();
        middle.ExitScope();
        young.ExitScope();
        Assert.True(young.IsFreed && grandchild.IsFreed && middle.IsFreed);
        Assert.Equal((1L, 2L), (holder.VectorRef(0).Cell.Car().Immediate, holder.VectorRef(1).Cell.Car().Immediate));
        Assert.Equal((2, 0, 2), (old.Statistics.Transmigrations, old.Statistics.Merges, old.Statistics.MergeFallbacks));
    }

    [Fact]
    public void Repair_prevents_the_region_cycle_an_unrepaired_store_would_make()
    {
        var space = new RegionSpace();
        var old = space.CreateRegion();
        var o = old.Cons(Value.Of(0), Value.Nil);
        var young = old.EnterChild();
        var y = young.Cons(Value.Of(1), Value.Of(o)); // young -> old: allowed

        o.SetCar(Value.Of(y)); // old -> young would close a cycle: repaired

        Assert.Same(old, o.Car().Cell.Home);
        Assert.Same(o, o.Car().Cell.Cdr().Cell); // the copy still points at the older cell (an external root)
        young.ExitScope();
        Assert.True(young.IsFreed);
        old.ExitScope();
        Assert.True(old.IsFreed);
        Assert.Equal(0, space.Statistics.LiveRegions);
    }
}
