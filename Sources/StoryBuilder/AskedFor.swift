import Foundation

/// What the prospect asked us to set up, item by item, in their words: "What I'd like is a text reminder two days before
/// and the morning of, with a reply to confirm, and if they cancel, offer the slot to people on a cancellation list"
/// lists "a text reminder two days before and the morning of, with a reply to confirm" and "if they cancel, offer the
/// slot…". The brief lists each, so that none of the mechanics they described is lost in the quote.
struct AskedFor: Sendable {
    /// An ask (one of the catalogue's `asks`), compiled once for every brief.
    private let opener: NSRegularExpression?
    /// Words of things a brief can set up (a text, a reminder, a link, « une relance »): an item names one.
    private let things: [String]

    /// - Parameters:
    ///   - openers: how an ask opens, "we'd like", « on voudrait ».
    ///   - things: what an item must name to be one (`asked.things` in each phrase book).
    init(openers: [String], things: [String]) {
        let asks = openers.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        opener = asks.isEmpty ? nil : try? NSRegularExpression(pattern: #"(?i)(?<![\p{L}'])(?:"# + asks + #")(?![\p{L}])"#)
        self.things = things
    }

    /// The items of every ask in `quote` that is no question, as quoted, capitalized, up to `limit`: from after its opener
    /// to the end of its sentence, parted where a new item begins (", and", ", plus", "; ", a comma before "a"/« un »).
    /// An item names one of `things`, has three words or more, and says none of `besides` (the colleagues they bring).
    func items(in quote: String, besides: [String], limit: Int = 5) -> [String] {
        guard let opener else { return [] }
        var items: [String] = []
        for (sentence, mark) in TextAnalyzer.marked(quote) where mark != "?" {
            let source = sentence.replacingOccurrences(of: "’", with: "'")
            guard let match = opener.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)),
                  let range = Range(match.range, in: source) else { continue }
            let asked = String(source[range.upperBound...])
            let rest = Self.lead.stringByReplacingMatches(in: asked, range: NSRange(asked.startIndex..., in: asked), withTemplate: "")
            let said = Self.parts(of: rest).compactMap { part -> String? in
                let item = part.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;:")))
                let words = TextAnalyzer.words(item)
                guard words.count >= 3, let first = words.first, !Self.pointing.contains(first), TextAnalyzer.says(things, in: item),
                      !TextAnalyzer.says(besides, in: item) else { return nil }
                return item.prefix(1).uppercased() + item.dropFirst()
            }
            // A sentence whose items leave most of it unsaid stays in the quote whole, and its items are not said twice.
            let covered = said.map { TextAnalyzer.words($0).count }.reduce(0, +)
            if Double(covered) >= Condition.covering * Double(TextAnalyzer.words(sentence).count) { items += said }
        }
        return Array(items.uniqued().prefix(limit))
    }

    /// What comes between an opener and the thing asked for: "is", "to have", « de », « qu'on ait ».
    private static let lead = try! NSRegularExpression(pattern: #"^[\s,]*(?:(?:is|was|to have|to get|to see|to|for|also|just|simply|really|c'est qu'|c'est que|c'est|ce serait|de|d'|aussi|juste|simplement|vraiment)\s*,?\s*)*"#, options: [.caseInsensitive])

    /// Words that open no item of their own: what they point to is elsewhere ("it digital", « que notre directeur… »).
    private static let pointing: Set<String> = ["it", "that", "this", "them", "those", "que", "qu", "ca", "cela", "le", "la", "les", "l"]

    /// Where one item ends and the next begins.
    private static let parting = try! NSRegularExpression(pattern: #"\s*(?:,\s*(?:and then|and|plus|then|et puis|et|puis|ainsi que),?\s+|;\s*|,\s+(?=(?:a|an|un|une)\s))"#,
                                                           options: [.caseInsensitive])

    /// `text` cut where one item ends and the next begins.
    private static func parts(of text: String) -> [String] {
        var parts: [String] = []
        var start = text.startIndex
        for match in parting.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            parts.append(String(text[start..<range.lowerBound]))
            start = range.upperBound
        }
        return parts + [String(text[start...])]
    }
}
