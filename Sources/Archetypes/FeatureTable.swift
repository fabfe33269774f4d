import Foundation

/// One per-account feature: what it measures, in which unit, and how it is scaled. Its label lives in the
/// story layer's phrase books, by id.
public struct FeatureDefinition: Sendable, Codable, Equatable {
    /// Stable id, e.g. `volume_per_week`, `mix_api`.
    public var id: String
    /// Unit of the natural value, e.g. `events/week`, `%`, `days`.
    public var unit: String
    /// Heavy-tailed: clustered on log(1 + x).
    public var logScaled: Bool
    /// Weight in the distance (feature-mix shares share one group's weight).
    public var weight: Double

    public init(id: String, unit: String, logScaled: Bool, weight: Double) {
        self.id = id
        self.unit = unit
        self.logScaled = logScaled
        self.weight = weight
    }
}

/// Per-account features in natural units: rows are accounts, columns are ``definitions``.
public struct FeatureTable: Sendable {
    public var definitions: [FeatureDefinition]
    public var accounts: [Int64]
    public var rows: [[Double]]

    /// Column index of a feature id.
    public func column(_ id: String) -> Int? { definitions.firstIndex { $0.id == id } }

    /// Computes the features that the data supports.
    public static func compute(window: UsageWindow, usage: [AccountUsage]) -> FeatureTable {
        let mixed = busiestFeatures(window: window, usage: usage)
        let recentWeeks = min(8, max(1, window.weeks / 3))
        let calendar = Seasonality(usage: usage)
        return FeatureTable(definitions: definitions(window: window, mixed: mixed), accounts: usage.map(\.account),
                            rows: usage.map { row($0, window: window, mixed: mixed, recentWeeks: recentWeeks, calendar: calendar) })
    }

    /// The busiest features (at most 12) by total activity, whose shares make the feature mix; in feature order.
    static func busiestFeatures(window: UsageWindow, usage: [AccountUsage]) -> [Int] {
        var totals = [Double](repeating: 0, count: window.features.count)
        for account in usage { for (i, value) in account.byFeature.enumerated() { totals[i] += value } }
        return totals.indices.filter { totals[$0] > 0 }.sorted { totals[$0] > totals[$1] }.prefix(12).sorted()
    }

    /// The features the window's columns support, in row order.
    static func definitions(window: UsageWindow, mixed: [Int]) -> [FeatureDefinition] {
        let mixWeight = mixed.isEmpty ? 0 : (3.0 / Double(mixed.count)).squareRoot()
        var definitions: [FeatureDefinition] = [
            .init(id: "volume_per_week", unit: "events/week", logScaled: true, weight: 1),
            .init(id: "weeks_active", unit: "%", logScaled: false, weight: 1),
            .init(id: "breadth", unit: "%", logScaled: false, weight: 1),
        ]
        definitions += mixed.map { .init(id: "mix_\(window.features[$0])", unit: "%", logScaled: false, weight: mixWeight) }
        if window.hasUsers { definitions.append(.init(id: "per_user_week", unit: "events/user/week", logScaled: true, weight: 1)) }
        if window.hasUsers && window.hasSeats { definitions.append(.init(id: "seats_active", unit: "%", logScaled: false, weight: 1)) }
        if window.hasDuration { definitions.append(.init(id: "minutes_per_event", unit: "min", logScaled: true, weight: 1)) }
        if window.hasValue { definitions.append(.init(id: "value_per_week", unit: "value/week", logScaled: true, weight: 1)) }
        // Purchase-like data (one kind of event, with a value) also gets the typical basket: recency, frequency and
        // monetary value, as a shop reads its customers.
        if window.hasValue && window.features.count == 1 {
            definitions.append(.init(id: "value_per_event", unit: "value", logScaled: true, weight: 1))
        }
        return definitions + [
            .init(id: "trend", unit: "×", logScaled: true, weight: 1),
            .init(id: "seasonality", unit: "×", logScaled: true, weight: 1),
            .init(id: "recency", unit: "days", logScaled: true, weight: 1),
            .init(id: "tenure", unit: "days", logScaled: true, weight: 1),
        ]
    }

