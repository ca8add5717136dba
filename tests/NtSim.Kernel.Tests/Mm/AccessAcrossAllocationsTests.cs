using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Mm;

/// <summary>A virtual range that is valid page by page is one range, whatever backs its pages:
/// user allocations that happen to lie next to each other, the 16 MiB pieces of a big allocation,
/// and a system-space mapping of user pages that come from both.</summary>
public sealed class AccessAcrossAllocationsTests
{
    private const ulong Allocation = 0x10000;

    [Theory]
    [InlineData(ExecutionMode.Deterministic)]
    [InlineData(ExecutionMode.Concurrent)]
    public void AsSpan_RangeOverTwoAdjacentAllocations_ReadsAndWritesBoth(ExecutionMode mode)
    {
        using var machine = Boot(mode: mode);
        var (app, a) = Adjacent(machine, 2);
        var pattern = Pattern(32, 1);
        app.AddressSpace.Write(a.Address + Allocation - 16, pattern);
        byte[] read = [];
        InProcess(machine, app, () =>
        {
            read = (a + Allocation - 16).AsReadOnlySpan(32).ToArray();
            "written over the seam"u8.CopyTo((a + Allocation - 8).AsSpan(21));
        });

        Assert.Equal(pattern, read);
        Assert.Equal("written over the seam"u8.ToArray(), app.AddressSpace.Read(a.Address + Allocation - 8, 21));
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AsSpan_ThreeAdjacentAllocations_EitherSeamFirst_KeepsEveryByte(bool secondSeamFirst)
    {
        using var machine = Boot();
        var (app, a) = Adjacent(machine, 3);
        var whole = Pattern((int)(3 * Allocation), 3);
        app.AddressSpace.Write(a.Address, whole);
        byte[] all = [];
        InProcess(machine, app, () =>
        {
            var first = secondSeamFirst ? (2 * Allocation) - 4 : Allocation - 4;
            var second = secondSeamFirst ? Allocation - 4 : (2 * Allocation) - 4;
            (a + first).AsSpan(8).Fill(0xEE);
            (a + second).AsSpan(8).Fill(0xDD);
            all = a.AsReadOnlySpan((int)(3 * Allocation)).ToArray();
        });

        var expected = (byte[])whole.Clone();
        expected.AsSpan((int)(secondSeamFirst ? (2 * Allocation) - 4 : Allocation - 4), 8).Fill(0xEE);
        expected.AsSpan((int)(secondSeamFirst ? Allocation - 4 : (2 * Allocation) - 4), 8).Fill(0xDD);
        Assert.Equal(expected, all);
        Assert.Equal(expected, app.AddressSpace.Read(a.Address, (int)(3 * Allocation)));
    }

    [Fact]
    public void AsSpan_NeighbourFreedAndAllocatedAgain_TheNewSeamIsOneRangeToo()
    {
        using var machine = Boot();
        var (app, a) = Adjacent(machine, 2);
        InProcess(machine, app, () => (a + Allocation - 4).AsSpan(8).Fill(0x11));
        Assert.True(app.AddressSpace.Free(a + Allocation));
        var again = app.AddressSpace.Allocate(Allocation, PAGE_READWRITE);
        Assert.Equal(a + Allocation, again);
        byte[] read = [];
        InProcess(machine, app, () =>
        {
            (a + Allocation - 2).AsSpan(4).Fill(0x22);
            read = (a + Allocation - 4).AsReadOnlySpan(8).ToArray();
        });

        Assert.Equal(new byte[] { 0x11, 0x11, 0x22, 0x22, 0x22, 0x22, 0, 0 }, read);
    }

    [Fact]
    public void AsSpan_OverThe16MiBPieceBoundaryOfOneBigAllocation_IsOneRange()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        var big = app.AddressSpace.Allocate(17 << 20, PAGE_READWRITE);
        var seam = big + (16UL << 20);
        app.AddressSpace.Write(seam.Address - 3, "abcdef"u8);
        string read = "";
        InProcess(machine, app, () => read = System.Text.Encoding.ASCII.GetString((seam - 3).AsReadOnlySpan(6)));
        Assert.Equal("abcdef", read);
    }

    [Fact]
    public void SystemAddressForMdl_OverTwoAdjacentAllocations_IsTheSameMemoryAsTheUserPages()
    {
        using var machine = Boot();
        var (app, a) = Adjacent(machine, 2);
        var user = a + Allocation - 0x10;
        app.AddressSpace.Write(user.Address, "from the app, 32 bytes of data!!"u8);
        string seenByDriver = "", seenAfterAppWrote = "";
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var inApp);
            var mdl = IoAllocateMdl(user, 32, false, false, null)!;
            MmProbeAndLockPages(mdl, UserMode, IoModifyAccess);
            KeUnstackDetachProcess(ref inApp);

            var system = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
            seenByDriver = System.Text.Encoding.ASCII.GetString(system.AsReadOnlySpan(32));
            "the driver wrote over the seam.."u8.CopyTo(system.AsSpan(32));
            app.AddressSpace.Write(user.Address + 8, "APP"u8);
            seenAfterAppWrote = System.Text.Encoding.ASCII.GetString(system.AsReadOnlySpan(32));

            MmUnlockPages(mdl);
            IoFreeMdl(mdl);
        }));

        Assert.Equal("from the app, 32 bytes of data!!", seenByDriver);
        var expected = "the drivAPPwrote over the seam..";
        Assert.Equal(expected, seenAfterAppWrote);
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(app.AddressSpace.Read(user.Address, 32)));
        Assert.Null(machine.BugCheck);
    }

    /// <summary>A process with <paramref name="count"/> 64 KiB allocations next to each other; returns the first.</summary>
    private static (EPROCESS App, PVOID First) Adjacent(Machine machine, int count)
    {
        var app = EPROCESS.CreateUser(machine, "app.exe");
        var first = app.AddressSpace.Allocate(Allocation, PAGE_READWRITE);
        for (var i = 1; i < count; i++)
        {
            Assert.Equal(first + ((ulong)i * Allocation), app.AddressSpace.Allocate(Allocation, PAGE_READWRITE));
        }

        return (app, first);
    }

    private static void InProcess(Machine machine, EPROCESS app, Action action) => Completed(machine, machine.Run(() =>
    {
        KeStackAttachProcess(app, out var state);
        action();
        KeUnstackDetachProcess(ref state);
    }));

    private static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
