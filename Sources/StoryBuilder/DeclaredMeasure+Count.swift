import Foundation

extension DeclaredMeasure {
    /// A count the prospect gave with the figure they aim for, where they named no rate: "We're talking forty calls a storm
    /// day (…) We'd love to get that under ten" is the number of calls a storm day, at 40, aimed under 10; « on a 300
    /// dossiers en retard, on voudrait descendre sous les 100 » the « nombre de dossiers en retard ». The count is said in
    /// the sentence of the target, before it, or in the sentence just before, which the target's then takes up ("that",
    /// « ça ») or names again.
    static func counted(in text: String, locale: NarrativeLocale) -> DeclaredMeasure? {
        let sentences = TextAnalyzer.sentences(text.replacingOccurrences(of: "’", with: "'"))
        for (index, sentence) in sentences.enumerated() {
            guard let (aimAt, target) = aim(in: sentence, locale: locale) else { continue }
            let before = String(sentence.prefix(aimAt))
            if let count = count(in: before, locale: locale) { return count.aiming(at: target) }
            // The sentence of the target takes up the count said just before, names it again, or only moves it (« On voudrait
            // descendre à cinq »); a count said further back it names again (« On vise de diviser les appels par trois »).
            let said = Set(TextAnalyzer.words(sentence))
            let pointing: Set<String> = locale == .en ? ["that", "it", "this", "them", "those"] : ["ca", "cela", "les", "le", "la", "en"]
            for back in stride(from: 1, through: min(5, index), by: 1) {
                guard let count = count(in: sentences[index - back], locale: locale) else { continue }
                let namesAgain = said.contains(TextAnalyzer.words(count.noun).first ?? count.noun)
                if namesAgain || back == 1 && (!said.isDisjoint(with: pointing) || TextAnalyzer.says(moving, in: sentence)) {
                    return count.aiming(at: target)
                }
            }
        }
        // Without a target, a count of what goes wrong over a period is where they stand: « une trentaine de patients qui
        // ne viennent pas à leur rendez-vous chaque mois », "40 missed calls a week".
        return sentences.lazy.compactMap { count(in: $0, locale: locale) }.first { $0.ailing && $0.periodic }
            .map { DeclaredMeasure(name: $0.name, plural: false, now: $0.now, target: nil) }
    }

    /// A count and the noun it counts, before its target is known.
    private struct Count {
        var name: String
        var noun: String
        var now: String
        /// Whether it counts something that goes wrong: "missed calls", « patients qui ne viennent pas », "no-shows".
        var ailing: Bool
        /// Whether it is said over a period: "a week", « chaque mois ».
        var periodic: Bool
        func aiming(at target: String) -> DeclaredMeasure { DeclaredMeasure(name: name, plural: false, now: now, target: target) }
    }

