using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading.Async;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="Task.Run(Action)"/> (its four overloads without a cancellation token) and
/// <see cref="Task.Delay(int)"/> (its four overloads with an int or TimeSpan and an optional token) for rewritten
/// code: each forwards to <see cref="WeftTask"/>, which inside an async Weft test starts the body as a new logical task
/// or starts a modelled timer, and outside a test is the BCL's own.
/// </summary>
[ControlledEquivalentOf("System.Threading.Tasks.Task")]
public static class ControlledTask
{
    public static Task Run(Action action, string? file, int line) => WeftTask.Run(action, file ?? "", line);

    public static Task<TResult> Run<TResult>(Func<TResult> function, string? file, int line) => WeftTask.Run(function, file ?? "", line);

    public static Task Run(Func<Task> function, string? file, int line) => WeftTask.Run(function, file ?? "", line);

    public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, string? file, int line) => WeftTask.Run(function, file ?? "", line);

    public static Task Delay(int millisecondsDelay, string? file, int line) => WeftTask.Delay(millisecondsDelay, file ?? "", line);

    public static Task Delay(TimeSpan delay, string? file, int line) => WeftTask.Delay(delay, file ?? "", line);

    public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken, string? file, int line) =>
        WeftTask.Delay(millisecondsDelay, cancellationToken, file ?? "", line);

    public static Task Delay(TimeSpan delay, CancellationToken cancellationToken, string? file, int line) =>
        WeftTask.Delay(delay, cancellationToken, file ?? "", line);
}
