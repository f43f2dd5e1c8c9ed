using System;
using System.Collections.Concurrent;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Ipc;

/// <summary>
/// A block of memory that several threads or processes map, with 32/64-bit atomic cells and futex wait/wake at
/// byte offsets. The IPC primitives (<see cref="IpcMutex"/>, <see cref="IpcSemaphore"/>, <see cref="IpcEvent"/>,
/// <see cref="GuardedSharedMemory"/>) are written once against this class and run over either kind:
/// <list type="bullet">
/// <item><b>in-process</b> (<see cref="CreateInProcess"/>): zeroed native memory, 64-byte aligned, shared by the
/// threads of one process; futexes are FUTEX_PRIVATE. This is the "shared memory" the scheduler explores in the
/// controlled build.</item>
/// <item><b>named</b> (<see cref="CreateNamed"/>, <see cref="OpenNamed"/>, <see cref="Unlink"/>): a file in
/// <c>/dev/shm</c> (what <c>shm_open</c> creates on Linux) mapped MAP_SHARED; futexes are process-shared (no
/// FUTEX_PRIVATE flag), so a wake in one process reaches a waiter in another.</item>
/// </list>
/// Futex operations: Linux <c>futex(2)</c>. Elsewhere the in-process fallback of <see cref="FutexNative"/> (a
/// monitor table keyed by address): it keeps the atomic compare-and-block contract within one process and does not
/// work across processes; named segments need <c>/dev/shm</c> and are Linux-only.
/// Controlled build inside a test: every cell access is a scheduling point (the cells are the ordinary
/// <see cref="AtomicInt32"/>/<see cref="AtomicInt64"/>) and a futex wait is the engine's atomic compare-and-block on
/// a resource object per word address, so two handles on the same word block and wake each other.
/// Nothing is mapped, created or read until a factory method is called.
/// </summary>
public sealed unsafe partial class ShmSegment : IDisposable
{
    /// <summary>Where named segments live.</summary>
    public const string ShmDirectory = "/dev/shm";

    private byte* _base;
    private readonly int _size;
    private readonly bool _processShared;
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;

    /// <summary>
    /// The simulated object's number (its incarnation within the iteration, from 1), 0 when not simulated: always in
    /// production, where <see cref="ReadSimulatedId"/> has no implementation and its call is removed.
    /// </summary>
    internal int SimulatedId
    {
        get
        {
            int id = 0;
            ReadSimulatedId(ref id);
            return id;
        }
    }

    /// <summary>Controlled build: the number of the simulated object this handle maps (src/ControlledOnly/Ipc/ShmSegment.Simulated.cs).</summary>
    partial void ReadSimulatedId(ref int id);

    /// <summary>
    /// An in-process segment's number within the controlled iteration that created it (<see cref="ControlledRun.NewObjectId"/>),
    /// 0 for a named segment, outside a test and in production: with <see cref="Name"/> and <see cref="SimulatedId"/> it
    /// names the segment in monitor events the same way in every run (<see cref="DescribeOffset"/>).
    /// </summary>
    private int _inProcessId;

    /// <summary>
    /// Byte <paramref name="offset"/> of this segment named by what is the same in every run and process (never the
    /// address): "offset 8 of in-process segment 1", "offset 8 of shm object 2 'name'" (a simulated object, by its number
    /// in the iteration), "offset 8 of segment 'name'".
    /// </summary>
    internal string DescribeOffset(int offset)
    {
        if (SimulatedId != 0) return $"offset {offset} of shm object {SimulatedId} '{Name}'";
        if (Name is not null) return $"offset {offset} of segment '{Name}'";
        return $"offset {offset} of in-process segment {_inProcessId}";
    }

    private ShmSegment(byte* address, int size, string? name, MemoryMappedFile? file, MemoryMappedViewAccessor? view)
    {
        _base = address;
        _size = size;
        Name = name;
        _processShared = name is not null;
        _file = file;
        _view = view;
    }

    /// <summary>The segment's name in <c>/dev/shm</c>, or null for an in-process segment.</summary>
    public string? Name { get; }

    /// <summary>Size in bytes.</summary>
    public int Size => _size;

    /// <summary>True once disposed: the memory is unmapped and must not be touched.</summary>
    public bool IsDisposed => _base == null;

    /// <summary>The address of byte 0 (64-byte aligned).</summary>
    public IntPtr BaseAddress => (IntPtr)Base;

    private byte* Base => _base != null ? _base : throw new ObjectDisposedException(nameof(ShmSegment), "the shared-memory segment was disposed");

