namespace Weft.Cli.Fuzzing;

/// <summary>How a reader answered one fuzz case.</summary>
internal enum FuzzOutcome
{
    /// <summary>The input was read (a mutation can leave it valid).</summary>
    Read,
    /// <summary>Refused with an input error: exit 1 and a one-line message, as it should be.</summary>
    InputError,
    /// <summary>Any other exception: the CLI would exit 3 with a stack trace.</summary>
    Internal,
    /// <summary>No answer within the timeout.</summary>
    Hang,
    /// <summary>The process died reading it (a stack overflow, an abort).</summary>
    Crash,
}
