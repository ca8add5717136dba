using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The security reference monitor's state of one machine: the primary token of each process. The
/// System process (and so every system thread) runs as SYSTEM; a user process runs as the account
/// <see cref="Machine.StartProcess(string, ProcessAccount, Func{string[], int}, string[])"/> chose, an
/// elevated administrator when it chose none.
/// </summary>
internal sealed class SecurityManager(Machine machine)
{
    private readonly ConditionalWeakTable<EPROCESS, ACCESS_TOKEN> _tokens = new();

    internal ACCESS_TOKEN SystemToken { get; } = AccessTokens.System();

    private ACCESS_TOKEN DefaultUserToken { get; } = AccessTokens.Administrator();

    internal void SetToken(EPROCESS process, ACCESS_TOKEN token) => _tokens.AddOrUpdate(process, token);

    /// <summary>PsReferencePrimaryToken without the reference: the process's token.</summary>
    internal ACCESS_TOKEN TokenOf(EPROCESS process) =>
        process == machine.SystemProcess ? SystemToken : _tokens.TryGetValue(process, out var token) ? token : DefaultUserToken;
}
