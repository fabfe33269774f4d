import Foundation

/// What a prospect asked for, in their words, where they named it as a thing: « on voudrait un SMS automatique quand
/// la commande est prête », "we just want automatic reminders". A heard brief takes it for its headline.
struct Wish: Sendable {
    /// An ask (one of the catalogue's `asks`) and the thing it names, compiled once for every brief.
    private let pattern: NSRegularExpression?

    /// - Parameter openers: how an ask opens, "we'd like", « on voudrait ».
    init(openers: [String]) {
        let asks = openers.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        pattern = try? NSRegularExpression(pattern: #"(?i)\b(?:"# + asks + #")\s+(?:just\s+|simply\s+|really\s+|juste\s+|simplement\s+)?"#
            + #"((?:un|une|des|a|an|some|automatic|automated|automatique|automatiques)\s+[^,.;:!?—–()]+?)(?=\s*(?:[,.;:!?—–()]|$|\s+(?:and then|et puis|so that|pour que|parce|because)\b))"#)
    }

    /// The thing the first ask of `text` names: from its article or adjective to the first mark, two to ten words, with
    /// no word of the speaker's own ("our", « nos »); nil otherwise.
    func named(in text: String) -> String? {
        guard let pattern else { return nil }
        let source = text.replacingOccurrences(of: "’", with: "'")
        for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            guard let range = Range(match.range(at: 1), in: source) else { continue }
            if let named = Self.heading(String(source[range]), least: 2, most: 10) { return named }
        }
        return nil
    }

    /// An item they asked for, up to its first mark, as a headline: "Push and SMS for the pickup window, driver's twenty
    /// minutes away…" heads as "Push and SMS for the pickup window"; where that does not do, what follows a colon
    /// (« C'est pour les familles : un SMS pour confirmer l'heure… »). nil where neither `naming` holds, nor has from
    /// `least` to `most` words. « on » is the speaker's in French only (`french`): "on open hire" is not. An item that
    /// opens on its moment heads with what it sends first: « Quand une commande est prête, un SMS au client » heads as
    /// « Un SMS au client quand une commande est prête ».
    static func heading(_ item: String, least: Int = 3, most: Int = 12, french: Bool = true,
                        naming: (String) -> Bool = { _ in true }) -> String? {
        let parts = TextAnalyzer.unhedged(item).components(separatedBy: ":").flatMap { part -> [(String, Int)] in
            let segments = part.split(separator: ",", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            let first = String(part.prefix { !",.;!?—–()".contains($0) }).trimmingCharacters(in: .whitespaces)
            // "The morning of the tournament, a text with the pairings link" heads as "A text with the pairings link the
            // morning of the tournament"; a need told at length before the thing (« faire revenir les clients de l'été en
            // basse saison, genre une offre en novembre ») is no moment to set after it.
            let opening = TextAnalyzer.words(first)
            guard segments.count > 1, opening.first.map(moments.contains) == true || !naming(first) && opening.count <= 6 else { return [(first, most)] }
            let sent = String(segments[1].prefix { !".;!?—–()".contains($0) })
            // It opens on its article: "a text…", « un SMS… », not "so reminders…".
            guard naming(sent), TextAnalyzer.words(sent).first.map(["a", "an", "un", "une", "des", "some"].contains) == true else { return [(first, most)] }
            return [(first, most), (sent + " " + first.prefix(1).lowercased() + first.dropFirst(), most + 2)]
        }
        for (named, most) in parts {
            let words = TextAnalyzer.words(named)
            // "a tool", « un seul truc », « une API » name nothing yet.
            let head = words.drop { articles.contains($0) }.first ?? ""
            guard (least...most).contains(words.count), !words.contains(where: { own.contains($0) && (french || $0 != "on") }),
                  !words.contains(where: pointing.contains), !vague.contains(head), !ClauseQuote.endsHanging(named), naming(named) else { continue }
            return named.prefix(1).uppercased() + named.dropFirst()
        }
        return nil
    }

    /// Words that open an item on its moment.
    private static let moments: Set<String> = ["when", "whenever", "once", "quand", "lorsque", "lorsqu", "chaque"]

    /// Articles and words that come before the head of what they named.
    private static let articles: Set<String> = ["un", "une", "des", "a", "an", "some", "seul", "seule", "single", "new", "nouvel", "nouvelle", "vrai", "vraie", "real", "proper"]
    /// Heads that name nothing yet.
    private static let vague: Set<String> = ["truc", "chose", "thing", "something", "api", "outil", "tool", "solution", "system", "systeme",
                                             "plateforme", "platform", "logiciel", "software", "way", "moyen", "facon", "idea", "idee"]

    /// Words that point to what the call said before, which a headline cannot: « centraliser tout ça ».
    private static let pointing: Set<String> = ["ca", "cela", "ceci", "this", "that", "it", "everything"]

    /// Words of the speaker's own, or of people only the call names, which a headline addressed to them cannot say.
    private static let own: Set<String> = ["we", "our", "us", "i", "my", "me", "myself", "ourselves", "moi", "on", "nous", "notre", "nos", "je", "mon", "ma", "mes",
                                           "they", "them", "their", "leur", "leurs", "ils", "elles"]
}
