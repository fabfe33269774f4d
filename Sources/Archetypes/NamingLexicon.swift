public import Foundation

/// Names for archetypes, keyed by a distinguishing feature and its direction (from `Narratives/naming.json`).
public struct NamingLexicon: Sendable, Codable {
    public struct Entry: Sendable, Codable {
        /// Feature id (`mix_api`), or a prefix ending in `*` (`mix_*`).
        public var feature: String
        public var direction: Archetype.Distinction.Direction
        /// Names; `{feature}` stands for the feature's name.
        public var en: String
        public var fr: String
    }

    /// A name for a group that no entry fits; `{number}` stands for its place in the run.
    public struct Fallback: Sendable, Codable {
        public var en: String
        public var fr: String
    }

    public var entries: [Entry]
    public var fallback: Fallback?

    public init(entries: [Entry], fallback: Fallback? = nil) {
        self.entries = entries
        self.fallback = fallback
    }

    /// Reads the lexicon JSON.
    public init(json: Data) throws { self = try JSONDecoder().decode(Self.self, from: json) }

    /// A name for each archetype, unique within the run: the first lexicon entry (entries are in
    /// priority order) that matches one of its clearly distinguishing features (|effect| ≥ 0.5).
    func names(for distinctions: [[Archetype.Distinction]]) -> [Archetype.Name] {
        var used = Set<String>()
        return distinctions.enumerated().map { index, features in
            let clear = features.filter { abs($0.effect) >= 0.5 }
            for entry in entries {
                guard let distinction = clear.first(where: { matches(entry, $0) }) else { continue }
                let feature = distinction.feature.hasPrefix("mix_") ? String(distinction.feature.dropFirst(4)) : distinction.feature
                let en = entry.en.replacingOccurrences(of: "{feature}", with: feature)
                let name = Archetype.Name(en: en.prefix(1).uppercased() + en.dropFirst(),
                                          fr: entry.fr.replacingOccurrences(of: "{feature}", with: feature), custom: false)
                if used.insert(name.en).inserted { return name }
            }
            let number = String(index + 1)
            let name = Archetype.Name(en: fallback?.en.replacingOccurrences(of: "{number}", with: number) ?? number,
                                      fr: fallback?.fr.replacingOccurrences(of: "{number}", with: number) ?? number, custom: false)
            used.insert(name.en)
            return name
        }
    }

    private func matches(_ entry: Entry, _ distinction: Archetype.Distinction) -> Bool {
        entry.direction == distinction.direction
            && (entry.feature == distinction.feature
                || (entry.feature.hasSuffix("*") && distinction.feature.hasPrefix(entry.feature.dropLast())))
    }
}
