namespace NtSim;

public static partial class Wdm
{
    // dpfilter.h: DbgPrintEx levels and component ids. DPFLTR_TYPE is a C enum, but the routines that
    // take a component id (DbgPrintEx, vDbgPrintEx, DbgQueryDebugFilterState) declare it ULONG, so the
    // ids are uint here and pass without a cast, as in C.
    /// <summary>DbgPrintEx level 0: an error; shown by default, as the system-wide filter mask has bit 0 set.</summary>
    public const uint DPFLTR_ERROR_LEVEL = 0;
    /// <summary>DbgPrintEx level 1: a warning; shown only if the component's filter mask has bit 1.</summary>
    public const uint DPFLTR_WARNING_LEVEL = 1;
    /// <summary>DbgPrintEx level 2: trace output; shown only if the component's filter mask has bit 2.</summary>
    public const uint DPFLTR_TRACE_LEVEL = 2;
    /// <summary>DbgPrintEx level 3: informational output; shown only if the component's filter mask has bit 3.</summary>
    public const uint DPFLTR_INFO_LEVEL = 3;

    // A Level above 31 is a bit mask; DPFLTR_MASK marks it as one.
    /// <summary>OR-ed into a DbgPrintEx Level to mark the rest of it as a bit mask of levels rather than a level number.</summary>
    public const uint DPFLTR_MASK = 0x80000000;

