import Archetypes
import Foundation
import Testing
import TestSupport
@testable import StoryBuilder

/// Discovery-call statements in both languages, each run with industries that pull towards another group: the brief must
/// hear the stated goals (and never a negated one) and tell the group whose planted behaviour evidences them.
@Suite struct GoalFitTests {
    struct Statement: Decodable {
        var locale: String
        var text: String
        var goals: [String]
        var excluded: [String]
        /// Acceptable first archetypes, by their English lexicon name.
        var archetypes: [String]
        var industries: [String]
    }

    @Test func goalsLeadToTheGroupThatEvidencesThem() throws {
        let url = try #require(Bundle.module.url(forResource: "goal-fit", withExtension: "json", subdirectory: "Fixtures"))
        let statements = try JSONDecoder().decode([Statement].self, from: Data(contentsOf: url))
        let demo = try DemoCorpus.shared()
        let builder = try StoryLibrary(narratives: shippedNarratives).builder(analysis: demo.analysis, run: 1)
        var runs = 0, right = 0, negatedMatched = 0
        var misses: [String] = []
        for statement in statements {
            for industry in statement.industries + [""] {
                let locale = NarrativeLocale(rawValue: statement.locale) ?? .en
                let pitch = builder.pitch(Prospect(name: "Prospect", goals: statement.text, industry: industry.isEmpty ? nil : industry,
                                                   locale: locale))
                let heard = Set(pitch.goals.map(\.id))
                let chosen = pitch.archetypes.first.flatMap { choice in demo.analysis.archetypes.first { $0.id == choice.id }?.name.en }
                let negated = heard.intersection(statement.excluded)
                negatedMatched += negated.count
                let ok = heard == Set(statement.goals) && negated.isEmpty
                    && (statement.archetypes.isEmpty ? chosen == nil : chosen.map(statement.archetypes.contains) == true)
                runs += 1
                right += ok ? 1 : 0
                if !ok { misses.append("\(statement.text) [\(industry)] → \(heard.sorted()) \(chosen ?? "none")") }
            }
        }
        let share = Double(right) / Double(max(runs, 1))
        print("goal fit: \(right)/\(runs) runs right (\(String(format: "%.1f", share * 100)) %) over \(statements.count) statements; "
            + "\(negatedMatched) negated goals matched")
        for miss in misses { print("  miss: \(miss)") }
        #expect(statements.count >= 60)
        #expect(Set(statements.map(\.locale)) == ["en", "fr"])
        #expect(share >= 0.95)
        #expect(negatedMatched == 0)
    }
}
