import Foundation
import StoryBuilder

/// Reads rendered briefs and stories as a demanding copy editor would, and lists what a rep could not send as it is.
///
/// The checks cover what a template or phrase-book edit most easily breaks: contraction and elision, French
/// typography, English possessives, sentence capitals, repeated sentences, unfilled patterns, zero baselines,
/// non-differences, the same comparator said over and over, and English left in French text.
struct BriefLint {
    let locale: NarrativeLocale

    /// Problems in `text`, each naming the line it was found on.
    func problems(in text: String) -> [String] {
        var problems: [String] = []
        // Quoted prospect words are theirs, in whatever language and form they typed.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.hasPrefix(">") }
        for line in lines where !line.isEmpty {
            for (pattern, what) in Self.everywhere + (locale == .fr ? Self.french : Self.english) where matches(pattern, line) {
                problems.append("\(what): \(line)")
            }
            if Self.repeatsANumber(line) { problems.append("a comparison with no difference: \(line)") }
        }
        let sentences = lines.flatMap { $0.components(separatedBy: ". ") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ."))}
            .filter { $0.split(separator: " ").count >= 5 }
        for (sentence, count) in Dictionary(grouping: sentences, by: { $0 }).mapValues(\.count) where count > 1 {
            problems.append("a sentence said \(count) times: \(sentence)")
        }
        for phrase in Self.comparators[locale]! {
            let count = text.components(separatedBy: phrase).count - 1
            if count > 2 { problems.append("\"\(phrase)\" said \(count) times") }
        }
        return problems
    }

    private func matches(_ pattern: String, _ line: String) -> Bool {
        line.range(of: pattern, options: .regularExpression) != nil
    }

    /// Checks for both languages: unfilled slots and patterns, zero baselines, doubled spaces, lower-case sentence starts.
    static let everywhere: [(String, String)] = [
        (#"\{[A-Za-z_]+\}"#, "an unfilled slot"),
        (#"\[[a-z]+(\.[a-zA-Z_-]+)+\]"#, "a missing pattern"),
        (#"\b(from|de) 0(?![\d.,])"#, "a zero baseline"),
        (#"\S  +\S"#, "a doubled space"),
        (#"^(?:[-*] |#+ )?(?:\*\*)?\p{Ll}"#, "a sentence that starts in lower case"),
        // A full stop that closes an abbreviation of single letters ("8 a.m. or after") ends no sentence.
        (#"(?<!\.\p{L})[.!?] \p{Ll}"#, "a sentence that starts in lower case"),
        (#"\.\."#, "a doubled full stop"),
    ]

    static let english: [(String, String)] = [
        (#"[sS]'s\b"#, "a possessive of a name ending in s"),
        (#" [,.;:!?]"#, "a space before punctuation"),
        (#"\bper active user a week\b.*\bper active user a week\b"#, "a unit said twice"),
    ]

    static let french: [(String, String)] = [
        (#"\b[dD]e (le|les|Le|Les) "#, "de not contracted with the article"),
        (#"(^|[^\p{L}])[àÀ] (le|les|Le|Les) "#, "à not contracted with the article"),
        (#"\b[dD]e (environ|un|une|elle|elles|il|ils)\b"#, "de not elided"),
        (#"\b[qQ]ue (il|ils|elle|elles|on|un|une)\b"#, "que not elided"),
        (#" [:;?!]"#, "an ordinary space before a colon, semicolon, question or exclamation mark"),
        (#"\p{L}[:;?!](\s|$)"#, "no space before a colon, semicolon, question or exclamation mark"),
        (#"«[^\x{00A0}]|[^\x{00A0}]»"#, "guillemets without no-break spaces"),
        (#"(^|\s)-\d"#, "a hyphen for a minus sign"),
        (#"\x{00A0}: \p{Lu}\p{Ll}"#, "a capital after a colon"),
        (#"\b(against|accounts|across|other|with|the|and|per week|Read with care)\b"#, "English in a French text"),
        (#"\d+[.]\d+ ?%"#, "a decimal point in a French number"),
    ]

    /// Comparator phrases that must not come back line after line (twice at most).
    static let comparators: [NarrativeLocale: [String]] = [
        .en: ["across all accounts", "for the median customer", "for a typical customer", "a typical customer's"],
        .fr: ["pour l'ensemble des comptes", "pour le client médian", "pour un client type", "chez un client type"],
    ]

    /// A line that compares a figure with itself ("active in 94% of weeks, against 94%").
    static func repeatsANumber(_ line: String) -> Bool {
        let words = ["against", "where a typical", "compared with", "while the median", "next to", "contre", "quand un client", "face à",
                     "alors que", "affichent"]
        guard let marker = words.compactMap({ line.range(of: $0) }).first else { return false }
        let number = try! NSRegularExpression(pattern: #"\d(?:[\d,.\x{202F}\x{00A0}]*\d)?(?:[\s\x{00A0}]?%|\s\p{L}+)?"#)
        func numbers(_ text: String) -> [String] {
            number.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        }
        guard let before = numbers(String(line[..<marker.lowerBound])).last,
              let after = numbers(String(line[marker.upperBound...])).first else { return false }
        return before.trimmingCharacters(in: .whitespaces) == after.trimmingCharacters(in: .whitespaces)
    }
}
