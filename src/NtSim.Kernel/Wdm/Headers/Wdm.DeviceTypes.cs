namespace NtSim;

public static partial class Wdm
{
    // wdm.h / winioctl.h: device types (DEVICE_TYPE, a ULONG) for IoCreateDevice and CTL_CODE.
    // Values below 0x8000 are Microsoft's; vendors use 0x8000-0xFFFF.
    /// <summary>Device type 0x01: the beep device.</summary>
    public const uint FILE_DEVICE_BEEP = 0x00000001;
    /// <summary>Device type 0x02: a CD-ROM drive.</summary>
    public const uint FILE_DEVICE_CD_ROM = 0x00000002;
    /// <summary>Device type 0x03: a CD-ROM file system.</summary>
    public const uint FILE_DEVICE_CD_ROM_FILE_SYSTEM = 0x00000003;
    /// <summary>Device type 0x04: a controller (e.g. a disk controller).</summary>
    public const uint FILE_DEVICE_CONTROLLER = 0x00000004;
    /// <summary>Device type 0x05: a data link device.</summary>
    public const uint FILE_DEVICE_DATALINK = 0x00000005;
    /// <summary>Device type 0x06: the distributed file system.</summary>
    public const uint FILE_DEVICE_DFS = 0x00000006;
    /// <summary>Device type 0x07: a disk.</summary>
    public const uint FILE_DEVICE_DISK = 0x00000007;
    /// <summary>Device type 0x08: a disk file system (its control device or a mounted volume).</summary>
    public const uint FILE_DEVICE_DISK_FILE_SYSTEM = 0x00000008;
    /// <summary>Device type 0x09: a file system.</summary>
    public const uint FILE_DEVICE_FILE_SYSTEM = 0x00000009;
    /// <summary>Device type 0x0A: an InPort (bus mouse) port.</summary>
    public const uint FILE_DEVICE_INPORT_PORT = 0x0000000A;
    /// <summary>Device type 0x0B: a keyboard.</summary>
    public const uint FILE_DEVICE_KEYBOARD = 0x0000000B;
    /// <summary>Device type 0x0C: the mailslot file system.</summary>
    public const uint FILE_DEVICE_MAILSLOT = 0x0000000C;
    /// <summary>Device type 0x0D: a MIDI input device.</summary>
    public const uint FILE_DEVICE_MIDI_IN = 0x0000000D;
    /// <summary>Device type 0x0E: a MIDI output device.</summary>
    public const uint FILE_DEVICE_MIDI_OUT = 0x0000000E;
    /// <summary>Device type 0x0F: a mouse.</summary>
    public const uint FILE_DEVICE_MOUSE = 0x0000000F;
    /// <summary>Device type 0x10: the multiple UNC provider.</summary>
    public const uint FILE_DEVICE_MULTI_UNC_PROVIDER = 0x00000010;
    /// <summary>Device type 0x11: the named pipe file system.</summary>
    public const uint FILE_DEVICE_NAMED_PIPE = 0x00000011;
    /// <summary>Device type 0x12: a network device.</summary>
    public const uint FILE_DEVICE_NETWORK = 0x00000012;
    /// <summary>Device type 0x13: the network browser.</summary>
    public const uint FILE_DEVICE_NETWORK_BROWSER = 0x00000013;
    /// <summary>Device type 0x14: a network file system.</summary>
    public const uint FILE_DEVICE_NETWORK_FILE_SYSTEM = 0x00000014;
    /// <summary>Device type 0x15: the null device.</summary>
    public const uint FILE_DEVICE_NULL = 0x00000015;
    /// <summary>Device type 0x16: a parallel port.</summary>
    public const uint FILE_DEVICE_PARALLEL_PORT = 0x00000016;
    /// <summary>Device type 0x17: a physical network card.</summary>
    public const uint FILE_DEVICE_PHYSICAL_NETCARD = 0x00000017;
    /// <summary>Device type 0x18: a printer.</summary>
    public const uint FILE_DEVICE_PRINTER = 0x00000018;
    /// <summary>Device type 0x19: a scanner.</summary>
    public const uint FILE_DEVICE_SCANNER = 0x00000019;
    /// <summary>Device type 0x1A: a serial mouse port.</summary>
    public const uint FILE_DEVICE_SERIAL_MOUSE_PORT = 0x0000001A;
    /// <summary>Device type 0x1B: a serial port.</summary>
    public const uint FILE_DEVICE_SERIAL_PORT = 0x0000001B;
    /// <summary>Device type 0x1C: a screen.</summary>
    public const uint FILE_DEVICE_SCREEN = 0x0000001C;
    /// <summary>Device type 0x1D: a sound device.</summary>
    public const uint FILE_DEVICE_SOUND = 0x0000001D;
    /// <summary>Device type 0x1E: a STREAMS device.</summary>
    public const uint FILE_DEVICE_STREAMS = 0x0000001E;
    /// <summary>Device type 0x1F: a tape drive.</summary>
    public const uint FILE_DEVICE_TAPE = 0x0000001F;
    /// <summary>Device type 0x20: a tape file system.</summary>
    public const uint FILE_DEVICE_TAPE_FILE_SYSTEM = 0x00000020;
    /// <summary>Device type 0x21: a network transport.</summary>
    public const uint FILE_DEVICE_TRANSPORT = 0x00000021;
    /// <summary>Device type 0x22: a device of no predefined type; the usual choice for a software-only or vendor device.</summary>
    public const uint FILE_DEVICE_UNKNOWN = 0x00000022;
    /// <summary>Device type 0x23: a video device.</summary>
    public const uint FILE_DEVICE_VIDEO = 0x00000023;
    /// <summary>Device type 0x24: a virtual disk.</summary>
    public const uint FILE_DEVICE_VIRTUAL_DISK = 0x00000024;
    /// <summary>Device type 0x25: a wave input device.</summary>
    public const uint FILE_DEVICE_WAVE_IN = 0x00000025;
    /// <summary>Device type 0x26: a wave output device.</summary>
    public const uint FILE_DEVICE_WAVE_OUT = 0x00000026;
    /// <summary>Device type 0x27: an i8042 keyboard and mouse port.</summary>
    public const uint FILE_DEVICE_8042_PORT = 0x00000027;
    /// <summary>Device type 0x28: a network redirector.</summary>
    public const uint FILE_DEVICE_NETWORK_REDIRECTOR = 0x00000028;
    /// <summary>Device type 0x29: a battery.</summary>
    public const uint FILE_DEVICE_BATTERY = 0x00000029;
    /// <summary>Device type 0x2A: a bus extender (bus driver).</summary>
    public const uint FILE_DEVICE_BUS_EXTENDER = 0x0000002A;
    /// <summary>Device type 0x2B: a modem.</summary>
    public const uint FILE_DEVICE_MODEM = 0x0000002B;
    /// <summary>Device type 0x2C: the virtual DOS machine.</summary>
    public const uint FILE_DEVICE_VDM = 0x0000002C;
    /// <summary>Device type 0x2D: a mass storage device.</summary>
    public const uint FILE_DEVICE_MASS_STORAGE = 0x0000002D;
    /// <summary>Device type 0x2E: an SMB device.</summary>
    public const uint FILE_DEVICE_SMB = 0x0000002E;
    /// <summary>Device type 0x2F: a kernel streaming device.</summary>
    public const uint FILE_DEVICE_KS = 0x0000002F;
    /// <summary>Device type 0x30: a media changer.</summary>
    public const uint FILE_DEVICE_CHANGER = 0x00000030;
    /// <summary>Device type 0x31: a smart card reader.</summary>
    public const uint FILE_DEVICE_SMARTCARD = 0x00000031;
    /// <summary>Device type 0x32: the ACPI driver.</summary>
    public const uint FILE_DEVICE_ACPI = 0x00000032;
    /// <summary>Device type 0x33: a DVD drive.</summary>
    public const uint FILE_DEVICE_DVD = 0x00000033;
    /// <summary>Device type 0x34: a full-screen video device.</summary>
    public const uint FILE_DEVICE_FULLSCREEN_VIDEO = 0x00000034;
    /// <summary>Device type 0x35: the DFS file system.</summary>
    public const uint FILE_DEVICE_DFS_FILE_SYSTEM = 0x00000035;
    /// <summary>Device type 0x36: a DFS volume.</summary>
    public const uint FILE_DEVICE_DFS_VOLUME = 0x00000036;
    /// <summary>Device type 0x37: the serial enumerator.</summary>
    public const uint FILE_DEVICE_SERENUM = 0x00000037;
    /// <summary>Device type 0x38: the terminal server device.</summary>
    public const uint FILE_DEVICE_TERMSRV = 0x00000038;
    /// <summary>Device type 0x39: the kernel security support provider device.</summary>
    public const uint FILE_DEVICE_KSEC = 0x00000039;
    /// <summary>Device type 0x3A: the FIPS cryptography device.</summary>
    public const uint FILE_DEVICE_FIPS = 0x0000003A;
    /// <summary>Device type 0x3B: an InfiniBand device.</summary>
    public const uint FILE_DEVICE_INFINIBAND = 0x0000003B;
    /// <summary>Device type 0x3E: the Hyper-V VMBus.</summary>
    public const uint FILE_DEVICE_VMBUS = 0x0000003E;
    /// <summary>Device type 0x3F: a cryptographic provider.</summary>
    public const uint FILE_DEVICE_CRYPT_PROVIDER = 0x0000003F;
    /// <summary>Device type 0x40: a Windows Portable Device.</summary>
    public const uint FILE_DEVICE_WPD = 0x00000040;
    /// <summary>Device type 0x41: a Bluetooth device.</summary>
    public const uint FILE_DEVICE_BLUETOOTH = 0x00000041;
    /// <summary>Device type 0x42: a multi-transport composite device.</summary>
    public const uint FILE_DEVICE_MT_COMPOSITE = 0x00000042;
    /// <summary>Device type 0x43: a multi-transport transport device.</summary>
    public const uint FILE_DEVICE_MT_TRANSPORT = 0x00000043;
    /// <summary>Device type 0x44: a biometric device.</summary>
    public const uint FILE_DEVICE_BIOMETRIC = 0x00000044;
    /// <summary>Device type 0x45: a power metering and budgeting (PMI) device.</summary>
    public const uint FILE_DEVICE_PMI = 0x00000045;
    /// <summary>Device type 0x46: an enhanced storage (IEEE 1667) device.</summary>
    public const uint FILE_DEVICE_EHSTOR = 0x00000046;
    /// <summary>Device type 0x47: the device API device.</summary>
    public const uint FILE_DEVICE_DEVAPI = 0x00000047;
    /// <summary>Device type 0x48: a GPIO controller.</summary>
    public const uint FILE_DEVICE_GPIO = 0x00000048;
    /// <summary>Device type 0x49: a USB device (extended).</summary>
    public const uint FILE_DEVICE_USBEX = 0x00000049;
    /// <summary>Device type 0x50: the console driver.</summary>
    public const uint FILE_DEVICE_CONSOLE = 0x00000050;
    /// <summary>Device type 0x51: a near field proximity (NFC) device.</summary>
    public const uint FILE_DEVICE_NFP = 0x00000051;
    /// <summary>Device type 0x52: the system environment (firmware variables) device.</summary>
    public const uint FILE_DEVICE_SYSENV = 0x00000052;
    /// <summary>Device type 0x53: a virtual block device.</summary>
    public const uint FILE_DEVICE_VIRTUAL_BLOCK = 0x00000053;
    /// <summary>Device type 0x54: a point-of-service device (barcode scanner, magnetic stripe reader ...).</summary>
    public const uint FILE_DEVICE_POINT_OF_SERVICE = 0x00000054;
    /// <summary>Device type 0x55: storage replication.</summary>
    public const uint FILE_DEVICE_STORAGE_REPLICATION = 0x00000055;
    /// <summary>Device type 0x56: a trusted environment device.</summary>
    public const uint FILE_DEVICE_TRUST_ENV = 0x00000056;
    /// <summary>Device type 0x57: a USB connector manager device.</summary>
    public const uint FILE_DEVICE_UCM = 0x00000057;
    /// <summary>Device type 0x58: a USB Type-C port controller (UCM TCPCI) device.</summary>
    public const uint FILE_DEVICE_UCMTCPCI = 0x00000058;
    /// <summary>Device type 0x59: persistent memory.</summary>
    public const uint FILE_DEVICE_PERSISTENT_MEMORY = 0x00000059;
    /// <summary>Device type 0x5A: an NVDIMM.</summary>
    public const uint FILE_DEVICE_NVDIMM = 0x0000005A;
    /// <summary>Device type 0x5B: a holographic display device.</summary>
    public const uint FILE_DEVICE_HOLOGRAPHIC = 0x0000005B;
    /// <summary>Device type 0x5C: an SD host controller (SDFXHCI).</summary>
    public const uint FILE_DEVICE_SDFXHCI = 0x0000005C;
    /// <summary>Device type 0x5D: a USB connector manager UCSI device.</summary>
    public const uint FILE_DEVICE_UCMUCSI = 0x0000005D;
    /// <summary>Device type 0x5E: the platform runtime mechanism (PRM) device.</summary>
    public const uint FILE_DEVICE_PRM = 0x0000005E;
    /// <summary>Device type 0x5F: an event collector.</summary>
    public const uint FILE_DEVICE_EVENT_COLLECTOR = 0x0000005F;
    /// <summary>Device type 0x60: a USB4 device.</summary>
    public const uint FILE_DEVICE_USB4 = 0x00000060;
    /// <summary>Device type 0x61: a SoundWire device.</summary>
    public const uint FILE_DEVICE_SOUNDWIRE = 0x00000061;

