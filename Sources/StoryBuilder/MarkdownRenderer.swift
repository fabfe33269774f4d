import Foundation

/// Turns the small Markdown subset templates write (headings, paragraphs, bullet lists, quotes,
/// **strong** and *emphasis*, backslash escapes) into plain text or HTML.
///
/// Written here rather than taken from a Markdown library because it is the escaping boundary:
/// every character of text is HTML-escaped, and no input can produce a tag, an attribute or a link.
public enum MarkdownRenderer {
    enum Block: Equatable {
        case heading(Int, String)
        case paragraph(String)
        case list([String])
        case quote(String)
    }

    /// - Parameter headingShift: levels to add to every heading, to nest the text in a page that has its own title.
    public static func html(_ markdown: String, headingShift: Int = 0) -> String {
        blocks(markdown).map { block -> String in
            switch block {
            case .heading(let level, let text):
                let level = min(6, level + headingShift)
                return "<h\(level)>\(inline(text))</h\(level)>"
            case .paragraph(let text): return "<p>\(inline(text))</p>"
            case .quote(let text): return "<blockquote><p>\(inline(text))</p></blockquote>"
            case .list(let items): return "<ul>\n" + items.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>"
            }
        }.joined(separator: "\n") + "\n"
    }

    public static func plain(_ markdown: String) -> String {
        blocks(markdown).map { block -> String in
            switch block {
            case .heading(let level, let text):
                let title = strip(text)
                return level == 1 ? title + "\n" + String(repeating: "=", count: title.count) : title
            case .paragraph(let text): return strip(text)
            case .quote(let text): return "  " + strip(text)
            case .list(let items): return items.map { "• " + strip($0) }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n") + "\n"
    }

    static func blocks(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var list: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            if !list.isEmpty { blocks.append(.list(list)) }
            paragraph = []
            list = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if let level = headingLevel(line) {
                flush()
                blocks.append(.heading(level, String(line.dropFirst(level + 1))))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty { flush() }
                list.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("> ") {
                flush()
                blocks.append(.quote(String(line.dropFirst(2))))
            } else if !list.isEmpty, raw.hasPrefix("  ") {
                list[list.count - 1] += " " + line
            } else {
                if !list.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).first == " " ? hashes : nil
    }

    /// Inline marks to HTML, every other character escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        var open: [String] = []
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == "\\", let next = characters.popFirst() {
                out += escape(next)
            } else if character == "*" || character == "_" {
                let double = characters.first == character
                if double { characters.removeFirst() }
                let tag = double ? "strong" : "em"
                if open.last == tag {
                    open.removeLast()
                    out += "</\(tag)>"
                } else {
                    open.append(tag)
                    out += "<\(tag)>"
                }
            } else {
                out += escape(character)
            }
        }
        for tag in open.reversed() { out += "</\(tag)>" }
        return out
    }

    /// Inline marks removed, escapes resolved.
    static func strip(_ text: String) -> String {
        var out = ""
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == "\\", let next = characters.popFirst() {
                out.append(next)
            } else if character != "*" && character != "_" {
                out.append(character)
            }
        }
        return out
    }

    /// One character escaped for HTML scalar by scalar, so that a `<` carrying a combining mark is escaped too.
    static func escape(_ character: Character) -> String { escapeXML(String(character)) }
}
