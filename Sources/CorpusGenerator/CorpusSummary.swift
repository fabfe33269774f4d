/// What `CorpusGenerator.write` produced.
public struct CorpusSummary: Sendable {
    /// Rows of accounts.csv (header excluded).
    public var accounts: Int
    /// Distinct users in events.csv.
    public var users: Int
    /// Rows of events.csv (header excluded).
    public var eventRows: Int
    /// Rows of outcomes.csv (header excluded).
    public var outcomeRows: Int
    /// Total size of the files, in bytes.
    public var bytes: Int
    /// Paths of the files written: events.csv, accounts.csv, outcomes.csv.
    public var files: [String]
}
