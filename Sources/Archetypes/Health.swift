import Foundation

/// An account's health: a 0–100 score, a status and the reasons, as values that the story layer puts into words.
public struct Health: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case healthy, watch
        case atRisk = "at risk"
    }

    /// Why a score is low, with the figures behind it.
    public enum Reason: Sendable, Codable, Equatable {
        /// Weekly activity over the last `weeks` weeks is down by `percent` % against the weeks before.
        case activityDown(percent: Int, weeks: Int)
        /// Only `active` of `seats` seats were used in the last four weeks.
        case seatsIdle(active: Int, seats: Int)
        /// No activity for `days` days.
        case inactive(days: Int)
        /// Active in only `percent` % of the window's weeks.
        case rarelyActive(percent: Int)
        /// No use of `feature`, which most accounts of its archetype use.
        case unusedCommonFeature(feature: String)
    }

    public var score: Int
    public var status: Status
    public var reasons: [Reason]

    public init(score: Int, status: Status, reasons: [Reason]) {
        self.score = score
        self.status = status
        self.reasons = reasons
    }

    private enum CodingKeys: String, CodingKey { case score, status, reasons }

    /// Reasons stored by an earlier version (as sentences) are dropped rather than failing the whole run.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        score = try container.decode(Int.self, forKey: .score)
        status = try container.decode(Status.self, forKey: .status)
        reasons = (try? container.decode([Lossy<Reason>].self, forKey: .reasons))?.compactMap(\.value) ?? []
    }

    /// Scores one account from its features (natural units) and its archetype's common features.
    /// - Parameters:
    ///   - commonFeatures: features most members of its archetype use (name → share of members using it).
    static func assess(row: [Double], table: FeatureTable, usage: AccountUsage, recentWeeks: Int,
                       typicalBreadth: Double, commonFeatures: [String], features: [String]) -> Health {
        var parts: [(weight: Double, score: Double)] = []
        var reasons: [Reason] = []
        func value(_ id: String) -> Double? { table.column(id).map { row[$0] } }
        if let trend = value("trend") {
            parts.append((0.35, min(1, trend)))
            // The reason quotes the plain (unsmoothed) change of weekly activity.
            let span = usage.weekly.drop { $0 == 0 }
            let recent = span.suffix(recentWeeks), earlier = span.dropLast(recentWeeks)
            let earlierRate = earlier.reduce(0, +) / Double(max(earlier.count, 1))
            let change = earlierRate > 0 ? recent.reduce(0, +) / Double(max(recent.count, 1)) / earlierRate : 1
            if trend < 0.8 && change < 0.8 {
                let percent = Int(((1 - change) * 100).rounded())
                reasons.append(.activityDown(percent: percent, weeks: recentWeeks))
            }
        }
        if let seats = usage.profile.seats, seats > 0, let active = usage.recentUsers {
            let share = min(1, Double(active) / Double(seats))
            parts.append((0.2, min(1, share / 0.5)))
            if share < 0.3 {
                reasons.append(.seatsIdle(active: active, seats: seats))
            }
        }
        if let recency = value("recency") {
            parts.append((0.2, max(0, min(1, 1 - (recency - 7) / 56))))
            if recency >= 21 {
                let days = Int(recency.rounded())
                reasons.append(.inactive(days: days))
            }
        }
        if let weeks = value("weeks_active") {
            parts.append((0.15, weeks))
            if weeks < 0.5 {
                let percent = Int((weeks * 100).rounded())
                reasons.append(.rarelyActive(percent: percent))
            }
        }
        if let breadth = value("breadth"), typicalBreadth > 0 {
            parts.append((0.1, min(1, breadth / typicalBreadth)))
        }
        for name in commonFeatures {
            guard let index = features.firstIndex(of: name), usage.byFeature[index] == 0 else { continue }
            reasons.append(.unusedCommonFeature(feature: name))
        }
        let weight = parts.reduce(0) { $0 + $1.weight }
        let score = weight > 0 ? Int((100 * parts.reduce(0) { $0 + $1.weight * $1.score } / weight).rounded()) : 50
        let status: Status = score >= 70 ? .healthy : score >= 40 ? .watch : .atRisk
        return Health(score: score, status: status, reasons: reasons)
    }
}

/// Decodes a value, or nothing when it is not one (values stored by an earlier version).
public struct Lossy<Value: Decodable>: Decodable {
    public let value: Value?
    public init(from decoder: any Decoder) throws { value = try? Value(from: decoder) }
}
