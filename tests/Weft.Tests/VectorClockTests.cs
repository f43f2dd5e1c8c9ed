using Weft.Engine;
using Xunit;

namespace Weft.Tests;

public class VectorClockTests
{
    [Fact]
    public void Join_takes_the_entrywise_maximum_and_orders_clocks()
    {
        var a = new VectorClock(2);
        var b = new VectorClock(2);
        a.Tick(0); a.Tick(0);
        b.Tick(1); b.Tick(5);
        Assert.False(a.LessOrEqual(b));
        Assert.False(b.LessOrEqual(a));
        b.Join(a);
        Assert.Equal(2, b[0]);
        Assert.Equal(1, b[5]);
        Assert.True(a.LessOrEqual(b));
        Assert.True(b.HasSeen(0, 2));
        Assert.False(b.HasSeen(0, 3));
        Assert.Equal("[2 1 0 0 0 1]", b.ToString());
    }

    [Fact]
    public void CopyFrom_and_Clear_reset_entries()
    {
        var a = new VectorClock(1);
        a.Tick(3);
        var b = new VectorClock(8);
        b.Tick(7);
        b.CopyFrom(a);
        Assert.Equal(0, b[7]);
        Assert.Equal(1, b[3]);
        var c = b.Copy();
        b.Clear();
        Assert.Equal(0, b[3]);
        Assert.Equal(1, c[3]);
    }
}
