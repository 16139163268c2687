// TEMPORARY (cli-commands branch): the lead's BuildKitDump replaces this stub at merge.
namespace DfLint.Parsing;

public static class BuildKitDump
{
    public static string Dump(DfLint.Syntax.DockerfileSyntax syntax) => string.Empty;
}
