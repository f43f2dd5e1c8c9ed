using System;
using System.IO;
using System.Linq;
using Weft.Scenarios;
using Xunit;

namespace Weft.Tests;

internal static class TestPaths
{
    public static readonly string ScheduleDir = Path.Combine(Path.GetTempPath(), "weft-tests", "schedules");
}
