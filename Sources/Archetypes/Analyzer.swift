import Foundation

/// Mines per-account usage into archetypes: features → scaling → k-means → profiles → names → health.
public enum Analyzer {
    /// - Parameter supplied: per-account features computed elsewhere; when given, archetypes are
    ///   clustered on them as they are (accounts without them are left out), while health still
    ///   comes from usage.
    public static func analyze(window: UsageWindow, usage: [AccountUsage], outcomes: [AccountOutcome],
                               options: AnalysisOptions, lexicon: NamingLexicon,
                               supplied: (names: [String], values: [Int64: [Double]])? = nil) -> Analysis {
        var clock = Stopwatch()
        var notes: [Analysis.Note] = []
        var usage = usage
        var clustered: FeatureTable?
        if let supplied, !supplied.names.isEmpty {
            let before = usage.count
            usage = usage.filter { supplied.values[$0.account] != nil }
            notes.append(.suppliedFeatures(count: supplied.names.count, leftOut: before - usage.count))
            clustered = FeatureTable(definitions: supplied.names.map { .init(id: $0, unit: "", logScaled: false, weight: 1) },
                                     accounts: usage.map(\.account), rows: usage.map { supplied.values[$0.account]! })
        }
        let table = FeatureTable.compute(window: window, usage: usage)
        let (features, uses) = (clustered ?? table).droppingFlat()
        let matrix = features.standardized()
        clock.lap("features")
        let selection = ClusterSelection.choose(matrix, forcedK: options.k, minSize: options.minSize, seed: options.seed) { fit in
            // Describable: every group differs from the population by at least half a standard deviation somewhere.
            (0..<fit.k).allSatisfy { cluster in
                Analyzer.effects(fit.labels.indices.filter { fit.labels[$0] == cluster }, matrix: matrix, table: features).contains { abs($0.effect) >= 0.5 }
            }
        }
        clock.lap("cluster")
        let labels = labelsBySize(selection.fit)
        let k = selection.fit.sizes.count
        let groups = (0..<k).map { cluster in labels.indices.filter { labels[$0] == cluster } }
        let commons = groups.map { commonFeatures($0, usage: usage, features: window.features) }
        let hasUsage = usage.contains { $0.weekly.contains { $0 > 0 } }
        if !hasUsage { notes.append(.noUsageForHealth) }
        let healths = hasUsage ? assessHealth(table: table, usage: usage, window: window, commons: labels.map { commons[$0] })
            : usage.map { _ in Health(score: 50, status: .watch, reasons: []) }
        let effects = groups.map { self.effects($0, matrix: matrix, table: features) }
        let distinctions = effects.map { distinguishing($0) }
        let profiles = groups.map { profile($0, table: features) }
        let names = lexicon.names(for: groups.indices.map { NamingLexicon.Group(effects: effects[$0], profile: profiles[$0]) })
        var outcomesByAccount: [Int64: [AccountOutcome]] = [:]
        for outcome in outcomes { outcomesByAccount[outcome.account, default: []].append(outcome) }
        let outcomesByMetric = Dictionary(grouping: outcomes, by: \.metric)
        let started = Dictionary(usage.compactMap { account in account.profile.started.map { (account.account, $0) } }, uniquingKeysWith: { first, _ in first })
        let seats = Dictionary(usage.compactMap { account in account.profile.seats.flatMap { $0 > 0 ? (account.account, $0) : nil } },
                               uniquingKeysWith: { first, _ in first })
        let archetypes = (0..<k).map { cluster in
            let members = groups[cluster]
            let accounts = Set(members.map { usage[$0].account })
            return Archetype(
                id: cluster + 1, name: names[cluster], size: members.count,
                share: Double(members.count) / Double(max(usage.count, 1)),
                profile: profiles[cluster],
                distinguishing: distinctions[cluster],
                effects: effects[cluster],
                attributes: attributeMix(members.map { usage[$0].profile }, minSize: options.minSize),
                outcomes: outcomeSummaries(members.flatMap { outcomesByAccount[usage[$0].account] ?? [] }, minSize: options.minSize,
                                           started: started, seats: seats)
                    .map { summary in
                        var summary = summary
                        summary.others = baseline(outcomesByMetric[summary.metric] ?? [], outside: accounts, minSize: options.minSize,
                                                  started: started, seats: seats)
                        return summary
                    },
                renewal: renewal(members.map { usage[$0].profile.renewed }, minSize: options.minSize),
                health: healthSummary(members.map { healths[$0] }),
                weeklyCurve: (0..<window.weeks).map { week in Statistics.median(members.map { usage[$0].weekly[week] }) },
                commonFeatures: commons[cluster])
        }
        clock.lap("profiles")
        let renewals = usage.indices.compactMap { i in usage[i].profile.renewed.map { (Double(healths[i].score), $0) } }
        let members = usage.indices.map { i in
            Analysis.Member(account: usage[i].account, pseudonym: usage[i].pseudonym, archetype: labels[i] + 1, health: healths[i])
        }
        if k == 1 && usage.count < 2 * options.minSize {
            notes.append(.tooFewToSplit(accounts: usage.count, threshold: options.minSize))
        }
        return Analysis(options: options, window: window, features: features.definitions,
                        featureUses: uses + (clustered == nil ? FeatureTable.unsupported(window: window) : []), k: k, silhouette: selection.silhouette,
                        trials: selection.trials, archetypes: archetypes, members: members,
                        healthAUC: Statistics.rocAUC(scores: renewals.map(\.0), positives: renewals.map(\.1)),
                        notes: notes, timingsMs: clock.timings)
    }

