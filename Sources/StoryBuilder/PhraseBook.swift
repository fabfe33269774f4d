public import Archetypes
public import Foundation

/// A locale's words for narratives, from `Narratives/<locale>/phrases.json`: sentence patterns with
/// variants, labels for metrics, units and attributes, and the nouns French grammar needs.
public struct PhraseBook: Sendable, Codable {
    /// Pattern name → variants; `{name}` slots are filled by the narrative builder.
    public var patterns: [String: [String]]
    /// Outcome metric → label ("conversion rate").
    public var metrics: [String: String]
    /// Unit (as stored) → noun for counts ("days" → day/days); "%" and unknown units print as they are.
    public var units: [String: Noun]
    /// Attribute name → label ("industry").
    public var attributes: [String: String]
    /// Attribute value (as stored) → noun ("retail" → "commerce de détail", masculine).
    public var values: [String: Noun]
    /// Common nouns the builder counts with: `account`, `week`, `goal`.
    public var nouns: [String: Noun]
    /// Event name (as stored) → label in this locale, for feature-mix labels ("campaign" → "campagnes").
    public var events: [String: String]?
    /// Usage feature id → label ("weeks_active" → "share of weeks active"); supplied features print their id.
    public var features: [String: String]?

    public static func load(_ url: URL) throws -> PhraseBook {
        try GoalCatalogue.decode(PhraseBook.self, from: url, what: "the phrase book")
    }

    /// The variant of `pattern` chosen by `key`, slots filled; a missing pattern prints its name in brackets.
    /// Every slot also comes as `{of_slot}`: "de" with elision in French ("d'Atelier", "de Maison"), "of" in English.
    func phrase(_ pattern: String, key: String, grammar: LocaleGrammar, _ slots: [String: String] = [:]) -> String {
        guard let variants = patterns[pattern], !variants.isEmpty else { return "[\(pattern)]" }
        let variant = grammar.vary(variants, key: "\(pattern)|\(key)")
        guard variant.contains("{of_") || variant.contains("{to_") else { return Self.possessives(Self.fill(variant, slots), slots, grammar) }
        var all = slots
        for (name, value) in slots {
            all["of_\(name)"] = grammar.of(value)
            all["to_\(name)"] = grammar.to(value)
        }
        return Self.possessives(Self.fill(variant, all), slots, grammar)
    }

    /// English possessives of filled values that end in s: "Zephyr Labs's" → "Zephyr Labs'".
    static func possessives(_ text: String, _ slots: [String: String], _ grammar: LocaleGrammar) -> String {
        guard grammar.locale == .en, text.contains("'s") else { return text }
        var text = text
        for value in slots.values where value.hasSuffix("s") || value.hasSuffix("S") {
            text = text.replacingOccurrences(of: value + "'s", with: grammar.possessive(value))
        }
        return text
    }

    /// The first variant of `pattern`, slots filled: for fixed page text, which does not vary.
    public func text(_ pattern: String, _ slots: [String: String] = [:]) -> String {
        patterns[pattern]?.first.map { Self.fill($0, slots) } ?? "[\(pattern)]"
    }

