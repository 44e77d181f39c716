using System.IO.Compression;
using System.Text;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Exchange;

namespace ContentAnalysis.Core.Tests.Exchange;

/// <summary>Every hostile archive and XML file is built here in code and refused with one diagnostic, leaving the project as it was.</summary>
public sealed class HostileInputTests
{
    private const string Qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>";

    public static TheoryData<string, string> UnsafeNames => new()
    {
        { "../evil.txt", "QCA9502" },
        { "sources/../../evil.txt", "QCA9502" },
        { "/etc/evil.txt", "QCA9502" },
        { "\\windows\\evil.txt", "QCA9502" },
        { "C:/evil.txt", "QCA9502" },
        { "c:\\evil.txt", "QCA9502" },
        { "sources\\..\\..\\evil.txt", "QCA9502" },
    };

    [Theory]
    [MemberData(nameof(UnsafeNames))]
    public void Import_EntryOutsideTarget_RefusedAndNothingWritten(string name, string code)
    {
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde)), (name, "evil"u8.ToArray()));
        AssertRefused(temp, path, code);
    }

    [Fact]
    public void Import_SymbolicLink_QCA9503()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "in.qdpx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(zip, "project.qde", Encoding.UTF8.GetBytes(Qde));
            var link = zip.CreateEntry("sources/link.txt");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16)); // S_IFLNK | 0777, as zip -y stores a link
            using var stream = link.Open();
            stream.Write("/etc/passwd"u8);
        }

        AssertRefused(temp, path, "QCA9503");
    }

    [Fact]
    public void Import_TooManyEntries_QCA9504()
    {
        using var temp = new TempDirectory();
        var entries = Enumerable.Range(0, 12).Select(i => ($"sources/{i}.txt", "x"u8.ToArray())).Prepend(("project.qde", Encoding.UTF8.GetBytes(Qde))).ToArray();
        AssertRefused(temp, Archive(temp, entries), "QCA9504", ArchiveLimits.Default with { MaxEntries = 10 });
    }

    [Fact]
    public void Import_EntryLargerThanLimit_QCA9505()
    {
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde)), ("sources/big.txt", RandomBytes(5000)));
        AssertRefused(temp, path, "QCA9505", ArchiveLimits.Default with { MaxEntryBytes = 4096 });
    }

    [Fact]
    public void Import_TotalLargerThanLimit_QCA9505()
    {
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde)), ("sources/a.txt", RandomBytes(3000)), ("sources/b.txt", RandomBytes(3000)));
        var error = AssertRefused(temp, path, "QCA9505", ArchiveLimits.Default with { MaxTotalBytes = 5000 });
        Assert.Contains("in total", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipBomb_QCA9506()
    {
        // 8 MiB of zeros deflate to about 8 KiB: a ratio near 1,000, far above the limit of 100.
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde)), ("sources/bomb.txt", new byte[8 << 20]));
        AssertRefused(temp, path, "QCA9506");
    }

    [Fact]
    public void Import_DuplicateNamesIgnoringCase_QCA9513()
    {
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde)), ("sources/a.txt", "a"u8.ToArray()), ("Sources/A.txt", "b"u8.ToArray()));
        AssertRefused(temp, path, "QCA9513");
    }

    [Fact]
    public void Import_NotAZip_QCA9501()
    {
        using var temp = new TempDirectory();
        AssertRefused(temp, temp.Write("in.qdpx", "not a zip"), "QCA9501");
    }

    [Fact]
    public void Import_DamagedCompressedData_QCA9501()
    {
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde + new string(' ', 200))));

        // The deflate data starts after the 30-byte local header and the name; 0xFF is block type 11, which is reserved.
        var bytes = File.ReadAllBytes(path);
        bytes[30 + "project.qde".Length] = 0xFF;
        File.WriteAllBytes(path, bytes);
        AssertRefused(temp, path, "QCA9501");
    }

    [Fact]
    public void Import_NoProjectQde_QCA9510()
    {
        using var temp = new TempDirectory();
        AssertRefused(temp, Archive(temp, ("sources/a.txt", "a"u8.ToArray())), "QCA9510");
    }

    [Fact]
    public void Import_DtdWithExternalEntity_QCA9507()
    {
        using var temp = new TempDirectory();
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>";
        AssertRefused(temp, Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(xml))), "QCA9507");
    }

    [Fact]
    public void Import_BillionLaughs_QCA9507()
    {
        using var temp = new TempDirectory();
        var xml = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><Project name=\"&lol2;\"/>";
        AssertRefused(temp, Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(xml))), "QCA9507");
    }

    [Fact]
    public void Import_DeepNesting_QCA9508()
    {
        using var temp = new TempDirectory();
        var xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">" + string.Concat(Enumerable.Repeat("<Description>", 100)) + string.Concat(Enumerable.Repeat("</Description>", 100)) + "</Project>";
        var error = AssertRefused(temp, Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(xml))), "QCA9508");
        Assert.Contains("nested deeper than 64 levels", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OversizedAttribute_QCA9508()
    {
        using var temp = new TempDirectory();
        var xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"" + Letters(SafeXml.MaxAttributeLength + 1) + "\"/>";
        var error = AssertRefused(temp, Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(xml))), "QCA9508");
        Assert.Contains("attribute 'name' is longer than", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedXml_QCA9509()
    {
        using var temp = new TempDirectory();
        AssertRefused(temp, Archive(temp, ("project.qde", "<Project name=\"x\"><Users></Project>"u8.ToArray())), "QCA9509");
    }

    [Fact]
    public void Import_CodebookAsProject_QCA9510()
    {
        using var temp = new TempDirectory();
        AssertRefused(temp, Archive(temp, ("project.qde", "<CodeBook><Codes/></CodeBook>"u8.ToArray())), "QCA9510");
    }

    [Fact]
    public void Import_MissingArchive_QCA9511()
    {
        using var temp = new TempDirectory();
        AssertRefused(temp, Path.Combine(temp.Path, "none.qdpx"), "QCA9511");
    }

    [Fact]
    public void SafeArchive_Refusal_LeavesNoStagingFolder()
    {
        using var temp = new TempDirectory();
        var path = Archive(temp, ("project.qde", Encoding.UTF8.GetBytes(Qde)), ("sources/bomb.txt", new byte[8 << 20]));
        var before = Directory.GetDirectories(Path.GetTempPath(), "qcat-refi-*").Length;
        Assert.Throws<InputException>(() => SafeArchive.Extract(path, "in.qdpx", ArchiveLimits.Default).Dispose());
        Assert.True(Directory.GetDirectories(Path.GetTempPath(), "qcat-refi-*").Length <= before);
    }

    internal static string Archive(TempDirectory temp, params (string Name, byte[] Bytes)[] entries)
    {
        var path = Path.Combine(temp.Path, "in.qdpx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            Write(zip, name, bytes);
        }

        return path;
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(bytes);
    }

    // Random letters, so the entry does not compress like a zip bomb.
    private static string Letters(int count)
    {
        var random = new Random(7);
        return string.Create(count, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static string AssertRefused(TempDirectory temp, string archive, string code, ArchiveLimits? limits = null)
    {
        var project = Directory.CreateDirectory(Path.Combine(temp.Path, "project")).FullName;
        var error = Assert.Throws<InputException>(() => ProjectExchange.Import(new ProjectLayout(project), archive, "in.qdpx", [], () => DateTimeOffset.UnixEpoch, limits ?? ArchiveLimits.Default));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.DoesNotContain('\n', diagnostic.ToString());
        Assert.StartsWith("in.qdpx", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(project));
        Assert.False(File.Exists(Path.Combine(temp.Path, "evil.txt")));
        return diagnostic.ToString();
    }
}
