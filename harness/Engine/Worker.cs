using System;
using System.Threading;

namespace Weft.Engine;

/// <summary>
/// A pooled OS thread that runs controlled threads, one after another, across iterations.
/// Creating an OS thread costs far more than an iteration of a small test, so workers are reused:
/// a worker waits on its gate, runs the controlled thread assigned to it, returns itself to the pool
/// and waits again.
/// </summary>
internal sealed class Worker
{
    private readonly Thread _thread;
    internal readonly Gate Gate = new();
    internal ControlledThread? Assigned;
    internal volatile bool Shutdown;
    internal readonly int Index;

    public Worker(int index, int maxStackSize)
    {
        Index = index;
        _thread = new Thread(Loop, maxStackSize) { IsBackground = true, Name = $"weft-worker-{index}" };
        _thread.Start();
    }

    private void Loop()
    {
        while (true)
        {
            // An idle worker parks: it may wait a whole iteration for its next thread, and its spin slot is worth more
            // to the threads that are handing the token back and forth.
            Gate.Wait(spin: false);
            if (Shutdown) return;
            var t = Assigned;
            if (t is null) continue;
            if (!t.Runtime.RunControlled(t)) return; // leaked: this OS thread is abandoned
        }
    }

    public void Stop()
    {
        Shutdown = true;
        Gate.Open();
    }
}
