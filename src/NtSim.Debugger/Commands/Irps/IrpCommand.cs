using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Irps;

/// <summary><c>!irp address [detail]</c>: the IRP's header line, its stack locations from the top (the
/// current one marked '&gt;') with major and minor names, flags, control, device, file, completion routine
/// and context, and arguments; with a detail argument, the IRP's fields first. NtSim's own addition is
/// the IRP's history (the last moves of its life, which the I/O manager records on traced machines).</summary>
internal sealed class IrpCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!irp"];

    public override string Help => "!irp <address> [1]      an IRP: its stack locations (current one marked), arguments, completion routines, history";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count is 0 or > 2)
        {
            context.Error("Usage: !irp <address> [detail]");
            return;
        }

        if (context.Evaluate(words[0]) is not { } address)
        {
            return;
        }

        if (IrpFinder.InUse(context) is not { } irps)
        {
            return;
        }

        if (irps.FirstOrDefault(i => i.Address == address) is not { } irp)
        {
            // kdexts' words when the address holds no IRP (Type is not IO_TYPE_IRP); NtSim finds no IRP in use there.
            context.Error("IRP signature does not match, probably not an IRP");
            return;
        }

        var text = new IrpText(context, irp);
        text.Header();
        if (words.Count == 2)
        {
            text.Fields();
        }

        text.Stack();
        text.History();
    }
}
