using System;
using System.IO;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Test data copied into the output folder (TestData/…).</summary>
internal static class TestFiles
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    public static PublishedDocument Read(string relative) => PublishedDocumentReader.Read(Bytes(relative), System.IO.Path.GetFileName(relative));
}
