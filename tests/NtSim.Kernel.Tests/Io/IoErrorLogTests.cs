using System.Runtime.CompilerServices;
using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>IoAllocateErrorLogEntry, IoWriteErrorLogEntry and IoFreeErrorLogEntry: the packet's fields
/// reach machine.EventLog as written; sizes, misuse, IRQL and a packet left at unload.</summary>
public sealed class IoErrorLogTests
{
    [Fact]
    public void IoWriteErrorLogEntry_RecordsThePacket_InTheSystemEventLog()
    {
        using var machine = MachineAssert.Boot();
        var device = StartDriver(machine);
        var size = (byte)(IO_ERROR_LOG_PACKET.Size + 4 + 10);
        var poolBefore = machine.Pool.QueryTag("IoEr").Outstanding;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var packet = (IO_ERROR_LOG_PACKET)IoAllocateErrorLogEntry(device(), size);
            Assert.False(packet.IsNull);
            Assert.Equal(0u, packet.UniqueErrorValue);   // handed out zeroed
            packet.MajorFunctionCode = IRP_MJ_READ;
            packet.RetryCount = 2;
            packet.ErrorCode = IO_ERR_TIMEOUT;
            packet.UniqueErrorValue = 0x1234;
            packet.FinalStatus = STATUS_IO_TIMEOUT;
            packet.SequenceNumber = 7;
            packet.IoControlCode = 0x22_2003;
            packet.DeviceOffset = 0x4000;
            packet.EventCategory = 3;
            packet.DumpDataSize = 8;
            packet.DumpData[0] = 0xAABB;
            packet.DumpData[1] = 0xCCDD;
            packet.NumberOfStrings = 1;
            packet.StringOffset = IO_ERROR_LOG_PACKET.Size;
            Encoding.Unicode.GetBytes("COM1\0").CopyTo((packet.Memory + (long)IO_ERROR_LOG_PACKET.Size).AsSpan(10));
            IoWriteErrorLogEntry(packet);
        }));

        var entry = Assert.Single(machine.EventLog.Entries);
        Assert.Equal(1, entry.RecordNumber);
        Assert.Equal("ErrLog", entry.Source);
        Assert.Equal(@"\Device\ErrLog", entry.DeviceName);
        Assert.Equal(IRP_MJ_READ, entry.MajorFunctionCode);
        Assert.Equal(2, entry.RetryCount);
        Assert.Equal(IO_ERR_TIMEOUT, entry.ErrorCode);
        Assert.Equal(9, entry.EventId);
        Assert.Equal("Error", entry.Level);
        Assert.Equal(0x1234u, entry.UniqueErrorValue);
        Assert.Equal(STATUS_IO_TIMEOUT, entry.FinalStatus);
        Assert.Equal(7u, entry.SequenceNumber);
        Assert.Equal(0x22_2003u, entry.IoControlCode);
        Assert.Equal(0x4000, entry.DeviceOffset);
        Assert.Equal((ushort)3, entry.EventCategory);
        Assert.Equal([0xAABBu, 0xCCDDu], entry.DumpData);
        Assert.Equal(["COM1"], entry.Strings);
        Assert.Equal(entry, Assert.Single(machine.EventLog.From("errlog")));
        Assert.Contains(@"ErrLog event 9 (0xC0040009) on \Device\ErrLog", machine.EventLog.ToString());

        // Written, the packet is the I/O manager's again: its pool block is freed.
        Assert.Equal(poolBefore, machine.Pool.QueryTag("IoEr").Outstanding);
    }

    [Fact]
    public void IoAllocateErrorLogEntry_ForTheDriverObject_HasNoDevice_AndSizesOutsideThePacketLimitsGiveNull()
    {
        using var machine = MachineAssert.Boot();
        StartDriver(machine);
        var driver = machine.IoManager.Drivers.Single(d => d.Name == "ErrLog");
        PVOID tooBig = default, tooSmall = default, largest = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            tooBig = IoAllocateErrorLogEntry(driver, ERROR_LOG_MAXIMUM_SIZE + 1);
            tooSmall = IoAllocateErrorLogEntry(driver, IO_ERROR_LOG_PACKET.Size - 1);
            largest = IoAllocateErrorLogEntry(driver, ERROR_LOG_MAXIMUM_SIZE);
            var packet = (IO_ERROR_LOG_PACKET)largest;
            packet.ErrorCode = IO_ERR_DRIVER_ERROR;
            IoWriteErrorLogEntry(packet);
        }));

        Assert.Equal(240, ERROR_LOG_MAXIMUM_SIZE);
        Assert.True(tooBig.IsNull);
        Assert.True(tooSmall.IsNull);
        Assert.False(largest.IsNull);
        var entry = Assert.Single(machine.EventLog.Entries);
        Assert.Null(entry.DeviceName);
        Assert.Equal("ErrLog", entry.Source);
        Assert.Empty(entry.Strings);
        Assert.Empty(entry.DumpData);
    }

    [Fact]
    public void IoFreeErrorLogEntry_FreesWithoutLogging_AndASecondFreeIsAClearError()
    {
        using var machine = MachineAssert.Boot();
        var device = StartDriver(machine);
        var message = "";
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var packet = IoAllocateErrorLogEntry(device(), IO_ERROR_LOG_PACKET.Size);
            IoFreeErrorLogEntry(packet);
            try
            {
                IoWriteErrorLogEntry(packet);
            }
            catch (InvalidOperationException e)
            {
                message = e.Message;
            }
        }));

        Assert.Empty(machine.EventLog.Entries);
        Assert.Contains("IoWriteErrorLogEntry", message);
        Assert.Contains("written or freed already", message);
        Assert.Equal(0, machine.Pool.QueryTag("IoEr").Outstanding);
    }

    [Fact]
    public void IoAllocateErrorLogEntry_AboveDispatchLevel_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var device = StartDriver(machine);
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            IoAllocateErrorLogEntry(device(), IO_ERROR_LOG_PACKET.Size);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (<= DISPATCH_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }

    [Fact]
    public void IoAllocateErrorLogEntry_AtDispatchLevel_Works_AndAnInjectedFailureGivesNull()
    {
        using var machine = MachineAssert.Boot();
        var device = StartDriver(machine);
        machine.Ddis.FaultInjection = call => call.Ddi == "IoAllocateErrorLogEntry" && call.Irql == PASSIVE_LEVEL;
        PVOID failed = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            failed = IoAllocateErrorLogEntry(device(), IO_ERROR_LOG_PACKET.Size);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            var packet = (IO_ERROR_LOG_PACKET)IoAllocateErrorLogEntry(device(), IO_ERROR_LOG_PACKET.Size);
            packet.ErrorCode = IO_ERR_PARITY;
            IoWriteErrorLogEntry(packet);
            KeLowerIrql(old);
        }));

        Assert.True(failed.IsNull);
        Assert.Equal(IO_ERR_PARITY, Assert.Single(machine.EventLog.Entries).ErrorCode);
    }

    [Fact]
    public void Stop_WithAPacketNeitherWrittenNorFreed_ReportsItWithItsLine()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<PacketKeeper>("Keeper");
        MachineAssert.Completed(machine, machine.Services.Start("Keeper"));

        var report = machine.Services.Stop("Keeper");

        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains(@"error log entry of 64 bytes for \Device\Keeper", item.Description);
        Assert.Equal($"{nameof(IoErrorLogTests)}.cs:{PacketKeeper.AllocationLine}", item.Location);
        Assert.Null(machine.BugCheck);
    }

    /// <summary>Starts the ErrLog driver and returns a way to reach its device (looked up on the machine,
    /// so a test frame holds no driver object).</summary>
    private static Func<DEVICE_OBJECT> StartDriver(Machine machine)
    {
        machine.Services.Install<ErrLogDriver>("ErrLog");
        MachineAssert.Completed(machine, machine.Services.Start("ErrLog"));
        return () => machine.IoManager.Drivers.Single(d => d.Name == "ErrLog").DeviceObject!;
    }

    public sealed class ErrLogDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = d => IoDeleteDevice(d.DeviceObject!);
            return IoCreateDevice(DriverObject, 0, @"\Device\ErrLog", FILE_DEVICE_UNKNOWN, 0, false, out _);
        }
    }

    public sealed class PacketKeeper : IDriver
    {
        internal static int AllocationLine { get; private set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = d => IoDeleteDevice(d.DeviceObject!);
            var status = IoCreateDevice(DriverObject, 0, @"\Device\Keeper", FILE_DEVICE_UNKNOWN, 0, false, out var device);
            AllocationLine = Line(); var packet = IoAllocateErrorLogEntry(device!, 64);
            return packet.IsNull ? STATUS_INSUFFICIENT_RESOURCES : status;
        }

        private static int Line([CallerLineNumber] int line = 0) => line;
    }
}
