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

extension Goal {
    /// The goal with the first of `measures` (the prospect's own, in the order they named them) that fits it as what
    /// a pilot would track.
    func measuring(_ measures: [Measure]) -> Goal {
        guard let measure = measures.first(where: { $0.goals.contains(id) }) else { return self }
        var goal = self
        goal.pilot = measure.says
        goal.ownMeasure = measure.says
        return goal
    }
}
