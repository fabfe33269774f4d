import Archetypes
import Foundation
import Testing
@testable import StoryBuilder

struct RankingTests {
    let analysis: Analysis

    init() throws { analysis = try StoryFixture.analysis() }

    func goals(_ ids: String...) throws -> [Goal] { try ids.map { try #require(try catalogue.goal($0)) } }

    @Test func rankedBestFirstWithTheirReasons() throws {
        let ranking = ArchetypeRanker.rank(analysis, goals: try goals("absorb-peaks"), prospect: Prospect(goals: "", industry: "retail", region: "EMEA"))
        #expect(ranking.count == analysis.archetypes.count)
        #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.score >= $1.score })
        let best = try #require(ranking.first)
        // Its reasons are the goal's signals in the direction the goal wants, strongest first; it peaks more than most.
        let signals = best.reasons.filter { $0.goal != nil }
        #expect(!signals.isEmpty && signals.allSatisfy { $0.goal == "absorb-peaks" && $0.contribution > 0 })
        #expect(zip(signals, signals.dropFirst()).allSatisfy { $0.contribution >= $1.contribution })
        let peakFeatures = try goals("absorb-peaks")[0].evidence.features.compactMap(\.feature)
        #expect(signals.contains { $0.kind == .feature && peakFeatures.contains($0.subject) })
        #expect(try #require(analysis.archetypes.first { $0.id == best.archetype }?.effects?.first { $0.feature == "seasonality" }).effect > 0)
        // Attribute reasons give the share among members and in the population, unless the value is folded
        // into "other" for that archetype (then the share is unknown, and no reason is given).
        for ranked in ranking {
            let archetype = analysis.archetypes.first { $0.id == ranked.archetype }!
            let shown = archetype.attributes["industry"]?.contains { $0.value == "retail" } ?? false
            let folded = !shown && (archetype.attributes["industry"]?.contains { $0.value == "other" } ?? false)
            let reason = ranked.reasons.first { $0.kind == .attribute && $0.subject == "industry" }
            #expect((reason == nil) == folded, "archetype \(archetype.id)")
            if let reason {
                #expect(reason.detail == "retail" && reason.baseline! > 0 && (0...1).contains(reason.value))
                #expect((reason.value > 0) == shown)
            }
        }
        #expect(best.reasons.last?.kind == .evidence && best.reasons.last?.value == Double(analysis.archetypes.first { $0.id == best.archetype }!.size))
    }

    @Test func outcomeEvidenceFollowsTheGoalsDirection() throws {
        // Time to first value should fall: the archetype that leads faster adoption has a lower time after than before.
        let ranking = ArchetypeRanker.rank(analysis, goals: try goals("faster-adoption"), prospect: Prospect(goals: ""))
        let best = try #require(ranking.first)
        if let ramp = best.reasons.first(where: { $0.kind == .outcome && $0.subject == "time-to-first-value" }) {
            #expect(ramp.value < ramp.baseline!)
        }
        #expect(best.goalFit > ArchetypeRanker.minimumFit)
    }

    @Test func anAttributeNobodyHasGivesNoReason() throws {
        let ranking = ArchetypeRanker.rank(analysis, goals: try goals("reduce-churn"), prospect: Prospect(goals: "", industry: "shipbuilding"))
        #expect(ranking.allSatisfy { $0.attributeFit == 0 && !$0.reasons.contains { $0.kind == .attribute } })
    }

    @Test func attributesNeverChangeGoalFitOrScore() throws {
        let plain = ArchetypeRanker.rank(analysis, goals: try goals("grow-revenue"), prospect: Prospect(goals: ""))
        let bestIndustry = try #require(analysis.archetypes.first!.attributes["industry"]?.first?.value)
        let with = ArchetypeRanker.rank(analysis, goals: try goals("grow-revenue"), prospect: Prospect(goals: "", industry: bestIndustry))
        for before in plain {
            let after = try #require(with.first { $0.archetype == before.archetype })
            #expect(after.goalFit == before.goalFit && after.score == before.score)
        }
    }

    /// Among near-ties on goal fit, the archetype closest to the prospect comes first and says which attribute decided;
    /// outside a near-tie, attributes change nothing, and they never put a group without a result for the first goal ahead
    /// of one that has it.
    @Test func attributesOnlyBreakNearTies() {
        func ranked(_ id: Int, fit: Double, attribute: Double, answers: Bool = false) -> RankedArchetype {
            let reason = RankReason(kind: .attribute, subject: "industry", detail: "retail", value: 0.4, baseline: 0.2, accounts: 40,
                                    contribution: attribute)
            return RankedArchetype(archetype: id, score: fit, goalFit: fit, attributeFit: attribute, evidence: 0.5, reasons: [reason],
                                   answersFirstGoal: answers)
        }
        let proven = ArchetypeRanker.breakingNearTies([ranked(1, fit: 1.0, attribute: 0, answers: true), ranked(2, fit: 0.95, attribute: 0.6)])
        #expect(proven.map(\.archetype) == [1, 2] && proven.first?.decidedBy == nil)
        let both = ArchetypeRanker.breakingNearTies([ranked(1, fit: 1.0, attribute: 0, answers: true), ranked(2, fit: 0.95, attribute: 0.6, answers: true)])
        #expect(both.map(\.archetype) == [2, 1])
        let near = ArchetypeRanker.breakingNearTies([ranked(1, fit: 1.0, attribute: 0), ranked(2, fit: 0.95, attribute: 0.6)])
        #expect(near.map(\.archetype) == [2, 1])
        #expect(near.first?.decidedBy?.subject == "industry")
        let far = ArchetypeRanker.breakingNearTies([ranked(1, fit: 1.0, attribute: 0), ranked(2, fit: 0.7, attribute: 1)])
        #expect(far.map(\.archetype) == [1, 2] && far.first?.decidedBy == nil)
    }
}
