using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary>The registers NtSim has: <c>irql</c>, <c>$thread</c>, <c>$proc</c>; also reachable in expressions as
/// <c>@irql</c>, <c>@$thread</c>, <c>$thread</c>, <c>@$proc</c>, <c>$proc</c>.</summary>
internal static class KdRegisters
{
    /// <summary>The registers with their values and text (<c>irql=2</c>), from the target's views; empty (with the error
    /// printed) when the target does not hold the current processor or thread.</summary>
    internal static IReadOnlyList<(string Name, ulong Value, string Text)> All(KdContext context)
    {
        if (KdThreads.CurrentProcessor(context) is not { } processor || KdThreads.Current(context) is not { } thread)
        {
            return [];
        }

        var irql = (ulong)processor.Irql;
        return
        [
            ("irql", irql, irql.ToString("x", System.Globalization.CultureInfo.InvariantCulture)),
            ("$thread", thread.Address, KdFormat.Pointer(thread.Address)),
            ("$proc", thread.Process.Address, KdFormat.Pointer(thread.Process.Address)),
        ];
    }
}

/// <summary>Resolves <c>@irql</c>, <c>@$thread</c> and <c>@$proc</c> (the @ optional for the pseudo-registers) in expressions.</summary>
internal sealed class RegisterSymbols : KdSymbolSource
{
    public override bool TryResolve(KdContext context, string name, out ulong value)
    {
        var wanted = name.StartsWith('@') ? name[1..] : name;
        if (!name.StartsWith('@') && !wanted.StartsWith('$'))
        {
            value = 0;
            return false;
        }

        foreach (var (registerName, registerValue, _) in KdRegisters.All(context))
        {
            if (string.Equals(registerName, wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = registerValue;
                return true;
            }
        }

        value = 0;
        return false;
    }
}
