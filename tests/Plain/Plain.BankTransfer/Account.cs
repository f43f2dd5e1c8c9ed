using System;

namespace Plain.BankTransfer;

/// <summary>A bank account whose balance is guarded by its own lock object.</summary>
public sealed class Account
{
    public Account(int id, int balance)
    {
        Id = id;
        Balance = balance;
    }

    public int Id { get; }

    public int Balance { get; private set; }

    /// <summary>The object transfers lock to change this account.</summary>
    internal object Sync { get; } = new();

    internal void Withdraw(int amount)
    {
        if (amount > Balance) throw new InvalidOperationException($"account {Id}: insufficient funds");
        Balance -= amount;
    }

    internal void Deposit(int amount) => Balance += amount;
}