    // DPFLTR_TYPE: the component ids. Third-party drivers use the DPFLTR_IHV* ids.
    /// <summary>DbgPrintEx component id 0; the kernel's Kd_SYSTEM_Mask filters it.</summary>
    public const uint DPFLTR_SYSTEM_ID = 0;
    /// <summary>DbgPrintEx component id 1; the kernel's Kd_SMSS_Mask filters it.</summary>
    public const uint DPFLTR_SMSS_ID = 1;
    /// <summary>DbgPrintEx component id 2; the kernel's Kd_SETUP_Mask filters it.</summary>
    public const uint DPFLTR_SETUP_ID = 2;
    /// <summary>DbgPrintEx component id 3 (the NTFS file system); the kernel's Kd_NTFS_Mask filters it.</summary>
    public const uint DPFLTR_NTFS_ID = 3;
    /// <summary>DbgPrintEx component id 4; the kernel's Kd_FSTUB_Mask filters it.</summary>
    public const uint DPFLTR_FSTUB_ID = 4;
    /// <summary>DbgPrintEx component id 5; the kernel's Kd_CRASHDUMP_Mask filters it.</summary>
    public const uint DPFLTR_CRASHDUMP_ID = 5;
    /// <summary>DbgPrintEx component id 6; the kernel's Kd_CDAUDIO_Mask filters it.</summary>
    public const uint DPFLTR_CDAUDIO_ID = 6;
    /// <summary>DbgPrintEx component id 7 (the CD-ROM class driver); the kernel's Kd_CDROM_Mask filters it.</summary>
    public const uint DPFLTR_CDROM_ID = 7;
    /// <summary>DbgPrintEx component id 8 (the storage class library); the kernel's Kd_CLASSPNP_Mask filters it.</summary>
    public const uint DPFLTR_CLASSPNP_ID = 8;
    /// <summary>DbgPrintEx component id 9 (the disk class driver); the kernel's Kd_DISK_Mask filters it.</summary>
    public const uint DPFLTR_DISK_ID = 9;
    /// <summary>DbgPrintEx component id 10; the kernel's Kd_REDBOOK_Mask filters it.</summary>
    public const uint DPFLTR_REDBOOK_ID = 10;
    /// <summary>DbgPrintEx component id 11; the kernel's Kd_STORPROP_Mask filters it.</summary>
    public const uint DPFLTR_STORPROP_ID = 11;
    /// <summary>DbgPrintEx component id 12 (the SCSI port driver); the kernel's Kd_SCSIPORT_Mask filters it.</summary>
    public const uint DPFLTR_SCSIPORT_ID = 12;
    /// <summary>DbgPrintEx component id 13 (SCSI miniports); the kernel's Kd_SCSIMINIPORT_Mask filters it.</summary>
    public const uint DPFLTR_SCSIMINIPORT_ID = 13;
    /// <summary>DbgPrintEx component id 14; the kernel's Kd_CONFIG_Mask filters it.</summary>
    public const uint DPFLTR_CONFIG_ID = 14;
    /// <summary>DbgPrintEx component id 15; the kernel's Kd_I8042PRT_Mask filters it.</summary>
    public const uint DPFLTR_I8042PRT_ID = 15;
    /// <summary>DbgPrintEx component id 16; the kernel's Kd_SERMOUSE_Mask filters it.</summary>
    public const uint DPFLTR_SERMOUSE_ID = 16;
    /// <summary>DbgPrintEx component id 17; the kernel's Kd_LSERMOUS_Mask filters it.</summary>
    public const uint DPFLTR_LSERMOUS_ID = 17;
    /// <summary>DbgPrintEx component id 18; the kernel's Kd_KBDHID_Mask filters it.</summary>
    public const uint DPFLTR_KBDHID_ID = 18;
    /// <summary>DbgPrintEx component id 19; the kernel's Kd_MOUHID_Mask filters it.</summary>
    public const uint DPFLTR_MOUHID_ID = 19;
    /// <summary>DbgPrintEx component id 20 (the keyboard class driver); the kernel's Kd_KBDCLASS_Mask filters it.</summary>
    public const uint DPFLTR_KBDCLASS_ID = 20;
    /// <summary>DbgPrintEx component id 21 (the mouse class driver); the kernel's Kd_MOUCLASS_Mask filters it.</summary>
    public const uint DPFLTR_MOUCLASS_ID = 21;
    /// <summary>DbgPrintEx component id 22; the kernel's Kd_TWOTRACK_Mask filters it.</summary>
    public const uint DPFLTR_TWOTRACK_ID = 22;
    /// <summary>DbgPrintEx component id 23; the kernel's Kd_WMILIB_Mask filters it.</summary>
    public const uint DPFLTR_WMILIB_ID = 23;
    /// <summary>DbgPrintEx component id 24 (the ACPI driver); the kernel's Kd_ACPI_Mask filters it.</summary>
    public const uint DPFLTR_ACPI_ID = 24;
    /// <summary>DbgPrintEx component id 25; the kernel's Kd_AMLI_Mask filters it.</summary>
    public const uint DPFLTR_AMLI_ID = 25;
    /// <summary>DbgPrintEx component id 26; the kernel's Kd_HALIA64_Mask filters it.</summary>
    public const uint DPFLTR_HALIA64_ID = 26;
    /// <summary>DbgPrintEx component id 27; the kernel's Kd_VIDEO_Mask filters it.</summary>
    public const uint DPFLTR_VIDEO_ID = 27;
    /// <summary>DbgPrintEx component id 28; the kernel's Kd_SVCHOST_Mask filters it.</summary>
    public const uint DPFLTR_SVCHOST_ID = 28;
    /// <summary>DbgPrintEx component id 29; the kernel's Kd_VIDEOPRT_Mask filters it.</summary>
    public const uint DPFLTR_VIDEOPRT_ID = 29;
    /// <summary>DbgPrintEx component id 30 (the TCP/IP stack); the kernel's Kd_TCPIP_Mask filters it.</summary>
    public const uint DPFLTR_TCPIP_ID = 30;
    /// <summary>DbgPrintEx component id 31; the kernel's Kd_DMSYNTH_Mask filters it.</summary>
    public const uint DPFLTR_DMSYNTH_ID = 31;
    /// <summary>DbgPrintEx component id 32; the kernel's Kd_NTOSPNP_Mask filters it.</summary>
    public const uint DPFLTR_NTOSPNP_ID = 32;
    /// <summary>DbgPrintEx component id 33 (the FAT file system); the kernel's Kd_FASTFAT_Mask filters it.</summary>
    public const uint DPFLTR_FASTFAT_ID = 33;
    /// <summary>DbgPrintEx component id 34; the kernel's Kd_SAMSS_Mask filters it.</summary>
    public const uint DPFLTR_SAMSS_ID = 34;
    /// <summary>DbgPrintEx component id 35 (the Plug and Play manager); the kernel's Kd_PNPMGR_Mask filters it.</summary>
    public const uint DPFLTR_PNPMGR_ID = 35;
    /// <summary>DbgPrintEx component id 36; the kernel's Kd_NETAPI_Mask filters it.</summary>
    public const uint DPFLTR_NETAPI_ID = 36;
    /// <summary>DbgPrintEx component id 37; the kernel's Kd_SCSERVER_Mask filters it.</summary>
    public const uint DPFLTR_SCSERVER_ID = 37;
    /// <summary>DbgPrintEx component id 38; the kernel's Kd_SCCLIENT_Mask filters it.</summary>
    public const uint DPFLTR_SCCLIENT_ID = 38;
    /// <summary>DbgPrintEx component id 39 (the serial port driver); the kernel's Kd_SERIAL_Mask filters it.</summary>
    public const uint DPFLTR_SERIAL_ID = 39;
    /// <summary>DbgPrintEx component id 40; the kernel's Kd_SERENUM_Mask filters it.</summary>
    public const uint DPFLTR_SERENUM_ID = 40;
    /// <summary>DbgPrintEx component id 41; the kernel's Kd_UHCD_Mask filters it.</summary>
    public const uint DPFLTR_UHCD_ID = 41;
    /// <summary>DbgPrintEx component id 42; the kernel's Kd_RPCPROXY_Mask filters it.</summary>
    public const uint DPFLTR_RPCPROXY_ID = 42;
    /// <summary>DbgPrintEx component id 43; the kernel's Kd_AUTOCHK_Mask filters it.</summary>
    public const uint DPFLTR_AUTOCHK_ID = 43;
    /// <summary>DbgPrintEx component id 44; the kernel's Kd_DCOMSS_Mask filters it.</summary>
    public const uint DPFLTR_DCOMSS_ID = 44;
    /// <summary>DbgPrintEx component id 45; the kernel's Kd_UNIMODEM_Mask filters it.</summary>
    public const uint DPFLTR_UNIMODEM_ID = 45;
    /// <summary>DbgPrintEx component id 46; the kernel's Kd_SIS_Mask filters it.</summary>
    public const uint DPFLTR_SIS_ID = 46;
    /// <summary>DbgPrintEx component id 47 (the filter manager); the kernel's Kd_FLTMGR_Mask filters it.</summary>
    public const uint DPFLTR_FLTMGR_ID = 47;
    /// <summary>DbgPrintEx component id 48 (WMI); the kernel's Kd_WMICORE_Mask filters it.</summary>
    public const uint DPFLTR_WMICORE_ID = 48;
    /// <summary>DbgPrintEx component id 49; the kernel's Kd_BURNENG_Mask filters it.</summary>
    public const uint DPFLTR_BURNENG_ID = 49;
    /// <summary>DbgPrintEx component id 50; the kernel's Kd_IMAPI_Mask filters it.</summary>
    public const uint DPFLTR_IMAPI_ID = 50;
    /// <summary>DbgPrintEx component id 51; the kernel's Kd_SXS_Mask filters it.</summary>
    public const uint DPFLTR_SXS_ID = 51;
    /// <summary>DbgPrintEx component id 52; the kernel's Kd_FUSION_Mask filters it.</summary>
    public const uint DPFLTR_FUSION_ID = 52;
    /// <summary>DbgPrintEx component id 53; the kernel's Kd_IDLETASK_Mask filters it.</summary>
    public const uint DPFLTR_IDLETASK_ID = 53;
    /// <summary>DbgPrintEx component id 54; the kernel's Kd_SOFTPCI_Mask filters it.</summary>
    public const uint DPFLTR_SOFTPCI_ID = 54;
    /// <summary>DbgPrintEx component id 55; the kernel's Kd_TAPE_Mask filters it.</summary>
    public const uint DPFLTR_TAPE_ID = 55;
    /// <summary>DbgPrintEx component id 56; the kernel's Kd_MCHGR_Mask filters it.</summary>
    public const uint DPFLTR_MCHGR_ID = 56;
    /// <summary>DbgPrintEx component id 57; the kernel's Kd_IDEP_Mask filters it.</summary>
    public const uint DPFLTR_IDEP_ID = 57;
    /// <summary>DbgPrintEx component id 58; the kernel's Kd_PCIIDE_Mask filters it.</summary>
    public const uint DPFLTR_PCIIDE_ID = 58;
    /// <summary>DbgPrintEx component id 59; the kernel's Kd_FLOPPY_Mask filters it.</summary>
    public const uint DPFLTR_FLOPPY_ID = 59;
    /// <summary>DbgPrintEx component id 60; the kernel's Kd_FDC_Mask filters it.</summary>
    public const uint DPFLTR_FDC_ID = 60;
    /// <summary>DbgPrintEx component id 61; the kernel's Kd_TERMSRV_Mask filters it.</summary>
    public const uint DPFLTR_TERMSRV_ID = 61;
    /// <summary>DbgPrintEx component id 62; the kernel's Kd_W32TIME_Mask filters it.</summary>
    public const uint DPFLTR_W32TIME_ID = 62;
    /// <summary>DbgPrintEx component id 63; the kernel's Kd_PREFETCHER_Mask filters it.</summary>
    public const uint DPFLTR_PREFETCHER_ID = 63;
    /// <summary>DbgPrintEx component id 64; the kernel's Kd_RSFILTER_Mask filters it.</summary>
    public const uint DPFLTR_RSFILTER_ID = 64;
    /// <summary>DbgPrintEx component id 65; the kernel's Kd_FCPORT_Mask filters it.</summary>
    public const uint DPFLTR_FCPORT_ID = 65;
    /// <summary>DbgPrintEx component id 66 (the PCI bus driver); the kernel's Kd_PCI_Mask filters it.</summary>
    public const uint DPFLTR_PCI_ID = 66;
    /// <summary>DbgPrintEx component id 67; the kernel's Kd_DMIO_Mask filters it.</summary>
    public const uint DPFLTR_DMIO_ID = 67;
    /// <summary>DbgPrintEx component id 68; the kernel's Kd_DMCONFIG_Mask filters it.</summary>
    public const uint DPFLTR_DMCONFIG_ID = 68;
    /// <summary>DbgPrintEx component id 69; the kernel's Kd_DMADMIN_Mask filters it.</summary>
    public const uint DPFLTR_DMADMIN_ID = 69;
    /// <summary>DbgPrintEx component id 70; the kernel's Kd_WSOCKTRANSPORT_Mask filters it.</summary>
    public const uint DPFLTR_WSOCKTRANSPORT_ID = 70;
    /// <summary>DbgPrintEx component id 71; the kernel's Kd_VSS_Mask filters it.</summary>
    public const uint DPFLTR_VSS_ID = 71;
    /// <summary>DbgPrintEx component id 72; the kernel's Kd_PNPMEM_Mask filters it.</summary>
    public const uint DPFLTR_PNPMEM_ID = 72;
    /// <summary>DbgPrintEx component id 73; the kernel's Kd_PROCESSOR_Mask filters it.</summary>
    public const uint DPFLTR_PROCESSOR_ID = 73;
    /// <summary>DbgPrintEx component id 74; the kernel's Kd_DMSERVER_Mask filters it.</summary>
    public const uint DPFLTR_DMSERVER_ID = 74;
    /// <summary>DbgPrintEx component id 75; the kernel's Kd_SR_Mask filters it.</summary>
    public const uint DPFLTR_SR_ID = 75;
    /// <summary>DbgPrintEx component id 76; the kernel's Kd_INFINIBAND_Mask filters it.</summary>
    public const uint DPFLTR_INFINIBAND_ID = 76;
    /// <summary>DbgPrintEx component id 77 (third-party drivers of no other class); the kernel's Kd_IHVDRIVER_Mask filters it.</summary>
    public const uint DPFLTR_IHVDRIVER_ID = 77;
    /// <summary>DbgPrintEx component id 78 (third-party video drivers); the kernel's Kd_IHVVIDEO_Mask filters it.</summary>
    public const uint DPFLTR_IHVVIDEO_ID = 78;
    /// <summary>DbgPrintEx component id 79 (third-party audio drivers); the kernel's Kd_IHVAUDIO_Mask filters it.</summary>
    public const uint DPFLTR_IHVAUDIO_ID = 79;
    /// <summary>DbgPrintEx component id 80 (third-party network drivers); the kernel's Kd_IHVNETWORK_Mask filters it.</summary>
    public const uint DPFLTR_IHVNETWORK_ID = 80;
    /// <summary>DbgPrintEx component id 81 (third-party streaming drivers); the kernel's Kd_IHVSTREAMING_Mask filters it.</summary>
    public const uint DPFLTR_IHVSTREAMING_ID = 81;
    /// <summary>DbgPrintEx component id 82 (third-party bus drivers); the kernel's Kd_IHVBUS_Mask filters it.</summary>
    public const uint DPFLTR_IHVBUS_ID = 82;
    /// <summary>DbgPrintEx component id 83; the kernel's Kd_HPS_Mask filters it.</summary>
    public const uint DPFLTR_HPS_ID = 83;
    /// <summary>DbgPrintEx component id 84; the kernel's Kd_RTLTHREADPOOL_Mask filters it.</summary>
    public const uint DPFLTR_RTLTHREADPOOL_ID = 84;
    /// <summary>DbgPrintEx component id 85; the kernel's Kd_LDR_Mask filters it.</summary>
    public const uint DPFLTR_LDR_ID = 85;
    /// <summary>DbgPrintEx component id 86; the kernel's Kd_TCPIP6_Mask filters it.</summary>
    public const uint DPFLTR_TCPIP6_ID = 86;
    /// <summary>DbgPrintEx component id 87; the kernel's Kd_ISAPNP_Mask filters it.</summary>
    public const uint DPFLTR_ISAPNP_ID = 87;
    /// <summary>DbgPrintEx component id 88; the kernel's Kd_SHPC_Mask filters it.</summary>
    public const uint DPFLTR_SHPC_ID = 88;
    /// <summary>DbgPrintEx component id 89 (the Storport port driver); the kernel's Kd_STORPORT_Mask filters it.</summary>
    public const uint DPFLTR_STORPORT_ID = 89;
    /// <summary>DbgPrintEx component id 90 (Storport miniports); the kernel's Kd_STORMINIPORT_Mask filters it.</summary>
    public const uint DPFLTR_STORMINIPORT_ID = 90;
    /// <summary>DbgPrintEx component id 91; the kernel's Kd_PRINTSPOOLER_Mask filters it.</summary>
    public const uint DPFLTR_PRINTSPOOLER_ID = 91;
    /// <summary>DbgPrintEx component id 92; the kernel's Kd_VSSDYNDISK_Mask filters it.</summary>
    public const uint DPFLTR_VSSDYNDISK_ID = 92;
    /// <summary>DbgPrintEx component id 93 (Driver Verifier); the kernel's Kd_VERIFIER_Mask filters it.</summary>
    public const uint DPFLTR_VERIFIER_ID = 93;
    /// <summary>DbgPrintEx component id 94; the kernel's Kd_VDS_Mask filters it.</summary>
    public const uint DPFLTR_VDS_ID = 94;
    /// <summary>DbgPrintEx component id 95; the kernel's Kd_VDSBAS_Mask filters it.</summary>
    public const uint DPFLTR_VDSBAS_ID = 95;
    /// <summary>DbgPrintEx component id 96; the kernel's Kd_VDSDYN_Mask filters it.</summary>
    public const uint DPFLTR_VDSDYN_ID = 96;
    /// <summary>DbgPrintEx component id 97; the kernel's Kd_VDSDYNDR_Mask filters it.</summary>
    public const uint DPFLTR_VDSDYNDR_ID = 97;
    /// <summary>DbgPrintEx component id 98; the kernel's Kd_VDSLDR_Mask filters it.</summary>
    public const uint DPFLTR_VDSLDR_ID = 98;
    /// <summary>DbgPrintEx component id 99; the kernel's Kd_VDSUTIL_Mask filters it.</summary>
    public const uint DPFLTR_VDSUTIL_ID = 99;
    /// <summary>DbgPrintEx component id 100; the kernel's Kd_DFRGIFC_Mask filters it.</summary>
    public const uint DPFLTR_DFRGIFC_ID = 100;
    /// <summary>DbgPrintEx component id 101 (components with no id of their own); the kernel's Kd_DEFAULT_Mask filters it.</summary>
    public const uint DPFLTR_DEFAULT_ID = 101;
    /// <summary>DbgPrintEx component id 102 (the memory manager); the kernel's Kd_MM_Mask filters it.</summary>
    public const uint DPFLTR_MM_ID = 102;
    /// <summary>DbgPrintEx component id 103; the kernel's Kd_DFSC_Mask filters it.</summary>
    public const uint DPFLTR_DFSC_ID = 103;
    /// <summary>DbgPrintEx component id 104; the kernel's Kd_WOW64_Mask filters it.</summary>
    public const uint DPFLTR_WOW64_ID = 104;
    /// <summary>DbgPrintEx component id 105; the kernel's Kd_ALPC_Mask filters it.</summary>
    public const uint DPFLTR_ALPC_ID = 105;
    /// <summary>DbgPrintEx component id 106; the kernel's Kd_WDI_Mask filters it.</summary>
    public const uint DPFLTR_WDI_ID = 106;
    /// <summary>DbgPrintEx component id 107; the kernel's Kd_PERFLIB_Mask filters it.</summary>
    public const uint DPFLTR_PERFLIB_ID = 107;
    /// <summary>DbgPrintEx component id 108; the kernel's Kd_KTM_Mask filters it.</summary>
    public const uint DPFLTR_KTM_ID = 108;
    /// <summary>DbgPrintEx component id 109; the kernel's Kd_IOSTRESS_Mask filters it.</summary>
    public const uint DPFLTR_IOSTRESS_ID = 109;
    /// <summary>DbgPrintEx component id 110; the kernel's Kd_HEAP_Mask filters it.</summary>
    public const uint DPFLTR_HEAP_ID = 110;
    /// <summary>DbgPrintEx component id 111; the kernel's Kd_WHEA_Mask filters it.</summary>
    public const uint DPFLTR_WHEA_ID = 111;
    /// <summary>DbgPrintEx component id 112; the kernel's Kd_USERGDI_Mask filters it.</summary>
    public const uint DPFLTR_USERGDI_ID = 112;
    /// <summary>DbgPrintEx component id 113; the kernel's Kd_MMCSS_Mask filters it.</summary>
    public const uint DPFLTR_MMCSS_ID = 113;
    /// <summary>DbgPrintEx component id 114; the kernel's Kd_TPM_Mask filters it.</summary>
    public const uint DPFLTR_TPM_ID = 114;
    /// <summary>DbgPrintEx component id 115; the kernel's Kd_THREADORDER_Mask filters it.</summary>
    public const uint DPFLTR_THREADORDER_ID = 115;
    /// <summary>DbgPrintEx component id 116; the kernel's Kd_ENVIRON_Mask filters it.</summary>
    public const uint DPFLTR_ENVIRON_ID = 116;
    /// <summary>DbgPrintEx component id 117; the kernel's Kd_EMS_Mask filters it.</summary>
    public const uint DPFLTR_EMS_ID = 117;
    /// <summary>DbgPrintEx component id 118; the kernel's Kd_WDT_Mask filters it.</summary>
    public const uint DPFLTR_WDT_ID = 118;
    /// <summary>DbgPrintEx component id 119; the kernel's Kd_FVEVOL_Mask filters it.</summary>
    public const uint DPFLTR_FVEVOL_ID = 119;
    /// <summary>DbgPrintEx component id 120 (NDIS); the kernel's Kd_NDIS_Mask filters it.</summary>
    public const uint DPFLTR_NDIS_ID = 120;
    /// <summary>DbgPrintEx component id 121; the kernel's Kd_NVCTRACE_Mask filters it.</summary>
    public const uint DPFLTR_NVCTRACE_ID = 121;
    /// <summary>DbgPrintEx component id 122; the kernel's Kd_LUAFV_Mask filters it.</summary>
    public const uint DPFLTR_LUAFV_ID = 122;
    /// <summary>DbgPrintEx component id 123; the kernel's Kd_APPCOMPAT_Mask filters it.</summary>
    public const uint DPFLTR_APPCOMPAT_ID = 123;
    /// <summary>DbgPrintEx component id 124 (the USB mass storage driver); the kernel's Kd_USBSTOR_Mask filters it.</summary>
    public const uint DPFLTR_USBSTOR_ID = 124;
    /// <summary>DbgPrintEx component id 125; the kernel's Kd_SBP2PORT_Mask filters it.</summary>
    public const uint DPFLTR_SBP2PORT_ID = 125;
    /// <summary>DbgPrintEx component id 126; the kernel's Kd_COVERAGE_Mask filters it.</summary>
    public const uint DPFLTR_COVERAGE_ID = 126;
    /// <summary>DbgPrintEx component id 127 (the cache manager); the kernel's Kd_CACHEMGR_Mask filters it.</summary>
    public const uint DPFLTR_CACHEMGR_ID = 127;
    /// <summary>DbgPrintEx component id 128; the kernel's Kd_MOUNTMGR_Mask filters it.</summary>
    public const uint DPFLTR_MOUNTMGR_ID = 128;
    /// <summary>DbgPrintEx component id 129; the kernel's Kd_CFR_Mask filters it.</summary>
    public const uint DPFLTR_CFR_ID = 129;
    /// <summary>DbgPrintEx component id 130; the kernel's Kd_TXF_Mask filters it.</summary>
    public const uint DPFLTR_TXF_ID = 130;
    /// <summary>DbgPrintEx component id 131; the kernel's Kd_KSECDD_Mask filters it.</summary>
    public const uint DPFLTR_KSECDD_ID = 131;
    /// <summary>DbgPrintEx component id 132; the kernel's Kd_FLTREGRESS_Mask filters it.</summary>
    public const uint DPFLTR_FLTREGRESS_ID = 132;
    /// <summary>DbgPrintEx component id 133; the kernel's Kd_MPIO_Mask filters it.</summary>
    public const uint DPFLTR_MPIO_ID = 133;
    /// <summary>DbgPrintEx component id 134; the kernel's Kd_MSDSM_Mask filters it.</summary>
    public const uint DPFLTR_MSDSM_ID = 134;
    /// <summary>DbgPrintEx component id 135; the kernel's Kd_UDFS_Mask filters it.</summary>
    public const uint DPFLTR_UDFS_ID = 135;
    /// <summary>DbgPrintEx component id 136; the kernel's Kd_PSHED_Mask filters it.</summary>
    public const uint DPFLTR_PSHED_ID = 136;
    /// <summary>DbgPrintEx component id 137; the kernel's Kd_STORVSP_Mask filters it.</summary>
    public const uint DPFLTR_STORVSP_ID = 137;
    /// <summary>DbgPrintEx component id 138; the kernel's Kd_LSASS_Mask filters it.</summary>
    public const uint DPFLTR_LSASS_ID = 138;
    /// <summary>DbgPrintEx component id 139; the kernel's Kd_SSPICLI_Mask filters it.</summary>
    public const uint DPFLTR_SSPICLI_ID = 139;
    /// <summary>DbgPrintEx component id 140; the kernel's Kd_CNG_Mask filters it.</summary>
    public const uint DPFLTR_CNG_ID = 140;
    /// <summary>DbgPrintEx component id 141; the kernel's Kd_EXFAT_Mask filters it.</summary>
    public const uint DPFLTR_EXFAT_ID = 141;
    /// <summary>DbgPrintEx component id 142; the kernel's Kd_FILETRACE_Mask filters it.</summary>
    public const uint DPFLTR_FILETRACE_ID = 142;
    /// <summary>DbgPrintEx component id 143; the kernel's Kd_XSAVE_Mask filters it.</summary>
    public const uint DPFLTR_XSAVE_ID = 143;
    /// <summary>DbgPrintEx component id 144; the kernel's Kd_SE_Mask filters it.</summary>
    public const uint DPFLTR_SE_ID = 144;
    /// <summary>DbgPrintEx component id 145; the kernel's Kd_DRIVEEXTENDER_Mask filters it.</summary>
    public const uint DPFLTR_DRIVEEXTENDER_ID = 145;
    /// <summary>One past the last component id (146); not a component.</summary>
    public const uint DPFLTR_ENDOFTABLE_ID = 146;
}
