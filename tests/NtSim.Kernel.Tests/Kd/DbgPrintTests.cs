using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

public sealed class DbgPrintTests
{
    [Theory]
    [InlineData("%d items", "42 items", 42)]
    [InlineData("%5d|", "   42|", 42)]
    [InlineData("%-5d|", "42   |", 42)]
    [InlineData("%05d", "-0042", -42)]
    [InlineData("%x", "ff", 255)]
    [InlineData("%08X", "000000FF", 255)]
    [InlineData("%#x", "0xff", 255)]
    [InlineData("%u", "4294967295", -1)]
    [InlineData("%I64x", "123456789", 0x123456789L)]
    [InlineData("%llu", "18446744073709551615", ulong.MaxValue)]
    [InlineData("%s!", "abc!", "abc")]
    [InlineData("%.2s", "ab", "abc")]
    [InlineData("%ws", "wide", "wide")]
    [InlineData("%c%c", "hi", 'h', 'i')]
    [InlineData("100%%", "100%")]
    public void Printf_Formats_LikeTheCRuntime(string format, string expected, params object[] args)
    {
        Assert.Equal(expected, Printf.Format(format, args));
    }

    [Fact]
    public void Printf_Status_PrintsHexCode()
    {
        Assert.Equal("status 0xC0000005", Printf.Format("status 0x%08X", [STATUS_ACCESS_VIOLATION]));
        Assert.Equal("p=FFFFD00000001000", Printf.Format("p=%p", [0xFFFFD00000001000UL]));
    }

    [Fact]
    public void DbgPrint_DefaultFilter_RecordedButNotShown()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() => DbgPrint("hello %d\n", 7)));
        var message = Assert.Single(machine.DebugOutput.Messages);
        Assert.Equal("hello 7\n", message.Text);
        Assert.False(message.Shown);
        Assert.Empty(machine.DebugOutput.ShownText);
    }

    [Fact]
    public void DbgPrintEx_ErrorLevel_AlwaysShown()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "error\n");
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "info\n");
        }));
        Assert.Equal(["error\n"], machine.DebugOutput.ShownText);
    }

    [Fact]
    public void DbgSetDebugFilterState_EnablesLevel()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS before = STATUS_UNSUCCESSFUL, after = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            before = DbgQueryDebugFilterState(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL);
            DbgSetDebugFilterState(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL, true);
            after = DbgQueryDebugFilterState(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL);
            KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_TRACE_LEVEL, "trace %s\n", "on");
            KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_MASK | 0x10, "bit 4\n");
        }));
        Assert.Equal(STATUS_SUCCESS, before);
        Assert.Equal((NTSTATUS)1, after);
        Assert.Equal(["trace on\n"], machine.DebugOutput.ShownText);
    }

    [Fact]
    public void DbgPrint_ComponentMask_ShowsAndRecordsProcessorAndModule()
    {
        using var machine = MachineAssert.Boot();
        machine.DebugOutput.SetComponentMask(DPFLTR_DEFAULT_ID, 0xF);
        var seen = new List<DebugMessage>();
        machine.DebugOutput.Shown += seen.Add;
        MachineAssert.Completed(machine, machine.Run(() => DbgPrint("x=%d\n", 1)));
        var message = Assert.Single(seen);
        Assert.Equal("NtSim.Kernel.Tests", message.Module);
        Assert.InRange(message.Processor, 0, 1);
        Assert.StartsWith("[0.000000 P", message.ToString());
        Assert.EndsWith("] x=1", message.ToString());
    }
}
