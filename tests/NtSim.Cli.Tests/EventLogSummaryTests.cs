using NtSim.Cli.Demo;
using static NtSim.Wdm;

namespace NtSim.Cli.Tests;

/// <summary>The demo's summary prints the System event log and the hard errors when a driver wrote any.</summary>
public sealed class EventLogSummaryTests
{
    [Fact]
    public void PrintEventLog_ListsTheEntriesAndHardErrors_AndNothingWhenEmpty()
    {
        using var machine = Machine.Boot(new MachineOptions());
        var output = new StringWriter();
        var session = new SampleSession(machine, output);
        session.PrintEventLog();
        Assert.Equal("", output.ToString());

        machine.Services.Install<LoggingDriver>("Logger");
        Assert.Equal(RunStatus.Completed, machine.Services.Start("Logger"));
        session.PrintEventLog();

        Assert.Equal(
            "  system event log: 1 entry, 1 hard error(s):\n"
            + "    #1 Error Logger event 9 (0xC0040009) on (driver), final status 0xC00000B5, unique value 0x7, dump [0000002A]\n"
            + "    hard error: System Process - System Error: 0xC000007F (D:\\full)\n",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public sealed class LoggingDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            var packet = (IO_ERROR_LOG_PACKET)IoAllocateErrorLogEntry(DriverObject, IO_ERROR_LOG_PACKET.Size);
            packet.ErrorCode = IO_ERR_TIMEOUT;
            packet.FinalStatus = STATUS_IO_TIMEOUT;
            packet.UniqueErrorValue = 7;
            packet.DumpDataSize = 4;
            packet.DumpData[0] = 42;
            IoWriteErrorLogEntry(packet);
            IoRaiseInformationalHardError(STATUS_DISK_FULL, new UNICODE_STRING(@"D:\full"), null);
            return STATUS_SUCCESS;
        }
    }
}
