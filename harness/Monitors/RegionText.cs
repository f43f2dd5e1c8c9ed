using System.Globalization;

namespace Weft.Monitors;

/// <summary>How the region monitors print cells and code locations.</summary>
public static class RegionText
{
    /// <summary>"3.2": cell 2 allocated in region 3 (a cell keeps its id when it moves by a merge).</summary>
    public static string Cell(long id) => string.Create(CultureInfo.InvariantCulture, $"{id >> 32}.{(int)id}");

    /// <summary>"File.cs:12".</summary>
    public static string At(string file, int line) => string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(file)}:{line}");
}
