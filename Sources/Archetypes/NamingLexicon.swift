import Foundation

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

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Reads the lexicon JSON.
    public init(json: Data) throws { self = try JSONDecoder().decode(Self.self, from: json) }

    /// A name for each archetype from its distinguishing features, unique within the run.
    func names(for distinctions: [[Archetype.Distinction]]) -> [Archetype.Name] {
        var used = Set<String>()
        return distinctions.enumerated().map { index, features in
            for distinction in features {
                guard let entry = entry(distinction) else { continue }
                let feature = distinction.feature.hasPrefix("mix_") ? String(distinction.feature.dropFirst(4)) : distinction.feature
                let name = Archetype.Name(en: entry.en.replacingOccurrences(of: "{feature}", with: feature),
                                          fr: entry.fr.replacingOccurrences(of: "{feature}", with: feature), custom: false)
                if used.insert(name.en).inserted { return name }
            }
            let name = Archetype.Name(en: "Usage pattern \(index + 1)", fr: "Profil d’usage \(index + 1)", custom: false)
            used.insert(name.en)
            return name
        }
    }

    private func entry(_ distinction: Archetype.Distinction) -> Entry? {
        entries.first { $0.direction == distinction.direction && $0.feature == distinction.feature }
            ?? entries.first {
                $0.direction == distinction.direction && $0.feature.hasSuffix("*")
                    && distinction.feature.hasPrefix($0.feature.dropLast())
            }
    }
}
