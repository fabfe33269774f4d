import Foundation

/// A measure a prospect may name as their own ("our no-show rate is brutal", « notre taux de réachat »): a pilot for one
/// of its goals tracks it, said as the prospect would, rather than the goal's stock measure.
public struct Measure: Sendable, Codable, Equatable {
    /// Words or expressions that name the measure, normalized as the analyzer normalizes text.
    public var words: [String]
    /// The goals whose pilot it can be.
    public var goals: [String]
    /// What a pilot would track, in the pattern's `{pilot}`: "your no-show rate, before and after".
    public var says: Localized<String>

    /// The measures `text` names, in the order it names them.
    static func named(in text: String, among measures: [Measure]) -> [Measure] {
        TextAnalyzer.inOrderOfMention(measures, in: text, by: \.words)
    }
}

extension Measure {
    /// A rate the prospect named in their own words that no measure of the catalogue holds ("our recovery rate",
    /// « notre taux de réinscription »): "your recovery rate, before and after", for `goal`; nil when `text` names none.
    static func rate(in text: String, locale: NarrativeLocale, goal: String) -> Measure? {
        let pattern = locale == .en ? english : french
        guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        let said = text[range].lowercased().replacingOccurrences(of: "’", with: "'")
        if locale == .en, let first = said.split(separator: " ").first, vague.contains(String(first)) { return nil }
        // Said in the prospect's own language, which is the brief's: both languages hold it.
        let says = locale == .en ? "your \(said), before and after" : "votre \(said), avant et après"
        return Measure(words: [], goals: [goal], says: Localized(en: says, fr: says))
    }

