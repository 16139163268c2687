using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DfLint.Rules;

namespace DfLint.Configuration;

/// <summary>One rule code listed in a hadolint config, with the line it is on.</summary>
public sealed record HadolintCode(string Code, int Line);

/// <summary>
/// The parts of a <c>.hadolint.yaml</c> that DfLint honours: <c>ignored</c>, <c>override.{error,warning,info,style}</c>,
/// <c>trustedRegistries</c> and <c>failure-threshold</c>. Other keys hadolint knows are read and ignored; unknown keys
/// are ignored as hadolint does. Pure: the YAML subset reader below handles block and flow lists, nested maps,
/// comments and quoted scalars, and reports what it cannot read as <see cref="ConfigError"/>s.
/// </summary>
public sealed record HadolintConfig
{
    public IReadOnlyList<HadolintCode> Ignored { get; init; } = Array.Empty<HadolintCode>();
    public IReadOnlyList<HadolintCode> OverrideError { get; init; } = Array.Empty<HadolintCode>();
    public IReadOnlyList<HadolintCode> OverrideWarning { get; init; } = Array.Empty<HadolintCode>();
    public IReadOnlyList<HadolintCode> OverrideInfo { get; init; } = Array.Empty<HadolintCode>();
    public IReadOnlyList<HadolintCode> OverrideStyle { get; init; } = Array.Empty<HadolintCode>();
    public IReadOnlyList<string> TrustedRegistries { get; init; } = Array.Empty<string>();

    /// <summary>The <c>failure-threshold</c> as written (error, warning, info, style, ignore or none), or null.</summary>
    public string? FailureThreshold { get; init; }

    public IReadOnlyList<ConfigError> Errors { get; init; } = Array.Empty<ConfigError>();

    /// <summary>The threshold in DfLint terms: style, ignore and none (fail on anything) become info.</summary>
    public Severity? DfLintFailureThreshold => FailureThreshold?.ToLowerInvariant() switch
    {
        null => null,
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };

    private static readonly string[] Thresholds = { "error", "warning", "info", "style", "ignore", "none" };

    public static HadolintConfig Parse(string text)
    {
        var errors = new List<ConfigError>();
        YamlNode? root;
        try
        {
            root = new YamlReader(text).ReadDocument();
        }
        catch (YamlException e)
        {
            return new HadolintConfig { Errors = new[] { new ConfigError(e.Line, e.Message) } };
        }
        if (root is null) return new HadolintConfig();
        if (root is not YamlMap map)
            return new HadolintConfig { Errors = new[] { new ConfigError(root.Line, "expected a mapping of settings at the top level") } };

        var config = new HadolintConfig();
        foreach (var (key, keyLine, value) in map.Entries)
        {
            switch (key)
            {
                case "ignored":
                    config = config with { Ignored = ReadCodes(key, value, keyLine, errors) };
                    break;
                case "override":
                    if (value is YamlScalar { Value: "" }) break;
                    if (value is not YamlMap levels) { errors.Add(new ConfigError(value.Line, "'override' must be a mapping of error, warning, info and style lists")); break; }
                    foreach (var (level, levelLine, list) in levels.Entries)
                    {
                        var codes = ReadCodes("override." + level, list, levelLine, errors);
                        switch (level)
                        {
                            case "error": config = config with { OverrideError = codes }; break;
                            case "warning": config = config with { OverrideWarning = codes }; break;
                            case "info": config = config with { OverrideInfo = codes }; break;
                            case "style": config = config with { OverrideStyle = codes }; break;
                            default: errors.Add(new ConfigError(levelLine, $"unknown override level '{level}' (expected error, warning, info or style)")); break;
                        }
                    }
                    break;
                case "trustedRegistries":
                    config = config with { TrustedRegistries = ReadCodes(key, value, keyLine, errors).Select(c => c.Code).ToArray() };
                    break;
                case "failure-threshold":
                    if (value is YamlScalar s && Thresholds.Contains(s.Value.ToLowerInvariant()))
                        config = config with { FailureThreshold = s.Value.ToLowerInvariant() };
                    else
                        errors.Add(new ConfigError(value.Line, $"failure-threshold must be one of {string.Join(", ", Thresholds)}"));
                    break;
                default:
                    // hadolint's other settings (format, no-fail, label-schema, ...) and unknown keys: not ours.
                    break;
            }
        }
        return config with { Errors = errors };
    }