    // DEVICE_OBJECT.Characteristics (IoCreateDevice's DeviceCharacteristics).
    /// <summary>Device characteristic 0x01: the device's media can be removed (e.g. a floppy or CD drive).</summary>
    public const uint FILE_REMOVABLE_MEDIA = 0x00000001;
    /// <summary>Device characteristic 0x02: the device's media cannot be written.</summary>
    public const uint FILE_READ_ONLY_DEVICE = 0x00000002;
    /// <summary>Device characteristic 0x04: the device is a floppy disk drive.</summary>
    public const uint FILE_FLOPPY_DISKETTE = 0x00000004;
    /// <summary>Device characteristic 0x08: the media can be written once only.</summary>
    public const uint FILE_WRITE_ONCE_MEDIA = 0x00000008;
    /// <summary>Device characteristic 0x10: the device is reached through a network.</summary>
    public const uint FILE_REMOTE_DEVICE = 0x00000010;
    /// <summary>Device characteristic 0x20: a volume is mounted on the device.</summary>
    public const uint FILE_DEVICE_IS_MOUNTED = 0x00000020;
    /// <summary>Device characteristic 0x40: the volume is virtual.</summary>
    public const uint FILE_VIRTUAL_VOLUME = 0x00000040;
    /// <summary>Device characteristic 0x80: the I/O manager generates the device's name (FILE_AUTOGENERATED_DEVICE_NAME on IoCreateDevice, for PDOs).</summary>
    public const uint FILE_AUTOGENERATED_DEVICE_NAME = 0x00000080;
    /// <summary>Device characteristic 0x100: apply the device object's security to opens of names within its namespace too (e.g. \Device\X\anything).</summary>
    public const uint FILE_DEVICE_SECURE_OPEN = 0x00000100;
    /// <summary>Device characteristic 0x800: the device supports Plug and Play.</summary>
    public const uint FILE_CHARACTERISTIC_PNP_DEVICE = 0x00000800;
    /// <summary>Device characteristic 0x1000: the device is a terminal services device.</summary>
    public const uint FILE_CHARACTERISTIC_TS_DEVICE = 0x00001000;
    /// <summary>Device characteristic 0x2000: the device is a WebDAV device.</summary>
    public const uint FILE_CHARACTERISTIC_WEBDAV_DEVICE = 0x00002000;