    /// Cluster labels renumbered by size, largest first (ties by label, for determinism).
    static func labelsBySize(_ fit: KMeans.Fit) -> [Int] {
        let sizes = fit.sizes
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var relabel = [Int](repeating: 0, count: sizes.count)
        for (rank, label) in order.enumerated() { relabel[label] = rank }
        return fit.labels.map { relabel[$0] }
    }

    /// Every account's health, against the window's recent weeks, the population's typical breadth and the
    /// features most of its archetype use (`commons`, by account).
    static func assessHealth(table: FeatureTable, usage: [AccountUsage], window: UsageWindow, commons: [[String]]) -> [Health] {
        let recentWeeks = min(8, max(1, window.weeks / 3))
        func typical(_ id: String) -> Double { table.column(id).map { column in Statistics.median(table.rows.map { $0[column] }) } ?? 0 }
        // Yardsticks come from accounts with a rhythm (three active weeks or more): on a purchase log most
        // customers bought once, and a lapsed majority must not set what "typical" means.
        let rhythmic = usage.indices.filter { Health.ownGap(usage[$0]) != nil }
        let gaps = rhythmic.compactMap { Health.ownGap(usage[$0]) }
        let activeWeeks = table.column("weeks_active").map { column in rhythmic.map { table.rows[$0][column] } } ?? []
        let yardsticks = Health.Typical(breadth: typical("breadth"),
                                        activeWeeks: activeWeeks.isEmpty ? typical("weeks_active") : Statistics.median(activeWeeks),
                                        gap: gaps.isEmpty ? 7 : Statistics.median(gaps), purchases: window.features.count == 1)
        return usage.indices.map { i in
            Health.assess(row: table.rows[i], table: table, usage: usage[i], recentWeeks: recentWeeks,
                          typical: yardsticks, commonFeatures: commons[i], features: window.features)
        }
    }

    /// The median of each feature among `members` and in the population, in natural units.
    static func profile(_ members: [Int], table: FeatureTable) -> [Archetype.FeatureValue] {
        table.definitions.indices.map { j in
            Archetype.FeatureValue(feature: table.definitions[j].id, median: Statistics.median(members.map { table.rows[$0][j] }),
                                   population: Statistics.median(table.rows.map { $0[j] }))
        }
    }

    /// Standardized differences between the members' mean and the population (0 mean, unit sd), feature by feature.
    static func effects(_ members: [Int], matrix: Matrix, table: FeatureTable) -> [Archetype.Distinction] {
        guard !members.isEmpty else { return [] }
        let d = matrix.columns
        return (0..<d).map { j -> Archetype.Distinction in
            let weight = table.definitions[j].weight
            let mean = members.reduce(0.0) { $0 + Double(matrix.values[$1 * d + j]) } / Double(members.count) / weight
            return .init(feature: table.definitions[j].id, effect: (mean * 100).rounded() / 100, direction: mean >= 0 ? .higher : .lower)
        }
    }

    /// The largest effects (at least 0.3 standard deviations), largest first.
    static func distinguishing(_ effects: [Archetype.Distinction], count: Int = 5) -> [Archetype.Distinction] {
        effects.filter { abs($0.effect) >= 0.3 }
        .sorted { abs($0.effect) > abs($1.effect) }
        .prefix(count).map { $0 }
    }

    /// Features at least 75 % of the members use.
    static func commonFeatures(_ members: [Int], usage: [AccountUsage], features: [String]) -> [String] {
        guard !members.isEmpty else { return [] }
        return features.indices.filter { f in
            Double(members.filter { usage[$0].byFeature[f] > 0 }.count) >= 0.75 * Double(members.count)
        }.map { features[$0] }
    }

    static func attributeMix(_ profiles: [AccountProfile], minSize: Int) -> [String: [Archetype.AttributeCount]] {
        var mix: [String: [Archetype.AttributeCount]] = [:]
        let attributes: [(String, (AccountProfile) -> String?)] = [
            ("industry", \.industry), ("size", \.size), ("region", \.region), ("plan", \.plan),
        ]
        for (name, read) in attributes {
            var counts: [String: Int] = [:]
            for profile in profiles { if let value = read(profile) { counts[value, default: 0] += 1 } }
            guard !counts.isEmpty else { continue }
            var entries = counts.filter { $0.value >= minSize }.map { Archetype.AttributeCount(value: $0.key, accounts: $0.value) }
            let other = counts.filter { $0.value < minSize }.reduce(0) { $0 + $1.value }
            entries.sort { $0.accounts != $1.accounts ? $0.accounts > $1.accounts : $0.value < $1.value }
            if other > 0 { entries.append(.init(value: "other", accounts: other)) }
            mix[name] = entries
        }
        return mix
    }

