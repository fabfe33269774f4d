public import Foundation

/// Names an archetype earns, from `Narratives/naming.json`: each name carries a rule over the group's profile,
/// checked here, and a name whose rule fails is never given. When no name fits, one is composed from the group's
/// strongest traits, so no group is left as a number.
public struct NamingLexicon: Sendable, Codable {
    /// A name and the rule a group must meet to earn it.
    public struct Entry: Sendable, Codable {
        public var id: String
        public var en: String
        public var fr: String
        /// The French name's grammatical gender (`f` or `m`; nil: masculine).
        public var frGender: String?
        /// Every condition must hold.
        public var when: [Condition]
    }

    /// One condition over a feature of the group's profile.
    public struct Condition: Sendable, Codable, Equatable {
        /// Feature id (`mix_api`).
        public var feature: String
        public var direction: Archetype.Distinction.Direction
        /// Smallest standardized difference from the population, in the named direction (standard deviations).
        public var effect: Double
        /// The group's median over the population's: at least this when higher, at most this when lower.
        public var ratio: Double?
        /// Bounds on the group's median, in the feature's natural unit.
        public var median: Bounds?
    }

    public struct Bounds: Sendable, Codable, Equatable {
        public var atLeast: Double?
        public var atMost: Double?
    }

    /// Words for a name in both languages.
    public struct Words: Sendable, Codable {
        public var en: String
        public var fr: String
    }

    /// How composed names are put together, with one trait or two.
    public struct Composition: Sendable, Codable {
        public var one: Words
        public var two: Words
    }

    public var names: [Entry]
    /// Trait words by `feature.direction` (`mix.higher` for feature mixes with `{event}`, `supplied.higher` with
    /// `{feature}` for features a warehouse supplied).
    public var traits: [String: Words]
    public var composed: Composition

    /// Reads the lexicon JSON.
    public init(json: Data) throws { self = try JSONDecoder().decode(Self.self, from: json) }

    /// What a group's name is decided from.
    struct Group {
        var effects: [Archetype.Distinction]
        var profile: [Archetype.FeatureValue]
    }

    /// A name for each group, unique within the run, with the evidence that earned it.
    func names(for groups: [Group]) -> [Archetype.Name] {
        var used = Set<String>()
        return groups.map { group in
            for entry in names where !used.contains(entry.en) {
                guard let checks = Self.check(entry.when, group) else { continue }
                used.insert(entry.en)
                return Archetype.Name(en: entry.en, fr: entry.fr, custom: false, frGender: entry.frGender, evidence: .init(rule: entry.id, conditions: checks))
            }
            let name = compose(group, avoiding: used)
            used.insert(name.en)
            return name
        }
    }

    /// The checked conditions with their figures, or nil when one fails.
    static func check(_ conditions: [Condition], _ group: Group) -> [Archetype.NameEvidence.Check]? {
        var checks: [Archetype.NameEvidence.Check] = []
        for condition in conditions {
            guard let effect = group.effects.first(where: { $0.feature == condition.feature })?.effect,
                  let value = group.profile.first(where: { $0.feature == condition.feature }) else { return nil }
            let signed = condition.direction == .higher ? effect : -effect
            guard signed >= condition.effect else { return nil }
            if let ratio = condition.ratio {
                guard value.population != 0 else { return nil }
                let actual = value.median / value.population
                guard condition.direction == .higher ? actual >= ratio : actual <= ratio else { return nil }
            }
            if let bounds = condition.median {
                if let least = bounds.atLeast, value.median < least { return nil }
                if let most = bounds.atMost, value.median > most { return nil }
            }
            checks.append(.init(feature: condition.feature, direction: condition.direction, effect: effect,
                                median: value.median, population: value.population))
        }
        return checks
    }

    /// A descriptive name from the group's strongest traits (one, then two, then more until it is unique).
    func compose(_ group: Group, avoiding used: Set<String>) -> Archetype.Name {
        let strongest = group.effects.filter { abs($0.effect) >= 0.5 }.sorted { abs($0.effect) > abs($1.effect) }
        let words = strongest.compactMap { distinction in trait(distinction).map { (distinction, $0) } }
        for count in 1...max(1, min(2, words.count)) where words.count >= count {
            let chosen = Array(words.prefix(count))
            let name = composedName(chosen.map(\.1))
            if !used.contains(name.en) {
                let checks = chosen.map { distinction, _ in
                    let value = group.profile.first { $0.feature == distinction.feature }
                    return Archetype.NameEvidence.Check(feature: distinction.feature, direction: distinction.direction, effect: distinction.effect,
                                                        median: value?.median ?? 0, population: value?.population ?? 0)
                }
                return Archetype.Name(en: name.en, fr: name.fr, custom: false, evidence: .init(rule: "composed", conditions: checks))
            }
        }
        // Nothing sets the group apart, or its traits are taken: the typical accounts, numbered if need be.
        let typical = composedName([traits["typical"] ?? Words(en: "typical", fr: "types")])
        var number = 1, name = typical
        while used.contains(name.en) {
            number += 1
            name = Words(en: "\(typical.en) (\(number))", fr: "\(typical.fr) (\(number))")
        }
        return Archetype.Name(en: name.en, fr: name.fr, custom: false, evidence: .init(rule: "composed", conditions: []))
    }

    /// The trait words of a distinguishing feature.
    func trait(_ distinction: Archetype.Distinction) -> Words? {
        let direction = distinction.direction.rawValue
        if distinction.feature.hasPrefix("mix_"), let words = traits["mix.\(direction)"] {
            let event = String(distinction.feature.dropFirst(4))
            return Words(en: words.en.replacingOccurrences(of: "{event}", with: event),
                         fr: words.fr.replacingOccurrences(of: "{event}", with: event))
        }
        if let words = traits["\(distinction.feature).\(direction)"] { return words }
        // A usage feature the lexicon words in one direction only says nothing in the other ("not seasonal").
        if traits["\(distinction.feature).higher"] != nil || traits["\(distinction.feature).lower"] != nil { return nil }
        return traits["supplied.\(direction)"].map {
            Words(en: $0.en.replacingOccurrences(of: "{feature}", with: distinction.feature),
                  fr: $0.fr.replacingOccurrences(of: "{feature}", with: distinction.feature))
        }
    }

    private func composedName(_ words: [Words]) -> Words {
        let pattern = words.count == 1 ? composed.one : composed.two
        func fill(_ text: String, _ parts: [String]) -> String {
            text.replacingOccurrences(of: "{Trait}", with: parts[0].prefix(1).uppercased() + parts[0].dropFirst())
                .replacingOccurrences(of: "{trait}", with: parts[0])
                .replacingOccurrences(of: "{trait2}", with: parts.count > 1 ? parts[1] : "")
        }
        return Words(en: fill(pattern.en, words.map(\.en)), fr: fill(pattern.fr, words.map(\.fr)))
    }
}
