using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft.Atomics;

namespace Weft.Tests;

/// <summary>Source positions, so tests can state the exact location the engine must report.</summary>
internal static class CallerPosition
{
    /// <summary>The line of the call: put it on the same line as the operation whose location is asserted.</summary>
    public static int Line([CallerLineNumber] int line = 0) => line;

    /// <summary>The file name of the caller, as the engine prints it in locations.</summary>
    public static string File([CallerFilePath] string file = "") => Path.GetFileName(file);

    /// <summary>file:line as the engine prints a location.</summary>
    public static string At(int line, [CallerFilePath] string file = "") =>
        Path.GetFileName(file) + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
