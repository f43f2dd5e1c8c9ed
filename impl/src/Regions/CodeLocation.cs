using System.Globalization;

namespace Weft.Regions;

/// <summary>A place in the caller's code (from <c>[CallerFilePath]</c> and <c>[CallerLineNumber]</c>), printed "File.cs:12".</summary>
public readonly record struct CodeLocation(string File, int Line)
{
    public override string ToString() =>
        File.Length == 0 ? "an unknown location" : string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(File)}:{Line}");
}
