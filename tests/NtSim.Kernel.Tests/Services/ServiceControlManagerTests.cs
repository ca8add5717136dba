using static NtSim.Wdm;
using static NtSim.Win32Error;

namespace NtSim.Tests.Services;

/// <summary>machine.Services as sc.exe drives it: the service key, and each error sc reports.</summary>
public sealed class ServiceControlManagerTests
{
    private const string Key = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Hello";

    [Fact]
    public void Create_WritesTheServiceKey()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Services.Create("Hello", TestDrivers.Hello);

        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.Equal(ERROR_SERVICE_NEVER_STARTED, status.Win32ExitCode);
        var imagePath = machine.Registry.GetValue(Key, "ImagePath")!;
        Assert.Equal(REG_EXPAND_SZ, imagePath.Type);
        Assert.Equal(TestDrivers.Hello, imagePath.String);
        Assert.Equal(SERVICE_KERNEL_DRIVER, machine.Registry.GetValue(Key, "Type")!.Dword);
        Assert.Equal(SERVICE_DEMAND_START, machine.Registry.GetValue(Key, "Start")!.Dword);
        Assert.Equal(SERVICE_ERROR_NORMAL, machine.Registry.GetValue(Key, "ErrorControl")!.Dword);
        Assert.Equal(REG_DWORD, machine.Registry.GetValue(Key, "Start")!.Type);
        Assert.Equal("Hello", machine.Registry.GetValue(Key, "DisplayName")!.String);
    }

    [Fact]
    public void Create_StartTypeAndErrorControl_AreWritten()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello, SERVICE_AUTO_START, SERVICE_ERROR_IGNORE, "Hello, world");

        Assert.Equal(SERVICE_AUTO_START, machine.Registry.GetValue(Key, "Start")!.Dword);
        Assert.Equal(SERVICE_ERROR_IGNORE, machine.Registry.GetValue(Key, "ErrorControl")!.Dword);
        Assert.Equal("Hello, world", machine.Services.Query("hello").DisplayName);
    }

    [Fact]
    public void Create_Twice_IsServiceExists()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);

        var e = Fails(ERROR_SERVICE_EXISTS, () => machine.Services.Create("HELLO", TestDrivers.Hello));
        Assert.Equal("CreateService", e.Operation);
        Assert.Equal("The specified service already exists.", e.SystemMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData(@"a\b")]
    [InlineData("a/b")]
    public void Create_BadName_IsInvalidName(string name)
    {
        using var machine = MachineAssert.Boot();
        Fails(ERROR_INVALID_NAME, () => machine.Services.Create(name, TestDrivers.Hello));
        Assert.Equal(0, machine.Services.Count);
    }

    [Fact]
    public void Create_BadStartTypeOrErrorControlOrPath_IsInvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        Fails(ERROR_INVALID_PARAMETER, () => machine.Services.Create("Hello", TestDrivers.Hello, startType: 5));
        Fails(ERROR_INVALID_PARAMETER, () => machine.Services.Create("Hello", TestDrivers.Hello, errorControl: 4));
        Fails(ERROR_INVALID_PARAMETER, () => machine.Services.Create("Hello", ""));
        Assert.False(machine.Registry.KeyExists(Key));
    }

    [Fact]
    public void NoSuchService_IsServiceDoesNotExist()
    {
        using var machine = MachineAssert.Boot();

        Assert.Equal("OpenService", Fails(ERROR_SERVICE_DOES_NOT_EXIST, () => machine.Services.Start("Nope")).Operation);
        Fails(ERROR_SERVICE_DOES_NOT_EXIST, () => machine.Services.Stop("Nope"));
        Fails(ERROR_SERVICE_DOES_NOT_EXIST, () => machine.Services.Delete("Nope"));
        var query = Fails(ERROR_SERVICE_DOES_NOT_EXIST, () => machine.Services.Query("Nope"));
        Assert.Equal("EnumQueryServicesStatus:OpenService", query.Operation);
        Assert.Equal("The specified service does not exist as an installed service.", query.SystemMessage);
    }

    [Fact]
    public void Start_SystemRootImagePathClimbingOut_IsBadPathnameAndNothingLoaded()
    {
        using var machine = MachineAssert.Boot();
        var outside = Directory.CreateTempSubdirectory("ntsim-outside-");
        try
        {
            File.Copy(TestDrivers.Hello, Path.Combine(outside.FullName, "Hello.dll"));
            var climb = Path.GetRelativePath(machine.SystemRoot, outside.FullName).Replace(Path.DirectorySeparatorChar, '\\');
            var imagePath = $@"\SystemRoot\System32\drivers\..\..\{climb}\Hello.dll";
            machine.Services.Create("Climb", imagePath);

            var e = Fails(ERROR_BAD_PATHNAME, () => machine.Services.Start("Climb"));

            Assert.Equal(STATUS_OBJECT_PATH_SYNTAX_BAD, e.DriverStatus);
            Assert.Contains("leaves the system root", e.Message);
            Assert.Equal(ServiceState.Stopped, machine.Services.Query("Climb").State);
            Assert.DoesNotContain("Hello: DriverEntry", machine.DebugOutput.ShownText);
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [UnixFact]
    public void Start_ImageIsAFifo_BadExeFormatWithoutWaitingForAWriter()
    {
        using var machine = MachineAssert.Boot();
        var folder = Directory.CreateTempSubdirectory("ntsim-fifo-");
        var fifo = Path.Combine(folder.FullName, "Pipe.dll");
        try
        {
            using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo") { ArgumentList = { fifo } })!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            machine.Services.Create("Pipe", fifo);
            var start = Task.Run(() => Assert.Throws<ServiceControlException>(() => machine.Services.Start("Pipe")));
            try
            {
                // Opening the pipe would wait for a writer: bounded, so a regression fails instead of hanging.
                Assert.True(start.Wait(TimeSpan.FromSeconds(30)), "StartService opened the FIFO and waited for a writer");
            }
            finally
            {
                if (!start.IsCompleted)
                {
                    using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                }
            }

            var e = start.Result;
            Assert.Equal(ERROR_BAD_EXE_FORMAT, e.Win32Error);
            Assert.Equal(STATUS_INVALID_IMAGE_FORMAT, e.DriverStatus);
            Assert.Contains($"{fifo}: it is not a regular file (a device, a pipe or a socket)", e.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Start_MissingImage_IsFileNotFound()
    {
        using var machine = MachineAssert.Boot();
        var missing = Path.Combine(AppContext.BaseDirectory, "drivers", "NoSuchDriver.dll");
        machine.Services.Create("Gone", missing);

        var e = Fails(ERROR_FILE_NOT_FOUND, () => machine.Services.Start("Gone"));
        Assert.Equal("StartService", e.Operation);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, e.DriverStatus);
        Assert.Contains(missing, e.Message);
        Assert.Equal(ERROR_FILE_NOT_FOUND, machine.Services.Query("Gone").Win32ExitCode);
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Gone").State);
    }

    [Fact]
    public void Start_NotAnAssembly_IsBadExeFormat()
    {
        using var machine = MachineAssert.Boot();
        var path = Path.Combine(Path.GetTempPath(), $"ntsim-not-a-driver-{Guid.NewGuid():N}.dll");
        File.WriteAllText(path, "MZ but not really");
        try
        {
            machine.Services.Create("Junk", path);
            var e = Fails(ERROR_BAD_EXE_FORMAT, () => machine.Services.Start("Junk"));
            Assert.Equal(STATUS_INVALID_IMAGE_FORMAT, e.DriverStatus);
            Assert.Contains("is not a .NET assembly", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Start_AssemblyWithoutADriverType_IsBadExeFormat()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Plain", typeof(Assert).Assembly.Location);

        var e = Fails(ERROR_BAD_EXE_FORMAT, () => machine.Services.Start("Plain"));
        Assert.Contains("has no public, non-abstract type implementing NtSim.IDriver", e.Message);
        Assert.DoesNotContain("Plain", machine.ListObjectDirectory(@"\Driver"));
    }

    [Fact]
    public void Start_Disabled_IsServiceDisabled()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello, SERVICE_DISABLED);

        Fails(ERROR_SERVICE_DISABLED, () => machine.Services.Start("Hello"));
    }

    [Fact]
    public void Start_Running_IsAlreadyRunning_StopStopped_IsNotActive()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<QuietDriver>("Quiet");
        Assert.Equal("ControlService", Fails(ERROR_SERVICE_NOT_ACTIVE, () => machine.Services.Stop("Quiet")).Operation);
        MachineAssert.Completed(machine, machine.Services.Start("Quiet"));

        Fails(ERROR_SERVICE_ALREADY_RUNNING, () => machine.Services.Start("Quiet"));
        Assert.True(machine.Services.Stop("Quiet").IsClean);
        Fails(ERROR_SERVICE_NOT_ACTIVE, () => machine.Services.Stop("Quiet"));
    }

    [Fact]
    public void Start_ImageLoadedByAnotherService_IsAlreadyRunning()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        machine.Services.Create("Hello2", TestDrivers.Hello);
        machine.Services.Install<QuietDriver>("Quiet");
        machine.Services.Install<QuietDriver>("Quiet2");
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        MachineAssert.Completed(machine, machine.Services.Start("Quiet"));

        var e = Fails(ERROR_SERVICE_ALREADY_RUNNING, () => machine.Services.Start("Hello2"));
        Assert.Equal(STATUS_IMAGE_ALREADY_LOADED, e.DriverStatus);
        Assert.Contains("already loaded, by the service Hello", e.Message);
        Fails(ERROR_SERVICE_ALREADY_RUNNING, () => machine.Services.Start("Quiet2"));

        Assert.True(machine.Services.Stop("Quiet").IsClean);
        MachineAssert.Completed(machine, machine.Services.Start("Quiet2"));
    }

    [Fact]
    public void Stop_DriverWithoutUnload_IsInvalidServiceControl()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<NoUnloadDriver>("Sticky");
        MachineAssert.Completed(machine, machine.Services.Start("Sticky"));
        Assert.False(machine.Services.Query("Sticky").Stoppable);

        var e = Fails(ERROR_INVALID_SERVICE_CONTROL, () => machine.Services.Stop("Sticky"));
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, e.DriverStatus);
        Assert.Equal(ServiceState.Running, machine.Services.Query("Sticky").State);
        Assert.Contains("Sticky", machine.ListObjectDirectory(@"\Driver"));
    }

    [Fact]
    public void Delete_Stopped_RemovesTheKey()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        machine.Registry.SetValue(Key + @"\Parameters", "Greeting", "hi");

        machine.Services.Delete("Hello");

        Assert.False(machine.Registry.KeyExists(Key));
        Fails(ERROR_SERVICE_DOES_NOT_EXIST, () => machine.Services.Query("Hello"));
        Assert.Empty(machine.Services.QueryAll());
    }

    [Fact]
    public void Delete_Running_MarksForDelete_AndTheServiceGoesAtStop()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<QuietDriver>("Quiet");
        MachineAssert.Completed(machine, machine.Services.Start("Quiet"));
        var key = MachineRegistry.ServicesPath + @"\Quiet";

        machine.Services.Delete("Quiet");

        Assert.True(machine.Services.Query("Quiet").MarkedForDelete);
        Assert.Equal(1u, machine.Registry.GetValue(key, "DeleteFlag")!.Dword);
        Fails(ERROR_SERVICE_MARKED_FOR_DELETE, () => machine.Services.Delete("Quiet"));
        Fails(ERROR_SERVICE_MARKED_FOR_DELETE, () => machine.Services.Start("Quiet"));
        Fails(ERROR_SERVICE_MARKED_FOR_DELETE, () => machine.Services.Install<QuietDriver>("Quiet"));

        Assert.True(machine.Services.Stop("Quiet").IsClean);

        Assert.False(machine.Registry.KeyExists(key));
        Fails(ERROR_SERVICE_DOES_NOT_EXIST, () => machine.Services.Query("Quiet"));
    }

    [Fact]
    public void QueryAll_ListsServicesByName()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<QuietDriver>("Zeta");
        machine.Services.Create("Alpha", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Zeta"));

        var all = machine.Services.QueryAll();

        Assert.Equal(["Alpha", "Zeta"], all.Select(s => s.Name));
        Assert.Equal([ServiceState.Stopped, ServiceState.Running], all.Select(s => s.State));
    }

    [Fact]
    public void Install_NotADriverType_IsAnArgumentError()
    {
        using var machine = MachineAssert.Boot();
        var e = Assert.Throws<ArgumentException>(() => machine.Services.Install("Str", typeof(string)));
        Assert.Contains("System.String is not a concrete type implementing NtSim.IDriver", e.Message);
    }

    [Fact]
    public void Services_FromDriverCode_IsAUsageError()
    {
        using var machine = MachineAssert.Boot();
        InvalidOperationException? error = null;
        MachineAssert.Completed(machine, machine.Run(() => error = Assert.Throws<InvalidOperationException>(() => machine.Services.QueryAll())));
        Assert.Contains("cannot be called from driver code", error!.Message);
    }

    internal static ServiceControlException Fails(uint error, Action action)
    {
        var e = Assert.Throws<ServiceControlException>(action);
        Assert.True(e.Win32Error == error, $"expected Win32 error {error}, got {e.Win32Error}: {e.Message}");
        return e;
    }

    /// <summary>A driver with an unload routine and nothing else.</summary>
    public sealed class QuietDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            return STATUS_SUCCESS;
        }
    }

    /// <summary>A driver without DriverUnload: it cannot be stopped.</summary>
    public sealed class NoUnloadDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath) => STATUS_SUCCESS;
    }
}
