namespace Plain.BankTransfer;

/// <summary>
/// Transfers between accounts, each holding both accounts' locks. <see cref="TransferSourceFirst"/> locks the source,
/// then the destination: two opposite transfers can each hold one lock and wait forever for the other (a lock-order
/// deadlock). <see cref="TransferInIdOrder"/> locks the account with the smaller id first, so every thread takes the
/// locks in one global order and no cycle can form.
/// </summary>
public static class Bank
{
    public static void TransferSourceFirst(Account from, Account to, int amount)
    {
        lock (from.Sync)
        {
            lock (to.Sync)
            {
                from.Withdraw(amount);
                to.Deposit(amount);
            }
        }
    }

    public static void TransferInIdOrder(Account from, Account to, int amount)
    {
        var (first, second) = from.Id < to.Id ? (from, to) : (to, from);
        lock (first.Sync)
        {
            lock (second.Sync)
            {
                from.Withdraw(amount);
                to.Deposit(amount);
            }
        }
    }
}
