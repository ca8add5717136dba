using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>What the debugger keeps of a breakpoint beside the machine's table: the expression it was set with, whether
/// it is deferred (<c>bu</c>: resolved by name whenever its module loads), its condition (<c>bp /w</c>) and its command
/// string. Kept per machine, so every session on a machine sees the same breakpoints, as the kernel's table does.</summary>
internal sealed record KdBreakpointSpec(string Expression, bool Deferred, string? Condition, string? Command);

/// <summary>The <see cref="KdBreakpointSpec"/>s of a machine's breakpoints, by number.</summary>
internal static class KdBreakpointSpecs
{
    private static readonly ConditionalWeakTable<Machine, ConcurrentDictionary<int, KdBreakpointSpec>> s_specs = [];

    internal static ConcurrentDictionary<int, KdBreakpointSpec> Of(Machine machine) => s_specs.GetValue(machine, _ => new());

    /// <summary>The spec of breakpoint <paramref name="id"/>, or a plain one for a breakpoint set through the kernel's API.</summary>
    internal static KdBreakpointSpec For(Machine machine, Breakpoint breakpoint) =>
        Of(machine).TryGetValue(breakpoint.Id, out var spec) ? spec : new KdBreakpointSpec(breakpoint.Target.ToString(), false, null, null);
}
