namespace NtSim;

/// <summary><c>machine.Wdf</c>: the framework loaded in a machine, seen from the host.</summary>
public static class WdfMachineExtensions
{
    extension(Machine machine)
    {
        /// <summary>The KMDF drivers of the machine, their devices and queues, and their in-flight
        /// recorders: what !wdfldr, !wdfdriverinfo, !wdfdevice, !wdfqueue and !wdflogdump show.</summary>
        public WdfHost Wdf => new(FxLibrary.Of(machine));
    }
}
