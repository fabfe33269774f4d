import Foundation

/// The moment a prospect said a message should go out, in their words: "when someone abandons the form", « dès qu'un
/// avis est publié en ligne », « trente minutes avant chaque session ». A brief says where it would start from it rather
/// than from "an event your systems record".
enum Trigger {
    /// The first moment `text` says, in a sentence that asks for something (one of `asks`) if one does: the clause
    /// from its cue to the next mark, three to sixteen words long; nil when none is said so. A moment that stops messages ("that
    /// stop as soon as it's signed") starts nothing.
    static func said(in text: String, asks: [String]) -> String? {
        // Their asks; where they made none, any sentence of their need ("when a reserved book comes in, three agents call…"). A cue
        // ("when…") before a time ("thirty minutes before…"), which may be that of their measure (« 31 % un mois après »).
        let sentences = TextAnalyzer.sentences(text).map { TextAnalyzer.unhedged($0.replacingOccurrences(of: "’", with: "'")) }
        let wished = sentences.filter { TextAnalyzer.says(asks, in: $0) }
        // Where they said what they want, a moment of their account of the problem ("three months later they cancel") is
        // none to start from; one a message follows is ("if someone has no appointment forty-eight hours after a visit,
        // send a text"), but not one of how messages go now ("coaches text members from their phones, so when a coach leaves…").
        for (candidates, followed) in wished.isEmpty ? [(sentences, false)] : [(wished, false), (sentences.filter { TextAnalyzer.says(messages, in: $0) }, true)] {
            for pattern in [cue, timing] {
                for source in candidates {
                    if let moment = moment(in: source, by: pattern, followedByMessage: followed) { return moment }
                }
            }
        }
        return nil
    }

