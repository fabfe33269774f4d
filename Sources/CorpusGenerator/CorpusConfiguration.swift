/// What to generate: how many accounts, over how many months, from which seed.
public struct CorpusConfiguration: Sendable {
    /// Number of accounts (e.g. 1500).
    public var accounts: Int
    /// Months covered, ending on `end` (e.g. 12).
    public var months: Int
    /// Seed of every random draw: the same configuration gives byte-identical files.
    public var seed: UInt64
    /// Last day covered (fixed, never "today", for determinism).
    public var end: CorpusDay

    public init(accounts: Int, months: Int, seed: UInt64, endYear: Int = 2026, endMonth: Int = 10, endDay: Int = 31) {
        self.accounts = accounts
        self.months = months
        self.seed = seed
        self.end = CorpusDay(year: endYear, month: endMonth, day: endDay)
    }

    /// First day covered: the day after `end` moved back `months` months (2025-11-01 for 12 months to 2026-10-31).
    public var start: CorpusDay { CorpusDay(epochDay: end.addingMonths(-months).epochDay + 1) }

    /// Throws when the configuration cannot be generated.
    func validate() throws(CorpusError) {
        guard (1...1_000_000).contains(accounts) else { throw .invalidConfiguration("accounts must be 1…1,000,000, not \(accounts)") }
        guard (1...120).contains(months) else { throw .invalidConfiguration("months must be 1…120, not \(months)") }
        guard end.isValid, (1900...9999).contains(end.year) else { throw .invalidConfiguration("\(end) is not a valid end day") }
    }
}
