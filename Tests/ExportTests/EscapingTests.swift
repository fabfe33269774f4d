import StoryBuilder
import Foundation
import Testing
@testable import Export
@testable import StoryBuilder

/// Whether `text` holds a character that must never reach output: C0 controls but tab and line feed, DEL, C1
/// controls, bidi embeddings, overrides and isolates.
func holdsControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// Whether Markdown `text` holds a `<` or `>` without a backslash before it.
func holdsRawMarkup(markdown text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    // A template's own block quote ("> " at a line start) is Markdown, not markup from the data.
    func quote(_ i: Int) -> Bool { scalars[i] == ">" && (i == 0 || scalars[i - 1] == "\n") && i + 1 < scalars.count && scalars[i + 1] == " " }
    return scalars.indices.contains { "<>".unicodeScalars.contains(scalars[$0]) && ($0 == 0 || scalars[$0 - 1] != "\\") && !quote($0) }
}

/// Escaping for HTML and XML, and what packs let through: no markup, no control character.
@Suite struct EscapingTests {
    static let controls: [Unicode.Scalar] = [
        "\u{0}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{D}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}",
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FFFE}", "\u{FFFF}",
    ]

    @Test func escapeXMLEscapesEverySpecialCharacter() {
        #expect(escapeXML(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(escapeXML("&amp;") == "&amp;amp;")
        #expect(escapeXML("café ✓ 日本") == "café ✓ 日本")
    }

    /// Each control character becomes U+FFFD, keeping apart what it stood between; a CR before a LF goes.
    @Test func escapeXMLLetsNoControlCharacterThrough() {
        for scalar in Self.controls {
            #expect(escapeXML("1\(Character(scalar))2") == "1\u{FFFD}2", "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        #expect(escapeXML("\u{1B}[31mred\u{7}") == "\u{FFFD}[31mred\u{FFFD}")
        #expect(escapeXML("line\r\nnext\ttab\rend") == "line\nnext\ttab\u{FFFD}end")
        // Right-to-left text, its marks, emoji and combining marks are text.
        for text in ["שלום \u{200F}עולם", "مرحبا\u{061C}", "👩‍👩‍👧‍👦 🇫🇷", "e\u{301}\u{302}", "\u{FEFF}x"] { #expect(escapeXML(text) == text) }
    }

    /// Prospect names and goals full of control characters: none reaches a page, a Markdown file or the progress
    /// messages, and the rest of the name is still there.
    @Test func packsHoldNoControlCharacter() throws {
        let name = "Evil\u{1B}[31m\u{7}Corp \u{202E}gnp.exe\u{2066}\u{85}\r\n"
        let prospects = [NarrativeLocale.en, .fr].map {
            Prospect(name: name, goals: "reduce churn \u{1B}[2J\u{202D}", industry: "retail\u{0}", region: "\u{2067}EMEA", locale: $0)
        }
        let exporter = PackExporter(source: PackFixture.source, library: PackFixture.library, prospects: prospects)
        try withScratchFolder { scratch in
            var messages: [String] = []
            try exporter.writeHTML(to: scratch.appendingPathComponent("html")) { messages.append($0) }
            try exporter.writeMarkdown(to: scratch.appendingPathComponent("md"))
            #expect(!messages.isEmpty && !messages.contains(where: holdsControl))
            var named = 0
            for pack in ["html", "md"] {
                for (path, data) in try #require(try fileTree(scratch.appendingPathComponent(pack))) {
                    let text = String(decoding: data, as: UTF8.self)
                    #expect(!holdsControl(text), "\(pack)/\(path)")
                    if text.contains("Evil\u{FFFD}[31m\u{FFFD}Corp") { named += 1 }
                }
            }
            #expect(named >= 4)
        }
    }

    /// Data in the Markdown pack, the figure lists included, is Markdown-escaped: no `<` or `>` that is not
    /// preceded by a backslash, so no viewer turns it into markup.
    @Test func theMarkdownPackHoldsNoRawMarkup() throws {
        try withScratchFolder { scratch in
            try PackFixture.exporter.writeMarkdown(to: scratch)
            var checked = 0
            for (path, data) in try #require(try fileTree(scratch)) where path.hasSuffix(".md") {
                #expect(!holdsRawMarkup(markdown: String(decoding: data, as: UTF8.self)), "\(path)")
                checked += 1
            }
            #expect(checked > 4)
        }
    }
}
