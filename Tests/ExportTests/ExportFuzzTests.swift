import Foundation
import Testing
@testable import Export
@testable import StoryBuilder
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Random prospect names, goals and attributes (quotes, markup, entities, control characters, bidi overrides, very
/// long strings, emoji, combining marks) through brief building and the HTML and Markdown exports, from a fixed seed:
/// nothing crashes, every page is well-formed XML, and no markup or control character gets through, in pages or in
/// Markdown files.
@Suite struct ExportFuzzTests {
    /// SplitMix64: the same sequence for a seed on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let pieces = [
        "\"", "'", "<", ">", "&", "<script>", "</script>", "<script>alert(1)</script>", "<SCRIPT SRC=//x>", "<img src=x onerror=alert(1)>",
        "&amp;", "&#x3C;script&#x3E;", "&lt;", "]]>", "<!--", "-->", "<![CDATA[", "{{x}}", "{{{x}}}", "{{#a}}", "*", "_", "#", "`", "\\",
        "[link](javascript:alert(1))", "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{7}", "\u{0}", "\u{8}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FFFE}", "\r", "\n",
        "\t", "\r\n", "👩‍👩‍👧‍👦", "🇫🇷", "🏳️‍🌈", "e\u{301}", "\u{301}", "Z\u{324}\u{354}\u{367}\u{311}\u{353}", "ﷺ", "שלום", "مرحبا", "日本語",
        "Ünïcödé", "Acme", "Maison", "reduce churn", "réduire l'attrition", "Black Friday peaks", "automate campaigns", "42", "3.14",
        "1 000", " ", "  ",
    ]

    /// A random text: up to 12 pieces, or now and then a very long run of them.
    static func text(_ random: inout Random) -> String {
        let count = random.below(20) == 0 ? 400 + random.below(400) : random.below(13)
        return (0..<count).map { _ in random.pick(pieces) }.joined()
    }

    static func prospect(_ random: inout Random) -> Prospect {
        func maybe(_ random: inout Random) -> String? { random.below(3) == 0 ? nil : text(&random) }
        return Prospect(name: maybe(&random), goals: text(&random), industry: maybe(&random), size: maybe(&random), region: maybe(&random),
                        locale: random.below(2) == 0 ? .en : .fr)
    }

    @Test func randomProspectsMakeSafeWellFormedPages() throws {
        var random = Random(state: 20_240_611)
        let builder = PackFixture.library.builder(analysis: PackFixture.source.analysis, run: PackFixture.source.run)
        var unescaped: [(path: String, data: Data)] = []
        try withScratchFolder { scratch in
            for round in 0..<3 {
                let prospects = (0..<24).map { _ in Self.prospect(&random) }
                for prospect in prospects {
                    let pitch = builder.pitch(prospect)
                    #expect(pitch.locale == prospect.locale)
                    _ = try PackFixture.library.brief(prospect, builder: builder, format: .md)
                }
                let exporter = PackExporter(source: PackFixture.source, library: PackFixture.library, prospects: prospects)
                let html = scratch.appendingPathComponent("html-\(round)"), markdown = scratch.appendingPathComponent("md-\(round)")
                try exporter.writeHTML(to: html)
                try exporter.writeMarkdown(to: markdown)
                let pages = try #require(try fileTree(html)).filter { $0.key.hasSuffix(".html") }
                #expect(pages.count == 1 + 2 * (1 + PackFixture.source.archetypes.count) + prospects.count)
                for (path, data) in pages {
                    let page = String(decoding: data, as: UTF8.self)
                    let parser = XMLParser(data: data)
                    if !parser.parse() {
                        if Self.holdsMarkupCarryingAMark(page) { unescaped.append(("\(round)/\(path)", data)) } else {
                            Issue.record("\(round)/\(path) is not well-formed: \(String(describing: parser.parserError))")
                        }
                    }
                    #expect(!page.lowercased().contains("<script") && !page.contains("<img") && !page.contains("=\"javascript:"), "\(round)/\(path)")
                    #expect(!holdsControl(page), "\(round)/\(path)")
                }
                for (path, data) in try #require(try fileTree(markdown)) {
                    let text = String(decoding: data, as: UTF8.self)
                    #expect(!holdsControl(text) && !holdsRawMarkup(markdown: text), "\(round)/\(path)")
                }
            }
        }
        for (path, data) in unescaped { #expect(XMLParser(data: data).parse(), "\(path)") }
    }

    /// Whether `page` holds `<`, `>` or `&` followed by a combining mark (one character to Swift, so escaping
    /// character by character misses it).
    static func holdsMarkupCarryingAMark(_ page: String) -> Bool {
        zip(page.unicodeScalars, page.unicodeScalars.dropFirst()).contains { "<>&".unicodeScalars.contains($0) && $1.properties.isGraphemeExtend }
    }
}
