namespace NtSim.Debugger.Engine;

/// <summary>
/// One debugger command (or a family of spellings: <c>k</c>, <c>kb</c>, <c>kn</c>, <c>kp</c>). A command
/// class is found by reflection (every concrete subclass in this assembly, with a parameterless
/// constructor), so adding a command is adding a file.
/// </summary>
internal abstract class KdCommand
{
    /// <summary>The spellings that run this command, as typed: <c>lm</c>, <c>!drvobj</c>, <c>.bugcheck</c>.
    /// An extension command (<c>!wdfkd.wdfdevice</c>) may also be typed without its extension's name.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>One line for <c>.help</c>: the syntax and what it shows.</summary>
    public abstract string Help { get; }

    /// <summary>Runs the command: <paramref name="name"/> is the spelling typed (lower case), <paramref name="arguments"/>
    /// <summary>True for a command that reads a crash dump as well as a live machine (through <c>context.Target</c>'s
    /// snapshot and memory, never <c>context.Machine</c>); the others need the live machine.</summary>
    public virtual bool ReadsDumps => false;

    /// the rest of the command, trimmed. Bad arguments print WinDbg's error (<see cref="KdContext.Error"/>).</summary>
    public abstract void Run(KdContext context, string name, string arguments);
}
