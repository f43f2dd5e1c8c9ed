namespace Weft.Engine;

internal enum ThreadStatus : byte { Enabled, Blocked, Completed }