    /// The last count said in `text`: a number and the plural it counts, with what qualifies it and the period it is said
    /// over; a unit of measure or of time counts only over a period ("26 hours a week", not "15 centimetres").
    private static func count(in text: String, locale: NarrativeLocale) -> Count? {
        let pattern = locale == .en ? englishCount : frenchCount
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            func group(_ name: String) -> String? {
                Range(match.range(withName: name), in: text).map { String(text[$0]).lowercased() }
            }
            guard let number = group("number").flatMap(written), let noun = group("noun") else { continue }
            let period = group("period")
            if units.contains(noun), period == nil { continue }
            // « mille neuf cents », "two hundred thousand": the number goes on in words, and counts nothing yet.
            if magnitudes.contains(noun) { continue }
            let counted = [group("before"), noun, group("after"), period, period == nil ? nil : group("doing")].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            let name = locale == .en ? "number of " + counted : "nombre " + LocaleGrammar(.fr).of(counted)
            let qualifiers = [group("before"), group("after")].compactMap { $0 }.joined(separator: " ")
            let ailing = ailments.contains(noun) || TextAnalyzer.says(ailing, in: qualifiers)
            let periodic = period != nil || periodWords.firstMatch(in: qualifiers, range: NSRange(qualifiers.startIndex..., in: qualifiers)) != nil
            return Count(name: name, noun: noun, now: printed(number, locale: locale), ailing: ailing, periodic: periodic)
        }
        return nil
    }

    /// Where a sentence says the figure they aim for, after a word of wish, and that figure with its bound; nil where the
    /// figure is a share (another measure's) or counts something else than a count would.
    private static func aim(in sentence: String, locale: NarrativeLocale) -> (Int, String)? {
        // "I'd like to halve that", « diviser ça par deux », « diviser les appels par trois »: a part of where they stand,
        // said as they said it.
        if let half = halving.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)), let range = Range(half.range, in: sentence) {
            let by = Range(half.range(withName: "by"), in: sentence).map { sentence[$0].lowercased() } ?? "deux"
            let part = locale == .en ? "half that" : by == "deux" ? "moitié moins" : "\(by) fois moins"
            return (sentence.distance(from: sentence.startIndex, to: range.lowerBound), part)
        }
        let pattern = locale == .en ? englishAim : frenchAim
        guard let match = pattern.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
              let whole = Range(match.range, in: sentence),
              let said = Range(match.range(withName: "number"), in: sentence) ?? (locale == .en ? Range(match.range(withName: "one"), in: sentence) : nil),
              let number = written(String(sentence[said])) else { return nil }
        let bound = Range(match.range(withName: "bound"), in: sentence).map { sentence[$0].lowercased() }
        let spoken = bound.map { bound in
            locale == .en ? (["over", "above", "more than"].contains(bound) ? "over" : bound == "at least" ? "at least" : "under")
                : (["plus de", "au-delà de", "au moins"].contains(bound) ? "au moins" : "moins de")
        }
        let target = [spoken, printed(number, locale: locale)].compactMap { $0 }.joined(separator: " ")
        return (sentence.distance(from: sentence.startIndex, to: whole.lowerBound), target)
    }

    /// What counts as going wrong in itself, whatever qualifies it.
    private static let ailments: Set<String> = [
        "no-shows", "cancellations", "complaints", "refunds", "chargebacks", "unsubscribes", "annulations", "réclamations",
        "plaintes", "lapins", "désistements", "impayés",
    ]
    /// Words that, qualifying a count, say it goes wrong: "missed calls", « qui ne viennent pas ».
    private static let ailing = [
        "overdue", "missed", "late", "unpaid", "unanswered", "angry", "lost", "on hold", "outstanding", "a no-show", "don't", "didn't",
        "never", "forget", "cancel", "complain", "drop", "leave", "en retard", "en attente", "en souffrance", "non", "impayé", "manqué",
        "raté", "perdu", "ne", "n'", "oublient", "annulent", "partent", "décrochent",
    ]
    /// A period said within what qualifies a count: « chaque mois », "every week".
    private static let periodWords = try! NSRegularExpression(pattern:
        #"\b(?:a|an|per|each|every|par|chaque|tous les|toutes les)\s+(?:day|week|month|year|night|quarter|jour|semaine|mois|an|année|nuit|trimestre)s?\b"#,
        options: [.caseInsensitive])

    /// Words that move a count, up or down.
    private static let moving = ["halve", "get down", "bring down", "cut", "drop", "reduce", "lower", "raise", "grow", "double", "descendre",
                                 "passer", "baisser", "reduire", "diviser", "monter", "remonter", "augmenter", "doubler", "tomber"]

    /// `number` as the brief prints it: French groups of digits held by a narrow no-break space.
    private static func printed(_ number: String, locale: NarrativeLocale) -> String {
        locale == .fr && number.first?.isNumber == true ? number.replacingOccurrences(of: " ", with: "\u{202F}") : number
    }

    /// A number in digits as said, or said in words written in digits; nil for a year.
    private static func written(_ said: String) -> String? {
        let digits = said.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        if digits.first?.isNumber == true {
            let value = Int(digits.filter(\.isNumber)) ?? 0
            return value < 2 || (1900...2100).contains(value) && !digits.contains(" ") && !digits.contains(",") ? nil : digits
        }
        if ["cent", "a hundred", "one hundred"].contains(said.lowercased()) { return "100" }
        // « une trentaine », "a dozen": said as they said it.
        if said.hasSuffix("aine") || said.hasSuffix("dozen") { return said.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return SpelledNumber.value(said).map(String.init)
    }

    /// Units of measure and of time, which make a count only over a period.
    private static let units: Set<String> = [
        "hours", "minutes", "days", "weeks", "months", "years", "euros", "dollars", "pounds", "percent", "centimetres", "centimeters",
        "metres", "meters", "kilometres", "miles", "kilos", "points", "times", "heures", "jours", "semaines", "mois", "ans", "années", "fois",
        "secondes", "seconds",
    ]

    /// Words that multiply a number said in words.
    private static let magnitudes: Set<String> = ["cents", "mille", "milles", "millions", "milliers", "hundreds", "thousands", "k"]

    private static let number = #"(?<number>\d{1,3}(?:[ ,\u00A0\u202F]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)?|"# + spelled + #"|(?<!pour )(?<!per )cent|a hundred|one hundred|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)|a\s+dozen)"#
    private static let englishCount = try! NSRegularExpression(pattern:
        #"(?<![\p{L}\d,.-])"# + number + #"\s+(?<before>(?:(?:overdue|missed|late|unpaid|unanswered|inbound|outbound|angry|support|phone|lost|open)\s+)?)(?<noun>[a-z][a-z-]*s)\b(?<after>(?:\s+(?:on hold|overdue|outstanding|unpaid|a no-show)|\s+(?:who|whose|that)\s+[^,.;:!?]{3,50}?(?=\s*[,.;:!?]|\s+(?:and|but|so)\b))?)(?<period>\s+(?:a|an|per|each|every)\s+(?:[a-z-]+\s+)?(?:day|week|month|year|night|shift|season|weekend|quarter|term)\b)?(?<doing>\s+(?:on the phones?|on calls|on admin|chasing\s+[a-z]+))?"#,
        options: [.caseInsensitive])
    private static let frenchCount = try! NSRegularExpression(pattern:
        #"(?<![\p{L}\d,.-])"# + number + #"\s+(?<before>)(?:de\s+|d')?(?<noun>[\p{L}][\p{L}-]*[sx])\b(?<after>(?:\s+(?:en\s+(?:retard|attente|souffrance|trop)|non\s+(?:payée?s|honorée?s|lus|lues|réglée?s)|impayée?s|manquée?s|ratée?s|perdue?s|entrants|sortants)|\s+(?:dont|qui)\s+[^,.;:!?]{3,50}?(?=\s*[,.;:!?]|\s+(?:et|mais|donc)\b))?)(?<period>\s+(?:par|chaque|tous les|toutes les)\s+(?:jour|semaine|mois|an|année|nuit|week-end|saison|trimestre)s?\b)?(?<doing>\s+(?:au téléphone|à relancer|à appeler)(?:\s+[\p{L}]+){0,2})?"#,
        options: [.caseInsensitive])
    private static let halving = try! NSRegularExpression(pattern:
        #"\b(?:halve|halving|cut\s+(?:that|it|this|them)\s+in\s+half|diviser\s+(?:ça|cela|ce\s+chiffre|ce\s+nombre|les\s+\p{L}+)?\s*par\s+(?<by>deux|trois|quatre|cinq|dix)|réduire\s+(?:ça\s+)?de\s+moitié)\b"#,
        options: [.caseInsensitive])
    private static let englishAim = try! NSRegularExpression(pattern:
        #"\b(?:(?:'d|would)\s+(?:like|love)|want|wants|aim|aiming|target|goal|need|needs|hope|get (?:that|it|this|them)|bring (?:that|it|this|them)(?: down)?|cut (?:that|it|this|them))\b[^.!?%]{0,40}?(?<![\p{L}\d,.-])(?:(?<bound>under|below|less than|fewer than|over|above|more than|at least)\s+)?"# + #"(?:"# + number + #"|(?<=under |below |than )(?<one>one))(?![\d\p{L}-])(?!\s*(?:%|percent|per cent|points?\b))"#,
        options: [.caseInsensitive])
    private static let frenchAim = try! NSRegularExpression(pattern:
        #"\b(?:voudrait|voudrais|voudrions|veut|veux|aimerait|aimerais|souhaite|souhaiterait|objectif|vise|visons|faudrait|idéal)\b[^.!?%]{0,40}?(?<![\p{L}\d,.-])(?:(?<bound>sous les|sous|moins de|en dessous de|plus de|au-delà de|au moins)\s+)?"# + number + #"(?![\d\p{L}-])(?!\s*(?:%|pour ?cent|points?\b))"#,
        options: [.caseInsensitive])
}
