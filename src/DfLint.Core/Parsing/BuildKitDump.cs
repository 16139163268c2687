using System.Collections.Generic;
using System.Linq;
using System.Text;
using DfLint.Syntax;

namespace DfLint.Parsing;

/// <summary>
/// Prints a syntax tree in BuildKit's AST dump format (<c>Node.Dump()</c> plus a newline): one
/// <c>(keyword ["--flags"] "arg" ...)</c> line per instruction, strings quoted as Go's strconv.Quote does.
/// </summary>
public static class BuildKitDump
{
    public static string Dump(DockerfileSyntax syntax)
    {
        var sb = new StringBuilder();
        foreach (var node in syntax.Instructions)
            sb.Append('(').Append(DumpInstruction(node)).Append(")\n");
        return TrimSpace(sb.ToString()) + "\n";
    }

    public static string DumpInstruction(InstructionSyntax node)
    {
        var sb = new StringBuilder();
        sb.Append(node.Keyword.Text.ToLowerInvariant());
        if (node.Flags.Count > 0)
            sb.Append(" [").Append(string.Join(" ", node.Flags.Select(f => GoQuote.Quote(f.Text)))).Append(']');
        if (node is OnbuildInstruction { Trigger: { } trigger })
        {
            sb.Append(' ').Append(TrimSpace("(" + DumpInstruction(trigger) + ")\n"));
        }
        else
        {
            foreach (var arg in Arguments(node))
                sb.Append(' ').Append(GoQuote.Quote(arg));
        }
        return TrimSpace(sb.ToString());
    }

    /// <summary>The argument nodes BuildKit's parser produces for an instruction, in order.</summary>
    public static IEnumerable<string> Arguments(InstructionSyntax node)
    {
        switch (node)
        {
            case FromInstruction from:
                return from.Words.Select(w => w.Text);
            case RunInstruction run:
                return Command(run.Command);
            case CmdInstruction cmd:
                return Command(cmd.Command);
            case EntrypointInstruction ep:
                return Command(ep.Command);
            case ShellInstruction sh:
                return Command(sh.Command);
            case FileTransferInstruction ft:
                return ft.Paths.Select(p => p.Text);
            case VolumeInstruction vol:
                return vol.Paths.Select(p => p.Text);
            case EnvInstruction env:
                return Pairs(env.Pairs);
            case LabelInstruction label:
                return Pairs(label.Pairs);
            case ArgInstruction arg:
                return arg.Declarations.Select(d => d.Word.Text);
            case ExposeInstruction expose:
                return expose.Ports.Select(p => p.Word.Text);
            case MaintainerInstruction m:
                return Single(m.Value);
            case UserInstruction u:
                return Single(u.Value);
            case WorkdirInstruction w:
                return Single(w.Value);
            case StopsignalInstruction s:
                return Single(s.Value);
            case HealthcheckInstruction h:
                return h.Type is null ? Enumerable.Empty<string>() : new[] { h.Type.Text }.Concat(Command(h.Command));
            case UnknownInstruction:
                // parseIgnore returns an empty &Node{} as Next, and Dump prints every Next node, so an empty one is "".
                return UnknownArguments;
            default:
                return Enumerable.Empty<string>();
        }
    }

    private static readonly string[] UnknownArguments = { "" };

    private static IEnumerable<string> Single(Token? t) => t is null ? Enumerable.Empty<string>() : new[] { t.Text };

    private static IEnumerable<string> Command(CommandSyntax? command) => command switch
    {
        ExecFormSyntax exec => exec.Items.Select(i => i.Text),
        ShellFormSyntax shell when shell.Value.Length > 0 => new[] { shell.Value },
        _ => Enumerable.Empty<string>(),
    };

    private static IEnumerable<string> Pairs(IEnumerable<KeyValueSyntax> pairs)
        => pairs.SelectMany(p => new[] { p.Key.Text, p.Value.Text, p.IsLegacy ? "" : "=" });

    private static string TrimSpace(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && Grammar.Lexical.IsSpace(s[a])) a++;
        while (b > a && Grammar.Lexical.IsSpace(s[b - 1])) b--;
        return s.Substring(a, b - a);
    }
}