    // DEVICE_OBJECT.Flags.
    /// <summary>DEVICE_OBJECT.Flags 0x02: the removable media may have changed; the file system must verify the volume.</summary>
    public const uint DO_VERIFY_VOLUME = 0x00000002;
    /// <summary>DEVICE_OBJECT.Flags 0x04: read and write requests use buffered I/O (AssociatedIrp.SystemBuffer).</summary>
    public const uint DO_BUFFERED_IO = 0x00000004;
    /// <summary>DEVICE_OBJECT.Flags 0x08: only one handle may be open to the device at a time (IoCreateDevice Exclusive).</summary>
    public const uint DO_EXCLUSIVE = 0x00000008;
    /// <summary>DEVICE_OBJECT.Flags 0x10: read and write requests use direct I/O (the caller's buffer locked and described by Irp.MdlAddress).</summary>
    public const uint DO_DIRECT_IO = 0x00000010;
    /// <summary>DEVICE_OBJECT.Flags 0x20: the device maps I/O buffers (reserved for the system).</summary>
    public const uint DO_MAP_IO_BUFFER = 0x00000020;
    /// <summary>DEVICE_OBJECT.Flags 0x80: set by IoCreateDevice; a driver clears it at the end of AddDevice, or no I/O reaches the device.</summary>
    public const uint DO_DEVICE_INITIALIZING = 0x00000080;
    /// <summary>DEVICE_OBJECT.Flags 0x800: the device is registered for shutdown notification (IoRegisterShutdownNotification).</summary>
    public const uint DO_SHUTDOWN_REGISTERED = 0x00000800;
    /// <summary>DEVICE_OBJECT.Flags 0x1000: the device object is a PDO enumerated by a bus driver.</summary>
    public const uint DO_BUS_ENUMERATED_DEVICE = 0x00001000;
    /// <summary>DEVICE_OBJECT.Flags 0x2000: the driver's power routines may be called at PASSIVE_LEVEL and may touch pageable memory.</summary>
    public const uint DO_POWER_PAGABLE = 0x00002000;
    /// <summary>DEVICE_OBJECT.Flags 0x4000: the device draws a large inrush current when powered on, so its power-up is serialized.</summary>
    public const uint DO_POWER_INRUSH = 0x00004000;

