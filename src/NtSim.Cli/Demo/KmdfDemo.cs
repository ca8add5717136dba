using System.Globalization;
using NtSim.Cli.Devcon;
using NtSim.Setup;

namespace NtSim.Cli.Demo;

/// <summary>
/// The demo's KMDF part: Hello World installed from its INF as the walk-through does (its two debug
/// lines), the Echo sample installed the same way and exercised by echoapp, the framework's view of
/// the echo device (machine.Wdf: its states and queue), and a removal with requests in flight: two
/// reads held by the driver are stopped and purged, the device goes, and the drivers unload clean.
/// </summary>
internal sealed class KmdfDemo(Machine machine, TextWriter output)
{
    internal bool Run()
    {
        output.WriteLine("== KMDF: Hello World, Echo (WDK general/echo/kmdf) and a removal with requests in flight");

        // Hello World prints at INFO level for DPFLTR_IHVDRIVER_ID: let the filter show it (Kd_IHVDRIVER_Mask).
        machine.DebugOutput.SetComponentMask(Wdm.DPFLTR_IHVDRIVER_ID, 0xF);
        var before = machine.DebugOutput.Messages.Count;
        if (Install("KmdfHelloWorld.inf", @"Root\KmdfHelloWorld") is not { } hello)
        {
            return false;
        }

        foreach (var message in machine.DebugOutput.Messages.Skip(before))
        {
            output.WriteLine("  " + message.Text.TrimEnd('\n'));
        }

        if (Install("echo.inf", @"root\ECHO") is not { } echo)
        {
            return false;
        }

        var ok = RunApp("echoapp", Samples.Echo.EchoApp.Main, []) == 0;
        output.WriteLine($"> devcon stack @{echo}");
        var stack = new StringWriter(CultureInfo.InvariantCulture);
        var node = machine.Pnp.Find(echo)!;
        DevconDump.Header(stack, DeviceEntry.Of(node));
        DevconDump.Stack(stack, DeviceEntry.Of(node), machine.Registry);
        Indent(stack.ToString());
        output.WriteLine("> machine.Wdf (what !wdfdevice will print)");
        foreach (var device in machine.Wdf.Drivers.Where(d => d.ServiceName == "ECHO").SelectMany(d => d.Devices))
        {
            output.WriteLine($"  WDFDEVICE 0x{device.Handle:x}: {device.PnpState}, {device.PowerState}, {device.PowerPolicyState}");
            foreach (var queue in device.Queues)
            {
                output.WriteLine($"    WDFQUEUE 0x{queue.Handle:x}: {queue.DispatchType}, {queue.State}, {queue.WaitingRequests} waiting, {queue.DriverOwnedRequests} with the driver");
            }
        }

        ok &= RemoveWithReadsInFlight(echo);
        output.WriteLine($"> devcon remove @{hello}");
        ok &= machine.Pnp.Remove(hello).Succeeded;
        foreach (var service in new[] { "KmdfHelloWorld", "ECHO" })
        {
            var report = machine.Services.Query(service).LastUnloadReport;
            output.WriteLine(report is null ? $"  [PnP] {service}: still loaded" : "  " + SampleSession.Describe(report).Replace("[SC]", "[PnP]", StringComparison.Ordinal));
            ok &= report is { IsClean: true, ImageUnloaded: true };
        }

        return ok && machine.BugCheck is null;
    }