    /// The first clause `pattern` finds in `source` that starts messages, three to sixteen words long; with
    /// `followedByMessage`, only one a word of a message follows.
    private static func moment(in source: String, by pattern: NSRegularExpression, followedByMessage: Bool) -> String? {
        for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            guard let range = Range(match.range(at: 1), in: source) else { continue }
            if followedByMessage, !TextAnalyzer.says(messages, in: String(source[range.upperBound...])) { continue }
            let before = TextAnalyzer.words(String(source[..<range.lowerBound])).suffix(2)
            guard !before.contains(where: { stops.contains($0) }) else { continue }
            // "at six a.m." ends on its abbreviation, not at its first dot.
            let moment = source[range].trimmingCharacters(in: .whitespaces) + (source[range.upperBound...].hasPrefix(".m.") ? ".m." : "")
            // "…we got complaints when our old system texted at six" tells what happened, not when to send.
            if TextAnalyzer.words(moment).contains(where: past.contains) { continue }
            // Quoted mid-sentence, the cue that opened their sentence takes no capital: « quand on a une coupure ».
            // Cut short at a mark ("when an account drops by"), it says no moment.
            if (3...16).contains(TextAnalyzer.words(moment).count), !ClauseQuote.endsHanging(moment) {
                return moment.prefix(1).lowercased() + moment.dropFirst()
            }
        }
        return nil
    }

    /// Words that tell what happened once: a moment said with them starts nothing.
    private static let past: Set<String> = ["texted", "emailed", "used", "was", "were", "did", "had", "old", "last", "previous",
                                            "ancien", "ancienne", "dernier", "derniere", "avait", "etait"]

    /// Words of a message, which make a sentence one about what would be sent.
    private static let messages = ["text", "sms", "email", "mail", "message", "remind", "rappel", "relance", "notif", "alert", "push", "whatsapp"]

    /// Whether `text` says when messages go out in time: "on day three and day seven", "forty-eight hours before the
    /// move", « sept jours après », "ninety days out". A brief then does not ask how long after its start each step goes.
    static func timed(_ text: String) -> Bool {
        let source = text.replacingOccurrences(of: "’", with: "'")
        return [timing, schedule, bare].contains { $0.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)) != nil }
    }

    /// A span said before or after what it counts from, left unsaid ("Five days before, an email"), or a count of hours or
    /// days from it (« H+24 », "D-5").
    private static let bare = try! NSRegularExpression(pattern:
        #"(?i)(?:\b"# + span + #"\s+(?:before|after|later|avant|après|plus\s+tard)\b|(?<![\p{L}])[hd]\s*[-+]\s*\d+)"#)

    /// A cue of the moment, and the clause it opens, up to a mark or a new clause.
    private static let cue = try! NSRegularExpression(pattern:
        #"(?i)\b((?:when(?:ever)?|as soon as|the moment|the second|each time|every time|quand(?!\s+même)|lorsqu'|lorsque|dès qu'|dès que|chaque fois qu'|chaque fois que|à chaque fois que)\s+[^,.;:!?—–()]+?)"#
            + clauseEnd)

    /// A time before or after what starts a message ("thirty minutes before each session", « dans les deux minutes qui
    /// suivent »), and the clause it opens.
    private static let timing = try! NSRegularExpression(pattern:
        #"(?i)\b((?:(?:at\s+least|au\s+moins)\s+)?"# + span + #"\s+(?:before|after|prior\s+to|ahead\s+of|avant|après)\s+[^,.;:!?—–()]+?|(?:within|dans\s+les)\s+"#
            + span + #"\s+(?:of|qui\s+suivent|suivant)\s+[^,.;:!?—–()]+?)"# + clauseEnd)

    /// A span of time: "thirty minutes", « une heure », "48 hours".
    private static let span = #"(?:\d+|a|an|one|un|une|"# + DeclaredMeasure.spelled + #")\s+(?:minutes?|hours?|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|ans?|années?)"#

    /// Steps set in days or weeks: "on day three", « à J-3 », "ninety days out", « une semaine plus tard », "at two weeks", or on a
    /// cadence: "every Friday", « une fois par mois ».
    private static let schedule = try! NSRegularExpression(pattern:
        #"(?i)\b(?:days?\s+(?:\d+|"# + DeclaredMeasure.spelled + #")|(?:au\s+)?jours?\s+(?:\d+|"# + DeclaredMeasure.spelled + #")\b|j\s*[-+]\s*\d+|(?:\d+|"#
            + DeclaredMeasure.spelled + #")\s+(?:days?|weeks?|months?|jours?|semaines?|mois)\s+(?:out|later|in advance|plus\s+tard|à\s+l'avance)"#
            // A step at a span from the first: "text at two weeks", « une relance à quinze jours, puis à un mois ».
            + #"|\b(?:at|after|à|au\s+bout\s+d'|au\s+bout\s+de)\s*"# + span + #"\b"#
            // A cadence: "every Friday", "once a month", « tous les vendredis », « une fois par mois ».
            + #"|(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|morning|evening)\b|once\s+a\s+(?:week|month)\b"#
            + #"|\b(?:weekly|monthly)\b|chaque\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois|matin|soir)\b"#
            + #"|tous\s+les\s+(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|mois|matins|soirs)\b|une\s+fois\s+par\s+(?:semaine|mois)\b"#
            // The day before, or the morning of: "the evening before", « la veille au soir », « le matin même ».
            + #"|\bthe\s+(?:day|evening|night|morning)\s+before\b|\bthe\s+morning\s+of\b|\bla\s+veille\b|\ble\s+(?:matin|jour|soir)\s+même\b)"#)

    /// Where the clause of a moment ends: a mark, or a word that opens another clause.
    private static let clauseEnd = #"(?=\s*(?:[,.;:!?—–()]|$|\s+(?:with|and then|and what|and how|because|so that|since|avec|puis|parce|pour que|car|et ce qu|et comment)\b"#
        // The main clause after it, where its subject opens it: "when a gale's forecast we need every owner…".
        + #"|\s+(?:(?:we|I)(?:'d|'ll)?\s+(?:need|want|like|would|have|must|should|send|call)|(?:on|nous)\s+(?:voudrait|veut|doit|aimerait|a\s+besoin|envoie|appelle|devons|voulons))\b))"#

    /// Words that make a moment the one that stops messages, a date ("before our new clinic opens"), what a message says
    /// ("so people know when their boat comes out") or the present ("at the moment I blast the whole list"), not one that
    /// starts them.
    private static let stops: Set<String> = ["at", "stop", "stops", "stopped", "arrete", "arretent", "until", "jusqu", "before", "by", "avant", "ici",
                                             "know", "knows", "tell", "savoir", "sachent", "dire",
                                             // "it has to cope when fifty thousand people open…": a load to bear, not a moment to send.
                                             "cope", "handle", "hold", "survive", "crash", "crashes", "fall", "tenir", "tienne", "plante", "planter"]
}
