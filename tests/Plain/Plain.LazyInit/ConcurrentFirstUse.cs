using System.Threading;

namespace Plain.LazyInit;

/// <summary>Two threads reading a lazily created value at the same time.</summary>
public static class ConcurrentFirstUse
{
    /// <summary>Returns how many times the value was created and whether both threads got the same instance.</summary>
    public static (int Creations, bool SameInstance) Run(bool doubleChecked)
    {
        object? first = null, second = null;
        if (doubleChecked)
        {
            var lazy = new DoubleCheckedLazy<object>(() => new object());
            Both(() => first = lazy.Value, () => second = lazy.Value);
            return (lazy.Creations, ReferenceEquals(first, second));
        }
        var racy = new CheckThenLockLazy<object>(() => new object());
        Both(() => first = racy.Value, () => second = racy.Value);
        return (racy.Creations, ReferenceEquals(first, second));
    }

    private static void Both(ThreadStart a, ThreadStart b)
    {
        var one = new Thread(a);
        var two = new Thread(b);
        one.Start();
        two.Start();
        one.Join();
        two.Join();
    }
}
