using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace ParkSiteGen.Tests.Support;

/// <summary>Snapshot testing with Verify's conventions (Verify.Xunit is not available here):
/// the expected text is &lt;TestClass&gt;.&lt;name&gt;.verified.&lt;ext&gt; beside the test file, committed;
/// on a mismatch the actual text is written to .received.&lt;ext&gt; (git-ignored) and the test fails with a
/// line diff. To accept changes, run the tests with PARKSITEGEN_ACCEPT_SNAPSHOTS=1 and review the git diff.</summary>
public static class Snapshot
{
    public const string AcceptVariable = "PARKSITEGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var stem = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(testFile)}.{name}");
        var verifiedPath = $"{stem}.verified.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        actual = actual.Replace("\r\n", "\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = verified is null
            ? $"No snapshot yet: {Path.GetFileName(verifiedPath)}. Review {Path.GetFileName(receivedPath)} and rename it to .verified, or rerun with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (- verified, + received):\n{LineDiff.Unified(verified, actual)}\nAccept with {AcceptVariable}=1 if the change is intended.";
        throw new XunitException(message);
    }
}
