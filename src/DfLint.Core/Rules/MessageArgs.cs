using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DfLint.Rules;

/// <summary>One named argument of a finding's message, already formatted with the invariant culture.</summary>
public sealed class MessageArg
{
    internal MessageArg(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The placeholder it fills: <c>image</c> for <c>{image}</c> in the rule's message template.</summary>
    public string Name { get; }

    /// <summary>The value as it appears in the message.</summary>
    public string Value { get; }

    public override string ToString() => Name + "=" + Value;
}

/// <summary>
/// The named, typed arguments of a report, written as a collection initializer:
/// <c>new MessageArgs { { "image", image.Resolved }, { "saving", 40 } }</c>. Every placeholder of the rule's message
/// template must be given exactly once, and no other name (checked when the report is made).
/// </summary>
public sealed class MessageArgs : IEnumerable
{
    public static readonly MessageArgs None = new();

    private readonly List<MessageArg> _args = new();

    public int Count => _args.Count;

    public MessageArg this[int index] => _args[index];

    public void Add(string name, string? value) => AddFormatted(name, value ?? string.Empty);

    public void Add(string name, int value) => AddFormatted(name, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, long value) => AddFormatted(name, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, double value) => AddFormatted(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    private void AddFormatted(string name, string value)
    {
        if (ReferenceEquals(this, None)) throw new InvalidOperationException("MessageArgs.None cannot be changed.");
        foreach (var a in _args)
            if (a.Name == name) throw new ArgumentException($"message argument '{name}' is given twice", nameof(name));
        _args.Add(new MessageArg(name, value));
    }

    internal string? Find(string name)
    {
        foreach (var a in _args)
            if (a.Name == name) return a.Value;
        return null;
    }

    public IEnumerator GetEnumerator() => _args.GetEnumerator();
}

/// <summary>
/// A message template with named placeholders: <c>Base image '{image}' uses the 'latest' tag</c>. <c>{{</c> and <c>}}</c>
/// stand for literal braces. Placeholder names are letters, digits and underscores.
/// </summary>
public sealed class MessageTemplate
{
    private readonly string[] _literals; // literal text before each placeholder, then the tail
    private readonly string[] _names;    // placeholder names, in order (may repeat)

    private MessageTemplate(string text, string[] literals, string[] names, IReadOnlyList<string> distinct)
    {
        Text = text;
        _literals = literals;
        _names = names;
        Placeholders = distinct;
    }

    public string Text { get; }

    /// <summary>The distinct placeholder names, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    public static MessageTemplate Parse(string text)
    {
        var literals = new List<string>();
        var names = new List<string>();
        var distinct = new List<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{') { sb.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}') { sb.Append('}'); i++; continue; }
            if (c == '}') throw new FormatException($"unmatched '}}' at {i} in message template \"{text}\"");
            if (c != '{') { sb.Append(c); continue; }
            int close = text.IndexOf('}', i + 1);
            if (close < 0) throw new FormatException($"unclosed '{{' at {i} in message template \"{text}\"");
            var name = text.Substring(i + 1, close - i - 1);
            if (name.Length == 0 || !IsName(name)) throw new FormatException($"bad placeholder '{{{name}}}' in message template \"{text}\"");
            literals.Add(sb.ToString());
            sb.Clear();
            names.Add(name);
            if (!distinct.Contains(name)) distinct.Add(name);
            i = close;
        }
        literals.Add(sb.ToString());
        return new MessageTemplate(text, literals.ToArray(), names.ToArray(), distinct);
    }

    private static bool IsName(string s)
    {
        foreach (var c in s)
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        return true;
    }

    /// <summary>Fills the placeholders. Throws when an argument is missing or one is given that the template does not use.</summary>
    public string Format(MessageArgs args)
    {
        for (int i = 0; i < args.Count; i++)
            if (!Contains(Placeholders, args[i].Name))
                throw new ArgumentException($"message argument '{args[i].Name}' is not a placeholder of \"{Text}\"");
        var sb = new StringBuilder(Text.Length + 32);
        for (int i = 0; i < _names.Length; i++)
        {
            sb.Append(_literals[i]);
            var v = args.Find(_names[i]) ?? throw new ArgumentException($"message argument '{_names[i]}' of \"{Text}\" is missing");
            sb.Append(v);
        }
        sb.Append(_literals[_literals.Length - 1]);
        return sb.ToString();
    }

    private static bool Contains(IReadOnlyList<string> list, string s)
    {
        foreach (var x in list)
            if (x == s) return true;
        return false;
    }

    public override string ToString() => Text;
}
