import Foundation

/// A share the prospect gave, as they said it ("15 %", "about fifteen percent", "about a fifth", « dix points »); `target`
/// when it is what they aim for ("15 % more revenue this year", « réduire nos coûts de 10 % »). A brief says a target back
/// in their words where it agrees on a starting point.
struct Quantity: Equatable {
    var said: String
    var target: Bool

    private static let numbers = "\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
        + "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt"
    private static let about = "(?:about |around |roughly |nearly |almost |over |more than |environ |à peu près |près de |presque |plus de )?"

    /// Percentages and points, which a target is said in, then fractions ("about a fifth"), which say where one stands.
    private static let patterns: [(pattern: String, aimable: Bool)] = [
        ("\(about)(?:\\+\\s?)?(?:\\d+(?:[.,]\\d+)?|\\b\(DeclaredMeasure.spelled))\\s?(?:%|percent\\b|per cent\\b|pour ?cent\\b)", true),
        ("\(about)\\b(?:\(numbers)) points?\\b", true),
        ("\(about)\\b(?:(?:a|one) (?:fifth|third|quarter)|half|un cinquième|un tiers|un quart|la moitié)\\b", false),
    ]

    private static let expressions = patterns.compactMap { entry in
        (try? NSRegularExpression(pattern: entry.pattern, options: [.caseInsensitive])).map { ($0, entry.aimable) }
    }

    /// Words that, just before a share, make it a goal to reach rather than where the prospect stands.
    private static let aims = ["increase", "grow", "boost", "raise", "target", "aim", "goal", "cut", "reduce", "lower",
                               "augmenter", "objectif", "gagner", "remonter", "hausse", "réduire", "baisser", "diminuer"]

    /// Words just after a share that make it a change to reach ("15% more revenue", "a thirty percent drop",
    /// « 15 % de chiffre d'affaires en plus »).
    private static let changes: Set<String> = ["more", "fewer", "less", "drop", "increase", "reduction", "plus", "moins", "hausse", "baisse"]

    /// Words just before a share that say they find it too low ("only about 8% convert", « à peine 10 % »): it is where
    /// they stand, not where they aim.
    static let standing: Set<String> = ["only", "barely", "just", "seulement", "peine"]

    /// The first share `text` gives, if any, the longest where two begin at the same place.
    static func first(in text: String) -> Quantity? {
        let source = text as NSString
        let whole = NSRange(location: 0, length: source.length)
        var found: (range: NSRange, aimable: Bool)?
        for (expression, aimable) in expressions {
            for match in expression.matches(in: text, range: whole) {
                let range = match.range
                if let best = found?.range, best.location < range.location || (best.location == range.location && best.length >= range.length) { continue }
                found = (range, aimable)
            }
        }
        guard let (range, aimable) = found else { return nil }
        let said = source.substring(with: range).trimmingCharacters(in: .whitespaces)
        // A share is a target when a word of aim stands just before it ("increase it by 15%", « réduire nos coûts de
        // 10 % ») or "more" just after ("15% more revenue", « 15 % de chiffre d'affaires en plus »).
        func words(_ range: NSRange) -> [String] { source.substring(with: range).lowercased().split { !$0.isLetter }.map(String.init) }
        let before = words(NSRange(location: 0, length: range.location)).suffix(6)
        // "More" counts in the share's own sentence only: "8% convert. We need more of them" gives where they stand.
        let rest = source.substring(from: range.location + range.length)
        let sentence = rest.prefix { !".!?".contains($0) }
        let after = sentence.lowercased().split { !$0.isLetter }.map(String.init).prefix(6)
        let standing = before.suffix(2).contains(where: Self.standing.contains)
        let aimed = !standing && (before.contains { aims.contains($0) } || after.contains { changes.contains($0) })
        return Quantity(said: said, target: aimable && aimed)
    }
}
