using NtSim.Setup;
using Xunit.Abstractions;

namespace NtSim.Tests.Setup.Inf;

/// <summary>Every INF and INX of the Windows-driver-samples corpus parses, and a few facts read from the files hold.</summary>
public sealed class InfCorpusTests(ITestOutputHelper output)
{
    private static readonly Version s_windows11 = new(10, 0, 22621);

    [CorpusFact]
    public void Load_EveryCorpusFile_ParsesWithoutErrors()
    {
        var corpus = RequireCorpus();

        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).Equals(".inf", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(f).Equals(".inx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var problems = new List<string>();
        int warnings = 0;
        foreach (var file in files)
        {
            var result = InfFile.Load(file);
            problems.AddRange(result.Errors.Select(e => e.ToString()));

            // autorun.inf is an AutoRun file, not a driver INF: the verifier rightly wants a [Version].
            var verified = InfVerifier.Verify(result).Where(d => d.Severity == InfSeverity.Error).ToList();
            if (Path.GetFileName(file) == "autorun.inf")
            {
                Assert.Equal([InfCodes.MissingVersion], verified.Select(d => d.Code));
            }
            else
            {
                problems.AddRange(verified.Select(e => e.ToString()));
            }

            warnings += result.Warnings.Count;
            if (result.Document is { } document && document.Sections.Count == 0)
            {
                problems.Add($"{file}: no sections");
            }
        }

        output.WriteLine($"{files.Count} files, {problems.Count} error(s), {warnings} warning(s).");
        Assert.Equal(138, files.Count);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [CorpusFact]
    public void Load_WdfSimpleToaster_ModelServiceAndKmdf()
    {
        if (Load("general/toaster/toastDrv/kmdf/func/simple/wdfsimple.inx") is not { } inf)
        {
            return;
        }

        Assert.Equal("TOASTER", inf.Version.Class);
        Assert.Equal(Guid.Parse("B85B7C50-6A01-11d2-B841-00C04FAD5171"), inf.Version.ClassGuid);
        Assert.Equal(new DateTime(1999, 6, 16), inf.Version.DriverDate);
        Assert.Equal(new Version(5, 0, 2064, 0), inf.Version.DriverVersion);
        Assert.Equal("KmdfSamples.cat", inf.Version.CatalogFile);

        var model = Assert.Single(inf.Models("amd64", s_windows11));
        Assert.Equal(@"{b85b7c50-6a01-11d2-b841-00c04fad5171}\MsToaster", model.HardwareId);
        Assert.Equal("WDF Simple Toaster (No Class Installer)", model.Description);
        Assert.Equal("Toaster_Device", model.InstallSection);

        var install = inf.GetInstall(model.InstallSection)!;
        Assert.Equal("Toaster_Device.NT", install.Name);
        Assert.Equal(["Toaster_Device.NT.Copy"], install.CopyFiles);
        var service = Assert.Single(install.Services);
        Assert.Equal("wdfsimple", service.ServiceName);
        Assert.True(service.IsFunctionDriver);
        Assert.Equal(1u, service.ServiceType);
        Assert.Equal(3u, service.StartType);
        Assert.Equal(1u, service.ErrorControl);
        Assert.Equal(@"%13%\wdfsimple.sys", service.ServiceBinary);
        Assert.Equal("WDF Simple Toaster Device Driver", service.DisplayName);
        var kmdf = Assert.Single(install.WdfServices);
        Assert.Equal(("Kmdf", "wdfsimple", "$KMDFVERSION$"), (kmdf.Kind, kmdf.ServiceName, kmdf.LibraryVersion));
    }

    [CorpusFact]
    public void Load_ToasterUpperFilter_UpperFiltersAndTwoServices()
    {
        if (Load("general/toaster/toastDrv/kmdf/filter/filter.inx") is not { } inf)
        {
            return;
        }

        var model = Assert.Single(inf.Models("amd64", s_windows11));
        Assert.Equal(@"{b85b7c50-6a01-11d2-b841-00c04fad5171}\MsToaster", model.HardwareId);
        var install = inf.GetInstall(model.InstallSection)!;
        Assert.Equal(["ToasterFilter"], install.UpperFilters);
        Assert.Empty(install.LowerFilters);
        Assert.Equal(["ToasterFilter", "wdffeatured"], install.Services.Select(s => s.ServiceName));
        Assert.Equal("wdffeatured", install.FunctionService!.ServiceName);
        Assert.Equal(["ToasterFilter", "wdffeatured"], install.WdfServices.Select(s => s.ServiceName));
        Assert.Null(inf.Models("amd64", new Version(10, 0, 15063)).FirstOrDefault()); // NTamd64.10.0...16299 needs build 16299
    }

    [CorpusFact]
    public void Load_FakeModem_LowerFilterIsItsOwnService()
    {
        if (Load("network/modem/fakemodem/mdmfake.inx") is not { } inf)
        {
            return;
        }

        var model = Assert.Single(inf.Models("amd64", s_windows11));
        Assert.Equal(@"{b85b7c50-6a01-11d2-b841-00c04fad5171}\fakemodem", model.HardwareId);
        Assert.Equal("FakeModem DDK Sample controllerless driver", model.Description);
        var install = inf.GetInstall(model.InstallSection)!;
        Assert.Equal(["fakemdm"], install.LowerFilters);
        Assert.Empty(install.UpperFilters);
        Assert.Equal("fakemdm", install.FunctionService!.ServiceName);
        Assert.Equal(1u, install.FunctionService.ServiceType);
        Assert.Equal(["All", "MfgAddReg", "ExtraCRLFResponses", "ModemX.AddReg", "INTERNAL"], install.AddReg);
    }

    [CorpusFact]
    public void Load_UmdfToasterFilter_IncludeNeedsAndTwoUmdfServices()
    {
        if (Load("general/toaster/umdf2/filter/generic/filterum.inx") is not { } inf)
        {
            return;
        }

        Assert.Null(inf.Models("amd64", new Version(10, 0, 19041)).FirstOrDefault()); // NT$ARCH$.10.0...22000
        var model = Assert.Single(inf.Models("amd64", s_windows11));
        Assert.Equal(@"root\toaster", model.HardwareId);
        var install = inf.GetInstall(model.InstallSection)!;
        Assert.Equal(["WUDFRD.inf"], install.Include);
        Assert.Equal(["WUDFRD.NT"], install.Needs);
        Assert.Equal(["WUDFRD.NT.Services"], install.ServicesSection!.ValueOf("Needs") is { } needs ? [needs] : []);
        Assert.Equal([("Umdf", "wdfsimpleum"), ("Umdf", "filterum")], install.WdfServices.Select(s => (s.Kind, s.ServiceName)));
        Assert.All(install.WdfServices, s => Assert.Equal("$UMDFVERSION$", s.LibraryVersion));
        Assert.Equal("wudf.cat", inf.Version.CatalogFile);
    }

    [CorpusFact]
    public void Load_ToasterFunctionDrivers_ToasterClassAndHardwareId()
    {
        RequireCorpus();

        var toasterClass = Guid.Parse("B85B7C50-6A01-11d2-B841-00C04FAD5171");
        foreach (var relative in (string[])["general/toaster/toastDrv/kmdf/func/featured/wdffeatured.inx", "general/toaster/umdf2/func/simple/wdfsimpleum.inx"])
        {
            var inf = Load(relative)!;
            Assert.Equal(toasterClass, inf.Version.ClassGuid);
            Assert.Contains(inf.Models("amd64", s_windows11), m => m.HardwareId.Equals(@"{b85b7c50-6a01-11d2-b841-00c04fad5171}\MsToaster", StringComparison.OrdinalIgnoreCase)
                || m.HardwareId.Equals(@"root\toaster", StringComparison.OrdinalIgnoreCase));
        }
    }

    private InfDocument? Load(string relative)
    {
        RequireCorpus();

        var result = InfFile.Load(InfCorpus.PathOf(relative));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Document;
    }

    // Without the corpus the test is skipped (CorpusFact), or fails here when CI is set.
    private static string RequireCorpus() =>
        InfCorpus.Directory ?? throw new Xunit.Sdk.XunitException(
            $"The INF corpus is not there ({InfCorpus.SearchedDescription}); "
            + $"set {InfCorpus.EnvironmentVariable} to a folder of INF files from Windows-driver-samples.");
}
