/// One account's usage over an analysis window, as a store aggregated it: the analyzer's input.
public struct AccountUsage: Sendable {
    /// Store row id of the account (never printed).
    public var account: Int64
    /// The account's pseudonym.
    public var pseudonym: String
    /// Activity (sum of `count`) per week of the window, oldest first.
    public var weekly: [Double]
    /// Activity per calendar month of the window, oldest first.
    public var monthly: [Double]
    /// Activity per feature (indexes into ``UsageWindow/features``).
    public var byFeature: [Double]
    /// Distinct users seen in the window, nil when the data has no `user` column.
    public var users: Int?
    /// Distinct users seen in the last four weeks of the window.
    public var recentUsers: Int?
    /// Seconds spent, nil when the data has no `duration`.
    public var duration: Double?
    /// Sum of `value`, nil when the data has no `value`.
    public var value: Double?
    /// Unix seconds of the first and last event in the window.
    public var firstEvent: Int64
    public var lastEvent: Int64
    /// Attributes from the accounts file.
    public var profile: AccountProfile

    public init(account: Int64, pseudonym: String, weekly: [Double], monthly: [Double], byFeature: [Double], users: Int?,
                recentUsers: Int?, duration: Double?, value: Double?, firstEvent: Int64, lastEvent: Int64, profile: AccountProfile) {
        self.account = account
        self.pseudonym = pseudonym
        self.weekly = weekly
        self.monthly = monthly
        self.byFeature = byFeature
        self.users = users
        self.recentUsers = recentUsers
        self.duration = duration
        self.value = value
        self.firstEvent = firstEvent
        self.lastEvent = lastEvent
        self.profile = profile
    }
}

/// Attributes of an account loaded from an accounts file.
public struct AccountProfile: Sendable, Codable {
    public var industry, size, region, plan: String?
    public var seats: Int?
    public var started: Int64?
    public var renewed: Bool?
    /// Extra attributes (name → value).
    public var attributes: [String: String]

    public init(industry: String? = nil, size: String? = nil, region: String? = nil, plan: String? = nil,
                seats: Int? = nil, started: Int64? = nil, renewed: Bool? = nil, attributes: [String: String] = [:]) {
        self.industry = industry
        self.size = size
        self.region = region
        self.plan = plan
        self.seats = seats
        self.started = started
        self.renewed = renewed
        self.attributes = attributes
    }
}

/// The window analyzed and what the data holds.
public struct UsageWindow: Sendable, Codable {
    /// Unix seconds, start inclusive, end exclusive.
    public var from: Int64
    public var to: Int64
    /// Feature (event) names, by index.
    public var features: [String]
    /// Which optional columns carry data.
    public var hasUsers: Bool
    public var hasDuration: Bool
    public var hasValue: Bool
    public var hasSeats: Bool
    /// SHA-256 of every dataset loaded, for the run's provenance.
    public var datasetHashes: [String]

    public init(from: Int64, to: Int64, features: [String], hasUsers: Bool, hasDuration: Bool, hasValue: Bool, hasSeats: Bool,
                datasetHashes: [String]) {
        self.from = from
        self.to = to
        self.features = features
        self.hasUsers = hasUsers
        self.hasDuration = hasDuration
        self.hasValue = hasValue
        self.hasSeats = hasSeats
        self.datasetHashes = datasetHashes
    }

    /// Number of whole or partial weeks in the window.
    public var weeks: Int { Self.weeks(from: from, to: to) }

    /// Weeks in `[from, to)`, a last partial week counting as one.
    public static func weeks(from: Int64, to: Int64) -> Int { Int((to - from + 604_799) / 604_800) }
}

/// Outcomes recorded for an account.
public struct AccountOutcome: Sendable, Codable {
    public var account: Int64
    public var metric: String
    public var before: Double?
    public var after: Double?
    public var unit: String?
    /// When the account measured it (Unix seconds), when it said.
    public var measured: Int64?

    public init(account: Int64, metric: String, before: Double?, after: Double?, unit: String?, measured: Int64? = nil) {
        self.account = account
        self.metric = metric
        self.before = before
        self.after = after
        self.unit = unit
        self.measured = measured
    }
}
