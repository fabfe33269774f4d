/// Who a brief is for: their stated goals in their own words, and optional attributes.
public struct Prospect: Sendable, Codable, Equatable {
    public var name: String?
    /// Free text, French or English.
    public var goals: String
    public var industry: String?
    public var size: String?
    public var region: String?
    public var locale: NarrativeLocale

    public init(name: String? = nil, goals: String, industry: String? = nil, size: String? = nil, region: String? = nil,
                locale: NarrativeLocale = .en) {
        self.name = name
        self.goals = goals
        self.industry = industry
        self.size = size
        self.region = region
        self.locale = locale
    }

    /// The attributes given, as (attribute, value) pairs in a fixed order.
    var attributes: [(name: String, value: String)] {
        [("industry", industry), ("size", size), ("region", region)].compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : (name, $0) }
        }
    }
}
