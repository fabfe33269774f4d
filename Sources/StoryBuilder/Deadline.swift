import Foundation

/// The date a prospect gave for having it in place, as they said it: "by the end of Q3", « d'ici la fin de l'année »,
/// "before Christmas". A brief names it back rather than asking for it again.
enum Deadline {
    /// The first deadline `text` says, with its preposition, as said; nil when it says none.
    static func said(in text: String, locale: NarrativeLocale) -> String? {
        guard let captured = captured(by: locale == .en ? [english] : [french, frenchStart], in: text) else { return nil }
        // Their date is said back as theirs: "before your September build-out", « avant votre vague de signatures en mars ».
        let said = captured.replacingOccurrences(of: #"\b[Oo]ur\b"#, with: "your", options: .regularExpression)
            .replacingOccurrences(of: #"\bnotre\b"#, with: "votre", options: .regularExpression)
            .replacingOccurrences(of: #"\bnos\b"#, with: "vos", options: .regularExpression)
        // A sentence opens on a capital; mid-sentence, the date does not.
        return said.prefix(1).lowercased() + said.dropFirst()
    }

    /// The moment they want it to start and not before, bare, as said: "starting in the spring" gives "the spring",
    /// « pas avant septembre » gives « septembre »; nil when they gave none.
    static func start(in text: String, locale: NarrativeLocale) -> String? {
        guard let said = captured(by: [locale == .en ? englishStart : frenchFrom], in: text) else { return nil }
        // A month keeps its capital in English, and nothing else does mid-sentence.
        return locale == .en && said.range(of: "^(?:" + englishMonths + ")", options: [.regularExpression, .caseInsensitive]) != nil
            ? said : said.prefix(1).lowercased() + said.dropFirst()
    }

    /// What the first of `patterns` to match `text` (apostrophes made straight) captures in its first group.
    private static func captured(by patterns: [NSRegularExpression], in text: String) -> String? {
        let text = text.replacingOccurrences(of: "’", with: "'")
        guard let match = patterns.lazy.compactMap({ $0.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) }).first,
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    private static let englishStart = try! NSRegularExpression(pattern:
        #"\b(?:starting|start|from|not before|not until|no earlier than|beginning)\s+(?:in\s+)?((?:the\s+)?"# + englishWhen + #")(?![\p{L}])"#,
        options: [.caseInsensitive])
    private static let frenchFrom = try! NSRegularExpression(pattern:
        #"(?:\bpas\s+avant|\bà\s+partir\s+d[e']|\bdès|\bà\s+compter\s+d[e'])\s*("# + frenchWhen + #")(?![\p{L}])"#,
        options: [.caseInsensitive])

    private static let englishMonths = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec"
    private static let englishWhen = #"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?(?:q[1-4]|(?:this\s+|next\s+|the\s+)?(?:quarter|year|month|semester|term|season)|"# + englishMonths + #"|(?:this|next)\s+(?:spring|summer|fall|autumn|winter))|(?:mid-?|early\s+|late\s+|this\s+|next\s+)?(?:"# + englishMonths + #")(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?|first|fifteenth|thirtieth|thirty-first))?|(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|"# + englishOrdinals + #")\s+(?:of\s+)?(?:"# + englishMonths + #")|q[1-4]|(?:next\s+|this\s+)?(?:spring|summer|fall|autumn|winter)|next\s+year|year[- ]end|christmas|black friday|the holidays|the new year|(?:the\s+)?(?:fall|spring)\s+semester)"#
    /// Days of the month as said aloud: "the twentieth of December".
    private static let englishOrdinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first"
    private static let english = try! NSRegularExpression(pattern:
        // "Not before September" is when to start, not a deadline (`start`).
        #"(?<!\bnot\s)\b((?:by|before|ahead of|in time for|no later than|until)\s+(?:(?:our|the)\s+"# + englishWhen + #"\s+"# + englishEvents + #"|"# + englishWhen
            // An event of theirs with its month: "by Worlds in August", "before Southampton in September".
            + #"|(?:(?-i:\p{Lu})[\p{L}'-]+\s+){1,2}in\s+(?:"# + englishMonths + #")))\b"#,
        options: [.caseInsensitive])
    /// What a date may be theirs for: "before our September build-out".
    private static let englishEvents = #"(?:build-?out|launch|release|rollout|roll-out|opening|go-live|campaign|peak|sale|sales|renewals?|conference|event|intake|enrol?lment|season|migration)"#

    private static let frenchMonths = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    private static let frenchWhen = #"(?:(?:la\s+)?(?:fin|début|debut|mi-?)\s*(?:(?:de\s+l'|d')ann[ée]e|du\s+(?:trimestre|semestre|mois)|(?:de\s+|d')?(?:"# + frenchMonths + #"))|(?:le\s+)?(?:\d{1,2}(?:er)?|premier)\s+(?:"# + frenchMonths + #")|(?:"# + frenchMonths + #")|noël|noel|l'été(?:\s+prochain)?|l'automne|l'hiver|le printemps|la rentrée|l'an prochain|l'année prochaine|la saison|les fêtes|le black friday|le t[1-4])"#
    /// The day they want to start on: « on voudrait démarrer au premier janvier ».
    private static let frenchStart = try! NSRegularExpression(pattern:
        #"\b(?:démarrer|commencer|lancer|être\s+prêts?|être\s+en\s+place)\s+((?:au|dès\s+le|le)\s+(?:\d{1,2}(?:er)?|premier)\s+(?:"# + frenchMonths + #"))(?![\p{L}])"#,
        options: [.caseInsensitive])
    private static let french = try! NSRegularExpression(pattern:
        #"(?<!\bpas\s)((?:d'ici|avant|pour|au plus tard)\s+(?:notre|nos)\s+[\p{L}' -]{3,40}?\s+(?:en|de|d')\s*(?:"# + frenchMonths + #")|(?:d'ici|avant|pour|au plus tard)\s+"#
            + frenchWhen + #")(?![\p{L}])"#, options: [.caseInsensitive])
}
