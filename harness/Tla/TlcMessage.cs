namespace Weft.Tla;

/// <summary>One framed message of TLC's <c>-tool</c> output: <c>@!@!@STARTMSG code:severity @!@!@</c> ... <c>@!@!@ENDMSG code @!@!@</c>.</summary>
/// <param name="Code">TLC's message code (tlc2.output.EC), e.g. 2110 for an invariant violation.</param>
/// <param name="Severity">0 none, 1 error, 2 TLC bug, 3 warning, 4 state.</param>
/// <param name="Text">The lines between the markers, joined with '\n'.</param>
/// <param name="Line">The line of the STARTMSG marker.</param>
public sealed record TlcMessage(int Code, int Severity, string Text, int Line);