    /// <summary>A zeroed, 64-byte aligned segment private to this process (threads share it).</summary>
    public static ShmSegment CreateInProcess(int size)
    {
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "a segment needs a positive size");
        int rounded = (size + 63) & ~63;
        var p = (byte*)NativeMemory.AlignedAlloc((nuint)rounded, 64);
        NativeMemory.Clear(p, (nuint)rounded);
        return new ShmSegment(p, size, null, null, null) { _inProcessId = ControlledRun.NewObjectId() };
    }

    /// <summary>The path of a named segment; validates the name.</summary>
    public static string PathOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NameRule().IsMatch(name))
            throw new ArgumentException(
                $"'{name}' is not a valid shared-memory name: use 1 to 200 characters from A-Z a-z 0-9 . _ -, not starting with '.' or '-'",
                nameof(name));
        return ShmDirectory + "/" + name;
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex NameRule();

    private static void RequireShm()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(ShmDirectory))
            throw new PlatformNotSupportedException(
                $"named IPC objects need {ShmDirectory} (Linux); on this platform use in-process segments (ShmSegment.CreateInProcess)");
    }

    /// <summary>
    /// Creates <c>/dev/shm/<paramref name="name"/></c> with <paramref name="size"/> zero bytes (mode 0600) and maps it.
    /// Fails with <see cref="IOException"/> if the name exists: creation is exclusive, so exactly one process
    /// initializes a named object.
    /// </summary>
    public static ShmSegment CreateNamed(string name, int size)
    {
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "a segment needs a positive size");
        string path = PathOf(name);
#if WEFT_CONTROLLED
        if (SimulatedIpc.Current is { } world)
        {
            SchedulingHooks.Access(OpKind.CompareExchange, world.NameResource(name), null, 0);
            return new ShmSegment(world.Create(name, size), name);
        }
