using System.Threading;

namespace Plain.BankTransfer;

/// <summary>Two threads transferring between the same two accounts in opposite directions.</summary>
public static class OpposingTransfers
{
    /// <summary>Runs both transfers and returns the total balance afterwards (200 when no money was lost).</summary>
    public static int Run(bool lockInIdOrder)
    {
        var a = new Account(1, 100);
        var b = new Account(2, 100);
        var there = new Thread(() => Transfer(a, b, 10, lockInIdOrder));
        var back = new Thread(() => Transfer(b, a, 20, lockInIdOrder));
        there.Start();
        back.Start();
        there.Join();
        back.Join();
        return a.Balance + b.Balance;
    }

    private static void Transfer(Account from, Account to, int amount, bool lockInIdOrder)
    {
        if (lockInIdOrder) Bank.TransferInIdOrder(from, to, amount);
        else Bank.TransferSourceFirst(from, to, amount);
    }
}
