// The test samples/Toaster/README.md shows, as written there: it compiles against the public API.
using NtSim;
using NtSim.Testing;
using Xunit;
using Xunit.Abstractions;

public sealed class ToasterTests(ITestOutputHelper output)
{
    // Each package folder holds the INF and the driver assemblies it names (a .sys is its .dll).
    private static string Package(string inf) =>
        Path.Combine(AppContext.BaseDirectory, "toaster-packages", Path.GetFileNameWithoutExtension(inf), inf);

    [Fact]
    public void StaticBus_EnumeratesTwoToasters_EachWithItsFilters()
    {
        using var machine = TestMachine.Boot(output);
        machine.Setup.AddDriver(Package("toaster.inf"));                             // pnputil /add-driver
        var bus = machine.InstallDevice(Package("statbus.inf"), @"root\statbus");    // devcon install
        Assert.Equal(2, bus.Children.Count);                                          // each installed from toaster.inf
        Assert.Equal([@"\Driver\devupper", @"\Driver\toaster", @"\Driver\devlower", @"\Driver\statbus"],
            bus.Children[0].Stack.Select(d => d.DriverObject.DriverName.ToString()));   // top down
        Assert.Equal(4, machine.RemoveDevice(@"root\statbus").Count);               // devcon remove: four clean unloads
    }
}
