import Foundation

/// The moment a prospect said a message should go out, in their words: "when someone abandons the form", « dès qu'un
/// avis est publié en ligne ». A brief says where it would start from it rather than from "an event your systems record".
enum Trigger {
    /// The first moment `text` says, in a sentence that asks for something (one of `wishes`): the clause from its cue
    /// to the next mark, three to fourteen words long; nil when none is said so.
    static func said(in text: String, wishes: [String]) -> String? {
        for sentence in TextAnalyzer.sentences(text) where TextAnalyzer.says(wishes, in: sentence) {
            let source = sentence.replacingOccurrences(of: "’", with: "'")
            guard let match = cue.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)),
                  let range = Range(match.range(at: 1), in: source) else { continue }
            let moment = source[range].trimmingCharacters(in: .whitespaces)
            let words = TextAnalyzer.words(moment).count
            if (3...14).contains(words) { return moment }
        }
        return nil
    }

    /// A cue of the moment, and the clause it opens, up to a mark or a new clause.
    private static let cue = try! NSRegularExpression(pattern:
        #"(?i)\b((?:when(?:ever)?|as soon as|the moment|the second|each time|every time|quand|lorsqu'|lorsque|dès qu'|dès que|chaque fois qu'|chaque fois que|à chaque fois que)\s+[^,.;:!?—–()]+?)(?=\s*(?:[,.;:!?—–()]|$|\s+(?:with|and then|avec|puis)\b))"#)
}
