/// Whether an analysis clustered on a feature, and if not, why: the features report of a run.
public struct FeatureUse: Sendable, Codable, Equatable {
    public enum Reason: Sendable, Codable, Equatable {
        /// Every account has the same value: it cannot tell groups apart.
        case noSpread
        /// The data lacks the column the feature is computed from.
        case needsColumn(String)
    }

    public var feature: String
    public var used: Bool
    public var reason: Reason?

    public init(feature: String, used: Bool, reason: Reason?) {
        self.feature = feature
        self.used = used
        self.reason = reason
    }
}
