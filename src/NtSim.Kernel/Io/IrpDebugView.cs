using System.Diagnostics;

namespace NtSim;

/// <summary>What a .NET debugger shows for an IRP (as WinDbg's !irp lays it out): its address,
/// status, where it is, and its stack locations with the current one marked. It reads fields only:
/// no lock, so it never blocks a stopped machine.</summary>
internal sealed class IrpDebugView
{
    private readonly IRP _irp;

    public IrpDebugView(IRP irp)
    {
        _irp = irp;
    }

    public string Address => "0x" + _irp.Address.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);

    public NTSTATUS Status => _irp.IoStatus.Status;

    public ulong Information => _irp.IoStatus.Information;

    public string Location => $"{_irp.CurrentLocation} of {_irp.StackCount}";

    public bool Cancel => _irp.Cancel;

    public bool PendingReturned => _irp.PendingReturned;

    public MDL? MdlAddress => _irp.MdlAddress;

    /// <summary>Stack locations from the bottom (1) up; "&gt;" marks the current one.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public KeyValuePair<string, IO_STACK_LOCATION>[] StackLocations
    {
        get
        {
            var locations = new KeyValuePair<string, IO_STACK_LOCATION>[_irp.StackCount];
            for (var i = 1; i <= _irp.StackCount; i++)
            {
                var mark = i == _irp.CurrentLocation ? ">" : " ";
                locations[i - 1] = new($"{mark}[{i}]", _irp.Location(i));
            }

            return locations;
        }
    }
}
