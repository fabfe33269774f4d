import Foundation

/// A figure the prospect gave, as they said it: a share ("15 %", "about a fifth"), points, a duration ("three months",
/// « deux jours par mois »), a sum ("forty dollars") or a multiple ("five times"). A brief says it back in their words,
/// where it agrees on a starting point; `target` when it is what they aim for ("15 % more revenue this year").
struct Quantity: Equatable {
    var said: String
    var target: Bool

    private static let numbers = "\\d+(?:[.,]\\d+)?|a couple of|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
        + "un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|quelques"
    private static let about = "(?:about |around |roughly |nearly |almost |over |more than |environ |près de |presque |plus de )?"

    /// Each kind of figure, most telling first where two begin at the same place.
    private static let patterns: [String] = [
        // Shares and points.
        "\(about)(?:\\+\\s?)?\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b|pour ?cent\\b)",
        "\(about)\\b(?:\(numbers)) points?\\b",
        "\(about)\\b(?:(?:a|one) (?:fifth|third|quarter)|half|un cinquième|un tiers|un quart|la moitié)\\b",
        // Durations, with the period they recur over.
        "\(about)\\b(?:\(numbers))(?: full| whole| bonnes?| longues?)? (?:minutes?|hours?|days?|weeks?|months?|heures?|jours?|journées?|semaines?|mois)\\b"
            + "(?: (?:a|every|each|per|par|chaque) (?:day|week|month|year|jour|semaine|mois|an)\\b)?",
        // Sums and multiples.
        "(?:[$€£]\\s?\\d[\\d,.]*|\\b(?:\(numbers))\\s?(?:dollars|euros|pounds|€)\\b)",
        "\\b(?:\(numbers)) (?:times|fois)\\b|multiplié par (?:\(numbers))\\b",
    ]

    private static let expressions = patterns.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    /// Words that make a share a goal to reach rather than where the prospect stands.
    private static let aims = ["more", "increase", "grow", "boost", "raise", "target", "aim", "goal", "cut", "reduce", "lower", "bring",
                               "plus", "augmenter", "objectif", "gagner", "remonter", "hausse", "réduire", "baisser", "diminuer"]

    /// The first figure `text` gives, if any.
    static func first(in text: String) -> Quantity? {
        let source = text as NSString
        let found = expressions.flatMap { $0.matches(in: text, range: NSRange(location: 0, length: source.length)) }
            .min { $0.range.location != $1.range.location ? $0.range.location < $1.range.location : $0.range.length > $1.range.length }
        guard let found else { return nil }
        let said = source.substring(with: found.range).trimmingCharacters(in: .whitespaces)
        // A share or points with a word of aim in its sentence is a target.
        let sentence = TextAnalyzer.sentences(text).first { $0.contains(said) } ?? text
        let share = said.contains("%") || said.lowercased().contains("cent") || said.lowercased().contains("point")
        let words = Set(sentence.lowercased().split { !$0.isLetter }.map(String.init))
        return Quantity(said: said, target: share && aims.contains { words.contains($0) })
    }
}
