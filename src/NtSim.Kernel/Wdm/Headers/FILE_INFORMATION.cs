using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>FILE_INFORMATION_CLASS (wdm.h/ntifs.h): what ZwQueryInformationFile and ZwSetInformationFile
/// read or write. Values are <c>Wdm.File*Information</c>.</summary>
public enum FILE_INFORMATION_CLASS { }

/// <summary>FILE_BASIC_INFORMATION: times (100 ns units since 1601) and FILE_ATTRIBUTE_* flags.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_BASIC_INFORMATION
{
    public LARGE_INTEGER CreationTime;
    public LARGE_INTEGER LastAccessTime;
    public LARGE_INTEGER LastWriteTime;
    public LARGE_INTEGER ChangeTime;
    public uint FileAttributes;
}

/// <summary>FILE_STANDARD_INFORMATION: sizes, link count, and the delete-pending and directory flags.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_STANDARD_INFORMATION
{
    public LARGE_INTEGER AllocationSize;
    public LARGE_INTEGER EndOfFile;
    public uint NumberOfLinks;
    public bool DeletePending;
    public bool Directory;
}

/// <summary>FILE_POSITION_INFORMATION: the file's current byte offset.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_POSITION_INFORMATION
{
    public LARGE_INTEGER CurrentByteOffset;
}

/// <summary>FILE_END_OF_FILE_INFORMATION: the new end of file (ZwSetInformationFile).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_END_OF_FILE_INFORMATION
{
    public LARGE_INTEGER EndOfFile;
}

/// <summary>FILE_MODE_INFORMATION: the FILE_* open options that stay with the file object.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_MODE_INFORMATION
{
    public uint Mode;
}

/// <summary>FILE_ALIGNMENT_INFORMATION: the device's buffer alignment requirement (FILE_*_ALIGNMENT).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_ALIGNMENT_INFORMATION
{
    public uint AlignmentRequirement;
}

public static partial class Wdm
{
    // FILE_INFORMATION_CLASS (wdm.h, ntifs.h).
    public const FILE_INFORMATION_CLASS FileDirectoryInformation = (FILE_INFORMATION_CLASS)1;
    public const FILE_INFORMATION_CLASS FileFullDirectoryInformation = (FILE_INFORMATION_CLASS)2;
    public const FILE_INFORMATION_CLASS FileBothDirectoryInformation = (FILE_INFORMATION_CLASS)3;
    public const FILE_INFORMATION_CLASS FileBasicInformation = (FILE_INFORMATION_CLASS)4;
    public const FILE_INFORMATION_CLASS FileStandardInformation = (FILE_INFORMATION_CLASS)5;
    public const FILE_INFORMATION_CLASS FileInternalInformation = (FILE_INFORMATION_CLASS)6;
    public const FILE_INFORMATION_CLASS FileEaInformation = (FILE_INFORMATION_CLASS)7;
    public const FILE_INFORMATION_CLASS FileAccessInformation = (FILE_INFORMATION_CLASS)8;
    public const FILE_INFORMATION_CLASS FileNameInformation = (FILE_INFORMATION_CLASS)9;
    public const FILE_INFORMATION_CLASS FileRenameInformation = (FILE_INFORMATION_CLASS)10;
    public const FILE_INFORMATION_CLASS FileLinkInformation = (FILE_INFORMATION_CLASS)11;
    public const FILE_INFORMATION_CLASS FileNamesInformation = (FILE_INFORMATION_CLASS)12;
    public const FILE_INFORMATION_CLASS FileDispositionInformation = (FILE_INFORMATION_CLASS)13;
    public const FILE_INFORMATION_CLASS FilePositionInformation = (FILE_INFORMATION_CLASS)14;
    public const FILE_INFORMATION_CLASS FileFullEaInformation = (FILE_INFORMATION_CLASS)15;
    public const FILE_INFORMATION_CLASS FileModeInformation = (FILE_INFORMATION_CLASS)16;
    public const FILE_INFORMATION_CLASS FileAlignmentInformation = (FILE_INFORMATION_CLASS)17;
    public const FILE_INFORMATION_CLASS FileAllInformation = (FILE_INFORMATION_CLASS)18;
    public const FILE_INFORMATION_CLASS FileAllocationInformation = (FILE_INFORMATION_CLASS)19;
    public const FILE_INFORMATION_CLASS FileEndOfFileInformation = (FILE_INFORMATION_CLASS)20;
    public const FILE_INFORMATION_CLASS FileNetworkOpenInformation = (FILE_INFORMATION_CLASS)34;
    public const FILE_INFORMATION_CLASS FileAttributeTagInformation = (FILE_INFORMATION_CLASS)35;
    public const FILE_INFORMATION_CLASS FileMaximumInformation = (FILE_INFORMATION_CLASS)76;
}
