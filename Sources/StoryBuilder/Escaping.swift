/// The package's one HTML escape: pages, charts, Markdown rendered as HTML and templates all go through it.
///
/// Escapes text for XML and HTML, in content and in attribute values: `&`, `<`, `>`, `"` and `'`; control
/// characters are replaced first (see ``replacingControls(_:)``).
public func escapeXML(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in replacingControls(text).unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// `text` with every control character (see ``isControl(_:)``) replaced by U+FFFD, except a carriage return
/// before a line feed, which is dropped. Every page and file of a pack is written through it: the output stays
/// well-formed XML, no text can steer a terminal or reorder what a reader sees, and no two numbers that the
/// honesty guard saw apart are joined into a new one.
public func replacingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var next = scalars.next()
    while let scalar = next {
        next = scalars.next()
        if !isControl(scalar) {
            out.append(scalar)
        } else if !(scalar == "\r" && next == "\n") {
            out.append("\u{FFFD}")
        }
    }
    return String(out)
}

/// Characters that never reach output: C0 controls other than tab and line feed, DEL, C1 controls, the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and U+FFFE, U+FFFF, which XML forbids.
public func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
    default: false
    }
}

/// Escapes data for Markdown, as the templates do: punctuation that makes markup gets a backslash, and a line
/// break becomes a space, so data never starts a new paragraph or list item.
public func escapeMarkdown(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { "\\`*_[]<>#|\r\n".unicodeScalars.contains($0) }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        if scalar == "\n" || scalar == "\r" { out += " "; continue }
        if "\\`*_[]<>#|".unicodeScalars.contains(scalar) { out += "\\" }
        out.unicodeScalars.append(scalar)
    }
    return out
}
