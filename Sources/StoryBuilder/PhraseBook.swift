import Foundation

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

    public static func load(_ url: URL) throws -> PhraseBook {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StoryError("\(url.path): cannot read the phrase book (\(error.localizedDescription))")
        }
        do { return try JSONDecoder().decode(PhraseBook.self, from: data) } catch {
            throw StoryError("\(url.path): \(StoryError.describe(decoding: error, in: data))")
        }
    }

    /// The variant of `pattern` chosen by `key`, slots filled; a missing pattern prints its name in brackets.
    /// Every slot also comes as `{of_slot}`: "de" with elision in French ("d'Atelier", "de Maison"), "of" in English.
    func phrase(_ pattern: String, key: String, grammar: LocaleGrammar, _ slots: [String: String] = [:]) -> String {
        guard let variants = patterns[pattern], !variants.isEmpty else { return "[\(pattern)]" }
        var all = slots
        for (name, value) in slots { all["of_\(name)"] = grammar.of(value) }
        return Self.fill(grammar.vary(variants, key: "\(pattern)|\(key)"), all)
    }

    /// The first variant of `pattern`, slots filled: for fixed page text, which does not vary.
    public func text(_ pattern: String, _ slots: [String: String] = [:]) -> String {
        patterns[pattern]?.first.map { Self.fill($0, slots) } ?? "[\(pattern)]"
    }

    /// Replaces each `{slot}` with its value; a `{Slot}` with a capital first letter capitalizes the value.
    static func fill(_ text: String, _ slots: [String: String]) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = slots[name] {
                output += value
            } else if let first = name.first, first.isUppercase, let value = slots[first.lowercased() + name.dropFirst()] {
                output += value.prefix(1).uppercased() + value.dropFirst()
            } else {
                output += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    public func noun(_ name: String) -> Noun { nouns[name] ?? Noun(name) }
    public func metric(_ id: String) -> String { metrics[id] ?? id.replacingOccurrences(of: "-", with: " ") }
    public func attribute(_ name: String) -> String { attributes[name] ?? name }
    public func value(_ value: String) -> Noun { values[value] ?? values[value.lowercased()] ?? Noun(value) }
}
