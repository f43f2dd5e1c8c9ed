namespace Weft.Reporting;

/// <summary>Something the report cannot vouch for, stated plainly.</summary>
public sealed record Gap(string Kind, string Subject, string Detail);
