using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Plain.AsyncCounter;

/// <summary>
/// An account whose deposits await between reading and writing the balance (standing for an awaited I/O call), and
/// log each deposit to a ledger channel. Unguarded, two deposits can both read the old balance before either writes:
/// a lost update across <c>await</c>. Guarded, a <see cref="SemaphoreSlim"/> (an async lock) holds each deposit's
/// read-await-write together; released right after the read (a misuse), it guards nothing that matters.
/// </summary>
public sealed class Account
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Channel<int> _ledger = Channel.CreateUnbounded<int>();
    private int _balance;

    public int Balance => _balance;

    public async Task DepositUnguardedAsync(int amount)
    {
        int read = _balance;
        await Task.Delay(1);
        _balance = read + amount;
        await _ledger.Writer.WriteAsync(amount);
    }

    public async Task DepositGuardedAsync(int amount)
    {
        await _gate.WaitAsync();
        try
        {
            int read = _balance;
            await Task.Delay(1);
            _balance = read + amount;
        }
        finally
        {
            _gate.Release();
        }
        await _ledger.Writer.WriteAsync(amount);
    }

    public async Task DepositReleasingAfterReadAsync(int amount)
    {
        await _gate.WaitAsync();
        int read;
        try
        {
            read = _balance;
        }
        finally
        {
            _gate.Release();
        }
        await Task.Delay(1);
        _balance = read + amount;
        await _ledger.Writer.WriteAsync(amount);
    }

    /// <summary>The sum of the deposits logged so far.</summary>
    public int LedgerTotal()
    {
        int total = 0;
        while (_ledger.Reader.TryRead(out int amount)) total += amount;
        return total;
    }
}
