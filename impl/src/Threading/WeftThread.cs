using System;
using System.Runtime.CompilerServices;

namespace Weft.Threading;

/// <summary>
/// A thread of the code under test, mirroring <see cref="System.Threading.Thread"/>: <c>Start</c>, <c>Join</c>, <c>Yield</c>.
/// Production build: a real OS thread. Controlled build inside a Weft test: a controlled thread whose spawn,
/// join and yield are scheduling points; outside a test, a real thread as in production.
/// </summary>
public sealed class WeftThread
{
    private readonly System.Threading.Thread? _osThread;
#if WEFT_CONTROLLED
    private readonly object? _controlled;
#endif

    private WeftThread(System.Threading.Thread os) => _osThread = os;
#if WEFT_CONTROLLED
    private WeftThread(object controlled) => _controlled = controlled;
#endif

    /// <summary>Starts <paramref name="body"/> on a new thread.</summary>
    public static WeftThread Start(Action body
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        ArgumentNullException.ThrowIfNull(body);
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active) return new WeftThread(SchedulingHooks.Spawn(body, file, line));
#endif
        var t = new System.Threading.Thread(() => body()) { IsBackground = true };
        t.Start();
        return new WeftThread(t);
    }

    /// <summary>Waits until the thread has finished.</summary>
    public void Join(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (_controlled is not null)
        {
            SchedulingHooks.Join(_controlled, file, line);
            return;
        }
#endif
        _osThread!.Join();
    }

    /// <summary>Lets other threads run: a scheduling point in the controlled build, <c>Thread.Yield</c> in production.</summary>
    public static void Yield(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Point(OpKind.Yield, file, line);
            return;
        }
#endif
        System.Threading.Thread.Yield();
    }
}
