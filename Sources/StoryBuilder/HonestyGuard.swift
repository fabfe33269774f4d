import Foundation

/// Enforces the honesty rules on rendered text: every number is one of the narrative's figures
/// (or part of text printed as given), and no pseudonym appears.
public enum HonestyGuard {
    /// What is wrong with `text` (HTML, when `html`, is read as a reader sees it: tags out, entities decoded),
    /// empty when nothing is.
    public static func problems(in text: String, narrative: Narrative, html: Bool = false) -> [String] {
        let text = html ? visibleText(html: text) : text
        let allowed = Set((narrative.figures.map(\.text) + narrative.verbatim).flatMap(numbers))
        var problems = numbers(in: text).filter { !allowed.contains($0) }.map { "the number \($0) is not one of the narrative's figures" }
        problems += pseudonyms(in: text).map { "the identifier \($0) must not appear in output" }
        return problems
    }

    /// Throws when `text` breaks a rule, naming what it breaks and where it comes from.
    public static func verify(_ text: String, narrative: Narrative, html: Bool = false, source: String) throws {
        let problems = problems(in: text, narrative: narrative, html: html)
        guard problems.isEmpty else { throw StoryError.dishonest(source: source, problems: problems) }
    }

    /// Numbers as printed: digits, with thousands separators and a decimal mark between digits.
    static func numbers(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var out: [String] = []
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        while index < scalars.count {
            guard isDigit(index) else { index += 1; continue }
            var end = index
            while true {
                while isDigit(end) { end += 1 }
                // A separator continues the number only when a digit follows it.
                if end < scalars.count, [",", ".", "\u{202F}"].contains(scalars[end]), isDigit(end + 1) { end += 1 } else { break }
            }
            out.append(String(String.UnicodeScalarView(scalars[index..<end])))
            index = end
        }
        return out
    }

    /// The text of an HTML fragment as a reader sees it.
    static func visibleText(html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag {
                inTag = false
                text.append(" ")
            } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Pseudonyms (`acc-` or `usr-` and 16 lowercase hex digits, not inside a longer word) in the text.
    public static func pseudonyms(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        func isWord(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
        func isHex(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (97...102).contains(byte) }
        var found: [String] = []
        var index = 0
        while index + 20 <= bytes.count {
            let prefix = bytes[index..<index + 4]
            if (prefix.elementsEqual("acc-".utf8) || prefix.elementsEqual("usr-".utf8)), index == 0 || !isWord(bytes[index - 1]),
               bytes[index + 4..<index + 20].allSatisfy(isHex), index + 20 == bytes.count || !isWord(bytes[index + 20]) {
                found.append(String(decoding: bytes[index..<index + 20], as: UTF8.self))
                index += 20
            } else {
                index += 1
            }
        }
        return found
    }
}