    private static IReadOnlyList<HadolintCode> ReadCodes(string key, YamlNode node, int keyLine, List<ConfigError> errors)
    {
        switch (node)
        {
            case YamlScalar { Value: "" }:
                return Array.Empty<HadolintCode>();
            case YamlScalar s:
                return new[] { new HadolintCode(s.Value, s.Line) };
            case YamlList list:
                var result = new List<HadolintCode>();
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar si) result.Add(new HadolintCode(si.Value, si.Line));
                    else errors.Add(new ConfigError(item.Line, $"'{key}' must be a list of strings"));
                }
                return result;
            default:
                errors.Add(new ConfigError(node.Line > 0 ? node.Line : keyLine, $"'{key}' must be a list of strings"));
                return Array.Empty<HadolintCode>();
        }
    }

    /// <summary>
    /// The config as <c>.globalconfig</c> pairs for <see cref="ConfigValues.Apply"/>: overrides from style up to error
    /// (hadolint applies error last, so it wins), then <c>ignored</c> as <c>none</c>, then trusted registries.
    /// Codes no DfLint rule is equivalent to go to <paramref name="unmapped"/>.
    /// </summary>
    public IReadOnlyList<ConfigPair> ToConfigPairs(ICollection<HadolintCode>? unmapped = null)
    {
        var pairs = new List<ConfigPair>();
        void Add(IEnumerable<HadolintCode> codes, string severity)
        {
            foreach (var code in codes)
            {
                var rules = RuleRegistry.FindByEquivalent(EquivalentTool.Hadolint, code.Code).ToList();
                if (rules.Count == 0) { unmapped?.Add(code); continue; }
                foreach (var rule in rules)
                    pairs.Add(new ConfigPair(ConfigValues.DiagnosticPrefix + rule.Id + ".severity", severity, code.Line));
            }
        }
        Add(OverrideStyle, "suggestion");
        Add(OverrideInfo, "suggestion");
        Add(OverrideWarning, "warning");
        Add(OverrideError, "error");
        Add(Ignored, "none");
        if (TrustedRegistries.Count > 0)
            pairs.Add(new ConfigPair(ConfigValues.OptionPrefix + "trusted_registries", string.Join(",", TrustedRegistries), 0));
        return pairs;
    }

    // ---- A YAML subset: exactly what hadolint configs use. ----

    private abstract record YamlNode(int Line);

    private sealed record YamlScalar(int Line, string Value) : YamlNode(Line);

    private sealed record YamlList(int Line, List<YamlNode> Items) : YamlNode(Line);

    private sealed record YamlMap(int Line, List<(string Key, int KeyLine, YamlNode Value)> Entries) : YamlNode(Line);

    private sealed class YamlException : Exception
    {
        public YamlException(int line, string message) : base(message) { Line = line; }
        public int Line { get; }
    }

    private sealed class YamlReader
    {
        private readonly List<(int Line, int Indent, string Text)> _lines = new();
        private int _pos;

        public YamlReader(string text)
        {
            var raw = text.Split('\n');
            for (int i = 0; i < raw.Length; i++)
            {
                string line = raw[i].TrimEnd('\r');
                if (i == 0 && line.Length > 0 && line[0] == '\uFEFF') line = line.Substring(1);
                string content = StripComment(line, i + 1);
                if (content.Trim().Length == 0) continue;
                int indent = 0;
                while (indent < content.Length && content[indent] == ' ') indent++;
                if (indent < content.Length && content[indent] == '\t')
                    throw new YamlException(i + 1, "tabs cannot indent YAML; use spaces");
                string trimmed = content.Trim();
                if (trimmed == "---" && _lines.Count == 0) continue;
                if (trimmed == "---" || trimmed == "...")
                {
                    if (trimmed == "..." ) break;
                    throw new YamlException(i + 1, "only one YAML document is supported");
                }
                _lines.Add((i + 1, indent, content.TrimEnd()));
            }
        }

        public YamlNode? ReadDocument()
        {
            if (_lines.Count == 0) return null;
            var node = ReadBlock(_lines[0].Indent);
            if (_pos < _lines.Count)
                throw new YamlException(_lines[_pos].Line, "unexpected indentation");
            return node;
        }

        private YamlNode ReadBlock(int indent)
        {
            var (line, _, text) = _lines[_pos];
            string t = text.Trim();
            if (t == "-" || t.StartsWith("- ", StringComparison.Ordinal)) return ReadList(indent);
            if (FindMapColon(t) >= 0) return ReadMap(indent);
            _pos++;
            return ParseInline(t, line);
        }

        private YamlList ReadList(int indent)
        {
            var items = new List<YamlNode>();
            int first = _lines[_pos].Line;
            while (_pos < _lines.Count && _lines[_pos].Indent == indent)
            {
                var (line, _, text) = _lines[_pos];
                string t = text.Trim();
                if (!(t == "-" || t.StartsWith("- ", StringComparison.Ordinal))) break;
                string rest = t.Length == 1 ? "" : t.Substring(2).Trim();
                _pos++;
                if (rest.Length == 0)
                {
                    if (_pos < _lines.Count && _lines[_pos].Indent > indent) items.Add(ReadBlock(_lines[_pos].Indent));
                    else items.Add(new YamlScalar(line, ""));
                }
                else if (FindMapColon(rest) >= 0 && rest[0] != '[' && rest[0] != '{' && rest[0] != '"' && rest[0] != '\'')
                {
                    throw new YamlException(line, "maps inside lists are not supported here; list plain values");
                }
                else
                {
                    items.Add(ParseInline(rest, line));
                }
            }
            if (_pos < _lines.Count && _lines[_pos].Indent > indent)
                throw new YamlException(_lines[_pos].Line, "unexpected indentation");
            return new YamlList(first, items);
        }

        private YamlMap ReadMap(int indent)
        {
            var entries = new List<(string, int, YamlNode)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int first = _lines[_pos].Line;
            while (_pos < _lines.Count && _lines[_pos].Indent == indent)
            {
                var (line, _, text) = _lines[_pos];
                string t = text.Trim();
                int colon = FindMapColon(t);
                if (colon < 0)
                {
                    if (t.StartsWith("-", StringComparison.Ordinal)) throw new YamlException(line, "a list item where a 'key: value' was expected");
                    throw new YamlException(line, $"expected 'key: value', not '{t}'");
                }
                string key = Unquote(t.Substring(0, colon).Trim(), line);
                if (!seen.Add(key)) throw new YamlException(line, $"duplicate key '{key}'");
                string rest = t.Substring(colon + 1).Trim();
                _pos++;
                YamlNode value;
                if (rest.Length > 0)
                {
                    value = ParseInline(rest, line);
                }
                else if (_pos < _lines.Count && (_lines[_pos].Indent > indent ||
                         (_lines[_pos].Indent == indent && IsListItem(_lines[_pos].Text))))
                {
                    value = ReadBlock(_lines[_pos].Indent);
                }
                else
                {
                    value = new YamlScalar(line, "");
                }
                entries.Add((key, line, value));
            }
            if (_pos < _lines.Count && _lines[_pos].Indent > indent)
                throw new YamlException(_lines[_pos].Line, "unexpected indentation");
            return new YamlMap(first, entries);
        }

        private static bool IsListItem(string text)
        {
            string t = text.Trim();
            return t == "-" || t.StartsWith("- ", StringComparison.Ordinal);
        }

        // The ':' that separates a key (followed by a space or the end), outside quotes and brackets.
        private static int FindMapColon(string t)
        {
            if (t.Length == 0 || t[0] == '[' || t[0] == '{') return -1;
            char quote = '\0';
            for (int i = 0; i < t.Length; i++)
            {
                char c = t[i];
                if (quote != '\0')
                {
                    if (c == '\\' && quote == '"') { i++; continue; }
                    if (c == quote) quote = '\0';
                    continue;
                }
                if ((c == '"' || c == '\'') && i == 0) { quote = c; continue; }
                if (c == ':' && (i + 1 == t.Length || t[i + 1] == ' ')) return i;
            }
            return -1;
        }

        private static YamlNode ParseInline(string text, int line)
        {
            var flow = new FlowParser(text, line);
            var node = flow.ParseValue(topLevel: true);
            flow.ExpectEnd();
            return node;
        }

        private static string Unquote(string s, int line)
        {
            if (s.Length > 0 && (s[0] == '"' || s[0] == '\''))
            {
                var p = new FlowParser(s, line);
                var n = p.ParseValue(topLevel: true);
                p.ExpectEnd();
                return ((YamlScalar)n).Value;
            }
            return s;
        }

        // '#' starts a comment at the line start or after whitespace, outside quotes.
        private static string StripComment(string line, int lineNo)
        {
            char quote = '\0';
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quote != '\0')
                {
                    if (c == '\\' && quote == '"') { i++; continue; }
                    if (c == quote) quote = '\0';
                    continue;
                }
                if ((c == '"' || c == '\'') && (i == 0 || " \t[{,:-".IndexOf(line[i - 1]) >= 0)) { quote = c; continue; }
                if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.Substring(0, i);
            }
            return line;
        }
    }

    /// <summary>Flow values on one line: scalars (plain, single- or double-quoted), <c>[a, b]</c> and <c>{k: v}</c>.</summary>
    private sealed class FlowParser
    {
        private readonly string _s;
        private readonly int _line;
        private int _i;

        public FlowParser(string s, int line) { _s = s; _line = line; }

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_i < _s.Length) throw new YamlException(_line, $"unexpected '{_s.Substring(_i)}'");
        }

        public YamlNode ParseValue(bool topLevel)
        {
            SkipSpaces();
            if (_i >= _s.Length) return new YamlScalar(_line, "");
            char c = _s[_i];
            if (c == '[') return ParseList();
            if (c == '{') return ParseMap();
            if (c == '"') return new YamlScalar(_line, ParseDoubleQuoted());
            if (c == '\'') return new YamlScalar(_line, ParseSingleQuoted());
            if (c == '&' || c == '*' || c == '!' || c == '|' || c == '>')
                throw new YamlException(_line, $"YAML '{c}' (anchors, tags and block scalars) is not supported here");
            int start = _i;
            while (_i < _s.Length)
            {
                char d = _s[_i];
                if (!topLevel && (d == ',' || d == ']' || d == '}')) break;
                if (!topLevel && d == ':' && (_i + 1 == _s.Length || _s[_i + 1] == ' ')) break;
                _i++;
            }
            return new YamlScalar(_line, _s.Substring(start, _i - start).Trim());
        }

        private YamlList ParseList()
        {
            _i++;
            var items = new List<YamlNode>();
            SkipSpaces();
            if (Peek() == ']') { _i++; return new YamlList(_line, items); }
            while (true)
            {
                items.Add(ParseValue(topLevel: false));
                SkipSpaces();
                char c = Peek();
                if (c == ',') { _i++; SkipSpaces(); if (Peek() == ']') { _i++; break; } continue; }
                if (c == ']') { _i++; break; }
                throw new YamlException(_line, c == '\0' ? "a '[' list is not closed on its line" : $"expected ',' or ']' in a list, not '{c}'");
            }
            return new YamlList(_line, items);
        }

        private YamlMap ParseMap()
        {
            _i++;
            var entries = new List<(string, int, YamlNode)>();
            SkipSpaces();
            if (Peek() == '}') { _i++; return new YamlMap(_line, entries); }
            while (true)
            {
                var key = ParseValue(topLevel: false);
                if (key is not YamlScalar ks || ks.Value.Length == 0) throw new YamlException(_line, "expected a key in a '{' mapping");
                SkipSpaces();
                if (Peek() != ':') throw new YamlException(_line, $"expected ':' after '{ks.Value}'");
                _i++;
                var value = ParseValue(topLevel: false);
                entries.Add((ks.Value, _line, value));
                SkipSpaces();
                char c = Peek();
                if (c == ',') { _i++; continue; }
                if (c == '}') { _i++; break; }
                throw new YamlException(_line, c == '\0' ? "a '{' mapping is not closed on its line" : $"expected ',' or '}}' in a mapping, not '{c}'");
            }
            return new YamlMap(_line, entries);
        }

        private string ParseDoubleQuoted()
        {
            var sb = new StringBuilder();
            _i++;
            while (_i < _s.Length)
            {
                char c = _s[_i++];
                if (c == '"') return sb.ToString();
                if (c == '\\' && _i < _s.Length)
                {
                    char e = _s[_i++];
                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                    continue;
                }
                sb.Append(c);
            }
            throw new YamlException(_line, "a double-quoted string is not closed");
        }

        private string ParseSingleQuoted()
        {
            var sb = new StringBuilder();
            _i++;
            while (_i < _s.Length)
            {
                char c = _s[_i++];
                if (c == '\'')
                {
                    if (_i < _s.Length && _s[_i] == '\'') { sb.Append('\''); _i++; continue; }
                    return sb.ToString();
                }
                sb.Append(c);
            }
            throw new YamlException(_line, "a single-quoted string is not closed");
        }

        private char Peek() => _i < _s.Length ? _s[_i] : '\0';

        private void SkipSpaces()
        {
            while (_i < _s.Length && _s[_i] == ' ') _i++;
        }
    }
}