    /// One account's features, in the order of ``definitions(window:mixed:)``.
    static func row(_ account: AccountUsage, window: UsageWindow, mixed: [Int], recentWeeks: Int, calendar: Seasonality) -> [Double] {
        // The account's own span: from its first active week (or start) to the window's end.
        let firstWeek = account.weekly.firstIndex { $0 > 0 } ?? 0
        let span = Array(account.weekly[firstWeek...])
        let total = account.weekly.reduce(0, +)
        let activeWeeks = span.filter { $0 > 0 }.count
        var row = [
            total / Double(max(span.count, 1)),
            Double(activeWeeks) / Double(max(span.count, 1)),
            Double(account.byFeature.filter { $0 > 0 }.count) / Double(max(window.features.count, 1)),
        ]
        for i in mixed { row.append(total > 0 ? account.byFeature[i] / total : 0) }
        if window.hasUsers { row.append(total / Double(max(account.users ?? 1, 1)) / Double(max(activeWeeks, 1))) }
        if window.hasUsers && window.hasSeats {
            let seats = account.profile.seats ?? 0
            row.append(seats > 0 ? min(1, Double(account.recentUsers ?? 0) / Double(seats)) : 0)
        }
        if window.hasDuration { row.append(total > 0 ? (account.duration ?? 0) / 60 / total : 0) }
        if window.hasValue { row.append((account.value ?? 0) / Double(max(span.count, 1))) }
        if window.hasValue && window.features.count == 1 { row.append(total > 0 ? (account.value ?? 0) / total : 0) }
        let recent = span.suffix(recentWeeks), earlier = span.dropLast(recentWeeks)
        let recentRate = recent.reduce(0, +) / Double(max(recent.count, 1))
        let earlierRate = earlier.isEmpty ? recentRate : earlier.reduce(0, +) / Double(earlier.count)
        row.append((recentRate + 1) / (earlierRate + 1))
        row.append(calendar.lift(account.monthly))
        row.append(Double(max(0, window.to - account.lastEvent)) / 86_400)
        let start = account.profile.started ?? account.firstEvent
        row.append(Double(max(0, window.to - min(start, account.firstEvent))) / 86_400)
        return row
    }

    /// The table without features that do not vary across accounts (a single event type has no mix, equal
    /// tenures say nothing), and why each left out feature was dropped.
    func droppingFlat() -> (FeatureTable, [FeatureUse]) {
        var kept: [Int] = [], uses: [FeatureUse] = []
        for (j, definition) in definitions.enumerated() {
            let values = rows.map { $0[j] }
            let flat = values.allSatisfy { $0 == values.first } || values.count < 2
            uses.append(FeatureUse(feature: definition.id, used: !flat, reason: flat ? .noSpread : nil))
            if !flat { kept.append(j) }
        }
        return (FeatureTable(definitions: kept.map { definitions[$0] }, accounts: accounts, rows: rows.map { row in kept.map { row[$0] } }), uses)
    }

    /// Features the data cannot support, and the column each one needs.
    static func unsupported(window: UsageWindow) -> [FeatureUse] {
        var uses: [FeatureUse] = []
        if !window.hasUsers { uses.append(.init(feature: "per_user_week", used: false, reason: .needsColumn("user"))) }
        if !(window.hasUsers && window.hasSeats) { uses.append(.init(feature: "seats_active", used: false, reason: .needsColumn(window.hasUsers ? "seats" : "user"))) }
        if !window.hasDuration { uses.append(.init(feature: "minutes_per_event", used: false, reason: .needsColumn("duration"))) }
        if !window.hasValue { uses.append(.init(feature: "value_per_week", used: false, reason: .needsColumn("value"))) }
        return uses
    }

    /// Clustering input: log where heavy-tailed, standardized, weighted.
    public func standardized() -> Matrix {
        let n = rows.count, d = definitions.count
        var transformed = rows.map { row in
            row.enumerated().map { definitions[$0.offset].logScaled ? log1p(max($0.element, 0)) : $0.element }
        }
        // A column with huge values is first divided by its largest magnitude, so that sums and squares stay
        // finite even near the largest double (supplied features are taken as given).
        var scale = [Double](repeating: 1, count: d), mean = [Double](repeating: 0, count: d), sd = [Double](repeating: 1, count: d)
        for j in 0..<d {
            let largest = transformed.reduce(0) { max($0, abs($1[j].isFinite ? $1[j] : 0)) }
            scale[j] = largest > 1e150 ? largest : 1
            let column = transformed.map { ($0[j].isFinite ? $0[j] : 0) / scale[j] }
            mean[j] = column.reduce(0, +) / Double(max(n, 1))
            let variance = column.reduce(0) { $0 + ($1 - mean[j]) * ($1 - mean[j]) } / Double(max(n, 1))
            sd[j] = variance > 1e-12 / (scale[j] * scale[j]) ? variance.squareRoot() : 1
        }
        for i in 0..<n {
            for j in 0..<d {
                let value = (transformed[i][j].isFinite ? transformed[i][j] : 0) / scale[j]
                transformed[i][j] = (value - mean[j]) / sd[j] * definitions[j].weight
            }
        }
        return Matrix(rows: n, columns: d, values: transformed.flatMap { $0.map(Float.init) })
    }
}


