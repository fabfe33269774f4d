public import Archetypes
import Foundation
import PostgresNIO
public import UsageStore

extension PostgresStore: AnalysisStore {
    public func snapshot() throws -> any UsageSource { try readingSnapshot() }

    public func eventSpan() throws -> (from: Int64, to: Int64)? {
        let row = try withConnection { connection in
            try await connection.rows("SELECT MIN(time), MAX(time) FROM events").first?.decode((Int64?, Int64?).self)
        }
        guard let first = row?.0, let last = row?.1 else { return nil }
        return (first / 86_400 * 86_400, (last / 86_400 + 1) * 86_400)
    }

    /// Per-account usage aggregates over `[from, to)`, aggregated by the engine (see ``UsageQuery``): one row per
    /// account comes back. Every query reads one snapshot, taken here unless this store reads one already.
    public func usage(from: Int64, to: Int64) throws -> (UsageWindow, [AccountUsage]) {
        guard isSnapshot else { return try readingSnapshot().usage(from: from, to: to) }
        let layout = UsageLayout(from: from, to: to)
        return try withConnection { connection in
            let features = try await connection.rows("SELECT id, name FROM features ORDER BY id").map { try $0.decode((Int64, String).self) }
            let featureIndex = Dictionary(uniqueKeysWithValues: features.enumerated().map { ($1.0, $0) })
            var totals: [UsageQuery.Account] = []
            for try await row in try await connection.query(UsageQuery.query(layout: layout), logger: Self.logger) {
                totals.append(try UsageQuery.Account(row, layout: layout, featureIndex: featureIndex, featureCount: features.count))
            }
            let pseudonyms = Dictionary(uniqueKeysWithValues: try await connection.rows("SELECT id, pseudonym FROM accounts")
                .map { try $0.decode((Int64, String).self) })
            var profiles: [Int64: AccountProfile] = [:]
            for row in try await connection.rows(
                "SELECT account, industry, size, region, plan, seats, started, renewed FROM accountProfiles") {
                let (id, industry, size, region, plan, seats, started, renewed) =
                    try row.decode((Int64, String?, String?, String?, String?, Int?, Int64?, Bool?).self)
                profiles[id] = AccountProfile(industry: industry, size: size, region: region, plan: plan, seats: seats,
                                              started: started, renewed: renewed)
            }
            for row in try await connection.rows("SELECT account, name, value FROM accountAttributes") {
                let (id, name, value) = try row.decode((Int64, String, String).self)
                profiles[id, default: AccountProfile()].attributes[name] = value
            }
            let hashes = try await connection.rows("SELECT sha256 FROM datasets ORDER BY id").map { try $0.decode(String.self) }
            let anySeats = try await connection.rows("SELECT COUNT(seats) > 0 FROM accountProfiles").first?.decode(Bool.self) ?? false
            return UsageQuery.assemble(totals, layout: layout, features: features.map(\.1), datasetHashes: hashes, anySeats: anySeats) {
                (pseudonyms[$0] ?? "", profiles[$0] ?? AccountProfile())
            }
        }
    }

    public func outcomes() throws -> [AccountOutcome] {
        try withConnection { connection in
            try await connection.rows("SELECT account, metric, before, after, unit, measured FROM outcomes ORDER BY account, id").map { row in
                let (account, metric, before, after, unit, measured) = try row.decode((Int64, String, Double?, Double?, String?, Int64?).self)
                return AccountOutcome(account: account, metric: metric, before: before, after: after, unit: unit, measured: measured)
            }
        }
    }

    public func idleAccounts(_ ids: Set<Int64>, window: UsageWindow) throws -> [AccountUsage] {
        let weeks = window.weeks, months = UsageLayout(from: window.from, to: window.to).months
        return try withConnection { connection in
            var accounts: [Int64: AccountUsage] = [:]
            for row in try await connection.rows("SELECT id, pseudonym FROM accounts") {
                let (id, pseudonym) = try row.decode((Int64, String).self)
                guard ids.contains(id) else { continue }
                accounts[id] = AccountUsage(
                    account: id, pseudonym: pseudonym, weekly: Array(repeating: 0, count: weeks), monthly: Array(repeating: 0, count: months),
                    byFeature: [], users: nil, recentUsers: nil, duration: nil, value: nil, firstEvent: window.from, lastEvent: window.from,
                    profile: AccountProfile())
            }
            for row in try await connection.rows(
                "SELECT account, industry, size, region, plan, seats, started, renewed FROM accountProfiles") {
                let (id, industry, size, region, plan, seats, started, renewed) =
                    try row.decode((Int64, String?, String?, String?, String?, Int?, Int64?, Bool?).self)
                guard accounts[id] != nil else { continue }
                accounts[id]!.profile = AccountProfile(industry: industry, size: size, region: region, plan: plan, seats: seats,
                                                       started: started, renewed: renewed)
            }
            return accounts.values.sorted { $0.account < $1.account }
        }
    }

    public func suppliedFeatures() throws -> (names: [String], values: [Int64: [Double]]) {
        try withConnection { connection in
            let names = try await connection.rows("SELECT name FROM (SELECT DISTINCT name FROM accountFeatures) n ORDER BY name COLLATE \"C\"")
                .map { try $0.decode(String.self) }
            let column = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            var values: [Int64: [Double]] = [:]
            for row in try await connection.rows("SELECT account, name, value FROM accountFeatures") {
                let (account, name, value) = try row.decode((Int64, String, Double).self)
                values[account, default: Array(repeating: .nan, count: names.count)][column[name]!] = value
            }
            return (names, values.filter { !$0.value.contains(where: \.isNaN) })
        }
    }
}
