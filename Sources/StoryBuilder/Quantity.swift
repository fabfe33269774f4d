import Foundation

/// A figure the prospect gave, as they said it: a share ("15 %", "about a fifth"), points, a duration ("three months",
/// « deux jours par mois »), a sum ("forty dollars") or a multiple ("five times"); `target` when it is a share they aim
/// for ("15 % more revenue this year"). A brief says a target back in their words, where it agrees on a starting point:
/// any other figure may be where they stand, a delay or a multiple, and is not said back.
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

    /// Words that, just before a share, make it a goal to reach rather than where the prospect stands.
    private static let aims = ["increase", "grow", "boost", "raise", "target", "aim", "goal", "cut", "reduce", "lower",
                               "augmenter", "objectif", "gagner", "remonter", "hausse", "réduire", "baisser", "diminuer"]

    /// The first figure `text` gives, if any.
    static func first(in text: String) -> Quantity? {
        let source = text as NSString
        let found = expressions.flatMap { $0.matches(in: text, range: NSRange(location: 0, length: source.length)) }
            .min { $0.range.location != $1.range.location ? $0.range.location < $1.range.location : $0.range.length > $1.range.length }
        guard let found else { return nil }
        let said = source.substring(with: found.range).trimmingCharacters(in: .whitespaces)
        // A share or points is a target when a word of aim stands just before it ("increase it by 15%", « réduire nos
        // coûts de 10 % ») or "more" just after ("15% more revenue", « 15 % de chiffre d'affaires en plus »).
        let share = said.contains("%") || said.lowercased().contains("cent") || said.lowercased().contains("point")
        func words(_ range: NSRange) -> [String] { source.substring(with: range).lowercased().split { !$0.isLetter }.map(String.init) }
        let before = words(NSRange(location: 0, length: found.range.location)).suffix(6)
        let after = words(NSRange(location: found.range.location + found.range.length, length: source.length - found.range.location - found.range.length)).prefix(6)
        let aimed = before.contains { aims.contains($0) } || after.contains("more") || after.contains("plus")
        return Quantity(said: said, target: share && aimed)
    }
}
