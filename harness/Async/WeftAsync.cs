using System;
using System.Threading.Tasks;

namespace Weft.Threading.Async;

/// <summary>
/// Async test bodies for <see cref="Checker.Check"/>: <c>Checker.Check(WeftAsync.Test(async () => { ... }))</c>. A
/// registered test needs none of this: a <c>[WeftTest]</c> method may be <c>public static async Task</c>.
/// Inside the body, <c>await</c> continuations, <see cref="WeftTask"/>, <see cref="WeftSemaphore"/> and
/// <see cref="WeftChannel"/> are controlled (see the README, "Testing async code").
/// </summary>
public static class WeftAsync
{
    /// <summary>A test body that runs <paramref name="body"/> as an async test and waits for its task.</summary>
    public static Action Test(Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return () => AsyncTestHost.Run(body);
    }
}
