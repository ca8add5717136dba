using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>
/// <c>k</c>, <c>kb</c>, <c>kn</c>, <c>kp</c> <c>[count]</c>: the current thread's stack, innermost frame first
/// (<see cref="KdStack"/>). WinDbg's Child-SP, RetAddr and "Args to Child" columns are left out (a simulated
/// frame has no stack pointer, return address or register arguments), so kb and kp print what k prints;
/// kn numbers the frames as WinDbg does.
/// </summary>
internal sealed class StackCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["k", "kb", "kn", "kp"];

    public override string Help => "k, kb, kn, kp [count]   the current thread's stack (driver frames with file and line)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var count = int.MaxValue;
        if (arguments.Length > 0)
        {
            if (context.Evaluate(arguments) is not { } value)
            {
                return;
            }

            count = (int)Math.Min(value, int.MaxValue);
        }

        if (KdThreads.Current(context) is { } thread)
        {
            Print(context, thread, numbered: name == "kn", count);
        }
    }

    /// <summary>Prints <paramref name="thread"/>'s frames under the Call Site header (also !thread's stack).</summary>
    internal static void Print(KdContext context, KdThreadView thread, bool numbered, int count = int.MaxValue)
    {
        context.Line(numbered ? " # Call Site" : "Call Site");
        var frames = thread.Frames;
        for (var i = 0; i < frames.Count && i < count; i++)
        {
            context.Line(numbered ? $"{i.ToString("x2", CultureInfo.InvariantCulture)} {frames[i]}" : frames[i].ToString());
        }
    }
}
