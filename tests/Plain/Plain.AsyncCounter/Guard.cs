namespace Plain.AsyncCounter;

/// <summary>How a deposit uses the account's semaphore.</summary>
public enum Guard
{
    /// <summary>Not at all.</summary>
    None,

    /// <summary>Released after reading the balance, before the await and the write.</summary>
    ReleasedAfterRead,

    /// <summary>Held across the read, the await and the write.</summary>
    WholeDeposit,
}