    /// Replaces each `{slot}` with its value; a `{Slot}` with a capital first letter capitalizes the value.
    static func fill(_ text: String, _ slots: [String: String]) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "{")) else { return text }
        var output = ""
        var start = 0, index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[index + 1..<close], as: UTF8.self)
            let value: String?
            if let plain = slots[name] {
                value = plain
            } else if let first = name.utf8.first, (65...90).contains(first), let lower = slots[name.prefix(1).lowercased() + name.dropFirst()] {
                value = lower.prefix(1).uppercased() + lower.dropFirst()
            } else {
                value = nil
            }
            if let value {
                output += String(decoding: bytes[start..<index], as: UTF8.self) + value
                start = close + 1
            }
            index = close + 1
        }
        return output + String(decoding: bytes[start...], as: UTF8.self)
    }

    public func noun(_ name: String) -> Noun { nouns[name] ?? Noun(name) }

    /// A value in natural units: shares (0…1) as percents, ratios with ×, amounts with their unit's noun
    /// ("22 days"), or bare (`withUnit: false`, for chart labels). One rule for every page and story.
    public func measure(_ value: Double, unit: String, grammar: LocaleGrammar, withUnit: Bool = true) -> String {
        let (value, unit) = Self.readable(value, unit: unit)
        return switch unit {
        // Shares of one percent and more are whole percents, so that both sides of a comparison read alike ("26%, against
        // 9%"); below, one decimal.
        case "%": grammar.percent(value, decimals: value < 0.01 && value > 0 ? 1 : 0)
        case "×": grammar.locale == .fr ? "\(grammar.number(value, decimals: 1))\u{00A0}fois" : "\(grammar.number(value, decimals: 1))×"
        default:
            withUnit ? grammar.count(value, units[unit] ?? Noun(unit, plural: unit), decimals: Self.decimals(value))
                : (units[unit]?.prefix ?? "") + grammar.number(value, decimals: Self.decimals(value)) + (units[unit]?.suffix.map { " " + $0 } ?? "")
        }
    }

    /// An outcome's value: outcomes in "%" are recorded as percents already ("2.1" is 2.1 %).
    public func outcome(_ value: Double, unit: String, grammar: LocaleGrammar, withUnit: Bool = true) -> String {
        unit == "%" ? grammar.percent(value / 100, decimals: Self.decimals(value)) : measure(value, unit: unit, grammar: grammar, withUnit: withUnit)
    }

    /// A weekly rate below one said per month, or per year below one a month ("0.2 events a week" reads as
    /// "about 10 events a year").
    static func readable(_ value: Double, unit: String) -> (Double, String) {
        guard unit.hasSuffix("/week"), value != 0, abs(value) < 1 else { return (value, unit) }
        let stem = unit.dropLast("week".count)
        let monthly = value * 52.1775 / 12
        return abs(monthly) >= 1 ? (monthly, stem + "month") : (value * 52.1775, stem + "year")
    }

    /// Decimals worth printing: none from ten up or for whole values, one below.
    static func decimals(_ value: Double) -> Int { abs(value) >= 10 || value == value.rounded() ? 0 : 1 }

    /// A feature's label in this locale: feature-mix shares through the `feature.mix` pattern and the event labels,
    /// the others from `features`.
    public func featureLabel(_ feature: FeatureDefinition) -> String {
        if feature.id.hasPrefix("mix_"), let pattern = patterns["feature.mix"]?.first {
            let event = String(feature.id.dropFirst(4))
            return Self.fill(pattern, ["event": events?[event] ?? event])
        }
        return features?[feature.id] ?? feature.id
    }

    /// A health reason in words, its figures formatted by `grammar`.
    public func healthReason(_ reason: Health.Reason, grammar: LocaleGrammar) -> String {
        switch reason {
        case .activityDown(let percent, let weeks):
            text(weeks == 1 ? "health.activityDownOneWeek" : "health.activityDown",
                 ["percent": grammar.percent(Double(percent) / 100), "number": grammar.number(Double(weeks))])
        case .seatsIdle(let active, let seats):
            text("health.seatsIdle", ["active": grammar.number(Double(active)), "seats": grammar.number(Double(seats))])
        case .inactive(let days):
            text("health.inactive", ["days": grammar.count(days, units["days"] ?? Noun("days"))])
        case .rarelyActive(let percent):
            text("health.rarelyActive", ["percent": grammar.percent(Double(percent) / 100)])
        case .unusedCommonFeature(let feature):
            text("health.unusedCommonFeature", ["feature": events?[feature] ?? feature])
        }
    }

    /// Why a feature was left out of the clustering, in words; nil for a feature used.
    public func featureUse(_ use: FeatureUse) -> String? {
        guard !use.used, let reason = use.reason else { return nil }
        let label = featureLabel(FeatureDefinition(id: use.feature, unit: "", logScaled: false, weight: 0))
        return switch reason {
        case .noSpread: text("feature.unused.noSpread", ["feature": label])
        case .needsColumn(let column): text("feature.unused.needsColumn", ["feature": label, "column": column])
        }
    }

    /// How an archetype earned its name: the rule and each condition's figures, in natural units.
    public func nameEvidence(_ name: Archetype.Name, archetypeName: String, units: [String: String], grammar: LocaleGrammar) -> String {
        guard !name.custom, let evidence = name.evidence else { return text("name.custom", ["name": archetypeName]) }
        let conditions = evidence.conditions.map { check in
            text("name.condition", [
                "feature": features?[check.feature] ?? check.feature, "direction": text("direction.\(check.direction.rawValue)"),
                "effect": grammar.signedNumber(check.effect, decimals: 1),
                "median": measure(check.median, unit: units[check.feature] ?? "", grammar: grammar),
                "population": measure(check.population, unit: units[check.feature] ?? "", grammar: grammar),
            ])
        }
        if evidence.conditions.isEmpty { return text("name.typical", ["name": archetypeName]) }
        return text(evidence.rule == "composed" ? "name.composed" : "name.rule",
                    ["name": archetypeName, "rule": evidence.rule, "conditions": grammar.list(conditions)])
    }

    /// How health scores are built: each signal, its yardstick and weight, and the status bands.
    public func healthModel(purchases: Bool, grammar: LocaleGrammar) -> String {
        let signals = Health.Signal.allCases.filter { $0.weight(purchases: purchases) > 0 }.map {
            text("health.signal", ["signal": text("health.signal.\($0.rawValue)"), "weight": grammar.percent($0.weight(purchases: purchases))])
        }
        return text("health.model", ["signals": grammar.list(signals)])
    }

    /// A note on how an analysis was made, in words.
    public func note(_ note: Analysis.Note, grammar: LocaleGrammar) -> String {
        switch note {
        case .suppliedFeatures(let count, let leftOut):
            leftOut == 0 ? text("note.suppliedFeatures", ["count": grammar.number(Double(count))])
                : text("note.suppliedFeaturesLeftOut", ["count": grammar.number(Double(count)), "left": grammar.count(leftOut, noun("account"))])
        case .tooFewToSplit(let accounts, let threshold):
            text("note.tooFewToSplit", ["accounts": grammar.count(accounts, noun("account")), "threshold": grammar.number(Double(threshold))])
        case .noUsageForHealth: text("note.noUsageForHealth")
        }
    }

    public func metric(_ id: String) -> String { metrics[id] ?? id.replacingOccurrences(of: "-", with: " ") }

    /// "their conversion rate", "leurs tickets de support": the `their` pattern, or `their.plural` for a metric listed
    /// in the `metrics.plural` pattern.
    public func their(_ id: String) -> String {
        let plural = patterns["metrics.plural"]?.contains(id) ?? false
        return Self.fill(patterns[plural ? "their.plural" : "their"]?.first ?? "{metric}", ["metric": metric(id)])
    }

    /// A number of days as a reader says it: "a day", "5 days", "about a week", "about 3 weeks", "about 4 months",
    /// "about 2 years" (the `duration.*` patterns); the exact value stays in the figure.
    public func duration(days: Double, grammar: LocaleGrammar) -> String {
        let (pattern, count): (String, Double) = switch days {
        case ..<1.5: ("duration.day", 1)
        case ..<6: ("duration.days", days.rounded())
        case ..<10.5: ("duration.week", 1)
        case ..<45: ("duration.weeks", (days / 7).rounded())
        case ..<320: ("duration.months", max(2, (days / 30.44).rounded()))
        case ..<548: ("duration.year", 1)
        default: ("duration.years", (days / 365.25).rounded())
        }
        return Self.fill(patterns[pattern]?.first ?? "{n}", ["n": words(Int(count), grammar: grammar)])
    }

    /// A whole count as prose writes it: in words up to ten ("six", "deux", from `numbers.words`), else in figures.
    public func words(_ n: Int, grammar: LocaleGrammar) -> String {
        let words = patterns["numbers.words"] ?? []
        return words.indices.contains(n) ? words[n] : grammar.number(Double(n))
    }
    public func attribute(_ name: String) -> String { attributes[name] ?? name }
    public func value(_ value: String) -> Noun { values[value] ?? values[value.lowercased()] ?? Noun(value) }
}
