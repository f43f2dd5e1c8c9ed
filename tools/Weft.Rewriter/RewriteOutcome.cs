namespace Weft.Rewriter;

/// <summary>The result of rewriting one assembly: where it was written, whether it was already rewritten, and what changed.</summary>
public sealed record RewriteOutcome(string Input, string Output, bool AlreadyRewritten, RewriteTally Tally);
