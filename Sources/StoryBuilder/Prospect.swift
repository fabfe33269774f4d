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

    /// Reads a prospect from a file row: only `goals` is required; the locale defaults to English.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        goals = try container.decode(String.self, forKey: .goals)
        industry = try container.decodeIfPresent(String.self, forKey: .industry)
        size = try container.decodeIfPresent(String.self, forKey: .size)
        region = try container.decodeIfPresent(String.self, forKey: .region)
        locale = try container.decodeIfPresent(NarrativeLocale.self, forKey: .locale) ?? .en
    }

    /// A short file name for the prospect's pages: lowercase letters and digits joined by dashes.
    public var slug: String {
        let words = TextAnalyzer.words(name ?? "prospect")
        return words.isEmpty ? "prospect" : words.joined(separator: "-")
    }

    /// The attributes given, as (attribute, value) pairs in a fixed order.
    var attributes: [(name: String, value: String)] {
        [("industry", industry), ("size", size), ("region", region)].compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : (name, $0) }
        }
    }
}