#endif
        RequireShm();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        FileStream fs;
        try
        {
            fs = new FileStream(path, options);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new IOException($"shared-memory object '{name}' already exists ({path}); open it, or unlink it first", e);
        }
        try
        {
            fs.SetLength(size);
            return Map(fs, name, size);
        }
        catch
        {
            fs.Dispose();
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Opens and maps an existing named segment. <paramref name="minimumSize"/> is the size the caller's layout needs:
    /// a smaller object is rejected with <see cref="InvalidDataException"/> instead of being read out of bounds.
    /// </summary>
    public static ShmSegment OpenNamed(string name, int minimumSize)
    {
        string path = PathOf(name);
#if WEFT_CONTROLLED
        if (SimulatedIpc.Current is { } world)
        {
            SchedulingHooks.Access(OpKind.Load, world.NameResource(name), null, 0);
            var o = world.Open(name);
            if (o.Size < minimumSize)
                throw new InvalidDataException($"shared-memory object '{name}' is {o.Size} bytes; this layout needs at least {minimumSize}");
            return new ShmSegment(o, name);
        }
#endif
        RequireShm();
        FileStream fs;
        try
        {
            fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (FileNotFoundException e)
        {
            throw new FileNotFoundException($"shared-memory object '{name}' does not exist ({path})", path, e);
        }
        try
        {
            long len = fs.Length;
            if (len < minimumSize)
                throw new InvalidDataException($"shared-memory object '{name}' is {len} bytes; this layout needs at least {minimumSize}");
            if (len > int.MaxValue)
                throw new InvalidDataException($"shared-memory object '{name}' is {len} bytes; at most {int.MaxValue} are supported");
            return Map(fs, name, (int)len);
        }
        catch
        {
            fs.Dispose();
            throw;
        }
    }

    private static ShmSegment Map(FileStream fs, string name, int size)
    {
        var file = MemoryMappedFile.CreateFromFile(fs, null, size, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: false);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = file.CreateViewAccessor(0, size, MemoryMappedFileAccess.ReadWrite);
            byte* p = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
            return new ShmSegment(p + view.PointerOffset, size, name, file, view);
        }
        catch
        {
            view?.Dispose();
            file.Dispose();
            throw;
        }
    }

    /// <summary>Removes a named segment's name; processes that mapped it keep their mapping. False if it did not exist.</summary>
    public static bool Unlink(string name)
    {
        string path = PathOf(name);
#if WEFT_CONTROLLED
        if (SimulatedIpc.Current is { } world)
        {
            SchedulingHooks.Access(OpKind.Store, world.NameResource(name), null, 0);
            return world.Unlink(name);
        }
#endif
        if (!File.Exists(path)) return false;
        try
        {
            File.Delete(path);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>True if a named segment exists.</summary>
    public static bool Exists(string name)
    {
        string path = PathOf(name);
#if WEFT_CONTROLLED
        if (SimulatedIpc.Current is { } world)
        {
            SchedulingHooks.Access(OpKind.Load, world.NameResource(name), null, 0);
            return world.Exists(name);
        }
#endif
        return File.Exists(path);
    }

    private void Check(int offset, int width)
    {
        if (offset < 0 || offset > _size - width || (offset & (width - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(offset), offset,
                $"a {width * 8}-bit cell needs a {width}-byte aligned offset within the segment's {_size} bytes");
    }

    /// <summary>The 32-bit atomic cell at <paramref name="offset"/> (4-byte aligned). Use in place; never copy it.</summary>
    public ref AtomicInt32 Int32At(int offset)
    {
        Check(offset, 4);
        return ref Unsafe.AsRef<AtomicInt32>(Base + offset);
    }

    /// <summary>The 64-bit atomic cell at <paramref name="offset"/> (8-byte aligned). Use in place; never copy it.</summary>
    public ref AtomicInt64 Int64At(int offset)
    {
        Check(offset, 8);
        return ref Unsafe.AsRef<AtomicInt64>(Base + offset);
    }

    /// <summary>The bytes from <paramref name="offset"/> on (for payloads; not atomic).</summary>
    public Span<byte> Bytes(int offset, int length)
    {
        if (offset < 0 || length < 0 || offset > _size - length)
            throw new ArgumentOutOfRangeException(nameof(offset), $"[{offset}, {offset}+{length}) is outside the segment's {_size} bytes");
        return new Span<byte>(Base + offset, length);
    }

#if WEFT_CONTROLLED
    /// <summary>The engine's blocking resource for each futex word, keyed by address, so handles on one word meet.</summary>
    private static readonly ConcurrentDictionary<nint, object> Resources = new();

    private static object ResourceOf(int* addr) => Resources.GetOrAdd((nint)addr, static _ => new object());
#endif

    /// <summary>
    /// Sleeps while the 32-bit word at <paramref name="offset"/> equals <paramref name="expected"/>, atomically with
    /// respect to <see cref="FutexWake"/>. <paramref name="timeoutNs"/> is relative, in nanoseconds; negative waits
    /// without a timeout. Wake-ups may be spurious: callers re-check their condition.
    /// </summary>
    public FutexWaitResult FutexWait(int offset, int expected, long timeoutNs = -1
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        Check(offset, 4);
        int* addr = (int*)(Base + offset);
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.FutexWait, ref *addr, AccessOrder.SeqCst, file, line);
            if (System.Threading.Volatile.Read(ref *addr) != expected)
            {
                SchedulingHooks.Text("value changed: not sleeping");
                return FutexWaitResult.ValueChanged;
            }
            SchedulingHooks.Block(ResourceOf(addr), futex: true, timed: timeoutNs >= 0);
            return SchedulingHooks.TimedOut ? FutexWaitResult.TimedOut : FutexWaitResult.Woken;
        }
#endif
        return FutexNative.WaitNanoseconds(addr, expected, timeoutNs, _processShared);
    }

    /// <summary>Wakes up to <paramref name="count"/> threads (of any process) sleeping on the word at <paramref name="offset"/>.</summary>
    public int FutexWake(int offset, int count
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Check(offset, 4);
        int* addr = (int*)(Base + offset);
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.FutexWake, ref *addr, AccessOrder.SeqCst, file, line);
            int woken = SchedulingHooks.Wake(ResourceOf(addr), count);
            SchedulingHooks.Value(woken);
            return woken;
        }
#endif
        return FutexNative.Wake(addr, count, _processShared);
    }

    ~ShmSegment() => Release(disposing: false);

    /// <summary>Unmaps (named) or frees (in-process) the memory. Does not unlink a name.</summary>
    public void Dispose()
    {
        Release(disposing: true);
        GC.SuppressFinalize(this);
    }

    private void Release(bool disposing)
    {
        byte* p = _base;
        if (p == null) return;
        _base = null;
        if (SimulatedId != 0) return; // the simulated object's memory is the garbage collector's
        if (_view is null)
        {
            NativeMemory.AlignedFree(p);
            return;
        }
        if (!disposing) return; // the mapping's own handles unmap it when they are finalized
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file!.Dispose();
    }
}
