using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft.Atomics;

namespace Weft.Tests;

/// <summary>
/// A monitor that fails at the end of every iteration, so that every iteration produces a bug report carrying its
/// full schedule: the way these tests observe which schedules a strategy explored.
/// </summary>
internal sealed class RecordEveryIteration : PropertyMonitor
{
    public override void OnEvent(object e) { }

    public override void OnIterationEnd() => Fail("end of iteration");
}