    /// "our / the … rate", one to three words naming it; « notre / le taux de … », one word after « de », two after an
    /// adjective that comes first (« taux de première réservation »).
    private static let english = try! NSRegularExpression(pattern: #"\b(?:our|my|the)\s+((?:[a-z][a-z-]*\s+){1,3}rate)\b"#, options: [.caseInsensitive])
    private static let french = try! NSRegularExpression(
        pattern: #"\b(?:notre|nos|le|ce|du|de|d['’]un)\s+(taux\s+d(?:e\s+|['’]\s*)(?:(?:premi[eè]re?s?|nouvel(?:le)?s?|nouveaux?)\s+)?[\p{L}-]+)"#, options: [.caseInsensitive])
    /// Words that qualify a rate without naming it: "the same rate", "our current rate".
    private static let vague: Set<String> = ["same", "current", "whole", "overall", "high", "low", "higher", "lower", "good", "bad", "usual", "normal", "this", "that"]
}

extension Goal {
    /// The goal with the first of `measures` (the prospect's own, in the order they named them) that fits it as what
    /// a pilot would track.
    func measuring(_ measures: [Measure]) -> Goal {
        guard let measure = measures.first(where: { $0.goals.contains(id) }) else { return self }
        var goal = self
        goal.pilot = measure.says
        goal.pilotIsTheirs = true
        return goal
    }

    /// The goal whose pilot tracks the measure the prospect declared. Where the catalogue does not hold that measure
    /// (`known`), no result our customers report stands in for it: no result on another metric than theirs is told.
    func declaring(_ declared: DeclaredMeasure, phrases: PhraseBook, locale: NarrativeLocale, known: Bool) -> Goal {
        var goal = self
        let said = declared.pilot(phrases, locale: locale)
        goal.pilot = Localized(en: said, fr: said)
        goal.pilotIsTheirs = true
        if !known {
            // A caution about how our figures measure the goal goes with them.
            if !goal.evidence.outcomes.isEmpty { goal.caveat = nil }
            goal.evidence.outcomes = []
            goal.evidence.renewal = false
            goal.proxy = nil
        }
        return goal
    }
}

/// The measure a prospect declared as the one they are judged on ("Rebooking rate is my number", "I'm measured on
/// repeat purchase rate", « Le KPI, c'est le taux de participation »), in their words, with where they stand and what
/// they aim for when they said it in figures ("we're at about 74 and our payer contracts want 80").
struct DeclaredMeasure: Equatable {
    /// The measure as said, without its determiner: "proportion of days covered", « taux de participation ».
    var name: String
    /// Whether French speaks of it in the plural (« les inscriptions »): « vos », « leurs ».
    var plural: Bool
    /// Where the prospect stands, as said: "about 74", "22%".
    var now: String?
    /// What they aim for, as said: "80", "under 5%".
    var target: String?

    /// The measure declared in `text`, the first one said, if any.
    static func first(in text: String, locale: NarrativeLocale) -> DeclaredMeasure? {
        let text = text.replacingOccurrences(of: "’", with: "'")
        let source = text as NSString
        let whole = NSRange(location: 0, length: source.length)
        let declared = (locale == .en ? english : french).compactMap { entry -> (NSRange, String)? in
            for match in entry.expression.matches(in: text, range: whole) {
                let name = source.substring(with: match.range(at: 1))
                if let name = cleaned(name, locale: locale, head: entry.head) { return (match.range, name) }
            }
            return nil
        }.min { $0.0.location < $1.0.location }
        guard let (range, said) = declared ?? problem(in: text, locale: locale) else { return gain(in: text, locale: locale) }
        let words = said.split(separator: " ").map(String.init)
        let determiners: Set<String> = locale == .en ? ["the", "our", "my"] : ["le", "la", "les", "mon", "ma", "mes", "notre", "nos"]
        let plural = locale == .fr && ["les", "mes", "nos"].contains(words.first?.lowercased() ?? "")
        var name = determiners.contains(words.first?.lowercased() ?? "") ? words.dropFirst().joined(separator: " ") : said
        if locale == .fr, name.lowercased().hasPrefix("l'") { name = String(name.dropFirst(2)) }
        // The figures come from the rest of the sentence, and the next one when the sentence gives none.
        let (now, target) = figures(after: NSMaxRange(range), in: source, locale: locale, of: name)
        // A problem is a measure only where figures follow it.
        guard declared != nil || now != nil || target != nil else { return nil }
        let figures = withLaterTarget((now, target), after: NSMaxRange(range), in: source, locale: locale, of: name)
        return DeclaredMeasure(name: name, plural: plural, now: figures.now, target: figures.target)
    }

    /// A rate the prospect wants to gain points on, the gain their target: « gagner dix points de taux de retour à
    /// l'atelier », "raise our show rate by ten points".
    private static func gain(in text: String, locale: NarrativeLocale) -> DeclaredMeasure? {
        let source = text as NSString
        guard let match = (locale == .en ? englishGain : frenchGain).firstMatch(in: text, range: NSRange(location: 0, length: source.length)),
              let name = cleaned(source.substring(with: match.range(withName: "name")), locale: locale, head: true) else { return nil }
        let said = source.substring(with: match.range(withName: "points")).lowercased()
        let points = SpelledNumber.value(said).map(String.init) ?? said
        return DeclaredMeasure(name: name, plural: false, now: nil, target: locale == .en ? "\(points) more points" : "\(points) points de plus")
    }

    private static let frenchGain = try! NSRegularExpression(pattern:
        #"\b(?:gagner|prendre|grappiller|remonter\s+de|augmenter\s+de)\s+(?<points>\d+|"# + spelled + #")\s+points?\s+(?:de|d'|sur|en)\s*(?:notre\s+|le\s+)?(?<name>taux\s+[\p{L}' -]{3,40}?)(?=\s*[,.;:!?…]|\s*$|\s+(?:d'ici|avant|en\s+\d|cette|l'an|d'un))"#,
        options: [.caseInsensitive])
    private static let englishGain = try! NSRegularExpression(pattern:
        #"\b(?:raise|lift|grow|increase|improve|push|boost)\s+(?:our|the|my)\s+(?<name>(?:[a-z-]+\s+){0,3}rate)\s+(?:up\s+)?by\s+(?<points>\d+|"# + spelled + #")\s+(?:percentage\s+)?points?\b"#,
        options: [.caseInsensitive])

    /// A share the prospect gave with a target, where they named no measure ("only about sixty-eight percent are
    /// complete by August first. The superintendent wants ninety."): the figures they gave, the measure unnamed.
    static func unnamed(in text: String, locale: NarrativeLocale) -> DeclaredMeasure? {
        let text = text.replacingOccurrences(of: "’", with: "'")
        let source = text as NSString
        for match in figure.matches(in: text, range: NSRange(location: 0, length: source.length)) where match.range(at: 4).location != NSNotFound {
            let start = sentenceStart.matches(in: text, range: NSRange(location: 0, length: match.range.location)).last.map { NSMaxRange($0.range) } ?? 0
            let (now, target) = withLaterTarget(figures(after: start, in: source, locale: locale), after: start, in: source, locale: locale)
            if let now, let target {
                // A share said "of churn" names it: « passer sous les 6 % de churn »; one of a plural ("70% of teams")
                // counts whom, and names none unless it says what they do ("of teams that come back").
                let named = shareOf.firstMatch(in: text, range: NSRange(location: 0, length: source.length))
                    .flatMap { Range($0.range(at: 1), in: text) }.map { text[$0].lowercased() }
                    .flatMap { $0.split(separator: " ").first.map { $0.hasSuffix("s") || $0.hasSuffix("x") } == true && !$0.hasPrefix("taux") ? nil : $0 }
                let sentence = TextAnalyzer.sentences(source.substring(from: start)).first ?? ""
                return DeclaredMeasure(name: share(in: text, of: now, locale: locale) ?? named.map { rate(of: $0, locale: locale) }
                                       ?? troubling(sentence, locale: locale) ?? "", plural: false,
                                       now: now, target: target).sharingUnit(locale)
            }
        }
        return nil
    }

    private static let sentenceStart = try! NSRegularExpression(pattern: #"[.!?…]+\s+(?=\p{Lu})"#)

    /// The share a sentence names as its trouble before giving it: « notre souci c'est les retours pendant l'essai : on est
    /// à douze pour cent » is the « part des retours pendant l'essai », "the issue is returns in the first month, we're at
    /// 12%" the "share of returns in the first month"; nil where the trouble is no plural it could count.
    private static func troubling(_ sentence: String, locale: NarrativeLocale) -> String? {
        let said = sentence.replacingOccurrences(of: "’", with: "'")
        guard let match = (locale == .fr ? frenchTrouble : englishTrouble).firstMatch(in: said, range: NSRange(said.startIndex..., in: said)),
              let range = Range(match.range(at: 1), in: said) else { return nil }
        let phrase = said[range].lowercased()
        guard let head = phrase.split(separator: " ").first, head.hasSuffix("s") || head.hasSuffix("x") else { return nil }
        return locale == .fr ? "part des " + phrase : "share of " + phrase
    }

    private static let frenchTrouble = try! NSRegularExpression(pattern:
        #"(?i)\b(?:notre|le|mon)\s+(?:gros\s+|vrai\s+|principal\s+)?(?:souci|problème|sujet)\s*,?\s*(?:en fait\s*,?\s*)?c'est\s+les\s+([\p{L}][^,.;:!?]{2,40}?)\s*[:,]"#)
    private static let englishTrouble = try! NSRegularExpression(pattern:
        #"(?i)\b(?:the|our)\s+(?:big\s+|real\s+|main\s+)?(?:issue|problem|headache)\s+(?:is|'s)\s+(?:the\s+)?([a-z][^,.;:!?]{2,40}?)\s*[:,]"#)
    /// A share said of what it measures: "6% of churn", « 41 % de retour client », not of whom it counts ("30% of our
    /// customers", « 20 % des patients »).
    private static let shareOf = try! NSRegularExpression(pattern:
        #"(?:%|percent|per cent|pour ?cent)\s+(?:(?:of|de)\s+|d')(?!(?:ici|nos|les|des|leurs|ses|ces|ce|cette|mes|un|une|our|your|the|their|its|my|his|her|a|an|them|those|these|it|that|this|votre|vos|eux|ceux|celles|cela|people|personnes|gens|clients?|customers?|members?|membres?|users?|utilisateurs?|patients?|abonnés?|subscribers?|households?|foyers?)\b)([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2}?)(?=\s*[,.;:!?…]|\s*$|\s+(?:et|and|mais|but|on|we|qui|that|today|now|aujourd'hui|en ce moment|right now|d'ici|by|par|a|per)\b)"#,
        options: [.caseInsensitive])

    /// Negations said before what a share's people do ("don't", "never").
    private static let negating: Set<String> = ["don't", "doesn't", "didn't", "won't", "can't", "never", "not", "dont"]

    /// The share `now` counts, where it says of whom and what they do: "15% of orders come back late" is the "share of
    /// orders that come back late", « 35 % de clients qui reviennent » the « part de clients qui reviennent »; nil where
    /// it says whom alone ("30% of our customers", « 22 % des rendez-vous sont ratés »), or counts another figure.
    private static func share(in text: String, of now: String, locale: NarrativeLocale) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        let patterns = locale == .fr ? [frenchShareWho, frenchShareAlone] : [englishShareWho, englishShareDoing]
        for pattern in patterns {
            for match in pattern.matches(in: text, range: range) {
                func group(_ index: Int) -> String? { Range(match.range(at: index), in: text).map { String(text[$0]) } }
                guard let figure = group(1), value(figure) == value(now), let whom = group(3) else { continue }
                if locale == .fr {
                    let words = TextAnalyzer.words(whom)
                    // « des box », « de places vides » count whom; « de résiliation » names a measure, said by `shareOf`.
                    let plural = group(2)?.lowercased() == "des" || words.first.map { $0.hasSuffix("s") || $0.hasSuffix("x") } == true
                    guard pattern !== frenchShareAlone || plural && words.count <= 5 && !words.contains(where: Self.frenchVerbs.contains) else { continue }
                }
                let of = group(2)?.lowercased() ?? ""
                // "12% of bookings don't turn up": the negation goes with what they do, "bookings that don't turn up".
                var who = whom.split(separator: " ").map(String.init)
                var doing = locale == .fr ? nil : group(4)
                if locale == .en, doing != nil, let last = who.last, who.count > 1,
                   Self.negating.contains(last.lowercased().replacingOccurrences(of: "’", with: "'")) {
                    who.removeLast()
                    doing = last + " " + doing!
                }
                let spoken = locale == .fr ? "part " + (of == "d'" ? "d'" : of + " ") + whom
                    : "share of " + who.joined(separator: " ") + (doing.map { " that " + $0 } ?? "")
                return spoken.replacingOccurrences(of: #"\b(?:our|my)\b"#, with: "your", options: .regularExpression)
                    .replacingOccurrences(of: #"\bnos\b"#, with: "vos", options: .regularExpression)
                    .replacingOccurrences(of: #"\bnotre\b"#, with: "votre", options: .regularExpression)
            }
        }
        return nil
    }

    /// The number a figure says, in digits or in words: "about 50%" and "fifty" are one.
    private static func value(_ figure: String) -> Double? {
        if let digits = figure.range(of: #"\d+(?:[.,]\d+)?"#, options: .regularExpression) {
            return Double(figure[digits].replacingOccurrences(of: ",", with: "."))
        }
        return SpelledNumber.value(figure.trimmingCharacters(in: .whitespaces)).map(Double.init)
    }

    /// Verbs that make a French share's phrase a clause of its own: « des rendez-vous sont ratés ».
    private static let frenchVerbs: Set<String> = ["sont", "est", "ont", "a", "vont", "va", "font", "fait", "restent", "reste", "passent",
                                                   "arrivent", "viennent", "reviennent", "partent", "ne", "n", "se", "s", "y"]

    /// A number before a share's unit: "sixty percent", « 35 pour cent ».
    private static let shareFigure = #"(\d+(?:[.,]\d+)?|"# + spelled + #")\s*(?:%|percent|per cent|pour ?cent)\s+"#
    /// Where a share's phrase ends: a mark, or a word that opens another clause.
    private static let shareEnd = #"(?=\s*[,.;:!?…]|\s*$|\s+(?:et|mais|on|nous|aujourd'hui|en ce moment|d'ici|and|but|we|today|now|right now|by|so)\b)"#
    /// « 35 pour cent de clients qui reviennent l'année suivante ».
    private static let frenchShareWho = try! NSRegularExpression(pattern:
        shareFigure + #"(des|de|d')\s*((?:[\p{L}'-]+\s+){0,3}?(?:qui|que|dont)\s+[^,.;:!?…]{3,60}?)"# + shareEnd, options: [.caseInsensitive])
    /// « 80 % des convocations en papier, on voudrait… ».
    private static let frenchShareAlone = try! NSRegularExpression(pattern:
        shareFigure + #"(des|de|d')\s*((?:[\p{L}'-]+\s+){0,4}?[\p{L}'-]+)(?=\s*[,.;:])"#, options: [.caseInsensitive])
    /// "20% of members who renew on time".
    private static let englishShareWho = try! NSRegularExpression(pattern:
        shareFigure + #"(of)\s+((?:[\p{L}'-]+\s+){1,3}?(?:who|that|which)\s+[^,.;:!?…]{3,60}?)"# + shareEnd, options: [.caseInsensitive])
    /// "15% of orders come back late".
    private static let englishShareDoing = try! NSRegularExpression(pattern:
        shareFigure + #"(of)\s+((?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+)\s+((?:come|comes|go|goes|get|gets|book|books|renew|renews|convert|converts|return|returns|open|opens|click|clicks|reply|replies|show|shows|turn|turns|pay|pays|leave|leaves|cancel|cancels|stay|stays|arrive|arrives|end|ends|finish|finishes|complete|completes|order|orders|buy|buys|sign|signs|activate|activates|upgrade|upgrades|respond|responds|attend|attends)\b[^,.;:!?…]{0,40}?)"# + shareEnd,
        options: [.caseInsensitive])

    /// The measure a prospect names as their problem, where they name none otherwise: "where we're hurting is new debit
    /// card activation", « notre problème, c'est le taux d'activation ». The name ends on a measure's word in English,
    /// and begins with one in French; figures must follow it.
    private static func problem(in text: String, locale: NarrativeLocale) -> (NSRange, String)? {
        let source = text as NSString
        for match in (locale == .en ? englishProblem : frenchProblem).matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let said = source.substring(with: match.range(at: 1))
            guard let name = cleaned(said, locale: locale, head: true),
                  let head = (locale == .en ? name.split(separator: " ").last
                      : name.split(separator: " ").first { !["le", "la", "les", "l'"].contains($0.lowercased()) }).map({ $0.lowercased() }),
                  (locale == .en ? englishHeads : frenchHeads).contains(head)
            else { continue }
            return (match.range, said)
        }
        return nil
    }

    /// A measure of the catalogue's (`words`) as `text` names it, when the prospect gave a figure for it ("Our no-show
    /// rate is killing us, it's about eleven percent … the goal is under six"): their words and figures, not the
    /// catalogue's; nil when they gave none.
    static func named(_ words: [String], in text: String, locale: NarrativeLocale) -> DeclaredMeasure? {
        let text = text.replacingOccurrences(of: "’", with: "'")
        // Accents and case folded, letter for letter, so that a range in one is the same range in the other.
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) as NSString
        guard folded.length == (text as NSString).length else { return nil }
        let found = words.compactMap { expression -> NSRange? in
            let pattern = "\\b" + expression.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
                .joined(separator: #"[\s'-]+"#)
            return (try? NSRegularExpression(pattern: pattern))?.firstMatch(in: folded as String, range: NSRange(location: 0, length: folded.length))?.range
        }.min { $0.location < $1.location }
        guard var range = found else { return nil }
        // The word that makes it a measure, said just after, belongs to it: "trial-to-paid conversion".
        let rest = (text as NSString).substring(from: NSMaxRange(range))
        if let head = try? NSRegularExpression(pattern: #"^\s+(?:conversion|rate|ratio)\b"#, options: [.caseInsensitive]),
           let match = head.firstMatch(in: rest, range: NSRange(location: 0, length: (rest as NSString).length)) {
            range.length += match.range.length
        }
        let said = (text as NSString).substring(with: range)
        // Their figures for it are said in the same sentence ("Our no-show rate is killing us, it's about eleven percent"),
        // from the share said of it where one comes first (« 41 % de retour client, on nous demande 55 »).
        let before = (text as NSString).substring(to: range.location)
        let from = shareBefore.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length))?.range.location ?? NSMaxRange(range)
        let (stands, aim) = figures(after: from, in: text as NSString, locale: locale, sentences: 1, of: said)
        guard stands != nil || aim != nil else { return nil }
        let (now, target) = withLaterTarget((stands, aim), after: NSMaxRange(range), in: text as NSString, locale: locale, of: said)
        let spoken = said.split(separator: " ").map { $0.dropFirst().contains(where: \.isUppercase) ? String($0) : $0.lowercased() }.joined(separator: " ")
        let name = from < range.location ? Self.rate(of: spoken, locale: locale) : spoken
        // « rendez-vous non honorés » speaks in the plural; « taux de réachat » does not.
        let first = name.split(separator: " ").first.map(String.init) ?? ""
        let plural = locale == .fr && (first.hasSuffix("s") || first.hasSuffix("x")) && !["taux", "prix", "nps"].contains(first)
        return DeclaredMeasure(name: name, plural: plural, now: now, target: target).sharingUnit(locale)
    }

    /// What a share counts, as a French rate where it names none (« 41 % de retour client » is the « taux de retour
    /// client »); as said in English ("6% of churn").
    private static func rate(of name: String, locale: NarrativeLocale) -> String {
        guard locale == .fr, let first = name.split(separator: " ").first.map({ String($0).lowercased() }),
              !["taux", "part", "nombre", "proportion", "pourcentage", "churn", "attrition"].contains(first) else { return name }
        return "taux " + LocaleGrammar(.fr).of(name)
    }

    /// A share said just before what it measures: "about 41% of", « à peu près 41 % de ».
    private static let shareBefore = try! NSRegularExpression(pattern:
        #"(?:\b(?:about|around|roughly|nearly|environ|à peu près|autour de|presque)\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|pour ?cent)\s+(?:of|de|d')\s*$"#,
        options: [.caseInsensitive])

    /// Whether `text` gives a figure, in digits or in words ("we'd like to get to eighty-four"): a target, not an ask.
    static func givesFigure(_ text: String) -> Bool {
        figure.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Words that bound a figure: "under", « sous les ».
    private static let bounding = ["under", "below", "over", "above", "at least", "sous", "moins de", "plus de", "au-dessus", "au moins"]
    /// Words of a wish, which make a figure said with them a target.
    private static let wishes = ["want", "like", "aim", "target", "goal", "love", "voudrait", "veut", "objectif", "aimerait", "vise"]

    /// The measure with a bound said with a wish as their target: "I'd want uncollected under five percent" is where they
    /// aim, not where they stand.
    func aimed(in text: String) -> DeclaredMeasure {
        guard target == nil, let now, let bound = Self.bounding.first(where: { now.hasPrefix($0) }),
              TextAnalyzer.sentences(text).contains(where: { $0.lowercased().contains(bound) && TextAnalyzer.says(Self.wishes, in: $0) }) else { return self }
        var measure = self
        (measure.now, measure.target) = (nil, now)
        return measure
    }

    /// The measure with where they stand said in the unit of their target: "30, trente pour cent… we'd like 15%" stands at
    /// 30%.
    func sharingUnit(_ locale: NarrativeLocale) -> DeclaredMeasure {
        guard let now, let target, target.contains("%"), !now.contains("%"), now.last?.isNumber == true,
              let value = Self.value(now), value <= 100 else { return self }
        var measure = self
        measure.now = now + (locale == .fr ? "\u{202F}%" : "%")
        return measure
    }

    /// The measure, unless it is a figure they did not name that has lost one of its two figures.
    var kept: DeclaredMeasure? { name.isEmpty && (now == nil || target == nil) ? nil : self }

    /// The measure without the figures `quoted` does not hold: a brief prints only figures the prospect's quoted words give.
    func keeping(figuresIn quoted: String) -> DeclaredMeasure {
        func spaced(_ text: String) -> String { text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ") }
        let said = spaced(quoted)
        // A figure written in digits may have been said in words ("sixty-two percent" for 62%).
        let words = Self.spelledWord.matches(in: said, range: NSRange(said.startIndex..., in: said))
            .compactMap { Range($0.range, in: said).flatMap { SpelledNumber.value(String(said[$0])) } }
        // "get that under one": one is said in words too.
        let spoken = Set(words.map(String.init)).union(TextAnalyzer.words(said).contains("one") || TextAnalyzer.words(said).contains("un") ? ["1"] : [])
        func kept(_ figure: String?) -> String? {
            figure.flatMap { figure in HonestyGuard.numbers(in: figure).allSatisfy { said.contains(spaced($0)) || spoken.contains($0) } ? figure : nil }
        }
        return DeclaredMeasure(name: name, plural: plural, now: kept(now), target: kept(target))
    }

    /// The name said, trimmed of fillers and joining words before it, lowercased but for acronyms and proper names;
    /// nil when it is no name (a pronoun, a vague word) or when `head` asks for a measure's word and it holds none.
    private static func cleaned(_ said: String, locale: NarrativeLocale, head: Bool) -> String? {
        let leading: Set<String> = ["and", "so", "but", "um", "er", "oh", "well", "honestly", "basically", "look", "anyway", "really", "is", "are", "was",
                                    "et", "donc", "mais", "euh", "bon", "alors", "bref", "franchement", "enfin"]
        var words = said.split(separator: " ").map(String.init)
        while let first = words.first, leading.contains(first.lowercased()) { words.removeFirst() }
        // "The problem is trial-to-paid": what the measure is announced by is no part of its name.
        if let be = words.prefix(4).firstIndex(where: { ["is", "c'est"].contains($0.lowercased()) }), be > 0,
           ["problem", "issue", "thing", "worry", "trouble", "headache", "problème", "souci"].contains(words[be - 1].lowercased()) {
            words.removeFirst(be + 1)
        }
        // « le taux de résiliation annuel, il est à… »: the pronoun that takes the name up again is no part of it.
        while let last = words.last, ["il", "elle", "ils", "elles"].contains(last.lowercased()) { words.removeLast() }
        guard let first = words.first?.lowercased(), !["that", "it", "this", "which", "what", "there", "everything", "ça", "cela", "ce"].contains(first),
              words.count <= 8, !words.contains(where: { shares.contains($0.lowercased()) || $0.contains(where: \.isNumber) }),
              !words.prefix(2).contains(where: { unnamed.contains($0.lowercased()) }) else { return nil }
        if head {
            let heads = locale == .en ? englishHeads : frenchHeads
            // "Test-drive-to-order" names a conversion, whatever its last word.
            guard words.contains(where: { heads.contains($0.lowercased()) || $0.lowercased().contains("-to-") }) else { return nil }
        }
        return words.map { word in
            word.dropFirst().contains(where: \.isUppercase) ? word : word.lowercased()
        }.joined(separator: " ")
    }

    /// Words that make a name a measure's.
    private static let englishHeads: Set<String> = [
        "rate", "ratio", "churn", "retention", "conversion", "score", "nps", "csat", "aov", "ltv", "roas", "dso", "uptime", "completion",
        "adherence", "attendance", "occupancy", "utilisation", "utilization", "placement", "value", "bookings", "activation", "recovery",
        "share", "renewal", "renewals", "engagement", "adoption", "uptake", "enrolment", "enrollment", "participation", "redemption", "response",
        "cancellation", "cancellations", "attrition", "lapse",
    ]
    private static let frenchHeads: Set<String> = ["taux", "panier", "part", "délai", "score", "nps", "nombre", "coût", "durée", "fréquence",
                                                   "volume", "chiffre", "réabonnement", "renouvellement", "réachat", "fidélisation",
                                                   "rétention", "conversion", "transformation", "activation", "résiliation",
                                                   "désabonnement", "participation", "fréquentation", "recouvrement"]

    /// A problem said to be a measure: "where we're hurting is…", "the issue is…", « notre problème, c'est… ».
    private static let englishProblem = try! NSRegularExpression(pattern: #"\b(?:where (?:we're|we are) (?:hurting|struggling|losing)|what hurts(?: most)?|the (?:big |real |main )?(?:issue|problem|pain|challenge)|our (?:big |real |main |biggest )?(?:issue|problem|pain|challenge|thing|headache))\s+(?:right now\s+)?(?:is|'s)\s+"# + englishName + englishEnd, options: [.caseInsensitive])
    private static let frenchProblem = try! NSRegularExpression(pattern: #"\b(?:(?:notre|le|mon) (?:gros |vrai |principal )?(?:problème|souci|sujet|point noir|point faible)|ce qui (?:coince|pèche|cloche))\s*,?\s*c'est\s+"# + frenchName + frenchEnd, options: [.caseInsensitive])

    /// Words no measure's name begins with: a pronoun or a figure ("getting it to one point two", « six pour cent de
    /// churn »); a name may still hold a number after them (« taux de réachat à six mois »).
    private static let unnamed: Set<String> = ["it", "them", "us", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                               "twenty", "thirty", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
                                               "vingt", "trente"]
    /// Words of a share or a decimal, which no measure's name holds.
    private static let shares: Set<String> = ["point", "percent", "cent", "virgule", "pourcent", "getting", "it"]

    /// Where the prospect stands and what they aim for, in the figures said after `location`: the first figure is where
    /// they stand unless a word of aim comes just before it; the next one after a word of aim is the target. A figure
    /// given a percent carries it to a bare target ("22 percent … wants 28").
    private static func figures(after location: Int, in source: NSString, locale: NarrativeLocale, sentences: Int = 2,
                                of name: String? = nil) -> (now: String?, target: String?) {
        // A target said of another measure ("…recover a third. I want to get recovery to sixty percent") is not this one's.
        let own = Set((name ?? "").lowercased().split { !$0.isLetter }.map(String.init))
        let rest = source.substring(from: location) as NSString
        // Up to the end of the second sentence (or of `sentences`): a full stop, or a mark, before a capital or the end ("1.3"
        // goes on).
        let ends = sentenceEnd.matches(in: rest as String, range: NSRange(location: 0, length: rest.length))
        let said = decimals(ends.count >= sentences ? rest.substring(to: ends[sentences - 1].range.location) : rest as String, locale: locale)
        // "from fifty up to seventy percent", « de cinquante à soixante-dix pour cent »: the unit said once is both figures'.
        let window = fromTo.stringByReplacingMatches(in: said, range: NSRange(location: 0, length: (said as NSString).length), withTemplate: "$1 $4$2$3 $4")
        let text = window as NSString
        var now: String?
        var target: String?
        var percent = false
        var unitSaid: String?
        for match in figure.matches(in: window, range: NSRange(location: 0, length: text.length)) {
            func group(_ index: Int) -> String? {
                let range = match.range(at: index)
                return range.location == NSNotFound ? nil : text.substring(with: range).lowercased()
            }
            let before = text.substring(to: match.range.location).lowercased().split { !$0.isLetter }.suffix(8).map(String.init)
            // A decimal said in words ("two point eight percent") is no figure we can print whole.
            if ["point", "virgule"].contains(before.last ?? "") { continue }
            // "from 52,000 to 65,000", « passer de 52 000 à 65 000 »: the figure after "from" is where they stand; so is
            // the one they take down or up ("that eighteen down to eight").
            let after = text.substring(from: NSMaxRange(match.range)).lowercased()
            if now != nil, after.hasPrefix(" down to") || after.hasPrefix(" up to") { continue }
            // "ninety, sixty, thirty days out": a list of spans of time, not shares.
            if spans.firstMatch(in: after, range: NSRange(location: 0, length: (after as NSString).length)) != nil { continue }
            // "we'd like", « on nous demande » (not « la demande »): what follows is their target.
            let liked = zip(before, before.dropFirst()).contains { ["d", "would"].contains($0) && $1 == "like"
                || ["nous", "me", "m"].contains($0) && ["demande", "demandent", "impose", "imposent", "fixe", "fixent"].contains($1) }
            // "from thirty-five to forty-five percent": the figure they go to is the target; where it went there already
            // ("dropped from eighty-eight to eighty-one"), it is where they stand.
            let reached = now != nil && ["to", "à"].contains(before.last ?? "") && before.suffix(6).contains { ["from", "de"].contains($0) }
            let arrived = reached && before.suffix(8).contains(where: movedAlready.contains)
            // "We get back about seventy percent", "we see…": what they observe, not where they aim.
            let observed = zip(before, before.dropFirst()).contains { ["we", "they", "i"].contains($0) && Self.observing.contains($1) }
            // "Only about 8% convert", « à peine un tiers »: a figure they find too low is where they stand.
            let standing = before.suffix(2).contains(where: Quantity.standing.contains)
            // "I don't want the team copying…", « je veux pas »: a wish denied aims at nothing.
            // "I don't want to fall under thirty" is a floor, kept below.
            let denied = zip(before, before.dropFirst()).contains { ["t", "not"].contains($0) && ["want", "like", "need"].contains($1)
                || ["veux", "veut", "voudrais", "voudrait"].contains($0) && $1 == "pas" }
                && !before.suffix(4).contains { ["fall", "drop", "dip", "go", "descendre", "tomber", "passer"].contains($0) }
            let aimed = (reached && !arrived || liked || before.contains { aims.contains($0) && !(observed && Self.observing.union(["back"]).contains($0)) })
                && !["from", "de", "d"].contains(before.last ?? "") && !standing && !denied
            if aimed, name != nil, before.contains(where: { (englishHeads.contains($0) || frenchHeads.contains($0)) && !own.contains($0) }) { continue }
            let unit = group(4) != nil
            let digits = group(3)!.first?.isNumber == true
            // After a share, "three systems", "fifty thousand people": a number without a unit that counts something is no
            // share.
            if !unit, percent, counting.firstMatch(in: after, range: NSRange(location: 0, length: (after as NSString).length)) != nil { continue }
            // A number said in words counts only as a share ("forty per cent") or as the target that follows one.
            guard digits || unit || (aimed && percent) else { continue }
            if unit {
                percent = true
                unitSaid = unitSaid ?? group(4)
            }
            // "I don't want to fall under thirty", « je ne veux pas descendre sous trente »: a floor, not a target below it.
            let floor = before.suffix(6).contains { ["not", "t", "pas", "never", "jamais"].contains($0) }
                && before.suffix(4).contains { ["fall", "drop", "dip", "go", "descendre", "tomber", "passer"].contains($0) }
            let bound = floor && group(2).flatMap({ bounds[$0] }).map({ $0.english == "under" }) == true ? bounds["at least"] : group(2).flatMap { bounds[$0] }
            let approximate = group(1) != nil
            // Thousands are set apart as the brief's typography sets them: a narrow no-break space in French.
            // A number said in words is written in digits: "forty per cent" is 40%.
            let number = digits ? (locale == .fr ? String(group(3)!.map { $0 == " " || $0 == "\u{00A0}" ? "\u{202F}" : $0 }) : group(3)!)
                : SpelledNumber.value(group(3)!).map(String.init) ?? group(3)!
            func said(_ percent: Bool) -> String {
                let written = digits || SpelledNumber.value(group(3)!) != nil
                let words = unitSaid.flatMap { $0 == "%" ? nil : " " + $0 } ?? (locale == .en ? " percent" : " pour cent")
                let share = unitSaid?.hasPrefix("point") == true ? " points" : written ? (locale == .en ? "%" : "\u{202F}%") : words
                // "eight percent a month" keeps its period: "8% a month".
                let figure = number + (percent ? share : "") + (percent ? Self.period(after, locale: locale) : "")
                let about = approximate ? (locale == .en ? "about " : "environ ") : ""
                return [bound.map { locale == .en ? $0.english : $0.french }, about + figure].compactMap { $0 }.joined(separator: " ")
            }
            if arrived {
                now = said(unit || percent)
                continue
            }
            if !aimed, now == nil, target == nil { now = said(unit) } else if aimed, target == nil { target = said(unit || percent) }
            if target != nil { break }
        }
        return (now, target)
    }

    /// `text` with each decimal said in words written in digits: "ninety-six point one" is 96.1, « quatre virgule cinq » 4,5.
    private static func decimals(_ text: String, locale: NarrativeLocale) -> String {
        var written = text
        for match in spokenDecimal.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: text), let whole = Range(match.range(at: 1), in: text), let digit = Range(match.range(at: 2), in: text),
                  let units = SpelledNumber.value(String(text[whole])), let tenth = digitWords[text[digit].lowercased()] else { continue }
            written.replaceSubrange(range, with: "\(units)\(locale == .en ? "." : ",")\(tenth)")
        }
        return written
    }

    private static let digitWords = ["zero": 0, "zéro": 0, "oh": 0, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
                                     "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8,
                                     "nine": 9, "neuf": 9]
    private static let spokenDecimal = try! NSRegularExpression(pattern:
        #"(?i)(?<![\p{L}-])("# + spelled + #"|one|un|une|zero|zéro)\s+(?:point|virgule)\s+(zero|zéro|oh|one|un|une|two|deux|three|trois|four|quatre|five|cinq|six|seven|sept|eight|huit|nine|neuf)(?![\p{L}-])"#)

    private static let sentenceEnd = try! NSRegularExpression(pattern: #"[.!?…]+(?=\s+\p{Lu}|\s*$)"#)

    /// The period a share is said over, as the brief says it: " a month" after "eight percent a month", « par mois »;
    /// empty where none follows the figure.
    private static func period(_ after: String, locale: NarrativeLocale) -> String {
        guard let match = periods.firstMatch(in: after, range: NSRange(location: 0, length: (after as NSString).length)),
              let range = Range(match.range(at: 1), in: after) else { return "" }
        let unit = after[range].lowercased()
        let english = ["month": "a month", "mois": "a month", "week": "a week", "semaine": "a week", "year": "a year", "an": "a year", "année": "a year"]
        let french = ["month": "par mois", "mois": "par mois", "week": "par semaine", "semaine": "par semaine", "year": "par an", "an": "par an", "année": "par an"]
        return (locale == .en ? english[unit] : french[unit]).map { " " + $0 } ?? ""
    }

    private static let periods = try! NSRegularExpression(pattern:
        #"^\s*(?:a|an|per|each|every|par|chaque|tous les|toutes les)\s+(month|week|year|mois|semaine|an|année)\b"#, options: [.caseInsensitive])

    /// What follows the first number of a list of spans of time: ", sixty, thirty days", « , 15 et 7 jours ».
    private static let spans = try! NSRegularExpression(pattern:
        #"^(?:\s*(?:,|and|or|then|et|ou|puis)\s*(?:\d+|"# + spelled + #"))+\s*(?:days?|weeks?|months?|hours?|minutes?|jours?|semaines?|mois|heures?)\b"#,
        options: [.caseInsensitive])

    /// What follows a number that counts something: a magnitude ("fifty thousand"), or a plural noun ("three systems").
    private static let counting = try! NSRegularExpression(pattern:
        #"^\s+(?:thousand|hundred|million|mille|cents|millions|(?!(?:days|weeks|months|years|hours|points|percent|ans|mois|fois|jours|semaines)\b)[\p{L}-]{2,}[sx])\b"#,
        options: [.caseInsensitive])

    /// Words that say a figure has moved already: "dropped from eighty-eight to eighty-one", « est passé de … à … ».
    private static let movedAlready: Set<String> = ["dropped", "fell", "fallen", "went", "gone", "slipped", "declined", "rose", "risen", "grew",
                                                     "grown", "climbed", "increased", "decreased", "jumped", "sank", "baissé", "chuté", "tombé",
                                                     "monté", "grimpé", "reculé", "augmenté", "diminué", "passé", "passée"]

    /// Words that take a figure down.
    private static let downward = ["down", "under", "below", "reduce", "halve", "cut", "lower", "sous", "moins de", "baisser", "reduire",
                                   "descendre", "diviser"]

    /// Two figures said with one unit after the second: "from fifty up to seventy percent".
    private static let fromTo = try! NSRegularExpression(pattern:
        #"(\b(?:from|de)\s+(?:\d+|"# + spelled + #"))(\s+(?:up\s+|down\s+)?(?:to|à)\s+)((?:\d+|"# + spelled + #"))\s*(%|percent\b|per cent\b|pour ?cent\b)"#,
        options: [.caseInsensitive])

    /// `said` as where they stand and what they aim for, or, when it holds no target, with the target said further on
    /// (``laterTarget(after:in:locale:of:)``) and where they stand as that sentence says it again.
    private static func withLaterTarget(_ said: (now: String?, target: String?), after location: Int, in source: NSString,
                                        locale: NarrativeLocale, of name: String? = nil) -> (now: String?, target: String?) {
        guard said.target == nil, let later = laterTarget(after: location, in: source, locale: locale, of: name) else { return said }
        return (later.now ?? said.now, later.target)
    }

    /// A target said further on, in a sentence that opens on it ("Target is eighty percent.", « Objectif : moins de dix
    /// pour cent. »), when none follows the figure where they stand; with where they stand, when that sentence says it
    /// again ("We'd like to get returners from fifty up to seventy percent").
    private static func laterTarget(after location: Int, in source: NSString, locale: NarrativeLocale, of name: String?) -> (now: String?, target: String)? {
        // A share of what does not happen ("forty-five percent never finish") takes a target said of it going down ("get
        // it down to twenty", "under five"), not one said of what does happen (« passer à soixante-quinze pour cent de
        // dossiers complétés »).
        let stands = source.substring(with: NSRange(location: location, length: min(source.length - location, 160)))
        let failing = TextAnalyzer.negates(TextAnalyzer.sentences(stands).first ?? "")
        for match in targetSentence.matches(in: source as String, range: NSRange(location: location, length: source.length - location)) {
            let sentence = TextAnalyzer.sentences(source.substring(from: match.range(at: 1).location)).first ?? ""
            if failing, !TextAnalyzer.negates(sentence), !TextAnalyzer.says(downward, in: sentence) { continue }
            let (now, target) = figures(after: match.range(at: 1).location, in: source, locale: locale, sentences: 1, of: name)
            if let target { return (now, target) }
        }
        return nil
    }

    private static let targetSentence = try! NSRegularExpression(pattern:
        #"(?:^|[.!?…]\s+|,\s+(?=(?:and|et|so|donc)\s+(?:we'd|i'd|we want|i want|on voudrait|on aimerait|l'objectif)))(?:(?:so|and|um|uh|er|well|euh|bon|alors|et|donc)[,\s]+)*((?:the |our |my |notre |l'|mon )?(?:target|goal|aim|objectif|cible)s?|(?:we|i)'d (?:like|love)|(?:we|i) want|it'd be great|on vise|nous visons|on aimerait|j'aimerais|je voudrais|on voudrait|l'idéal)\b"#,
        options: [.caseInsensitive])

    private struct Bound { var english: String; var french: String }
    private static let bounds: [String: Bound] = [
        "under": Bound(english: "under", french: "sous les"), "below": Bound(english: "under", french: "sous les"),
        "sous les": Bound(english: "under", french: "sous les"), "sous": Bound(english: "under", french: "sous les"),
        "moins de": Bound(english: "under", french: "sous les"), "over": Bound(english: "over", french: "au-delà de"),
        "above": Bound(english: "over", french: "au-delà de"), "au-dessus de": Bound(english: "over", french: "au-delà de"),
        "plus de": Bound(english: "over", french: "au-delà de"), "at least": Bound(english: "at least", french: "au moins"),
        "au moins": Bound(english: "at least", french: "au moins"),
    ]

    /// Verbs of what a prospect observes, which after "we" give where they stand: "we get back about seventy percent".
    private static let observing: Set<String> = ["get", "see", "hit", "reach"]

    /// Words that, before a figure, make it the target.
    private static let aims: Set<String> = ["want", "wants", "wanted", "target", "targets", "targeted", "aim", "aiming", "goal", "need", "needs",
                                            "reach", "hit", "get", "expect", "expects", "see", "bring", "back", "raise", "lift", "boost",
                                            "love", "ramener", "porter", "aimerait", "aimerions", "souhaite", "souhaiterait", "souhaitons",
                                            "veut", "voudrait", "veulent", "voudraient", "objectif", "vise", "viser", "visons",
                                            "passer", "atteindre", "descendre", "remonter", "monter", "aller", "arriver"]

    /// A figure said: an approximation, a bound, digits (not a year), a percent or points; a discount ("ten percent off",
    /// « moins dix pour cent ») is none.
    private static let figure = try! NSRegularExpression(pattern:
        #"(?:\b(about|around|roughly|nearly|almost|approximately|environ|à peu près|autour de|presque|quasiment)\s+)?(?:\b(under|below|over|above|at least|sous les|sous|moins de|plus de|au-dessus de|au moins)\s+)?(?<![\d.,\p{L}-])(?<!moins )(?<!minus )(?<!remise de )(?<!réduction de )(?<!discount of )(?!(?:\d+(?:[.,]\d+)?|"# + spelled + #")\s*(?:%|percent|per cent|pour ?cent)\s+(?:off|discount|de remise|de réduction|de rabais)\b)(\d{1,3}(?:(?:,|\s|\u00A0|\u202F)\d{3})+(?![\d.,])|\d+(?:[.,]\d+)?|"# + spelled + #")(?![\d\p{L}-])(?!\s*(?:(?:a|an|per|par|un|une)\s+)?(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|années?|h\b|hours?|heures?|minutes?|am|pm)\b)(?:\s*(%|percent\b|per cent\b|pour ?cent\b|points?\b(?!\s+(?:\d|de\s+vente|of\s+sale|"# + spelled + #"))))?"#,
        options: [.caseInsensitive])

    /// A number said in words, as a word of its own.
    private static let spelledWord = try! NSRegularExpression(pattern: #"(?<![\p{L}-])"# + spelled + #"(?![\p{L}-])"#, options: [.caseInsensitive])

    /// A number from one to ninety-nine said in words, in English or French.
    static let spelled = #"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine|(?:soixante|quatre-vingt)-(?:dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize)|(?:vingt|trente|quarante|cinquante|soixante)(?:[- ]et[- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|quatre-vingts?(?:-(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize|deux|trois|quatre|cinq|sept|huit|neuf)"#

    private typealias Pattern = (expression: NSRegularExpression, head: Bool)
    private static func patterns(_ list: [(String, Bool)]) -> [Pattern] {
        list.map { (try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]), $0.1) }
    }

    private static let word = #"[A-Za-z][A-Za-z0-9/&-]*"#
    private static let englishName = "(\(word)(?:\\s+\(word)){0,7}?)"
    private static let englishEnd = #"(?=\s*[,.;:!?)—–]|\s*$|\s+(?:which|that|and|but|it's|it is|we're|we are|is|was|right now|currently|sitting|running|at\s+(?:about|around|\d)|now|today)\b)"#
    private static let clauseStart = #"(?:^|[.!?;:,—]\s*)(?:(?:and|so|but|um|er|oh|well|honestly|basically|look|anyway|really|the|our|my|today|currently|right now)\s+)*"#
    private static let englishLead = "(\(word)(?:\\s+\(word)){0,7})"
    private static let english = patterns([
        (#"\b(?:(?:judges|judge|measures|measure|assess|assesses|bonuses)\s+(?:me|us)|(?:i'm|i am|we're|we are|i'll be|we'll be|i get|we get|i'd be|we'd be|i'm being|we're being)\s+(?:mostly\s+|really\s+|mainly\s+|basically\s+|primarily\s+|ultimately\s+|actually\s+|all\s+)?(?:measured|judged|assessed|evaluated|bonused|paid|reporting|compensated|targeted|graded|scored|tracked))\s+on\s+(?:the\s+|our\s+|my\s+)?"# + englishName + englishEnd, false),
        (clauseStart + englishLead + #"\s*(?:is|'s|are)\s+(?:the|my|our)\s+(?:(?:main|key|big|real|one|only|headline|core|whole)\s+)?(?:metric|number|kpi|measure|north star|figure)\b"#, false),
        (clauseStart + englishLead + #"\s*(?:is|'s|are)\s+what\s+(?:\S+\s+){1,4}?(?:watch|track|measur|judg|report|look|grad|chas|care|follow|bonus)\w*"#, false),
        (#"\bthe\s+(?:main\s+|key\s+|one\s+|real\s+)?(?:kpi|metric|number|measure)\s+(?:(?:that\s+)?(?:i|we)(?:'m|'re| am| are)?\s+(?:care about|watch|track|report on|get judged on|live by|judged on|measured on)\s+)?(?:is|'s)\s+(?:the\s+|our\s+|my\s+)?"# + englishName + englishEnd, false),
        (clauseStart + englishLead + #"\s*(?:is|'s)\s+(?:(?:sitting|running|stuck|hovering|currently|now|only|just)\s+)*(?:(?:at|on)\s+)?(?=(?:(?:about|around|roughly|nearly|almost)\s+)?\d)"#, true),
        // A rate they would take somewhere: "bring the repeat donation rate from thirty-five to forty-five percent".
        (#"\b(?:bring|get|take|move|push|lift|raise|grow|increase|improve|boost)\s+(?:our|the|my)\s+((?:[a-z-]+\s+){0,3}(?:rate|share|ratio|score|conversion|retention))(?=\s+(?:up\s+|down\s+)?(?:from|to)\s+(?:about\s+|around\s+)?(?:\d|"# + spelled + #"))"#, true),
        // A share said of what they count: "direct bookings are about forty per cent of room nights".
        (clauseStart + englishLead + #"(?:\s+(?:is|are|sits|runs|stands)|'s)\s+(?:(?:currently|now|sitting|running|stuck|only|just|like)\s+)*(?:at\s+)?(?=(?:(?:about|around|roughly|nearly|almost|barely)\s+)?(?:\d|"# + spelled + #")[^.,;]{0,12}?(?:%|percent|per cent))"#, true),
    ])

    private static let frenchWord = #"[\p{L}][\p{L}0-9'-]*"#
    private static let frenchName = "((?:(?:le|la|les|mon|ma|mes|notre|nos)\\s+)?\(frenchWord)(?:\\s+\(frenchWord)){0,7}?)"
    private static let frenchEnd = #"(?=\s*[,.;:!?…)]|\s*$|\s+(?:qui|que|qu'|et|mais|on|il|elle|c'est|aujourd'hui|actuellement|en ce moment|ça|là|est|sont)\b)"#
    private static let frenchStart = #"(?:^|[.!?;:,—…]\s*|\b(?:parce qu|qu)e\s+|\bcar\s+)(?:(?:et|donc|mais|euh|bon|alors|bref|franchement|enfin|aujourd'hui|actuellement|en ce moment)\s+)*"#
    private static let frenchLead = "((?:(?:le|la|les)\\s+|l')\(frenchWord)(?:\\s+\(frenchWord)){0,7})"
    private static let french = patterns([
        (#"\b(?:le|l'|mon|notre)\s*(?:(?:kpi|indicateur|critère)(?:\s+(?:principal|clé|cle|numéro un))?|chiffre\s+(?:principal|clé|cle|numéro un))\s*,?\s*c'est\s+"# + frenchName + frenchEnd, false),
        (frenchStart + frenchLead + #"\s*,?\s*c'est\s+(?:ce\s+qu(?:e\s+|')\s*(?:\S+\s+){0,3}?(?:regard|suiv|suit|surveill|mesur|pilot|compt)\w*|(?:mon|notre|le|l')\s*(?:kpi|indicateur|chiffre))"#, false),
        (#"\b(?:(?:je suis|on est|nous sommes|je serai|on sera)\s+(?:\S+\s+)?(?:jugée?s?|mesurée?s?|évaluée?s?|challengée?s?|objectivée?s?|payée?s?|attendue?s?)|(?:me|nous|m')\s*(?:juge|jugent|mesure|mesurent|évalue|évaluent|attend|attendent))\s+sur\s+"# + frenchName + frenchEnd, false),
        (#"\b(?:regarde|suit|surveille|scrute|pilote)\s+(?:surtout\s+|de près\s+|avant tout\s+|beaucoup\s+)?((?:(?:le|la|les)\s+|l')"# + frenchWord + #"(?:\s+"# + frenchWord + "){0,7}?)" + frenchEnd, true),
        (frenchStart + frenchLead + #"\s*,\s*c'est\s+(?:(?:seulement|genre)\s+)?(?=(?:(?:à peu près|environ|autour de|quasiment|presque)\s+)?\d)"#, true),
        // Une part dite de ce qu'ils comptent : « le taux de réachat à six mois, il est à dix-huit pour cent ».
        (frenchStart + frenchLead + #"\s*,?\s+(?:il|elle)?\s*(?:est|sont|tourne|plafonne|stagne)\s+(?:à\s+peu\s+près\s+|autour\s+|environ\s+)?(?:à|de)?\s*(?=(?:(?:à peu près|environ|quasiment|presque)\s+)?(?:\d|"# + spelled + #")[^.,;]{0,12}?(?:%|pour ?cent))"#, true),
    ])
}

extension DeclaredMeasure {
    /// The measure as the prospect's (`your`) or our customers' (`their`): "your completion rate", « vos inscriptions ».
    func possessed(_ locale: NarrativeLocale, theirs: Bool = false) -> String {
        // A share or a count of whom says whose it is already: "the share of your orders that…", « la part des
        // convocations… », "the number of calls a storm day".
        if name.hasPrefix("share of ") || name.hasPrefix("number of ") { return "the " + name }
        if name.hasPrefix("part d") { return "la " + name }
        if name.hasPrefix("nombre d") { return "le " + name }
        switch locale {
        case .en: return (theirs ? "their " : "your ") + name
        case .fr: return (theirs ? (plural ? "leurs " : "leur ") : (plural ? "vos " : "votre ")) + name
        }
    }

    /// What a pilot would track, from `phrases`: the measure with where the prospect stands and what they aim for, as
    /// far as they said them (`pilot.theirs`, `.now`, `.target`, `.aim`; a bounded target, "under 5%", takes `.bound`).
    func pilot(_ phrases: PhraseBook, locale: NarrativeLocale) -> String {
        // « au moins » takes the « de » of the plain pattern, elided: « pour un objectif d'au moins trente pour cent ».
        let bounded = target.map { target in ["under", "over", "at least", "sous", "au-delà"].contains { target.hasPrefix($0) } } ?? false
        // A measure they did not name is the figure they gave.
        if name.isEmpty, phrases.patterns["pilot.figure.target"] != nil {
            let key = bounded && phrases.patterns["pilot.figure.target.bound"] != nil ? "pilot.figure.target.bound" : "pilot.figure.target"
            return phrases.text(key, ["now": now ?? "", "target": target ?? ""])
        }
        let key = switch (now, target) {
        case (nil, nil): "pilot.theirs"
        case (_, nil): "pilot.theirs.now"
        case (nil, _): "pilot.theirs.aim"
        default: "pilot.theirs.target"
        }
        let chosen = bounded && phrases.patterns[key + ".bound"] != nil ? key + ".bound" : key
        return phrases.text(chosen, ["measure": possessed(locale), "now": now ?? "", "target": target ?? ""])
    }
}
