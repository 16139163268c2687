using System;
using System.Linq;
using System.Text;
using DfLint.Parsing;
using DfLint.Syntax;

namespace DfLint.Testing;

/// <summary>
/// A readable dump of everything the parser produced, for golden files: BuildKit's dump, then every instruction with
/// its span and parts (line:col, 1-based, end exclusive), heredocs, directives, comments and diagnostics.
/// </summary>
public static class SyntaxSnapshot
{
    public static string Write(DockerfileSyntax syntax)
    {
        var src = syntax.Source;
        string P(SourceSpan s) => $"{src.GetLinePosition(s.Start)}-{src.GetLinePosition(s.End)}";
        string Q(string s) => GoQuote.Quote(s);
        var sb = new StringBuilder();
        sb.Append("== buildkit\n").Append(BuildKitDump.Dump(syntax));
        sb.Append("== escape ").Append(syntax.EscapeToken).Append('\n');
        foreach (var d in syntax.Directives)
            sb.Append("== directive ").Append(d.Name.Text).Append(' ').Append(Q(d.Value.Text)).Append(" @").Append(P(d.Span)).Append('\n');
        foreach (var i in syntax.Instructions) WriteInstruction(sb, i, "", P, Q);
        foreach (var c in syntax.Comments)
            sb.Append("== comment @").Append(P(c.Span)).Append(' ').Append(Q(c.Text)).Append('\n');
        foreach (var d in syntax.Diagnostics)
            sb.Append("== error @").Append(P(d.Span)).Append(' ').Append(d.Message).Append('\n');
        foreach (var w in syntax.Warnings)
            sb.Append("== warning @").Append(P(w.Span)).Append(' ').Append(w.Message).Append('\n');
        return sb.ToString();
    }

    private static void WriteInstruction(StringBuilder sb, InstructionSyntax i, string indent, Func<SourceSpan, string> P, Func<string, string> Q)
    {
        sb.Append(indent).Append(i.Kind).Append(" @").Append(P(i.Span)).Append(" keyword ").Append(Q(i.Keyword.Text)).Append(" @").Append(P(i.Keyword.Span)).Append('\n');
        string inner = indent + "  ";
        foreach (var f in i.Flags)
            sb.Append(inner).Append("flag ").Append(Q(f.Text)).Append(" @").Append(P(f.Span)).Append(" name @").Append(P(f.Name.Span))
              .Append(f.Value is null ? "" : " value " + Q(f.Value.Text) + " @" + P(f.Value.Span)).Append('\n');
        foreach (var c in i.Comments)
            sb.Append(inner).Append("prev-comment ").Append(Q(c.Text)).Append('\n');
        void Tok(string label, Token? t)
        {
            if (t is not null) sb.Append(inner).Append(label).Append(' ').Append(Q(t.Text)).Append(" @").Append(P(t.Span)).Append('\n');
        }
        void Cmd(CommandSyntax? c)
        {
            switch (c)
            {
                case ExecFormSyntax e:
                    sb.Append(inner).Append("exec @").Append(P(e.Span)).Append('\n');
                    foreach (var item in e.Items) Tok("  item", item);
                    break;
                case ShellFormSyntax s:
                    sb.Append(inner).Append("shell ").Append(Q(s.Value)).Append(" @").Append(P(s.Span)).Append('\n');
                    break;
            }
        }
        switch (i)
        {
            case FromInstruction f:
                if (f.Image is { } img)
                {
                    Tok("image", new Token(img.Text, img.Span));
                    Tok("  registry", img.Registry);
                    Tok("  path", img.Path);
                    Tok("  tag", img.Tag);
                    Tok("  digest", img.Digest);
                }
                Tok("as", f.AsKeyword);
                Tok("stage", f.StageName);
                break;
            case RunInstruction r:
                Cmd(r.Command);
                foreach (var m in r.Mounts)
                    sb.Append(inner).Append("mount ").Append(string.Join(",", m.Fields.Select(x => x.Value is null ? x.Key : x.Key + "=" + x.Value))).Append('\n');
                break;
            case CmdInstruction c: Cmd(c.Command); break;
            case EntrypointInstruction e: Cmd(e.Command); break;
            case ShellInstruction s: Cmd(s.Command); break;
            case HealthcheckInstruction h: Tok("type", h.Type); Cmd(h.Command); break;
            case FileTransferInstruction ft:
                sb.Append(inner).Append(ft.IsJson ? "json" : "words").Append('\n');
                foreach (var p in ft.Paths) Tok("path", p);
                break;
            case VolumeInstruction v:
                foreach (var p in v.Paths) Tok("path", p);
                break;
            case EnvInstruction env:
                foreach (var p in env.Pairs) { Tok(p.IsLegacy ? "legacy-key" : "key", p.Key); Tok("  value", p.Value); }
                break;
            case LabelInstruction label:
                foreach (var p in label.Pairs) { Tok(p.IsLegacy ? "legacy-key" : "key", p.Key); Tok("  value", p.Value); }
                break;
            case ArgInstruction arg:
                foreach (var d in arg.Declarations) { Tok("name", d.Name); Tok("  default", d.DefaultValue); }
                break;
            case ExposeInstruction ex:
                foreach (var p in ex.Ports) { Tok("port", p.Port); Tok("  protocol", p.Protocol); }
                break;
            case UserInstruction u: Tok("user", u.User); Tok("group", u.Group); break;
            case WorkdirInstruction w: Tok("path", w.Value); break;
            case StopsignalInstruction s: Tok("signal", s.Value); break;
            case MaintainerInstruction m: Tok("value", m.Value); break;
            case OnbuildInstruction o when o.Trigger is not null:
                WriteInstruction(sb, o.Trigger, inner, P, Q);
                break;
            case InvalidInstruction inv:
                sb.Append(inner).Append("error ").Append(inv.Error.Message).Append('\n');
                break;
        }
        foreach (var h in i.Heredocs)
            sb.Append(inner).Append("heredoc ").Append(Q(h.Name)).Append(" fd=").Append(h.FileDescriptor).Append(" expand=").Append(h.Expand ? "yes" : "no")
              .Append(" chomp=").Append(h.Chomp ? "yes" : "no").Append(" marker @").Append(P(h.MarkerSpan)).Append(" body @").Append(P(h.Span))
              .Append(' ').Append(Q(h.Content.Text)).Append('\n');
    }
}
