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

    /// What a score weighs, each signal against its own yardstick: the model every run states.
    public enum Signal: String, Sendable, Codable, CaseIterable {
        /// Recent weekly activity against the account's earlier weeks.
        case trend
        /// Seats used in the last four weeks, against half the seats bought.
        case seats
        /// Days since the last event, against the account's own rhythm (its usual gap between active weeks).
        case recency
        /// Share of weeks active, against the typical account's.
        case activeWeeks
        /// Share of features used, against the typical account's.
        case breadth

        /// The signal's weight in the score, before signals the data lacks are left out and the rest rescaled.
        /// On purchase data (one kind of event), how recently and how often a customer buys is what tells.
        public func weight(purchases: Bool) -> Double {
            switch (self, purchases) {
            case (.trend, false): 0.35
            case (.seats, _), (.recency, false): 0.2
            case (.activeWeeks, false): 0.15
            case (.breadth, false): 0.1
            case (.recency, true): 0.5
            case (.activeWeeks, true): 0.3
            case (.trend, true): 0.2
            case (.breadth, true): 0
            }
        }
    }

    /// The population's yardsticks for the signals that are read against a typical account.
    struct Typical {
        var breadth: Double
        var activeWeeks: Double
        /// The median account's own gap between active weeks, for accounts with too few to have a rhythm.
        var gap: Double
        /// Whether the data is a purchase log (one kind of event), which weighs recency and frequency.
        var purchases: Bool
    }

    /// Scores one account from its features (natural units) and its archetype's common features.
    /// - Parameters:
    ///   - commonFeatures: features most members of its archetype use (name → share of members using it).
    static func assess(row: [Double], table: FeatureTable, usage: AccountUsage, recentWeeks: Int,
                       typical: Typical, commonFeatures: [String], features: [String]) -> Health {
        var parts: [(weight: Double, score: Double)] = []
        var reasons: [Reason] = []
        func value(_ id: String) -> Double? { table.column(id).map { row[$0] } }
        if let trend = value("trend") {
            parts.append((Signal.trend.weight(purchases: typical.purchases), min(1, trend)))
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
            parts.append((Signal.seats.weight(purchases: typical.purchases), min(1, share / 0.5)))
            if share < 0.3 {
                reasons.append(.seatsIdle(active: active, seats: seats))
            }
        }
        if let recency = value("recency") {
            // A buyer who orders monthly is not lapsed after three weeks: the gap is read against the account's own.
            let gap = max(7, ownGap(usage) ?? typical.gap)
            parts.append((Signal.recency.weight(purchases: typical.purchases), max(0, min(1, 1 - (recency - gap) / (4 * gap)))))
            if recency >= max(21, 3 * gap) { reasons.append(.inactive(days: Int(recency.rounded()))) }
        }
        if let weeks = value("weeks_active"), typical.activeWeeks > 0 {
            parts.append((Signal.activeWeeks.weight(purchases: typical.purchases), min(1, weeks / typical.activeWeeks)))
            if weeks < 0.5 * typical.activeWeeks { reasons.append(.rarelyActive(percent: Int((weeks * 100).rounded()))) }
        }
        if let breadth = value("breadth"), typical.breadth > 0 {
            parts.append((Signal.breadth.weight(purchases: typical.purchases), min(1, breadth / typical.breadth)))
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

extension Health {
    /// The account's usual gap, in days, between its active weeks over its active span; nil with fewer than
    /// three active weeks, too few to have a rhythm.
    static func ownGap(_ usage: AccountUsage) -> Double? {
        guard let first = usage.weekly.firstIndex(where: { $0 > 0 }) else { return nil }
        let active = usage.weekly[first...].filter { $0 > 0 }.count
        guard active >= 3 else { return nil }
        return 7 * Double(usage.weekly.count - first) / Double(active)
    }
}

/// Decodes a value, or nothing when it is not one (values stored by an earlier version).
public struct Lossy<Value: Decodable>: Decodable {
    public let value: Value?
    public init(from decoder: any Decoder) throws { value = try? Value(from: decoder) }
}