    // DEVICE_OBJECT.AlignmentRequirement.
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x00: buffers may start at any byte.</summary>
    public const uint FILE_BYTE_ALIGNMENT = 0x00000000;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x01: buffers start on a 2-byte boundary.</summary>
    public const uint FILE_WORD_ALIGNMENT = 0x00000001;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x03: buffers start on a 4-byte boundary.</summary>
    public const uint FILE_LONG_ALIGNMENT = 0x00000003;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x07: buffers start on an 8-byte boundary.</summary>
    public const uint FILE_QUAD_ALIGNMENT = 0x00000007;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x0F: buffers start on a 16-byte boundary.</summary>
    public const uint FILE_OCTA_ALIGNMENT = 0x0000000F;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x1F: buffers start on a 32-byte boundary.</summary>
    public const uint FILE_32_BYTE_ALIGNMENT = 0x0000001F;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x3F: buffers start on a 64-byte boundary.</summary>
    public const uint FILE_64_BYTE_ALIGNMENT = 0x0000003F;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x7F: buffers start on a 128-byte boundary.</summary>
    public const uint FILE_128_BYTE_ALIGNMENT = 0x0000007F;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0xFF: buffers start on a 256-byte boundary.</summary>
    public const uint FILE_256_BYTE_ALIGNMENT = 0x000000FF;
    /// <summary>DEVICE_OBJECT.AlignmentRequirement 0x1FF: buffers start on a 512-byte boundary.</summary>
    public const uint FILE_512_BYTE_ALIGNMENT = 0x000001FF;
}
