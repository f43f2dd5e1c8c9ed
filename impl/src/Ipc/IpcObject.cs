using System;
using System.Diagnostics;
using Weft.Platform;

namespace Weft.Ipc;

/// <summary>
/// A handle on an IPC object: a 64-byte <see cref="IpcHeader"/> at an offset of a <see cref="ShmSegment"/>. Several
/// handles (in one or several processes) may refer to the same object; disposing a handle that created or opened its
/// segment unmaps it, and never unlinks a name (call the type's <c>Unlink</c>).
/// </summary>
public abstract class IpcObject : IDisposable
{
    private readonly bool _ownsSegment;

    private protected IpcObject(ShmSegment segment, int offset, bool ownsSegment, IpcOptions? options)
    {
        ArgumentNullException.ThrowIfNull(segment);
        Segment = segment;
        Offset = offset;
        _ownsSegment = ownsSegment;
        Options = options ?? IpcOptions.Default;
    }

    /// <summary>The segment the object lives in.</summary>
    public ShmSegment Segment { get; }

    /// <summary>Byte offset of the object's header in <see cref="Segment"/>.</summary>
    public int Offset { get; }

    public IpcOptions Options { get; }

    /// <summary>The offset of the futex word.</summary>
    private protected int WordOffset => Offset + IpcHeader.Word;

    private protected int AuxOffset => Offset + IpcHeader.Aux;

    /// <summary>The futex word's address: the object's identity in monitor events.</summary>
    private protected nint WordAddress => Segment.BaseAddress + WordOffset;

    private string? _wordName;

    /// <summary>
    /// The futex word named by what is the same in every run (<see cref="ShmSegment.DescribeOffset"/>): monitor events
    /// print this, never <see cref="WordAddress"/>, so an iteration's outcome does not depend on where the segment was mapped.
    /// </summary>
    private protected string WordName => _wordName ??= "word at " + Segment.DescribeOffset(WordOffset);

    /// <summary>How long an opener waits for a just-created header to be published by its creator.</summary>
    private protected static readonly TimeSpan InitWait = TimeSpan.FromSeconds(2);

    /// <summary>Maps the named object <paramref name="name"/> and checks its header is a <paramref name="what"/>; the segment is closed again if not.</summary>
    private protected static ShmSegment OpenValidated(string name, int magic, string what)
    {
        var s = ShmSegment.OpenNamed(name, IpcHeader.Size);
        try
        {
            IpcHeader.Validate(s, 0, magic, what, InitWait);
        }
        catch
        {
            s.Dispose();
            throw;
        }
        return s;
    }

    private protected static ShmSegment CreateSegment(string name)
    {
        var s = ShmSegment.CreateNamed(name, IpcHeader.Size);
        return s;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsSegment) Segment.Dispose();
    }

    /// <summary>
    /// A relative timeout turned into a deadline. Production: the monotonic clock. Controlled build inside a test:
    /// the clock is never consulted (that would make schedules irreproducible); the deadline expires only when a
    /// timed futex wait reports that its time ran out, which the engine decides when no thread can make progress.
    /// </summary>
    private protected struct Deadline
    {
        private readonly long _end;
        private readonly long _timeoutNs;
        private bool _expired;

        public Deadline(long timeoutNs)
        {
            _timeoutNs = timeoutNs;
            _expired = timeoutNs == 0;
            _end = timeoutNs < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + NsToTicks(timeoutNs);
        }

        private static long NsToTicks(long ns) =>
            ns >= long.MaxValue / Stopwatch.Frequency ? long.MaxValue / 2 : ns * Stopwatch.Frequency / 1_000_000_000;

        public readonly bool Infinite => _timeoutNs < 0;

        /// <summary>Nanoseconds left (negative: no timeout), or 0 once expired.</summary>
        public long Remaining
        {
            get
            {
                if (_expired) return 0;
                if (_timeoutNs < 0) return -1;
                if (ControlledRun.Active) return _timeoutNs; // the engine decides when a timed wait times out
                long left = _end - Stopwatch.GetTimestamp();
                if (left <= 0)
                {
                    _expired = true;
                    return 0;
                }
                return left >= long.MaxValue / 1_000_000_000 ? long.MaxValue / 2 : left * 1_000_000_000 / Stopwatch.Frequency;
            }
        }

        public readonly bool Expired => _expired;

        public void Expire() => _expired = true;
    }

    /// <summary>A TimeSpan timeout in nanoseconds (Timeout.InfiniteTimeSpan: -1).</summary>
    private protected static long ToNanoseconds(TimeSpan timeout)
    {
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan) return -1;
        if (timeout < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "a timeout is non-negative or Timeout.InfiniteTimeSpan");
        return timeout.Ticks >= long.MaxValue / 100 ? long.MaxValue : timeout.Ticks * 100;
    }

    private protected static void CheckTimeout(long timeoutNs)
    {
        if (timeoutNs < -1) throw new ArgumentOutOfRangeException(nameof(timeoutNs), timeoutNs, "a timeout in nanoseconds is non-negative, or -1 for none");
    }
}
