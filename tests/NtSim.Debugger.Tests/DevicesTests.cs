using System.Globalization;

namespace NtSim.Debugger.Tests;

/// <summary>!drvobj, !devobj, !devstack, !devnode and !object on a machine with Zero (legacy) and Simple (PnP).</summary>
public sealed class DevicesTests
{
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
    [InlineData(@"!object \", "object_root")]
    public void Command_PrintsWinDbgsLayout(string command, string expected)
    {
        using var rig = new DevicesRig();

        ExpectedText.Matches("Devices/" + expected, rig.Kd.Execute(command));
    }

    [Fact]
    public void SimpleStack_FdoOverRootPdo_MarkedWhereAsked()
    {
        using var rig = new DevicesRig();
        var fdo = rig.SimpleFdo.ObjectAddress.ToString("x16", CultureInfo.InvariantCulture);

        ExpectedText.Matches("Devices/devstack_simple", rig.Kd.Execute("!devstack " + fdo));
        ExpectedText.Matches("Devices/devobj_simple", rig.Kd.Execute("!devobj " + fdo));
    }

    [Fact]
    public void ByAddress_SameAsByName()
    {
        using var rig = new DevicesRig();
        var driver = rig.Kd.Execute("!drvobj Zero").Split('(', ')')[1];
        var device = rig.Zero.DeviceObject!.ObjectAddress.ToString("x16", CultureInfo.InvariantCulture);

        Assert.Equal(rig.Kd.Execute("!drvobj Zero 7"), rig.Kd.Execute($"!drvobj {driver} 7"));
        Assert.Equal(rig.Kd.Execute(@"!devobj \Device\Zero"), rig.Kd.Execute("!devobj " + device));
        Assert.Equal(rig.Kd.Execute(@"!object \Device\Zero"), rig.Kd.Execute("!object " + device));
    }

    [Theory]
    [InlineData("!drvobj", "Usage: !drvobj <name|address> [flags]\n")]
    [InlineData("!drvobj NoSuch", "Could not find driver object NoSuch\n")]
    [InlineData("!drvobj Zero zz", "Couldn't resolve error at 'zz'\n")]
    [InlineData(@"!drvobj \Device\Zero", @"Could not find driver object \Device\Zero" + "\n")]
    [InlineData("!devobj NoSuch", "Could not find device object NoSuch\n")]
    [InlineData("!devobj", "Usage: !devobj <name|address>\n")]
    [InlineData("!devstack 1234", "Could not find device object 1234\n")]
    [InlineData("!devnode 2", "Usage: !devnode 0 1 [service]\n")]
    [InlineData(@"!object \NoSuch", @"Object \NoSuch not found" + "\n")]
    [InlineData("!object 1234", "Not a valid object (ObjectType invalid) at '1234'\n")]
    [InlineData("!object", "Usage: !object <path|address>\n")]
    public void BadArguments_OneLineNamingWhat(string command, string expected)
    {
        using var rig = new DevicesRig();

        Assert.Equal(expected, rig.Kd.Execute(command));
    }
}
