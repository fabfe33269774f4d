public import Archetypes
import Foundation

/// Why an archetype ranks where it does: one signal, its value, its baseline and the accounts behind it.
public struct RankReason: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A usage feature's standardized difference from the population (`value`, in standard deviations).
        case feature
        /// An outcome's median after against its median before (`value` after, `baseline` before).
        case outcome
        /// Share renewed (`value`) against all accounts with a known renewal (`baseline`).
        case renewal
        /// Share of members with the prospect's attribute value (`value`) against the population (`baseline`).
        case attribute
        /// Accounts behind the archetype (`value`).
        case evidence
    }

    public var kind: Kind
    public var goal: String?
    /// Feature id, outcome metric, or attribute name.
    public var subject: String
    /// The attribute value matched, for `attribute`.
    public var detail: String?
    public var value: Double
    public var baseline: Double?
    public var accounts: Int
    /// Signed contribution to the score.
    public var contribution: Double
}

/// An archetype's place for a prospect.
public struct RankedArchetype: Sendable, Codable, Equatable {
    public var archetype: Int
    public var score: Double
    /// How well its usage and outcomes evidence the goals (standardized units; > 0 is better than typical).
    public var goalFit: Double
    /// How close its accounts are to the prospect's attributes (log lift, -1…1).
    public var attributeFit: Double
    /// How much evidence stands behind it (0…1, from its number of accounts).
    public var evidence: Double
    /// The strongest signals, largest contribution first.
    public var reasons: [RankReason]
    /// Whether it has a result for the goal the prospect raised first.
    public var answersFirstGoal = false
    /// The prospect's attribute that put this archetype first among near-ties on goal fit, when one did.
    public var decidedBy: RankReason? = nil
}

/// Ranks archetypes for a prospect by how well their usage and results evidence the goals. The prospect's industry,
/// size or region only break near-ties: among archetypes within ``nearTie`` of the best goal fit, the one closest to
/// the prospect comes first, and the ranking says which attribute decided.
public enum ArchetypeRanker {
    /// Weights of goal fit and evidence in the score, and of usage (against results) within goal fit.
    static let weights = (goal: 1.0, evidence: 0.3, usage: 0.6)
    /// Below this goal fit an archetype does not evidence the goals.
    public static let minimumFit = 0.2
    /// Goal fits this close to the best one are a near-tie (standardized units).
    public static let nearTie = 0.1
    /// The log lift of an attribute that may break a near-tie: a quarter more common among members than overall.
    static let meaningfulLift = log(1.25)

