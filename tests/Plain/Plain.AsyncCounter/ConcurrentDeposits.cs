using System.Threading.Tasks;

namespace Plain.AsyncCounter;

/// <summary>Two deposits of 10 started with <see cref="Task.Run(System.Func{Task})"/> on one account.</summary>
public static class ConcurrentDeposits
{
    /// <summary>Returns the final balance and the ledger's total (equal when no update was lost).</summary>
    public static async Task<(int Balance, int Logged)> RunAsync(Guard guard)
    {
        var account = new Account();
        var first = Task.Run(() => Deposit(account, guard, 10));
        var second = Task.Run(() => Deposit(account, guard, 10));
        await Task.WhenAll(first, second);
        return (account.Balance, account.LedgerTotal());
    }

    private static Task Deposit(Account account, Guard guard, int amount) => guard switch
    {
        Guard.WholeDeposit => account.DepositGuardedAsync(amount),
        Guard.ReleasedAfterRead => account.DepositReleasingAfterReadAsync(amount),
        _ => account.DepositUnguardedAsync(amount),
    };
}
