using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary>
/// <c>r [name]</c>: what applies of the registers: the current processor's IRQL and the current thread and
/// process (WinDbg's <c>$thread</c> and <c>$proc</c> pseudo-registers). A simulated processor has no x64
/// general registers, so none is printed; asking for one is WinDbg's "Bad register error".
/// </summary>
internal sealed class RegistersCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["r"];

    public override string Help => "r [irql|$thread|$proc]  the IRQL, the current thread and process";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var registers = KdRegisters.All(context);
        if (registers.Count == 0)
        {
            return;
        }

        if (arguments.Length == 0)
        {
            context.Line(string.Join(" ", registers.Select(r => $"{r.Name}={r.Text}")));
            return;
        }

        foreach (var word in KdCommandLine.Words(arguments))
        {
            var wanted = word.TrimStart('@');
            if (registers.FirstOrDefault(r => string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase)) is { Name.Length: > 0 } register)
            {
                context.Line($"{register.Name}={register.Text}");
            }
            else
            {
                context.Error($"Bad register error at '{word}'");
                return;
            }
        }
    }
}
