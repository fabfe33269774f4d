import Foundation

/// A goal recognized in a prospect's words, with the words that evidence it.
public struct GoalMatch: Sendable, Codable, Equatable {
    public var id: String
    public var score: Double
    public var evidence: [String]
}

/// Matches free text in French or English to catalogue goals with BM25 over each goal's phrasings.
///
/// Each goal is one document (title and phrasings in both languages, synonyms folded). A statement
/// carries every goal that scores at least ``threshold`` and at least ``relative`` of the best score.
public struct GoalMatcher: Sendable {
    public var threshold: Double
    public var relative: Double
    private let analyzer: TextAnalyzer
    private let goals: [String]
    /// Per goal: term → frequency.
    private let frequencies: [[String: Int]]
    private let lengths: [Double]
    private let idf: [String: Double]
    private let averageLength: Double
    private let k1 = 1.2, b = 0.5

    public init(catalogue: GoalCatalogue) {
        threshold = catalogue.matching?.threshold ?? 2.2
        relative = catalogue.matching?.relative ?? 0.45
        analyzer = TextAnalyzer(synonyms: catalogue.synonyms)
        goals = catalogue.goals.map(\.id)
        frequencies = catalogue.goals.map { [analyzer] goal in
            var counts: [String: Int] = [:]
            for locale in NarrativeLocale.allCases {
                for text in [goal.title[locale]] + goal.phrasings[locale] {
                    for term in analyzer.terms(text, locale: locale) { counts[term.stem, default: 0] += 1 }
                }
            }
            return counts
        }
        lengths = frequencies.map { Double($0.values.reduce(0, +)) }
        averageLength = max(1, lengths.reduce(0, +) / Double(max(lengths.count, 1)))
        var documents: [String: Int] = [:]
        for counts in frequencies { for term in counts.keys { documents[term, default: 0] += 1 } }
        let n = Double(frequencies.count)
        idf = documents.mapValues { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
    }

    /// Goals the text speaks of, best first; empty when it speaks of none.
    public func match(_ text: String) -> [GoalMatch] {
        let terms = analyzer.terms(text)
        var wordsByStem: [String: [String]] = [:]
        for term in terms where !(wordsByStem[term.stem]?.contains(term.word) ?? false) { wordsByStem[term.stem, default: []].append(term.word) }
        let scored = goals.indices.map { g -> GoalMatch in
            var score = 0.0
            var evidence: [String] = []
            for (stem, words) in wordsByStem.sorted(by: { $0.key < $1.key }) {
                guard let tf = frequencies[g][stem].map(Double.init), let weight = idf[stem] else { continue }
                score += weight * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[g] / averageLength))
                evidence += words
            }
            return GoalMatch(id: goals[g], score: (score * 100).rounded() / 100, evidence: evidence.sorted())
        }
        guard let best = scored.map(\.score).max(), best >= threshold else { return [] }
        return scored.filter { $0.score >= threshold && $0.score >= relative * best }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}
