using NtSim.Tests.Pnp;
using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Win32Api;

public sealed class SetupDiTests
{
    private const string ToasterText = "{781ef630-72b2-11d2-b852-00c04fad5171}";

    private static readonly Guid s_toaster = InterfaceStack.GUID_DEVINTERFACE_TOASTER;

    private static (Machine Machine, InterfaceStack Stack, string Link) Start(bool enable)
    {
        var machine = Boot(seed: 1);
        InterfaceStack? stack = null;
        var link = "";
        Completed(machine, machine.Run(() =>
        {
            stack = InterfaceStack.Create();
            Assert.Equal(STATUS_SUCCESS, IoRegisterDeviceInterface(stack.Pdo, s_toaster, null, out var name));
            if (enable)
            {
                Assert.Equal(STATUS_SUCCESS, IoSetDeviceInterfaceState(name, true));
            }

            link = name.ToString();
        }));
        return (machine, stack!, link);
    }

    private static UserProcess RunApp(Machine machine, Func<string[], int> main)
    {
        var app = machine.StartProcess("app", main);
        Completed(machine, app.WaitForExit());
        return app;
    }

    [Fact]
    public void SetupDiGetDeviceInterfaceDetail_TwoCalls_PathOpensFdo()
    {
        var (machine, stack, _) = Start(enable: true);
        using var owned = machine;
        uint required = 0, firstError = 0, noMoreError = 0;
        string path = "";
        RunApp(machine, args =>
        {
            var set = SetupDiGetClassDevs(s_toaster, null, 0, DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
            Assert.True(set != INVALID_HANDLE_VALUE);
            var data = new SP_DEVICE_INTERFACE_DATA();
            Assert.True(SetupDiEnumDeviceInterfaces(set, null, s_toaster, 0, data));
            Assert.Equal(SPINT_ACTIVE, data.Flags);
            Assert.False(SetupDiEnumDeviceInterfaces(set, null, s_toaster, 1, new SP_DEVICE_INTERFACE_DATA()));
            noMoreError = GetLastError();
            Assert.False(SetupDiGetDeviceInterfaceDetail(set, data, null, 0, out required, null));
            firstError = GetLastError();
            var detail = new SP_DEVICE_INTERFACE_DETAIL_DATA();
            Assert.False(SetupDiGetDeviceInterfaceDetail(set, data, detail, required - 2, out _, null));
            Assert.Equal(ERROR_INSUFFICIENT_BUFFER, GetLastError());
            Assert.True(SetupDiGetDeviceInterfaceDetail(set, data, detail, required, out _, null));
            path = detail.DevicePath;
            var h = CreateFile(path, GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            Assert.True(h != INVALID_HANDLE_VALUE, $"CreateFile failed with {GetLastError()}");
            Assert.True(CloseHandle(h));
            Assert.True(SetupDiDestroyDeviceInfoList(set));
            Assert.False(SetupDiDestroyDeviceInfoList(set));
            Assert.Equal(ERROR_INVALID_HANDLE, GetLastError());
            return 0;
        });

        Assert.Equal(ERROR_NO_MORE_ITEMS, noMoreError);
        Assert.Equal(ERROR_INSUFFICIENT_BUFFER, firstError);
        Assert.Equal(@"\\?\root#system#0000#" + ToasterText, path);
        Assert.Equal(4 + (uint)(path.Length + 1) * 2, required);
        Assert.Equal(["fdo ''"], stack.Creates);
    }

    [Fact]
    public void SetupDiGetClassDevs_WithoutPresent_ListsDisabledWithoutSpintActive()
    {
        var (machine, _, _) = Start(enable: false);
        using var owned = machine;
        uint presentError = 0, flags = 99;
        RunApp(machine, args =>
        {
            var present = SetupDiGetClassDevs(s_toaster, null, 0, DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
            Assert.False(SetupDiEnumDeviceInterfaces(present, null, s_toaster, 0, new SP_DEVICE_INTERFACE_DATA()));
            presentError = GetLastError();
            var all = SetupDiGetClassDevs(s_toaster, null, 0, DIGCF_DEVICEINTERFACE);
            var data = new SP_DEVICE_INTERFACE_DATA();
            Assert.True(SetupDiEnumDeviceInterfaces(all, null, s_toaster, 0, data));
            flags = data.Flags;
            SetupDiDestroyDeviceInfoList(present);
            SetupDiDestroyDeviceInfoList(all);
            return 0;
        });

        Assert.Equal(ERROR_NO_MORE_ITEMS, presentError);
        Assert.Equal(0u, flags);
    }

    [Fact]
    public void SetupDiEnumDeviceInterfaces_CbSizeNotSet_InvalidUserBuffer()
    {
        var (machine, _, _) = Start(enable: true);
        using var owned = machine;
        uint error = 0;
        RunApp(machine, args =>
        {
            var set = SetupDiGetClassDevs(s_toaster, null, 0, DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
            Assert.False(SetupDiEnumDeviceInterfaces(set, null, s_toaster, 0, new SP_DEVICE_INTERFACE_DATA { cbSize = 0 }));
            error = GetLastError();
            SetupDiDestroyDeviceInfoList(set);
            return 0;
        });

        Assert.Equal(ERROR_INVALID_USER_BUFFER, error);
    }

    [Fact]
    public void CreateFile_DisabledInterface_FileNotFound()
    {
        var (machine, stack, link) = Start(enable: true);
        using var owned = machine;
        Completed(machine, machine.Run(() => Assert.Equal(STATUS_SUCCESS, IoSetDeviceInterfaceState(link, false))));
        uint error = 0;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\?\root#system#0000#" + ToasterText, GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            Assert.True(h == INVALID_HANDLE_VALUE);
            error = GetLastError();
            return 0;
        });

        Assert.Equal(ERROR_FILE_NOT_FOUND, error);
        Assert.Empty(stack.Creates);
    }

    [Fact]
    public void CM_Get_Device_Interface_List_SmallBuffer_BufferSmallThenList()
    {
        var (machine, _, _) = Start(enable: true);
        using var owned = machine;
        uint size = 0, small = 99, ok = 99, allSize = 0, badFlag = 0;
        string text = "";
        RunApp(machine, args =>
        {
            Assert.Equal(CR_SUCCESS, CM_Get_Device_Interface_List_Size(out size, s_toaster, null, CM_GET_DEVICE_INTERFACE_LIST_PRESENT));
            var buffer = new char[size];
            small = CM_Get_Device_Interface_List(s_toaster, null, buffer, size - 1, CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
            ok = CM_Get_Device_Interface_List(s_toaster, null, buffer, size, CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
            text = new string(buffer);
            CM_Get_Device_Interface_List_Size(out allSize, Guid.NewGuid(), null, CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES);
            badFlag = CM_Get_Device_Interface_List_Size(out _, s_toaster, null, 2);
            return 0;
        });

        Assert.Equal(CR_BUFFER_SMALL, small);
        Assert.Equal(CR_SUCCESS, ok);
        Assert.Equal(@"\\?\ROOT#SYSTEM#0000#" + ToasterText + "\0\0", text);
        Assert.Equal((uint)text.Length, size);
        Assert.Equal(1u, allSize);
        Assert.Equal(CR_INVALID_FLAG, badFlag);
    }
}
