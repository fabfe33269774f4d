import Foundation
import UsageStore

/// An account's health: a 0–100 score, a status and the reasons, in plain words.
public struct Health: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case healthy, watch
        case atRisk = "at risk"
    }

    /// One reason, in English and French.
    public struct Reason: Sendable, Codable, Equatable {
        public var en: String
        public var fr: String
    }

    public var score: Int
    public var status: Status
    public var reasons: [Reason]

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
                reasons.append(.init(en: "activity down \(percent) % over the last \(recentWeeks) weeks",
                                     fr: "activité en baisse de \(percent) % sur les \(recentWeeks) dernières semaines"))
            }
        }
        if let seats = usage.profile.seats, seats > 0, let active = usage.recentUsers {
            let share = min(1, Double(active) / Double(seats))
            parts.append((0.2, min(1, share / 0.5)))
            if share < 0.3 {
                reasons.append(.init(en: "\(active) of \(seats) seats active", fr: "\(active) licences actives sur \(seats)"))
            }
        }
        if let recency = value("recency") {
            parts.append((0.2, max(0, min(1, 1 - (recency - 7) / 56))))
            if recency >= 21 {
                let days = Int(recency.rounded())
                reasons.append(.init(en: "no activity for \(days) days", fr: "aucune activité depuis \(days) jours"))
            }
        }
        if let weeks = value("weeks_active") {
            parts.append((0.15, weeks))
            if weeks < 0.5 {
                let percent = Int((weeks * 100).rounded())
                reasons.append(.init(en: "active in only \(percent) % of weeks", fr: "active seulement \(percent) % des semaines"))
            }
        }
        if let breadth = value("breadth"), typicalBreadth > 0 {
            parts.append((0.1, min(1, breadth / typicalBreadth)))
        }
        for name in commonFeatures {
            guard let index = features.firstIndex(of: name), usage.byFeature[index] == 0 else { continue }
            reasons.append(.init(en: "no use of \(name), which most similar accounts use",
                                 fr: "aucune utilisation de \(name), que la plupart des comptes semblables utilisent"))
        }
        let weight = parts.reduce(0) { $0 + $1.weight }
        let score = weight > 0 ? Int((100 * parts.reduce(0) { $0 + $1.weight * $1.score } / weight).rounded()) : 50
        let status: Status = score >= 70 ? .healthy : score >= 40 ? .watch : .atRisk
        return Health(score: score, status: status, reasons: reasons)
    }
}
