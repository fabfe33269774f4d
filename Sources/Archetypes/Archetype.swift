/// A usage archetype: a group of accounts that use the product alike, described in natural units.
public struct Archetype: Sendable, Codable {
    /// 1-based, in order of size within a run.
    public var id: Int
    public var name: Name
    public var size: Int
    public var share: Double
    /// Median of each feature among members and in the population.
    public var profile: [FeatureValue]
    /// The features that set it apart, largest standardized difference first.
    public var distinguishing: [Distinction]
    /// Every feature's standardized difference from the population (nil in runs stored before it was kept).
    public var effects: [Distinction]?
    /// Attribute mix: attribute → [(value, accounts)], small values folded into "other".
    public var attributes: [String: [AttributeCount]]
    public var outcomes: [OutcomeSummary]
    /// Share renewed among members whose renewal is known, when enough are known.
    public var renewal: Renewal?
    /// Accounts per health status, and the median score.
    public var health: HealthSummary
    /// Median weekly activity of members, week by week over the window.
    public var weeklyCurve: [Double]
    /// Features most members use (share of members ≥ 75 %).
    public var commonFeatures: [String]

    public struct Name: Sendable, Codable, Equatable {
        public var en: String
        public var fr: String
        /// True when a person chose the name (`archetypes rename`).
        public var custom: Bool
        /// The French name's grammatical gender, `f` or `m` (nil: masculine), for agreement in French stories.
        public var frGender: String?
        /// Why the group earned the name: the lexicon rule and its figures (nil for a person's name, and in runs
        /// stored before names were earned).
        public var evidence: NameEvidence?

        public init(en: String, fr: String, custom: Bool, frGender: String? = nil, evidence: NameEvidence? = nil) {
            self.en = en
            self.fr = fr
            self.custom = custom
            self.frGender = frGender
            self.evidence = evidence
        }
    }

    /// The rule a name was earned by, and each condition's figures for the group.
    public struct NameEvidence: Sendable, Codable, Equatable {
        /// The lexicon entry's id, or `composed` for a name made from the group's strongest traits.
        public var rule: String
        public var conditions: [Check]

        public struct Check: Sendable, Codable, Equatable {
            public var feature: String
            public var direction: Distinction.Direction
            /// The group's standardized difference from the population.
            public var effect: Double
            /// The group's and the population's medians, in the feature's natural unit.
            public var median: Double
            public var population: Double
        }
    }

    public struct FeatureValue: Sendable, Codable {
        public var feature: String
        public var median: Double
        public var population: Double
    }

    public struct Distinction: Sendable, Codable {
        public var feature: String
        /// Standardized difference of the members' mean from the population mean.
        public var effect: Double
        public var direction: Direction
        public enum Direction: String, Sendable, Codable { case higher, lower }
    }

    public struct AttributeCount: Sendable, Codable {
        public var value: String
        public var accounts: Int
    }

    public struct OutcomeSummary: Sendable, Codable {
        public var metric: String
        public var unit: String?
        public var accounts: Int
        public var medianBefore: Double?
        public var medianAfter: Double?
        /// The median of each account's own change (later minus earlier measure), over the accounts with both.
        public var medianChange: Double?
        /// Interquartile range of the change (25th and 75th percentiles).
        public var changeIQR: [Double]?
        /// When most accounts measured it: the 10th and 90th percentiles of their dates (Unix seconds), never one
        /// account's own date.
        public var measured: [Int64]? = nil
        /// The median days from an account's start to its later measure, where the accounts file says when it started.
        public var daysAfterStart: Double? = nil
        /// The same metric over every account outside the group, measured the same way: what the group's result is
        /// read against. Nil when fewer than the privacy threshold recorded it, and in runs stored before it.
        public var others: Baseline? = nil
        /// The median of each account's later measure per seat it pays for, where the accounts file says: what a
        /// whole-team figure (hours saved) is worth per person, comparable across teams of any size.
        public var perSeat: Double? = nil
        /// The median of each account's own relative change (later over earlier measure, minus one), over the accounts
        /// with a non-zero earlier measure: what a typical account gained, not the gap between two medians.
        public var medianRelativeChange: Double? = nil
        /// How many accounts hold both measures: those every change stands on.
        public var paired: Int? = nil
    }

    /// A metric's medians over the accounts outside a group.
    public struct Baseline: Sendable, Codable, Equatable {
        public var accounts: Int
        public var medianBefore: Double?
        public var medianAfter: Double?
        /// The median days from their start to their later measure: the span their change covers.
        public var daysAfterStart: Double?
        /// The median of their later measure per seat (see `OutcomeSummary.perSeat`).
        public var perSeat: Double?
        /// Their own changes, account by account (see `OutcomeSummary.medianChange` and `medianRelativeChange`).
        public var medianChange: Double? = nil
        public var medianRelativeChange: Double? = nil
        public var paired: Int? = nil

        public init(accounts: Int, medianBefore: Double?, medianAfter: Double?, daysAfterStart: Double? = nil, perSeat: Double? = nil,
                    medianChange: Double? = nil, medianRelativeChange: Double? = nil, paired: Int? = nil) {
            self.accounts = accounts
            self.medianBefore = medianBefore
            self.medianAfter = medianAfter
            self.daysAfterStart = daysAfterStart
            self.perSeat = perSeat
            self.medianChange = medianChange
            self.medianRelativeChange = medianRelativeChange
            self.paired = paired
        }
    }

    public struct Renewal: Sendable, Codable {
        public var known: Int
        public var renewed: Int
        public var rate: Double
    }

    public struct HealthSummary: Sendable, Codable {
        public var healthy: Int
        public var watch: Int
        public var atRisk: Int
        public var medianScore: Double
    }
}
