import Foundation

/// What an analysis run is asked to do.
public struct AnalysisOptions: Sendable, Codable {
    /// Force this many archetypes; nil chooses k over 2…12 by silhouette.
    public var k: Int?
    public var seed: UInt64
    /// Privacy threshold: no archetype (or described value) below this many accounts.
    public var minSize: Int

    public init(k: Int? = nil, seed: UInt64 = 42, minSize: Int = 5) {
        self.k = k
        self.seed = seed
        self.minSize = minSize
    }
}

/// The result of mining usage into archetypes, with every account's health.
public struct Analysis: Sendable, Codable {
    public struct Member: Sendable, Codable {
        public var account: Int64
        public var pseudonym: String
        public var archetype: Int
        public var health: Health
    }

    public var options: AnalysisOptions
    public var window: UsageWindow
    public var features: [FeatureDefinition]
    /// Every feature considered, whether it was clustered on, and why not (nil in runs stored before the report).
    public var featureUses: [FeatureUse]?
    public var k: Int
    public var silhouette: Double
    public var trials: [ClusterSelection.Trial]
    public var archetypes: [Archetype]
    public var members: [Member]
    /// How well health separates renewed from not-renewed accounts, when renewal is known.
    public var healthAUC: Double?
    /// How the analysis departed from the usual one (supplied features, too few accounts to split);
    /// nil in runs stored before notes were codes.
    public var notes: [Note]?

    /// A departure from the usual analysis, with its figures; the story layer words it.
    public enum Note: Sendable, Codable, Equatable {
        /// Clustered on `count` features supplied by the team's warehouse; `leftOut` accounts lacked them.
        case suppliedFeatures(count: Int, leftOut: Int)
        /// `accounts` is fewer than twice the privacy threshold: one group, not split.
        case tooFewToSplit(accounts: Int, threshold: Int)
        /// No usage events: health cannot be scored, and every account is left at the neutral middle.
        case noUsageForHealth
    }
    public var timingsMs: [String: Double]
}
