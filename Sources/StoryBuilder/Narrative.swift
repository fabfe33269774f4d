/// What a brief or a case story says, in one locale, before any template lays it out.
///
/// Every number in its text comes from ``figures``; templates arrange these parts and add no numbers.
public struct Narrative: Sendable, Codable, Equatable {
    public struct GoalLine: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var summary: String
    }

    /// The archetype a story is about.
    public struct Subject: Sendable, Codable, Equatable {
        public var id: Int
        public var name: String
        /// "212 accounts (14% of all accounts)".
        public var size: String
        /// One sentence: what sets these accounts apart.
        public var description: String
        /// The features that set it apart, one sentence each.
        public var traits: [String]
        /// Accounts per health status and the median score, in one sentence.
        public var health: String
    }

    public struct Result: Sendable, Codable, Equatable {
        public var metric: String
        public var before: String
        public var after: String
        /// Relative change of the medians ("+43%").
        public var change: String
        /// "212 accounts".
        public var accounts: String
        public var sentence: String
    }

    public struct Alternative: Sendable, Codable, Equatable {
        public var name: String
        public var reason: String
    }

    public var locale: NarrativeLocale
    /// The prospect's name, or a neutral stand-in ("your prospect").
    public var prospect: String
    /// An archetype evidences the goals.
    public var fit: Bool
    public var headline: String
    public var challenge: String
    public var goals: [GoalLine]
    public var subject: Subject?
    public var approach: [String]
    public var results: [Result]
    public var renewal: String?
    public var proofPoints: [String]
    public var talkingPoints: [String]
    public var discoveryQuestions: [String]
    public var demo: [String]
    public var caveats: [String]
    /// Other archetypes worth a mention, with their reason.
    public var alternatives: [Alternative]
    /// The analysis window, "1 November 2025 to 31 October 2026".
    public var period: String
    /// Where the numbers come from: run, window, statistic.
    public var source: String
    public var run: Int64
    /// Text printed as given (the prospect's name and attributes, attribute values from the data): it may hold digits that are not figures.
    public var verbatim: [String]
    public var figures: [Figure]
}
