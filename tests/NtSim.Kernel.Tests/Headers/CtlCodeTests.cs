using NtSim.Tests.Headers.CHeaders;
using static NtSim.Wdm;

namespace NtSim.Tests.Headers;

public sealed class CtlCodeTests
{
    [Fact]
    public void CTL_CODE_ToasterBusPlugIn_Is0x2A4000()
    {
        // The toaster bus sample: BUSENUM_IOCTL(0) = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0, METHOD_BUFFERED, FILE_READ_DATA).
        uint ioctlBusenumPlugInHardware = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0, METHOD_BUFFERED, FILE_READ_DATA);

        Assert.Equal(0x002A4000u, ioctlBusenumPlugInHardware);
    }

    [Fact]
    public void CTL_CODE_VendorCodeNeitherReadWrite_SetsEveryField()
    {
        uint code = CTL_CODE(0x8000, 0x800, METHOD_NEITHER, FILE_READ_ACCESS | FILE_WRITE_ACCESS);

        Assert.Equal(0x8000E003u, code);
        Assert.Equal(0x8000u, DEVICE_TYPE_FROM_CTL_CODE(code));
        Assert.Equal(METHOD_NEITHER, METHOD_FROM_CTL_CODE(code));
    }

    [Theory]
    [InlineData(FILE_DEVICE_UNKNOWN, 0x900u, METHOD_BUFFERED, FILE_ANY_ACCESS)]
    [InlineData(FILE_DEVICE_DISK, 0x15u, METHOD_IN_DIRECT, FILE_READ_ACCESS)]
    [InlineData(FILE_DEVICE_MASS_STORAGE, 0x500u, METHOD_OUT_DIRECT, FILE_WRITE_ACCESS)]
    public void DEVICE_TYPE_FROM_CTL_CODE_AndMethod_RoundTrip(uint deviceType, uint function, uint method, uint access)
    {
        uint code = CTL_CODE(deviceType, function, method, access);

        Assert.Equal(deviceType, DEVICE_TYPE_FROM_CTL_CODE(code));
        Assert.Equal(method, METHOD_FROM_CTL_CODE(code));
        Assert.Equal(function, (code >> 2) & 0xFFF);
        Assert.Equal(access, (code >> 14) & 3);
    }

    // winioctl.h's own IOCTLs, built by its CTL_CODE macro, against ours with the same arguments.
    [Theory]
    [InlineData("IOCTL_DISK_GET_DRIVE_GEOMETRY", FILE_DEVICE_DISK, 0x0000u, METHOD_BUFFERED, FILE_ANY_ACCESS)]
    [InlineData("IOCTL_DISK_SET_DRIVE_LAYOUT_EX", FILE_DEVICE_DISK, 0x0015u, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)]
    [InlineData("IOCTL_STORAGE_EJECT_MEDIA", FILE_DEVICE_MASS_STORAGE, 0x0202u, METHOD_BUFFERED, FILE_READ_ACCESS)]
    [InlineData("IOCTL_STORAGE_QUERY_PROPERTY", FILE_DEVICE_MASS_STORAGE, 0x0500u, METHOD_BUFFERED, FILE_ANY_ACCESS)]
    [InlineData("FSCTL_LOCK_VOLUME", FILE_DEVICE_FILE_SYSTEM, 6u, METHOD_BUFFERED, FILE_ANY_ACCESS)]
    [InlineData("FSCTL_GET_RETRIEVAL_POINTERS", FILE_DEVICE_FILE_SYSTEM, 28u, METHOD_NEITHER, FILE_ANY_ACCESS)]
    [InlineData("IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS", 'V', 0u, METHOD_BUFFERED, FILE_ANY_ACCESS)]
    public void CTL_CODE_WinioctlIoctl_MatchesHeaderMacro(string name, uint deviceType, uint function, uint method, uint access)
    {
        if (MingwHeaders.Installed is not { } headers)
        {
            return; // HeaderCrossCheckTests reports missing headers
        }

        long? expected = headers.Evaluate("winioctl.h", name, out var error);

        Assert.True(expected.HasValue, $"{name}: {error}");
        Assert.Equal((uint)expected.Value, CTL_CODE(deviceType, function, method, access));
    }
}
