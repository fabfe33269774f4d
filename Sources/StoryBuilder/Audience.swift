import Foundation

/// Whom a prospect's customers are, in the prospect's own word ("members", « adhérents »): a brief says it where a
/// goal's texts say "customers" / « clients ».
public struct Audience: Sendable, Codable, Equatable {
    /// Whole words, in either language, that name the audience ("subscribers", "abonnes"), in lower case; written
    /// without accents they match with or without, written with them only as written (« élèves », not « élevés »).
    public var words: [String]
    /// Singular and plural in each language; a language left out keeps "customer" / « client ». French nouns are
    /// masculine or epicene, so that the goals' texts agree as written.
    public var en: [String]?
    public var fr: [String]?

    /// Words before a name that make it someone else's ("team members" are staff, not an audience).
    static let notAudience: Set<String> = ["team", "staff", "board", "crew", "equipe", "personnel"]

    /// The first audience `text` names, if any.
    static func named(in text: String, among audiences: [Audience]) -> Audience? {
        let said = text.lowercased().split { !$0.isLetter }.map(String.init)
        let words = said.map { $0.folding(options: .diacriticInsensitive, locale: nil) }
        let places = audiences.compactMap { audience -> (Int, Audience)? in
            let index = words.indices.first { index in
                (audience.words.contains(words[index]) || audience.words.contains(said[index]))
                    && (index == 0 || !notAudience.contains(words[index - 1]))
            }
            return index.map { ($0, audience) }
        }
        return places.min { $0.0 < $1.0 }?.1
    }

    /// `text` with "customer(s)" said as this audience: "a customer" becomes "a member", "customers'" "members'". A word
    /// that qualifies another ("customer data", "customer service") stays as written.
    func en(_ text: String) -> String {
        guard let nouns = en, nouns.count == 2 else { return text }
        let pattern = #"\b(?:([Aa])n?\s)?([Cc])ustomer(s?)\b(?!\s(?:experience|journey|data|details|records?|view|profile|event|behaviou?r|service|support|success|care|base)\b)"#
        return Self.replace(pattern, in: text) { groups in
            let noun = groups[3].isEmpty ? nouns[0] : nouns[1]
            let article = groups[1].isEmpty ? "" : groups[1] + ("aeiou".contains(noun.prefix(1).lowercased()) ? "n " : " ")
            return article + Self.cased(noun, like: groups[2])
        }
    }

    /// `text` with « client(s) » said as this audience after a determiner, elided where French elides: « du client »
    /// becomes « de l'abonné », « de clients » « d'abonnés »; « service client », « fiche client » stay as written.
    func fr(_ text: String) -> String {
        guard let nouns = fr, nouns.count == 2 else { return text }
        let determiners = "vos|votre|les|des|un|une|chaque|le|du|au|aux|ces|ce|leurs|leur|quels|quel|cent|de|nouveau|nouveaux|ses|son|nos|notre|certains|aucun|tous les"
        let pattern = #"\b((?i:"# + determiners + #"))\s([Cc])lient(s?)\b"#
        return Self.replace(pattern, in: text) { groups in
            let noun = groups[3].isEmpty ? nouns[0] : nouns[1]
            let determiner = groups[1]
            guard LocaleGrammar.elides(noun) else { return "\(determiner) \(Self.cased(noun, like: groups[2]))" }
            let elided: String? = switch determiner.lowercased() {
            case "le": "l'"
            case "du": "de l'"
            case "au": "à l'"
            case "de": "d'"
            case "ce": "cet "
            case "nouveau": "nouvel "
            default: nil
            }
            guard let elided else { return "\(determiner) \(noun)" }
            return Self.cased(elided, like: String(determiner.prefix(1))) + noun
        }
    }

    private static func cased(_ word: String, like first: String) -> String {
        first.first?.isUppercase == true ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    /// Every match of `pattern` in `text` replaced by `with` its groups (group 0, the whole match, first; a group that
    /// did not take part is "").
    private static func replace(_ pattern: String, in text: String, with replacement: ([String]) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let source = text as NSString
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let groups = (0..<match.numberOfRanges).map { index in
                match.range(at: index).location == NSNotFound ? "" : source.substring(with: match.range(at: index))
            }
            out += source.substring(with: NSRange(location: last, length: match.range.location - last)) + replacement(groups)
            last = match.range.location + match.range.length
        }
        return out + source.substring(from: last)
    }
}

extension Goal {
    /// The goal with its texts for the prospect ("customers" said as `audience`): title, topic, summary, talking points,
    /// questions, demo, pilot, what the prospect protects and what we answer for where nothing measures the goal.
    func addressing(_ audience: Audience?) -> Goal {
        guard let audience else { return self }
        func said(_ text: Localized<String>) -> Localized<String> { Localized(en: audience.en(text.en), fr: audience.fr(text.fr)) }
        func said(_ list: Localized<[String]>) -> Localized<[String]> { Localized(en: list.en.map(audience.en), fr: list.fr.map(audience.fr)) }
        var goal = self
        goal.title = said(title)
        goal.topic = topic.map(said)
        goal.summary = said(summary)
        goal.talkingPoints = said(talkingPoints)
        goal.demo = said(demo)
        goal.pilot = pilot.map(said)
        goal.kept = kept.map(said)
        // What we answer for speaks to the prospect; a caution on figures speaks of our customers' own customers.
        if evidence.outcomes.isEmpty && !evidence.renewal { goal.caveat = caveat.map(said) }
        goal.discoveryQuestions = Localized(en: discoveryQuestions.en.map { Question(ask: audience.en($0.ask)) },
                                            fr: discoveryQuestions.fr.map { Question(ask: audience.fr($0.ask)) })
        return goal
    }
}
