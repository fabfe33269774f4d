public import Foundation

/// Writes a synthetic SaaS usage corpus (events.csv, accounts.csv, outcomes.csv) with planted behaviours.
public struct CorpusGenerator: Sendable {
    public let configuration: CorpusConfiguration

    public init(_ configuration: CorpusConfiguration) { self.configuration = configuration }

    /// Writes events.csv, accounts.csv, outcomes.csv into `directory` (created if needed).
    public func write(to directory: URL, progress: (@Sendable (Double) -> Void)? = nil) throws -> CorpusSummary {
        try configuration.validate()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let window = CorpusWindow(configuration)
        let seed = configuration.seed

        // Roughly equal shares of the six behaviours, with noise.
        var random = SeededRandom(seed: seed, purpose: 0)
        let shares = PlantedBehaviour.allCases.map { _ in random.uniform(0.85, 1.15) }
        var ids = IdentifierPool(seed: seed)
        let accounts = (0..<configuration.accounts).map {
            AccountProfile(index: $0, window: window, seed: seed, shares: shares, ids: &ids)
        }

        let files = ["events.csv", "accounts.csv", "outcomes.csv"].map { directory.appendingPathComponent($0) }
        var events = try CSVWriter(files[0], header: ["account", "user", "time", "event", "count", "duration"])
        let simulator = UsageSimulator(window: window, seed: seed)
        var reported = -1
        for (index, account) in accounts.enumerated() {
            try simulator.write(account, index: index, to: &events)
            let percent = (index + 1) * 100 / accounts.count
            if let progress, percent != reported {
                reported = percent
                progress(Double(index + 1) / Double(accounts.count))
            }
        }
        try events.close()

        var table = try CSVWriter(files[1], header: ["account", "industry", "size", "region", "plan", "seats", "started", "renewed", "planted"])
        for account in accounts {
            for text in [account.id, account.industry, Firmographics.sizes[account.size], account.region, account.plan] {
                table.field(text)
                table.comma()
            }
            table.integer(account.seats)
            table.comma()
            table.field(CorpusDay(epochDay: account.started).description)
            table.comma()
            table.field(account.renewed)
            table.comma()
            table.field(account.primary.rawValue)
            try table.endRow()
        }
        try table.close()

        var outcomes = try CSVWriter(files[2], header: ["account", "metric", "before", "after", "unit", "measured"])
        for (index, account) in accounts.enumerated() {
            try writeOutcomes(of: account, index: index, window: window, to: &outcomes)
        }
        try outcomes.close()

        return CorpusSummary(
            accounts: accounts.count, users: accounts.reduce(0) { $0 + $1.users.count },
            eventRows: events.rows, outcomeRows: outcomes.rows, bytes: events.bytes + table.bytes + outcomes.bytes,
            files: files.map(\.path))
    }

    /// The behaviour's typical metrics for ~70 % of its accounts, any other metric now and then.
    private func writeOutcomes(of account: AccountProfile, index: Int, window: CorpusWindow, to writer: inout CSVWriter) throws {
        var random = SeededRandom(seed: configuration.seed, stream: UInt64(index), purpose: 3)
        let typical = account.primary.traits.metrics
        for metric in OutcomeMetric.allCases where random.chance(typical.contains(metric) ? 0.7 : 0.08) {
            let (before, after) = metric.values(account.primary, account.secondary, blend: account.blend, size: account.size, using: &random)
            let earliest = max(window.first, min(account.started + 30, window.last))
            let measured = random.int(earliest...window.last)
            writer.field(account.id)
            writer.comma()
            writer.field(metric.rawValue)
            writer.comma()
            writer.fixed(before, decimals: metric.decimals)
            writer.comma()
            writer.fixed(after, decimals: metric.decimals)
            writer.comma()
            writer.field(metric.unit)
            writer.comma()
            writer.field(CorpusDay(epochDay: measured).description)
            try writer.endRow()
        }
    }
}