    /// Archetypes at or above the privacy threshold, best first.
    public static func rank(_ analysis: Analysis, goals: [Goal], prospect: Prospect) -> [RankedArchetype] {
        let eligible = analysis.archetypes.filter { $0.size >= analysis.options.minSize }
        let total = eligible.reduce(0) { $0 + $1.size }
        guard total > 0 else { return [] }
        let outcomeChanges = Dictionary(grouping: eligible.flatMap { archetype in
            archetype.outcomes.compactMap { o in comparable(o).map { (o.metric, archetype.id, $0) } }
        }, by: \.0)
        let renewalRates = eligible.compactMap { a in a.renewal.map { (a.id, $0.rate) } }
        let known = eligible.compactMap(\.renewal).reduce((0, 0)) { ($0.0 + $1.known, $0.1 + $1.renewed) }
        // Goals that some group evidences with a result.
        let evidenced = Set(goals.filter { goal in
            (goal.evidence.renewal && known.0 > 0) || goal.evidence.outcomes.contains { signal in
                eligible.contains { a in a.outcomes.contains { $0.metric == signal.metric
                    && speaksForGroup($0, of: a, minSize: analysis.options.minSize) && comparable($0) != nil } }
            }
        }.map(\.id))

        let ranked = eligible.map { archetype -> RankedArchetype in
            var goalReasons: [RankReason] = []
            // Goal fits with their weights: the goal the prospect raised first counts most (1, 1/2, 1/3…), and a goal no
            // group has a result for counts half beside one that some group evidences: its fit rests on usage alone.
            var fits: [(fit: Double, weight: Double)] = []
            var answersFirstGoal = false
            for (position, goal) in goals.enumerated() {
                let weight = 1 / Double(position + 1) * (evidenced.isEmpty || evidenced.contains(goal.id) ? 1 : 0.5)
                var usage: [(RankReason, Double)] = []
                var results: [RankReason] = []
                var primary: Double?
                for (rank, signal) in goal.evidence.features.enumerated() {
                    guard let feature = signal.feature, let effect = archetype.effects?.first(where: { $0.feature == feature }) else { continue }
                    usage.append((.init(kind: .feature, goal: goal.id, subject: feature, value: effect.effect, baseline: 0,
                                        accounts: archetype.size, contribution: clip(signal.sign * effect.effect, 2)), 1 / Double(rank + 1)))
                    if rank == 0 { primary = usage.last?.0.contribution }
                }
                for signal in goal.evidence.outcomes {
                    guard let metric = signal.metric, let outcome = archetype.outcomes.first(where: { $0.metric == metric }),
                          speaksForGroup(outcome, of: archetype, minSize: analysis.options.minSize), let change = comparable(outcome), let after = outcome.medianAfter,
                          let z = standardScore(change, among: outcomeChanges[metric]?.map(\.2) ?? []) else { continue }
                    results.append(.init(kind: .outcome, goal: goal.id, subject: metric, value: after, baseline: outcome.medianBefore,
                                         accounts: outcome.accounts, contribution: clip(signal.sign * z, 2)))
                }
                if goal.evidence.renewal, let renewal = archetype.renewal, known.0 > 0,
                   let z = standardScore(renewal.rate, among: renewalRates.map(\.1)) {
                    results.append(.init(kind: .renewal, goal: goal.id, subject: "renewal", value: renewal.rate,
                                         baseline: Double(known.1) / Double(known.0), accounts: renewal.known, contribution: clip(z, 2)))
                }
                // Usage says whether accounts are like the goal (earlier signals weigh more); outcomes and renewal say what they achieved.
                let usageFit = usage.isEmpty ? nil : usage.reduce(0) { $0 + $1.0.contribution * $1.1 } / usage.reduce(0) { $0 + $1.1 }
                // A group with no result to show for a goal that other groups evidence with results stands half a
                // deviation below the typical result, rather than being judged on its usage alone: a rep would
                // rather quote a group that has the figure.
                let resultFit = results.isEmpty ? (evidenced.contains(goal.id) ? -0.5 : nil)
                    : results.reduce(0) { $0 + $1.contribution } / Double(results.count)
                // A group whose usage does not look like the goal, on the goal's first signal above all, does not answer it,
                // however good its numbers: a peaks goal is not answered by accounts without peaks.
                let gate = usageFit.map { min($0, primary ?? $0) }
                let fit: Double
                switch (usageFit, resultFit) {
                case _ where (gate ?? 0) < 0: fit = gate ?? 0
                case let (u?, r?): fit = weights.usage * u + (1 - weights.usage) * r
                case let (u?, nil): fit = u
                case let (nil, r?): fit = r
                case (nil, nil): continue
                }
                fits.append((fit, weight))
                if position == 0 { answersFirstGoal = !results.isEmpty }
                goalReasons += usage.map(\.0) + results
            }
            let attributeReasons = prospect.attributes.compactMap { attribute(archetype, $0.name, $0.value, eligible: eligible, total: total) }
            let goalFit = fits.isEmpty ? 0 : fits.reduce(0) { $0 + $1.fit * $1.weight } / fits.reduce(0) { $0 + $1.weight }
            let attributeFit = attributeReasons.isEmpty ? 0 : attributeReasons.reduce(0) { $0 + $1.contribution } / Double(attributeReasons.count)
            let evidence = min(1, log(Double(archetype.size)) / log(Double(max(total, 2))))
            // Evidence weighs in only among equally fitting groups: a bigger group is a sturdier story.
            let score = weights.goal * goalFit + weights.evidence * evidence * nearTie
            let strongest = goalReasons.filter { $0.contribution > 0 }.sorted { $0.contribution > $1.contribution }.prefix(3)
            let reasons = Array(strongest) + attributeReasons
                + [RankReason(kind: .evidence, subject: "accounts", value: Double(archetype.size), accounts: archetype.size, contribution: evidence)]
            return RankedArchetype(archetype: archetype.id, score: rounded(score), goalFit: rounded(goalFit),
                                   attributeFit: rounded(attributeFit), evidence: rounded(evidence), reasons: reasons,
                                   answersFirstGoal: answersFirstGoal)
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.archetype < $1.archetype }
        return breakingNearTies(ranked)
    }

