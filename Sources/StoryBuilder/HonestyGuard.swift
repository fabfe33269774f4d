import Foundation

/// Enforces the honesty rules on rendered text: every number is one of the narrative's figures
/// (or part of text printed as given), and no pseudonym appears.
public enum HonestyGuard {
    /// What is wrong with `text` (HTML is read as a reader sees it: tags out, entities decoded), empty when nothing is.
    public static func problems(in text: String, narrative: Narrative) -> [String] {
        let text = text.contains("</") ? visibleText(html: text) : text
        let allowed = Set((narrative.figures.map(\.text) + narrative.verbatim).flatMap(numbers))
        var problems = numbers(in: text).filter { !allowed.contains($0) }.map { "the number \($0) is not one of the narrative's figures" }
        problems += pseudonyms(in: text).map { "the identifier \($0) must not appear in output" }
        return problems
    }

    /// Throws when `text` breaks a rule, naming what it breaks and where it comes from.
    public static func verify(_ text: String, narrative: Narrative, source: String) throws {
        let problems = problems(in: text, narrative: narrative)
        guard problems.isEmpty else { throw StoryError("\(source): \(problems.joined(separator: "; "))") }
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
        html.replacing(/<[^>]*>/, with: " ")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Pseudonyms (`acc-…`, `usr-…` and 16 hex digits) in the text.
    static func pseudonyms(in text: String) -> [String] {
        text.ranges(of: /\b(?:acc|usr)-[0-9a-f]{16}\b/).map { String(text[$0]) }
    }
}