    /// <summary>Two overlapped reads on the echo device, one held by the driver until its timer, one
    /// waiting in the sequential queue; the device is removed under them: EvtDeviceSelfManagedIoSuspend
    /// stops the queue and waits, the timer completes the held read, the removal purges the other.</summary>
    private bool RemoveWithReadsInFlight(string echo)
    {
        output.WriteLine($"> two reads pending on the echo device (one held by the driver, one queued), then devcon remove @{echo}");
        output.WriteLine("  (the suspend stops the queue and waits: the timer completes the held read; the queued one is purged)");
        var app = machine.StartProcess("readers", args =>
        {
            var path = EchoInterface();
            var h = Win32.CreateFile(path!, Wdm.GENERIC_READ | Wdm.GENERIC_WRITE, 0, null, Win32.OPEN_EXISTING, Win32.FILE_FLAG_OVERLAPPED, default);
            var data = new byte[16];
            var write = new OVERLAPPED { hEvent = Win32.CreateEvent(null, true, false, null) };
            Win32.WriteFile(h, data, (uint)data.Length, out _, write);
            Win32.GetOverlappedResult(h, write, out var written, true);
            Win32.printf("write completed: %d bytes\n", written);
            var reads = new[] { new OVERLAPPED(), new OVERLAPPED() };
            var buffers = new[] { new byte[16], new byte[16] };
            for (var i = 0; i < reads.Length; i++)
            {
                reads[i].hEvent = Win32.CreateEvent(null, true, false, null);
                Win32.ReadFile(h, buffers[i], 16, out _, reads[i]);
            }

            Win32.printf("reads pending: %d, %d\n", reads[0].Internal == Wdm.STATUS_PENDING ? 1 : 0, reads[1].Internal == Wdm.STATUS_PENDING ? 1 : 0);
            Win32.WaitForMultipleObjects(2, [reads[0].hEvent, reads[1].hEvent], true, Win32.INFINITE);
            foreach (var read in reads)
            {
                Win32.printf("read completed: %s, %d bytes\n", read.Internal == Wdm.STATUS_SUCCESS ? "STATUS_SUCCESS" : read.Internal == Wdm.STATUS_CANCELLED ? "STATUS_CANCELLED" : $"0x{(uint)read.Internal:X8}", read.InternalHigh);
            }

            Win32.CloseHandle(h);
            return 0;
        });
        machine.RunUntil(() => app.Output.Contains("reads pending", StringComparison.Ordinal));
        var removed = machine.Pnp.Remove(echo);
        output.WriteLine(removed.Succeeded ? $"  {echo}: Removed" : $"  {echo}: removal vetoed");
        var status = app.WaitForExit();
        Indent(app.Output);
        return removed.Succeeded && status == RunStatus.Completed;
    }

    /// <summary>GUID_DEVINTERFACE_ECHO's first present interface (from the application's side).</summary>
    private static string? EchoInterface()
    {
        var echo = new Guid("cdc35b6e-0be4-4936-bf5f-5537380a7c1a");
        Win32.CM_Get_Device_Interface_List_Size(out var length, echo, null, Win32.CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
        var list = new char[Math.Max(length, 1)];
        Win32.CM_Get_Device_Interface_List(echo, null, list, (uint)list.Length, Win32.CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
        var first = new string(list).Split('\0')[0];
        return first.Length == 0 ? null : first;
    }

    private string? Install(string inf, string hardwareId)
    {
        output.WriteLine($"> devcon install {inf} {hardwareId}");
        try
        {
            var path = machine.Setup.InstallRootDevice(Path.Combine(SampleCatalog.DriversFolder, inf), hardwareId);
            var node = machine.Pnp.Find(path);
            output.WriteLine($"  {path}: {(node is { State: DeviceNodeState.DeviceNodeStarted } ? "Driver is running." : node?.State.ToString() ?? "not present")}");
            return path;
        }
        catch (Exception e) when (e is DeviceSetupException or DriverStoreException)
        {
            output.WriteLine("  " + e.Message);
            return null;
        }
    }

    private int RunApp(string name, Func<string[], int> main, string[] args)
    {
        output.WriteLine($"> {name} {string.Join(' ', args)}".TrimEnd());
        var app = machine.StartProcess(name, main, args);
        var status = app.WaitForExit();
        Indent(app.Output);
        return status == RunStatus.Completed ? app.ExitCode : -1;
    }

    private void Indent(string text)
    {
        foreach (var line in text.TrimEnd('\n', '\r').Split('\n'))
        {
            output.WriteLine("  " + line.TrimEnd('\r'));
        }
    }
}
