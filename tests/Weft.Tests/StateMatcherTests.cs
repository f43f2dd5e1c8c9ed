using System.Collections.Generic;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The refinement mapping's comparison: pool slots are matched to spec nodes up to renaming as they are first met,
/// the renaming then holds (a bijection), functions over nodes are compared through it, and unobservable values
/// match anything.
/// </summary>
public sealed class StateMatcherTests
{
    private static TlaValue I(long v) => TlaValue.Int(v);
    private static TlaValue S(string v) => TlaValue.Str(v);

    private static Dictionary<string, TlaValue> State(params (string, TlaValue)[] vars)
    {
        var d = new Dictionary<string, TlaValue>();
        foreach (var (k, v) in vars) d[k] = v;
        return d;
    }

    [Fact]
    public void Slots_are_renamed_to_spec_nodes_in_any_order_and_the_renaming_holds()
    {
        var m = new StateMatcher();
        // The implementation's slot 2 is the spec's node 1, slot 0 is node 2, slot 1 is node 3.
        var trace = State(("head", I(1)), ("freeList", TlaValue.Seq(I(2), I(3))), ("state", TlaValue.Seq(S("live"), S("free"), S("free"))));
        var impl = State(("head", Refinement.Node(2)), ("freeList", TlaValue.Seq(Refinement.Node(0), Refinement.Node(1))),
            ("state", Refinement.ByNode(new[] { S("free"), S("free"), S("live") })));
        Assert.Null(m.Match(trace, impl));
        Assert.Equal(1, m.NodeOf(2));
        Assert.Equal(2, m.NodeOf(0));

        // Later states must use the same renaming: slot 0 is node 2, so naming it node 3 is a mismatch.
        var bad = m.Match(State(("head", I(3))), State(("head", Refinement.Node(0))));
        Assert.NotNull(bad);
        Assert.Equal("head", bad!.Variable);
        Assert.Equal("3", bad.Expected);
        Assert.Equal("2", bad.Actual);
    }

    [Fact]
    public void Two_slots_cannot_be_the_same_node()
    {
        var m = new StateMatcher();
        var bad = m.Match(State(("a", I(1)), ("b", I(1))), State(("a", Refinement.Node(0)), ("b", Refinement.Node(1))));
        Assert.NotNull(bad);
        Assert.Equal("b", bad!.Variable);
        Assert.Null(m.NodeOf(0)); // a failed comparison binds nothing
    }

    [Fact]
    public void A_function_over_nodes_is_compared_through_the_renaming_and_names_the_node()
    {
        var m = new StateMatcher();
        var trace = State(("head", I(2)), ("birth", TlaValue.Seq(I(5), I(7))));
        var impl = State(("head", Refinement.Node(0)), ("birth", Refinement.ByNode(new[] { I(7), I(4) })));
        var bad = m.Match(trace, impl);
        Assert.NotNull(bad);
        Assert.Equal("birth[1]", bad!.Path); // slot 1 is the remaining node 1: expected 5, actual 4
        Assert.Equal("5", bad.Expected);
        Assert.Equal("4", bad.Actual);
    }

    [Fact]
    public void Unobservable_values_match_anything_but_the_rest_is_compared()
    {
        var m = new StateMatcher();
        var trace = State(("hp", TlaValue.Seq(I(3), I(0))), ("era", I(2)));
        Assert.Null(m.Match(trace, State(("hp", TlaValue.Seq(Refinement.Any, I(0))), ("era", I(2)))));
        var bad = m.Match(trace, State(("hp", TlaValue.Seq(Refinement.Any, I(1))), ("era", I(2))));
        Assert.Equal("hp[2]", bad!.Path);
        var missing = m.Match(State(("era", I(2))), State(("epoch", I(2))));
        Assert.Equal("epoch", missing!.Variable);
    }

    /// <summary>
    /// A tree's skeleton is named only inside functions over nodes (nothing outside the tree points to its root), so the
    /// matcher cannot meet it first elsewhere: without pins the comparison cannot start; with the skeleton pinned it
    /// matches, and a pin that contradicts the renaming is refused.
    /// </summary>
    [Fact]
    public void Pinned_slots_let_a_function_over_nodes_name_nodes_no_plain_variable_names()
    {
        // Node 2 is the root, node 1 its only child: child[1] = 0, child[2] = 1; the implementation has them in slots 1 and 0.
        var trace = State(("child", TlaValue.Seq(I(0), I(1))));
        var impl = State(("child", Refinement.ByNode(new[] { TlaValue.Int(0), Refinement.Node(0) })));
        var unpinned = new StateMatcher().Match(trace, impl);
        Assert.NotNull(unpinned);
        Assert.Contains("not yet matched", unpinned!.Actual, System.StringComparison.Ordinal);

        var m = new StateMatcher();
        m.Pin(0, 1);
        m.Pin(1, 2);
        Assert.Null(m.Match(trace, impl));
        Assert.Throws<System.InvalidOperationException>(() => m.Pin(0, 2));
    }
}
