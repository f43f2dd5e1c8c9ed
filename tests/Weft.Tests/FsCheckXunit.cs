using System;
using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Xunit;

namespace Weft.Tests;

/// <summary>Runs an FsCheck property inside an xunit test (FsCheck.Xunit is not available): a failed or exhausted
/// property fails the test with FsCheck's message, which includes the shrunk counterexample.</summary>
internal static class FsCheckXunit
{
    public static void Run(Property property, int maxTest = 100) =>
        Check.One(Config.Quick.WithMaxTest(maxTest).WithRunner(new ThrowingRunner()), property);

    private sealed class ThrowingRunner : IRunner
    {
        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, FsCheck.TestResult testResult)
        {
            if (!testResult.IsPassed) Assert.Fail(Runner.onFinishedToString(name, testResult));
        }
    }
}
