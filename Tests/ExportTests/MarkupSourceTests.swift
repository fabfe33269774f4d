import Foundation
import Testing

/// Pages and charts are written only through the markup builder (`Node.swift`): no other file of the export or
/// the explorer calls `escapeXML` or writes a tag in a string.
@Suite struct MarkupSourceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let builder = "Sources/Export/Node.swift"

    /// What is wrong with a line of Swift, if anything: a call of `escapeXML`, or a tag in a string (`"<p`, `"</`,
    /// `\n<p`), or a line of a multi-line string that starts with a tag. Comment lines are left alone.
    static func offence(_ line: Substring) -> String? {
        let code = line.drop { $0 == " " || $0 == "\t" }
        if code.hasPrefix("//") { return nil }
        if code.contains("escapeXML") { return "calls escapeXML" }
        if code.contains(/(^|"|\\n)<[A-Za-z\/!?]/) { return "writes a tag in a string" }
        return nil
    }

    @Test func theCheckFindsWhatItLooksFor() {
        for line in [#"out += "<p>""#, #"    "</svg>""#, #"let x = escapeXML(name)"#, "    <h1>\\(title)</h1>", #"a + "\n<li>""#, #""<!DOCTYPE html>""#] {
            #expect(Self.offence(line[...]) != nil, "\(line)")
        }
        for line in ["for index in 0..<count {", "/// Every chart is a complete `<svg>` element", #"if a < b { "x" }"#, #"let text = "a <b""#] {
            #expect(Self.offence(line[...]) == nil, "\(line)")
        }
    }

    @Test func onlyTheBuilderWritesMarkup() throws {
        var checked: [String] = []
        for folder in ["Sources/Export", "Sources/ConteurServer"] {
            let url = Self.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".swift") {
                let path = "\(folder)/\(name)"
                guard path != Self.builder else { continue }
                checked.append(path)
                let lines = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() {
                    if let offence = Self.offence(line) { Issue.record("\(path):\(number + 1): \(offence): \(line)") }
                }
            }
        }
        #expect(checked.contains("Sources/Export/PackPages.swift") && checked.contains("Sources/Export/HTMLDocument.swift"))
        #expect(checked.contains { $0.hasPrefix("Sources/Export/SVGChart") } && checked.contains { $0.hasPrefix("Sources/ConteurServer/") })
    }
}
