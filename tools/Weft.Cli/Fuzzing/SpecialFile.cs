namespace Weft.Cli.Fuzzing;

/// <summary>The special files a fuzzed input can be instead of a regular file.</summary>
internal enum SpecialFile
{
    NamedPipe,
    DevZero,
    DevNull,
    Folder,
    LinkLoop,
    Missing,
    ProcFile,
}
