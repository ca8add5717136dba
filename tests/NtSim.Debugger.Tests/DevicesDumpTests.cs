using System.Globalization;
using NtSim.Debugger.Dump;

namespace NtSim.Debugger.Tests;

/// <summary>The device commands on a crash dump: every command and flag DevicesTests uses prints the same text on the
/// kernel dump as on the machine stopped at the bug check that wrote it (Zero and Simple started, then a driver that
/// touches paged pool at DISPATCH_LEVEL: 0xD1); a small dump keeps no device state and the commands say so.</summary>
public sealed class DevicesDumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-devdump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The crashed rig, and its dump opened; the caller disposes the rig.
    private (DevicesRig Rig, KernelDebugger Dump) Crash(CrashDumpType type = CrashDumpType.Kernel)
    {
        var path = Path.Combine(_folder, "MEMORY.DMP");
        var rig = new DevicesRig(path, type);
        CrashRig.CrashIn<PagedAtDispatchDriver>(rig.Machine, "Crash");
        Assert.Equal(path, rig.Machine.CrashDumps.LastDump);
        return (rig, KernelDebugger.OpenDump(path));
    }

    [Theory]
    [InlineData("!drvobj Zero", "drvobj_zero")]
    [InlineData("!drvobj Zero 2", "drvobj_zero_2")]
    [InlineData(@"!drvobj \Driver\Simple 7", "drvobj_simple_7")]
    [InlineData(@"!devobj \Device\Zero", "devobj_zero")]
    [InlineData("!devstack Zero", "devstack_zero")]
    [InlineData("!devnode 0 1", "devnode_tree")]
    [InlineData("!devnode 0 1 simple", "devnode_service")]
    [InlineData(@"!object \Device", "object_device")]
    [InlineData(@"!object \GLOBAL??\Zero", "object_link")]
    [InlineData(@"!object \??\Zero", null)]
    [InlineData(@"!object \", null)]   // the crash added \Driver\Crash and its references: not the live rig's text
    public void KernelDump_ReadsAsTheCrashedMachine(string command, string? unchangedByTheCrash)
    {
        var (rig, dump) = Crash();
        using (rig)
        {
            var live = rig.Kd.Execute(command);

            Assert.Equal(live, dump.Execute(command));
            if (unchangedByTheCrash is not null)
            {
                // What the crash did not touch reads as DevicesTests' expected output: the dump's text is the real layout, not an error.
                ExpectedText.Matches("Devices/" + unchangedByTheCrash, dump.Execute(command));
            }
        }
    }

    [Theory]
    [InlineData("!devstack {fdo}")]
    [InlineData("!devobj {fdo}")]
    [InlineData("!drvobj {zero-driver} 7")]
    [InlineData("!devobj {zero-device}")]
    [InlineData("!object {zero-device}")]
    public void KernelDump_ByAddress_ReadsAsTheCrashedMachine(string template)
    {
        var (rig, dump) = Crash();
        using (rig)
        {
            var command = template
                .Replace("{fdo}", Hex(rig.SimpleFdo.ObjectAddress), StringComparison.Ordinal)
                .Replace("{zero-driver}", rig.Kd.Execute("!drvobj Zero").Split('(', ')')[1], StringComparison.Ordinal)
                .Replace("{zero-device}", Hex(rig.Zero.DeviceObject!.ObjectAddress), StringComparison.Ordinal);
            var live = rig.Kd.Execute(command);

            // The address names the object: the layout, not an error line.
            Assert.DoesNotContain("Could not find", live, StringComparison.Ordinal);
            Assert.DoesNotContain("Not a valid object", live, StringComparison.Ordinal);
            Assert.Equal(live, dump.Execute(command));
        }
    }

    [Theory]
    [InlineData("!drvobj")]
    [InlineData("!drvobj NoSuch")]
    [InlineData("!drvobj Zero zz")]
    [InlineData(@"!drvobj \Device\Zero")]
    [InlineData("!devobj NoSuch")]
    [InlineData("!devobj")]
    [InlineData("!devstack 1234")]
    [InlineData("!devnode 2")]
    [InlineData(@"!object \NoSuch")]
    [InlineData("!object 1234")]
    [InlineData("!object")]
    public void KernelDump_BadArguments_SameErrorAsLive(string command)
    {
        var (rig, dump) = Crash();
        using (rig)
        {
            Assert.Equal(rig.Kd.Execute(command), dump.Execute(command));
        }
    }

    [Theory]
    [InlineData("!drvobj Zero")]
    [InlineData(@"!devobj \Device\Zero")]
    [InlineData("!devstack Zero")]
    [InlineData("!devnode 0 1")]
    [InlineData(@"!object \Device")]
    public void SmallDump_HasNoDeviceSections_AndTheCommandsSaySo(string command)
    {
        var (rig, dump) = Crash(CrashDumpType.Small);
        using (rig)
        {
            var name = command.Split(' ')[0];
            Assert.Equal($"{name}: not in this dump (a small dump keeps no driver, device or object manager state; a kernel dump does)\n",
                dump.Execute(command));
            Assert.Empty(CrashDumpFile.Read(rig.Machine.CrashDumps.LastDump!).Sections.Keys.Intersect(["drivers", "devices", "devnodes", "namespace"]));
        }
    }

    [Theory]
    [InlineData(@"\device\ZERO", @"\Device\Zero")]
    [InlineData(@"\??\Zero", @"\GLOBAL??\Zero")]
    [InlineData(@"\DosDevices\Zero", @"\GLOBAL??\Zero")]
    [InlineData(@"\Device\Zero\file", @"\Device\Zero")]
    [InlineData(@"\GLOBAL??\Zero\file", @"\Device\Zero")]
    [InlineData(@"\NoSuch", null)]
    [InlineData(@"\Device\", null)]
    [InlineData(@"\Device\NoSuch\x", null)]
    [InlineData(@"\GLOBAL??\Zero\", @"\Device\Zero")]   // the device ends the walk: its parse takes the "\" beyond it
    public void NamespaceView_LooksUpAsTheObjectManager(string path, string? sameAs)
    {
        // Case ignored (ObCaseInsensitive), \?? as \GLOBAL??, a last link kept, links followed mid-path, a device ending the walk.
        using var rig = new DevicesRig();
        var device = "Object: " + Hex(rig.Zero.DeviceObject!.ObjectAddress);
        Assert.StartsWith(device, rig.Kd.Execute(@"!object \Device\Zero"), StringComparison.Ordinal);

        Assert.Equal(sameAs is null ? $"Object {path} not found\n" : rig.Kd.Execute("!object " + sameAs), rig.Kd.Execute("!object " + path));
    }

    private static string Hex(ulong address) => address.ToString("x16", CultureInfo.InvariantCulture);
}