    /// Each metric's medians over the accounts that recorded it, with when they measured it and how long after they
    /// started (from `started`, Unix seconds by account, where the accounts file says).
    static func outcomeSummaries(_ outcomes: [AccountOutcome], minSize: Int, started: [Int64: Int64],
                                 seats: [Int64: Int] = [:]) -> [Archetype.OutcomeSummary] {
        Dictionary(grouping: outcomes, by: \.metric).compactMap { metric, rows in
            let accounts = Set(rows.map(\.account)).count
            guard accounts >= minSize else { return nil }
            let befores = rows.compactMap(\.before), afters = rows.compactMap(\.after)
            let changes = changes(rows)
            let dates = rows.compactMap { $0.after == nil ? nil : $0.measured.map(Double.init) }
            let gaps = gaps(rows, started: started)
            let perSeat = perSeat(rows, seats: seats)
            return .init(metric: metric, unit: rows.first?.unit, accounts: accounts,
                         medianBefore: befores.count >= minSize ? Statistics.median(befores) : nil,
                         medianAfter: afters.count >= minSize ? Statistics.median(afters) : nil,
                         medianChange: median(changes.absolute, minSize),
                         changeIQR: changes.absolute.count >= minSize
                            ? [Statistics.quantile(changes.absolute, 0.25), Statistics.quantile(changes.absolute, 0.75)] : nil,
                         measured: dates.count >= minSize ? [0.1, 0.9].map { Int64(Statistics.quantile(dates, $0).rounded()) } : nil,
                         daysAfterStart: median(gaps, minSize), perSeat: median(perSeat, minSize),
                         medianRelativeChange: median(changes.relative, minSize), paired: changes.absolute.count)
        }
        .sorted { $0.accounts != $1.accounts ? $0.accounts > $1.accounts : $0.metric < $1.metric }
    }

    /// The median of `values`, when at least `minSize` stand behind it.
    static func median(_ values: [Double], _ minSize: Int) -> Double? {
        values.count >= minSize ? Statistics.median(values) : nil
    }

    /// Each account's own change, where it has both measures: later minus earlier, and relative to a non-zero earlier.
    static func changes(_ rows: [AccountOutcome]) -> (absolute: [Double], relative: [Double]) {
        let pairs = rows.compactMap { row in row.before.flatMap { before in row.after.map { (before, $0) } } }
        return (pairs.map { $1 - $0 }, pairs.compactMap { $0 == 0 ? nil : ($1 - $0) / abs($0) })
    }

    /// Days from each account's start to its later measure, where both are known.
    static func gaps(_ rows: [AccountOutcome], started: [Int64: Int64]) -> [Double] {
        rows.compactMap { row -> Double? in
            guard row.after != nil, let measured = row.measured, let start = started[row.account], measured >= start else { return nil }
            return Double(measured - start) / 86_400
        }
    }

    /// Each later measure per seat, where the account's seats are known.
    static func perSeat(_ rows: [AccountOutcome], seats: [Int64: Int]) -> [Double] {
        rows.compactMap { row in row.after.flatMap { after in seats[row.account].map { after / Double($0) } } }
    }

    /// A metric's medians over the accounts outside a group, each median over at least `minSize` values, with the span
    /// their change covers.
    static func baseline(_ rows: [AccountOutcome], outside members: Set<Int64>, minSize: Int, started: [Int64: Int64],
                         seats: [Int64: Int] = [:]) -> Archetype.Baseline? {
        let rows = rows.filter { !members.contains($0.account) }
        let accounts = Set(rows.map(\.account)).count
        let befores = rows.compactMap(\.before), afters = rows.compactMap(\.after)
        guard accounts >= minSize, afters.count >= minSize else { return nil }
        let gaps = gaps(rows, started: started), perSeat = perSeat(rows, seats: seats), changes = changes(rows)
        return .init(accounts: accounts, medianBefore: median(befores, minSize), medianAfter: Statistics.median(afters),
                     daysAfterStart: median(gaps, minSize), perSeat: median(perSeat, minSize),
                     medianChange: median(changes.absolute, minSize), medianRelativeChange: median(changes.relative, minSize),
                     paired: changes.absolute.count)
    }

    static func renewal(_ values: [Bool?], minSize: Int) -> Archetype.Renewal? {
        let known = values.compactMap { $0 }
        guard known.count >= minSize else { return nil }
        let renewed = known.filter { $0 }.count
        return .init(known: known.count, renewed: renewed, rate: Double(renewed) / Double(known.count))
    }

    static func healthSummary(_ healths: [Health]) -> Archetype.HealthSummary {
        .init(healthy: healths.filter { $0.status == .healthy }.count, watch: healths.filter { $0.status == .watch }.count,
              atRisk: healths.filter { $0.status == .atRisk }.count, medianScore: Statistics.median(healths.map { Double($0.score) }))
    }
}
