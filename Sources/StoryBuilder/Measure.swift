import Foundation

/// A measure a prospect may name as their own ("our no-show rate is brutal", « notre taux de réachat »): a pilot for one
/// of its goals tracks it, said as the prospect would, rather than the goal's stock measure.
public struct Measure: Sendable, Codable, Equatable {
    /// Words or expressions that name the measure, normalized as the analyzer normalizes text.
    public var words: [String]
    /// The goals whose pilot it can be.
    public var goals: [String]
    /// What a pilot would track, in the pattern's `{pilot}`: "your no-show rate, before and after".
    public var says: Localized<String>

    /// The measures `text` names, in the order it names them.
    static func named(in text: String, among measures: [Measure]) -> [Measure] {
        TextAnalyzer.inOrderOfMention(measures, in: text, by: \.words)
    }
}

extension Measure {
    /// A rate the prospect named in their own words that no measure of the catalogue holds ("our recovery rate",
    /// « notre taux de réinscription »): "your recovery rate, before and after", for `goal`; nil when `text` names none.
    static func rate(in text: String, locale: NarrativeLocale, goal: String) -> Measure? {
        let pattern = locale == .en ? english : french
        guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        let said = text[range].lowercased().replacingOccurrences(of: "’", with: "'")
        if locale == .en, let first = said.split(separator: " ").first, vague.contains(String(first)) { return nil }
        // Said in the prospect's own language, which is the brief's: both languages hold it.
        let says = locale == .en ? "your \(said), before and after" : "votre \(said), avant et après"
        return Measure(words: [], goals: [goal], says: Localized(en: says, fr: says))
    }

    /// "our / the … rate", one to three words naming it; « notre / le taux de … », one word after « de », two after an
    /// adjective that comes first (« taux de première réservation »).
    private static let english = try! NSRegularExpression(pattern: #"\b(?:our|my|the)\s+((?:[a-z][a-z-]*\s+){1,3}rate)\b"#, options: [.caseInsensitive])
    private static let french = try! NSRegularExpression(
        pattern: #"\b(?:notre|nos|le|ce)\s+(taux\s+d(?:e\s+|['’]\s*)(?:(?:premi[eè]re?s?|nouvel(?:le)?s?|nouveaux?)\s+)?[\p{L}-]+)"#, options: [.caseInsensitive])
    /// Words that qualify a rate without naming it: "the same rate", "our current rate".
    private static let vague: Set<String> = ["same", "current", "whole", "overall", "high", "low", "higher", "lower", "good", "bad", "usual", "normal", "this", "that"]
}

extension Goal {
    /// The goal with the first of `measures` (the prospect's own, in the order they named them) that fits it as what
    /// a pilot would track.
    func measuring(_ measures: [Measure]) -> Goal {
        guard let measure = measures.first(where: { $0.goals.contains(id) }) else { return self }
        var goal = self
        goal.pilot = measure.says
        goal.pilotIsTheirs = true
        return goal
    }
}
