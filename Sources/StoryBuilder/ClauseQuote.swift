import Foundation

/// A clause of the prospect's, quoted back on its own: without the words that joined it to what came before ("and so",
/// « mais »), nor those at its end that wait for what follows ("an app push saying"), and with a capital.
enum ClauseQuote {
    /// - Parameter whole: the clause ends its sentence, where an English preposition may close it ("what they asked for").
    static func trimmed(_ clause: String, whole: Bool = false) -> String {
        var words = clause.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        while let first = words.first?.lowercased().trimmingCharacters(in: .punctuationCharacters), joins.contains(first) { words.removeFirst() }
        // « le sujet numéro un » ends on its number, not on an article.
        while let last = words.last?.lowercased().trimmingCharacters(in: .punctuationCharacters), hanging.contains(last),
              !(whole && closing.contains(last)), !(["un", "une"].contains(last) && words.dropLast().last?.lowercased().hasPrefix("num") == true) {
            words.removeLast()
        }
        var text = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:—-"))
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
    }

    /// Whether `text` ends on a word that waits for what follows ("quand un compte baisse de"): cut short, it says nothing.
    static func endsHanging(_ text: String) -> Bool {
        TextAnalyzer.words(text).last.map { hanging.contains($0) && !closing.contains($0) } ?? false
    }

    private static let joins: Set<String> = [
        "and", "but", "so", "also", "then", "plus", "oh", "obviously", "honestly", "um", "er", "well", "because",
        "et", "mais", "donc", "puis", "alors", "aussi", "enfin", "ah", "euh", "bon", "après", "évidemment", "bien", "sûr", "par", "contre",
        "attention", "franchement", "ben", "parce", "que",
    ]
    /// English prepositions that may close a sentence.
    private static let closing: Set<String> = ["for", "of", "to", "with", "on", "in", "at", "from", "by", "into"]
    private static let hanging: Set<String> = [
        "saying", "like", "to", "with", "for", "of", "the", "a", "an", "and", "or", "but", "so", "when", "where", "which", "who",
        "because", "if", "into", "on", "in", "at", "from", "by", "as", "just",
        "de", "du", "des", "le", "la", "les", "un", "une", "et", "ou", "mais", "pour", "avec", "sur", "dans", "qui", "que", "quand",
        "comme", "si", "à", "au", "aux", "genre", "style", "type",
    ]
}