    /// Moves to the front, among the archetypes within ``nearTie`` of the best goal fit, the one closest to the
    /// prospect's attributes, and records the attribute that decided. A group without a result for the first goal never
    /// passes one that has it: an industry does not outweigh the figure the prospect asked for first.
    static func breakingNearTies(_ ranked: [RankedArchetype]) -> [RankedArchetype] {
        guard let first = ranked.first, first.goalFit >= minimumFit else { return ranked }
        let tied = ranked.prefix { first.goalFit - $0.goalFit <= nearTie }.filter { $0.answersFirstGoal || !first.answersFirstGoal }
        // A closeness worth saying: the attribute is at least a quarter more common among its members than overall.
        guard let closest = tied.max(by: { $0.attributeFit != $1.attributeFit ? $0.attributeFit < $1.attributeFit : $0.score > $1.score }),
              closest.archetype != first.archetype, closest.attributeFit - first.attributeFit >= meaningfulLift,
              let decider = closest.reasons.filter({ $0.kind == .attribute && $0.contribution >= meaningfulLift })
                .max(by: { $0.contribution < $1.contribution }) else { return ranked }
        var winner = closest
        winner.decidedBy = decider
        return [winner] + ranked.filter { $0.archetype != closest.archetype }
    }

    /// Whether an outcome rests on enough of the group to speak for it: at least the privacy threshold of accounts and a
    /// fifth of the group's members.
    public static func speaksForGroup(_ outcome: Archetype.OutcomeSummary, of archetype: Archetype, minSize: Int) -> Bool {
        outcome.accounts >= minSize && outcome.accounts * 5 >= archetype.size
    }

    /// What groups are compared on for an outcome: its relative change, or its level where there is no baseline to change
    /// from (hours saved start at zero by construction).
    static func comparable(_ outcome: Archetype.OutcomeSummary) -> Double? {
        relativeChange(outcome) ?? ((outcome.medianBefore ?? 0) == 0 ? outcome.medianAfter : nil)
    }

    /// Median after over median before, minus one, when both are known and the baseline is positive.
    static func relativeChange(_ outcome: Archetype.OutcomeSummary) -> Double? {
        guard let before = outcome.medianBefore, let after = outcome.medianAfter, before > 0 else { return nil }
        return after / before - 1
    }

    /// The prospect's attribute value among members against the population; nil when no archetype shows it, or when
    /// this archetype folds it into "other".
    static func attribute(_ archetype: Archetype, _ name: String, _ value: String, eligible: [Archetype], total: Int) -> RankReason? {
        func count(_ a: Archetype) -> Int {
            a.attributes[name]?.first { $0.value.caseInsensitiveCompare(value) == .orderedSame && $0.value != "other" }?.accounts ?? 0
        }
        let population = eligible.reduce(0) { $0 + count($1) }
        guard population > 0 else { return nil }
        // Folded into "other" here (fewer accounts than the threshold): the share is unknown, not zero.
        if count(archetype) == 0, archetype.attributes[name]?.contains(where: { $0.value == "other" }) == true { return nil }
        let share = Double(count(archetype)) / Double(archetype.size)
        let baseline = Double(population) / Double(total)
        let lift = share > 0 ? clip(log(share / baseline), 1) : -1
        let matched = eligible.lazy.compactMap { $0.attributes[name]?.first { $0.value.caseInsensitiveCompare(value) == .orderedSame }?.value }.first
        return .init(kind: .attribute, subject: name, detail: matched ?? value, value: share, baseline: baseline,
                     accounts: count(archetype), contribution: lift)
    }

    /// (x − mean) / sd among the values; 0 when they do not vary; nil with fewer than two values.
    static func standardScore(_ x: Double, among values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
        return sd > 1e-12 ? (x - mean) / sd : 0
    }

    static func clip(_ x: Double, _ limit: Double) -> Double { max(-limit, min(limit, x)) }
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
