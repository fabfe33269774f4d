public import Archetypes
public import Foundation

/// The two languages narratives are written in.
public enum NarrativeLocale: String, Sendable, Codable, CaseIterable { case en, fr }

/// A noun with what French grammar needs to agree with it.
public struct Noun: Sendable, Codable, Equatable {
    public enum Gender: String, Sendable, Codable { case masculine = "m", feminine = "f" }

    public var singular: String
    /// An irregular plural; nil: the regular plural of the grammar's language (`LocaleGrammar.plural(_:)`),
    /// which differs by language ("journal": "journals" in English, "journaux" in French).
    public var plural: String?
    /// French gender (English ignores it).
    public var gender: Gender
    /// Whether French elides before the noun; nil: decided from its first letter (a vowel or mute h elides).
    /// Set for exceptions ("héros": false).
    public var elides: Bool?
    /// A symbol written before the number, as English writes currencies ("€" gives "€28,700 a month").
    public var prefix: String?
    /// A symbol a number keeps after it when the rest of the unit is said once, as French writes currencies ("de 57 000 €
    /// à 77 000 € par mois").
    public var suffix: String?

    public init(_ singular: String, plural: String? = nil, gender: Gender = .masculine, elides: Bool? = nil, prefix: String? = nil,
                suffix: String? = nil) {
        self.singular = singular
        self.plural = plural
        self.gender = gender
        self.elides = elides
        self.prefix = prefix
        self.suffix = suffix
    }

    /// Decodes like the initializer: only `singular` is required, `gender` defaults to masculine.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .singular),
                  plural: try container.decodeIfPresent(String.self, forKey: .plural),
                  gender: try container.decodeIfPresent(Gender.self, forKey: .gender) ?? .masculine,
                  elides: try container.decodeIfPresent(Bool.self, forKey: .elides),
                  prefix: try container.decodeIfPresent(String.self, forKey: .prefix),
                  suffix: try container.decodeIfPresent(String.self, forKey: .suffix))
    }
}

/// Locale grammar used by narratives: numbers, percents, dates, plurals, lists, articles, variation.
///
/// Output depends only on the narrative locale, never on the machine's locale settings.
public struct LocaleGrammar: Sendable {
    public enum Conjunction: Sendable { case and, or }

    public let locale: NarrativeLocale

    public init(_ locale: NarrativeLocale) { self.locale = locale }

    // MARK: Numbers

    /// "12,345.5" / "12 345,5" (French: narrow no-break space U+202F between thousands, decimal comma).
    /// Rounds half away from zero and keeps trailing zeros to `decimals`; negatives take an ASCII "-", except
    /// values that round to zero ("0", never "-0"). NaN and infinities print as "NaN", "∞", "-∞".
    public func number(_ value: Double, decimals: Int = 0) -> String {
        format(value, decimals: decimals).text
    }

    /// A fraction as a percentage: 0.125 → "12.5%" / "12,5 %" (French: no-break space U+00A0 before %).
    public func percent(_ fraction: Double, decimals: Int = 0) -> String {
        withPercentSign(format(fraction, decimals: decimals, shift: 2).text)
    }

    /// A signed percentage change: 0.42 → "+42%" / "+42 %", -0.1 → "-10%" / "-10 %"; a change that rounds to zero has no sign.
    public func signedPercent(_ fraction: Double, decimals: Int = 0) -> String {
        let (text, rounded) = format(fraction, decimals: decimals, shift: 2)
        return withPercentSign(rounded > 0 ? "+" + text : text)
    }

    /// A signed number: 1.52 → "+1.5", -0.8 → "-0.8" / "+1,5", "-0,8"; a value that rounds to zero has no sign.
    public func signedNumber(_ value: Double, decimals: Int = 0) -> String {
        let (text, rounded) = format(value, decimals: decimals)
        return rounded > 0 ? "+" + text : text
    }

    private func withPercentSign(_ number: String) -> String {
        locale == .fr ? number + "\u{00A0}%" : number + "%"
    }

    /// `value × 10^shift` rounded half away from zero to `decimals` places and written for the locale, with the
    /// rounded value (for plural agreement). Rounds the digits of the shortest decimal form of `value`, so 1.005
    /// gives 1.01 as a reader expects and scaling adds no binary error.
    private func format(_ value: Double, decimals: Int, shift: Int = 0) -> (text: String, rounded: Double) {
        guard value.isFinite else { return (value.isNaN ? "NaN" : value < 0 ? "-∞" : "∞", value) }
        let decimals = max(0, decimals)
        // Shortest form of |value|: "1234.5", "1e+15" or "1.25e-05", read as digits, point and exponent.
        var digits: [Int] = []
        var integerDigits: Int?
        var exponent = 0, exponentSign = 1, inExponent = false
        for byte in abs(value).description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent { exponent = exponent * 10 + Int(byte - 48) } else { digits.append(Int(byte - 48)) }
            case UInt8(ascii: "."): integerDigits = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: break
            }
        }
        let point = (integerDigits ?? digits.count) + exponentSign * exponent + shift
        // Digits of the result × 10^decimals, rounded up when the first dropped digit is 5 or more.
        let keep = point + decimals
        var kept = (0..<max(keep, 0)).map { $0 < digits.count ? digits[$0] : 0 }
        if keep >= 0, keep < digits.count, digits[keep] >= 5 {
            var index = kept.count - 1
            while index >= 0, kept[index] == 9 { kept[index] = 0; index -= 1 }
            if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0) }
        }
        let significant = kept.drop { $0 == 0 }
        let padded = Array(repeating: 0, count: max(0, decimals + 1 - significant.count)) + significant
        let integer = String(decoding: padded.dropLast(decimals).map { UInt8(48 + $0) }, as: UTF8.self)
        let fraction = String(decoding: padded.suffix(decimals).map { UInt8(48 + $0) }, as: UTF8.self)
        let sign = value < 0 && !significant.isEmpty ? "-" : ""
        let rounded = Double(sign + integer + (decimals > 0 ? "." + fraction : "")) ?? 0
        // French writes a minus sign (U+2212), English a hyphen-minus.
        var text = (locale == .fr && !sign.isEmpty ? "\u{2212}" : sign) + grouped(integer)
        if decimals > 0 { text += (locale == .fr ? "," : ".") + fraction }
        return (text, rounded)
    }

    /// Integer digits with the locale's thousands separator.
    private func grouped(_ digits: String) -> String {
        guard digits.utf8.count > 3 else { return digits }
        let separator: [UInt8] = locale == .fr ? Array("\u{202F}".utf8) : [UInt8(ascii: ",")]
        let count = digits.utf8.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + count / 3 * separator.count)
        for (index, digit) in digits.utf8.enumerated() {
            if index > 0, (count - index) % 3 == 0 { bytes += separator }
            bytes.append(digit)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Dates

    /// Gregorian calendar in UTC, so a day is the same on every machine.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    private var monthNames: [String] {
        switch locale {
        case .en: ["January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
        case .fr: ["janvier", "février", "mars", "avril", "mai", "juin",
                   "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        }
    }

    /// A calendar day (UTC): "3 March 2026" / "3 mars 2026", French first of the month "1ᵉʳ mars 2026".
    public func date(_ date: Date) -> String {
        let day = Self.calendar.component(.day, from: date)
        return "\(locale == .fr && day == 1 ? "1ᵉʳ" : String(day)) \(month(date))"
    }

    /// The first and last day of an analysis window, as ``date(_:)`` writes them: the one way a period is said.
    public func days(of window: UsageWindow) -> (from: String, to: String) {
        (date(Date(timeIntervalSince1970: TimeInterval(window.from))), date(Date(timeIntervalSince1970: TimeInterval(window.to - 86_400))))
    }

    /// A month (UTC): "March 2026" / "mars 2026".
    public func month(_ date: Date) -> String {
        "\(monthNames[Self.calendar.component(.month, from: date) - 1]) \(Self.calendar.component(.year, from: date))"
    }

    // MARK: Plurals

    /// "1 account", "12 accounts", "0 accounts" / "1 compte", "12 comptes", "0 compte", "1,5 compte";
    /// the form agrees with the number as written (rounded to `decimals`).
    public func count(_ n: Double, _ noun: Noun, decimals: Int = 0) -> String {
        let (digits, rounded) = format(n, decimals: decimals)
        let text = (noun.prefix ?? "") + digits
        let word = form(rounded, noun)
        return word.isEmpty ? text : "\(text) \(word)"
    }

    /// "1 account", "12 accounts" / "1 compte", "12 comptes".
    public func count(_ n: Int, _ noun: Noun) -> String { count(Double(n), noun) }

    /// The noun's form for `n`: English singular only for ±1, French singular below 2 (0, 1, 1.5).
    public func form(_ n: Double, _ noun: Noun) -> String {
        let singular = switch locale {
        case .en: abs(n) == 1
        case .fr: abs(n) < 2
        }
        return singular ? noun.singular : plural(noun)
    }

    /// The noun's plural: its irregular plural if set, else the regular one. English: consonant + y → -ies,
    /// -s/-x/-z/-ch/-sh → +es, else +s. French: -s/-x/-z unchanged, -al → -aux, -au/-eau/-eu → +x, else +s.
    public func plural(_ noun: Noun) -> String {
        if let plural = noun.plural { return plural }
        let word = noun.singular
        let lowercased = word.lowercased()
        let endsWith = { (suffixes: [String]) in suffixes.contains { lowercased.hasSuffix($0) } }
        switch locale {
        case .en:
            if lowercased.hasSuffix("y"), let before = lowercased.dropLast().last, !"aeiou".contains(before) {
                return word.dropLast() + "ies"
            }
            return endsWith(["s", "x", "z", "ch", "sh"]) ? word + "es" : word + "s"
        case .fr:
            if endsWith(["s", "x", "z"]) { return word }
            if endsWith(["al"]) { return word.dropLast(2) + "aux" }
            return endsWith(["au", "eu"]) ? word + "x" : word + "s"
        }
    }

    // MARK: Lists

    /// "A", "A and B", "A, B and C" / "A et B", "A, B et C" (no Oxford comma, unless an item holds the conjunction:
    /// "Christmas and the sales, and churn"); `.or` gives "or" / "ou". No items: "".
    public func list(_ items: [String], conjunction: Conjunction = .and) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let word = switch (locale, conjunction) {
        case (.en, .and): "and"
        case (.en, .or): "or"
        case (.fr, .and): "et"
        case (.fr, .or): "ou"
        }
        // An item that holds the conjunction itself ("Christmas and the sales") is set apart by a comma before the last.
        let apart = items.contains { $0.contains(" \(word) ") } ? "," : ""
        return items.dropLast().joined(separator: ", ") + "\(apart) \(word) " + last
    }

    /// Items that are clauses of their own, set apart by semicolons: "A; and B", "A; B; and C" / "A ; et B".
    public func clauses(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let semicolon = locale == .fr ? " ; " : "; "
        return items.dropLast().joined(separator: semicolon) + semicolon + (locale == .fr ? "et " : "and ") + last
    }

    // MARK: Articles

    /// "the …" / "le commerce", "la santé", "l'équipe", "l'hôtellerie", "les médias".
    public func definite(_ noun: Noun, plural: Bool = false) -> String {
        article(noun, plural: plural, english: "the", french: (masculine: "le ", feminine: "la ", elided: "l'", plural: "les "))
    }

    /// "of the …" / "du commerce", "de la santé", "de l'équipe", "des médias".
    public func ofThe(_ noun: Noun, plural: Bool = false) -> String {
        article(noun, plural: plural, english: "of the", french: (masculine: "du ", feminine: "de la ", elided: "de l'", plural: "des "))
    }

    /// "to the …" / "au commerce", "à la santé", "à l'équipe", "aux médias".
    public func toThe(_ noun: Noun, plural: Bool = false) -> String {
        article(noun, plural: plural, english: "to the", french: (masculine: "au ", feminine: "à la ", elided: "à l'", plural: "aux "))
    }

    /// "of …" / "de" before a bare noun or phrase, elided before a vowel or h: "d'activité", "de campagnes";
    /// contracted with a leading article: "du Petit Marché", "des Halles Numériques".
    public func of(_ phrase: String) -> String {
        switch locale {
        case .en: "of " + phrase
        case .fr: Self.contracted(phrase, masculine: "du ", plural: "des ") ?? (Self.elides(phrase) ? "d'" + phrase : "de " + phrase)
        }
    }

    /// "to …" / "à" before a bare noun or phrase, contracted with a leading article: "au Petit Marché", "aux Halles".
    public func to(_ phrase: String) -> String {
        switch locale {
        case .en: "to " + phrase
        case .fr: Self.contracted(phrase, masculine: "au ", plural: "aux ") ?? "à " + phrase
        }
    }

    /// The phrase with its leading "le" or "les" folded into the preposition; nil when it starts with neither.
    private static func contracted(_ phrase: String, masculine: String, plural: String) -> String? {
        for (article, preposition) in [("les ", plural), ("le ", masculine)] where phrase.lowercased().hasPrefix(article) {
            let rest = phrase.dropFirst(article.count)
            guard let first = rest.first, first.isLetter else { return nil }
            return preposition + rest
        }
        return nil
    }

    /// "Zephyr Labs'" / "Acme's" in English: a name ending in s takes the apostrophe alone. French has no such form: "de …".
    public func possessive(_ name: String) -> String {
        guard locale == .en else { return of(name) }
        return name.hasSuffix("s") || name.hasSuffix("S") ? name + "'" : name + "'s"
    }

    /// A capital at every sentence start of rendered text: the first word of a line (after list, heading and emphasis
    /// marks) and the word after ". ", "! " or "? ", but not after an abbreviation ("8 a.m. or later"). Only all-lowercase
    /// words change, so "iPhone" or "eBay" keep theirs.
    public static func sentenceCapitals(_ text: String) -> String {
        var text = text
        for match in sentenceStart.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let word = Range(match.range(at: 1), in: text), let first = text[word].first else { continue }
            // A quotation (a line that starts with ">") is the prospect's words, kept as they said them.
            let line = text[..<word.lowerBound].lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex
            guard text[line] != ">" else { continue }
            text.replaceSubrange(word.lowerBound..<text.index(after: word.lowerBound), with: first.uppercased())
        }
        return text
    }

    /// The word that starts a sentence: at a line's start (after list, heading and emphasis marks) or after ". ",
    /// "! " or "? ".
    private static let sentenceStart = try! NSRegularExpression(
        pattern: #"(?:^(?:[ \t]*(?:[-*+]|#{1,6}|>)[ \t]+)?(?:\*\*|\*|_)?|(?<!\.\p{L})[.!?][ \u00A0]+)(\p{Ll}+)(?=[\s,;:.!?)*_\u00A0\u202F-]|$)"#,
        options: [.anchorsMatchLines])

    /// English as a copywriter writes it, with contractions ("does not" → "doesn't", "we would show" → "we'd show"),
    /// applied once to rendered English text. Headings keep the full form, as do the prospect's words (a line that starts
    /// with ">", or text between “ and ”) and a verb that ends its clause ("as it is.").
    public static func contractions(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let first = line.first(where: { $0 != " " }), first != ">", first != "#" else { return String(line) }
            // Each piece after an opening mark starts with the prospect's words, up to their closing mark.
            return line.split(separator: "\u{201C}", omittingEmptySubsequences: false).enumerated().map { index, piece -> String in
                guard index > 0 else { return contracted(piece) }
                guard let close = piece.firstIndex(of: "\u{201D}") else { return String(piece) }
                return piece[...close] + contracted(piece[piece.index(after: close)...])
            }.joined(separator: "\u{201C}")
        }.joined(separator: "\n")
    }

    /// `text` of ours with every contraction rule applied.
    private static func contracted(_ text: Substring) -> String {
        contractionRules.reduce(String(text)) { text, rule in
            rule.0.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
    }

    /// Negations first ("it is not" → "it isn't"), then a pronoun and its auxiliary before the word it governs.
    private static let contractionRules: [(NSRegularExpression, String)] = [
        (#"\b([Dd])o not\b"#, "$1on’t"), (#"\b([Dd])oes not\b"#, "$1oesn’t"), (#"\b([Dd])id not\b"#, "$1idn’t"),
        (#"\b([Cc])annot\b"#, "$1an’t"), (#"\b([Ii])s not\b"#, "$1sn’t"), (#"\b([Aa])re not\b"#, "$1ren’t"),
        (#"\b([Ww])as not\b"#, "$1asn’t"), (#"\b([Ww])ere not\b"#, "$1eren’t"), (#"\b([Hh])ave not\b"#, "$1aven’t"),
        (#"\b([Hh])as not\b"#, "$1asn’t"), (#"\b([Ww])ill not\b"#, "$1on’t"), (#"\b([WwCcSs])(h?)ould not\b"#, "$1$2ouldn’t"),
        (#"\b([Ww]e|[Yy]ou|[Tt]hey) would (?=\p{Ll})"#, "$1’d "), (#"\b([Ww]e|[Yy]ou|[Tt]hey) will (?=\p{Ll})"#, "$1’ll "),
        (#"\b([Ww]e|[Yy]ou|[Tt]hey) are (?=\p{Ll})"#, "$1’re "),
        (#"\b([Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Ww]ho) is (?=\p{Ll})"#, "$1’s "),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    /// Typographic apostrophes: a straight one between letters (or after a final s, "Labs'") becomes U+2019, in both
    /// languages ("d’Azur", "Zephyr Labs’ team").
    public static func apostrophes(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?<=\p{L})'(?=\p{L})|(?<=\p{L}s)'(?=[\s,.;:!?)])"#, with: "\u{2019}", options: .regularExpression)
    }

    /// The prospect's words as a brief quotes them: without the fillers of speech ("um", « euh »), and with their own
    /// quotation marks at the second level, inside the brief's (‘ ’ in English, “ ” in French).
    public func quotation(_ words: String) -> String {
        // Three dots typed are the ellipsis a printer sets, and end a sentence alone ("…", not "….").
        var text = Self.ellipsisEnding(words.replacingOccurrences(of: #"(?<!\.)\.{3}(?!\.)"#, with: "…", options: .regularExpression))
        // A sentence that began with a filler begins with its next word, capitalized, after a cut too.
        for match in Self.leadingFiller.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: text), let start = Range(match.range(at: 1), in: text),
                  let letter = Range(match.range(at: 2), in: text) else { continue }
            // After three dots the sentence goes on: « donc… ils vont ».
            // After a cut ("(…) so quick one"), a new sentence begins.
            let goesOn = text[start].contains("…") && !text[start].contains(")") || text[start].hasPrefix(".") && text[..<start.lowerBound].hasSuffix("..")
            text.replaceSubrange(whole, with: text[start] + (goesOn ? String(text[letter]) : text[letter].uppercased()))
        }
        // Spoken French drops the « ne » of a negation; written, the quote restores it: « je ne sais pas », « ce n'est pas ».
        if locale == .fr {
            for (spoken, written) in Self.negations {
                text = text.replacingOccurrences(of: spoken, with: written, options: .regularExpression)
            }
            // « ne » elides before a vowel or a mute h: « ça n'inquiète pas », « on n'y va pas ».
            text = Self.pluralNegations(text).replacingOccurrences(of: #"\bne (?=[aeiouyhéèêàâîôûAEIOUYHÉ])"#, with: "n'", options: .regularExpression)
        }
        // A filler between commas leaves one where it parts two clauses ("something small, uh, they missed it"), none
        // inside a phrase ("is, um, a person", "really, um, month three").
        for match in Self.commaFiller.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: text), let before = Range(match.range(at: 1), in: text),
                  let after = Range(match.range(at: 2), in: text) else { continue }
            // "the, er, the student system": the word said again after the filler is said once.
            if text[before].lowercased() == text[after].lowercased() {
                text.replaceSubrange(whole.lowerBound..<after.upperBound, with: text[before])
                continue
            }
            let next = text[after].lowercased()
            // "reviews, like, eighty percent of it": a hedge on a figure is theirs, and stays as said.
            let hedge = text[whole].lowercased().contains("like") || text[whole].lowercased().contains("genre")
            if hedge, Self.isNumber(next) { continue }
            // "to see, like, whether…", "updates, like, constantly": what the filler interrupts goes on.
            let parts = !Self.continuing.contains(text[before].lowercased()) && !Self.joining.contains(next) && !Self.isNumber(next)
                && !(locale == .en && (next == "whether" || next.hasSuffix("ly") && next.count > 4))
            // "one view, like, is Denver…?": the question that follows says what the view is for.
            let asks = parts && locale == .en && Self.questionOpeners.contains(next) && text[whole.upperBound...].contains("?")
            text.replaceSubrange(whole, with: text[before] + (asks ? ": " : parts ? ", " : " "))
        }
        text = Self.filler.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        // "like forty", « genre quarante »: a hedge on a figure is theirs, and stays as said (`softFiller` leaves it).
        text = Self.softFiller.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: ", ")
        // "…stop messaging them, you know." ends where the filler began.
        text = Self.trailingFiller.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        // A number said in words and then in digits, as a transcript writes it ("twelve thousand, 12,000", « vingt-deux,
        // 22 »), is quoted once, in digits.
        // The comma a transcript puts after the digits goes too where the phrase goes on ("about 9,000 active subscribers").
        for match in Self.doublet.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: text), let said = Range(match.range(at: 1), in: text),
                  let digits = Range(match.range(at: 2), in: text), Self.same(String(text[said]), String(text[digits])) else { continue }
            let after = text[whole.upperBound...]
            let next = after.dropFirst(2).prefix { $0.isLetter }
            let goesOn = after.hasPrefix(", ") && next.first?.isLowercase == true && !Self.clauseOpeners.contains(next.lowercased())
            // A share said in words keeps its unit where the digits do not say it again (« quarante-huit pour cent, 48 »).
            let share = text[whole].range(of: #"per\s*cent|pour\s+cent"#, options: [.regularExpression, .caseInsensitive]) != nil && !text[digits].contains("%")
            let kept = String(text[digits]) + (share ? (locale == .fr ? " %" : "%") : "")
            text.replaceSubrange(whole.lowerBound..<(goesOn ? text.index(whole.upperBound, offsetBy: 1) : whole.upperBound), with: kept)
        }
        // Said in words with what it counts, then in digits ("three hundred quotes a month, 300, out of Jobber"), it is
        // quoted in words.
        for match in Self.counted.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let said = Range(match.range(at: 1), in: text), let kept = Range(match.range(at: 2), in: text),
                  let digits = Range(match.range(at: 3), in: text), let whole = Range(match.range, in: text),
                  let value = SpelledNumber.whole(String(text[said])), Self.value(of: String(text[digits])) == value else { continue }
            text.replaceSubrange(kept.upperBound..<whole.upperBound, with: "")
        }
        // A French number's groups of digits are held together by a narrow no-break space: « 25 000 commandes ».
        if locale == .fr { text = text.replacingOccurrences(of: #"(?<=\d) (?=\d{3}(?!\d))"#, with: "\u{202F}", options: .regularExpression) }
        let (open, close) = locale == .fr ? ("\u{201C}", "\u{201D}") : ("\u{2018}", "\u{2019}")
        text = text.replacingOccurrences(of: #"«[ \u00A0\u202F]*"#, with: open, options: .regularExpression)
            .replacingOccurrences(of: #"[ \u00A0\u202F]*»"#, with: close, options: .regularExpression)
            .replacingOccurrences(of: #""([^"]*)""#, with: open + "$1" + close, options: .regularExpression)
            // Single straight quotes around a phrase ('check your DNS'), apostrophes inside it kept.
            .replacingOccurrences(of: #"(^|[\s(])'((?:[^'\n]|(?<=\p{L})'(?=\p{L}))*?\S)'(?=[\s.,;:!?)]|$)"#, with: "$1" + open + "$2" + close,
                                  options: .regularExpression)
        if locale == .en { text = text.replacingOccurrences(of: "\u{201C}", with: open).replacingOccurrences(of: "\u{201D}", with: close) }
        return text
    }

    /// `text` with no full stop after an ellipsis: a sentence that ends on "…" ends there.
    static func ellipsisEnding(_ text: String) -> String {
        text.replacingOccurrences(of: #"…\.(?!\.)"#, with: "…", options: .regularExpression)
    }

    /// Fillers and openers of speech that begin a sentence ("So, um, our problem…", « Bon, en fait notre problème… »),
    /// those that need their comma to be fillers ("Look, …" but "Look at…") apart.
    private static let leadingFiller = try! NSRegularExpression(pattern:
        #"(^|[.!?…]\)?\s+)(?:(?:um+|uh+|erm+|em+|euh+|hmm+|(?-i:er))[,.…]*\s+|(?:(?:yeah|yes|okay|ok|right|well)\s+so|so|bon|alors|donc|en fait|du coup|ah ben|ben|bah|eh bien|genre)(?:,|\s)\s*|nous,?\s+(?=on\b)|(?:look|well|right|okay|ok|honestly|basically|écoutez|voilà|oui|yeah|yes)\s*,\s*|(?:good\s+)?(?:morning|afternoon)\s*!\s*|(?:oui,?\s+)?(?:bonjour|bonsoir)\s*[,!.]\s*|(?:oh\s+)?(?:hi|hiya|hello|hey)\s*[,!.]\s*)+(\p{L})"#,
        options: [.caseInsensitive])
    /// A number said in words, as a capture group: number words, with the `more` alternatives ("|point|virgule").
    private static func spelledNumber(_ more: String) -> String {
        let word = #"(?:"# + DeclaredMeasure.spelled + #"|one|six|un|une|hundred|thousand|mille|cents?"# + more + #")"#
        return #"(?<![\p{L}-])("# + word + #"(?:[\s-]+(?:and\s+|et\s+)?"# + word + #")*)"#
    }

    /// A number said in words, a comma, and a number in digits (with its "%" or "k"): the words are group 1, the digits
    /// group 2.
    private static let doublet: NSRegularExpression = {
        let said = spelledNumber(#"|million|millions?|virgule|point|zero|zéro"#) + #"(?:\s+(?:percent|per\s+cent|pour\s+cent))?"#
        let digits = #"(\d{1,3}(?:[.,\u202F\u00A0 ]\d{3})*(?:[.,]\d+)?(?:\s?%|k\b)?)"#
        return try! NSRegularExpression(pattern: said + #",\s+"# + digits + #"(?=[\s,.;:!?)»”]|$)"#, options: [.caseInsensitive])
    }()

    /// A number said in words, up to four words of what it counts, a comma and the same number in digits, with the unit
    /// said again if any: the words are group 1, all that is kept ends with group 2, the digits are group 3.
    private static let counted: NSRegularExpression = {
        let said = spelledNumber("")
        return try! NSRegularExpression(pattern: said + #"((?:\s+[\p{L}'’-]+){1,4}),\s+(\d{1,3}(?:[,\u202F\u00A0 ]\d{3})*)(?:\s+[\p{L}]+)?(?=\s?[,.;:!?)»”]|$)"#,
                                        options: [.caseInsensitive])
    }()

    /// Whether `said` in words ("two point three", « quatre virgule deux », "eighteen thousand") is the number `digits`
    /// write ("2.3%", « 4,2 », "18k").
    private static func same(_ said: String, _ digits: String) -> Bool {
        let parts = said.lowercased().components(separatedBy: " point ").flatMap { $0.components(separatedBy: " virgule ") }
        guard let units = SpelledNumber.whole(parts[0]) else { return false }
        let fraction = parts.count == 2 ? SpelledNumber.whole(parts[1]).map { "." + String($0) } : ""
        guard let fraction, parts.count <= 2 else { return false }
        var written = digits.filter { $0.isNumber || $0 == "," || $0 == "." }
        // Groups of three are thousands ("26,000"); else the mark is a decimal one (« 4,2 »).
        written = written.contains(/^\d{1,3}([.,]\d{3})+$/) ? written.filter(\.isNumber) : written.replacingOccurrences(of: ",", with: ".")
        if digits.lowercased().hasSuffix("k"), let thousands = Int(written) { written = String(thousands * 1000) }
        return written == String(units) + fraction
    }

    /// The whole number digits write ("26,000", « 1 800 »).
    private static func value(of digits: String) -> Int? { Int(digits.filter(\.isNumber)) }

    /// Words that open a new clause after a comma, or a phrase of its own: the comma before them stays.
    private static let clauseOpeners: Set<String> = ["and", "but", "so", "or", "which", "that", "then", "because", "et", "mais", "donc", "ou",
                                                     "qui", "puis", "parce", "car", "sauf", "alors", "the", "we", "i", "it", "they",
                                                     "you", "he", "she", "our", "my", "la", "le", "les", "l", "il", "elle",
                                                     "ils", "elles", "on", "nous", "je", "j", "c", "ce", "ça", "ca", "y"]

    /// Negations said without their « ne », and as written: a subject, the pronouns before its verb, the verb, then « pas »,
    /// « jamais », « rien », « personne », « aucun » or a final « plus » (« ils viennent plus. », not « on vend plus en
    /// ligne »). « on a pas mal de clients » says "quite a few": no negation to restore.
    private static let negations: [(String, String)] = {
        let not = #"(pas(?!\s+mal\b)|jamais|rien|personne|aucune?|plus(?=\s*(?:[,.;:!?…)»”]|$|depuis\b|du tout\b|jamais\b|rien\b|personne\b)))\b"#
        let pronouns = #"((?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en)\s|[mtsl]['’])*)"#
        // A word that cannot be the verb: the negation is someone else's, or already written.
        let verb = Self.wantingMore + #"(?!(?:ne|n|pas|plus|que|qui|et|ou|mais|un|une|des|du|de|d|l|à|au|aux|pour|avec|sur|dans|chez|par|comme|ici|là|aussi|toujours|même|encore|vraiment|trop|bien|très)\b)(\p{L}+)"#
        return [
            // « faut que ça se gère »: the « il » a transcript drops is written, before its negation is.
            (#"(?<![\p{L}'’])(?<!\b(?:il|Il|nous|vous|me|te|lui|leur|ne) )(?<![mtln]['’])f(aut|audrait|audra)\b"#, "il f$1"),
            (#"(?<![\p{L}'’])F(aut|audrait|audra)\b"#, "Il f$1"),
            (#"\b([Çç]a),? c['’]est pas\b(?!\s+mal\b)"#, "$1, ce n'est pas"),
            // « y a pas », « il y en a plus. »: the « il » a transcript drops is written too.
            (#"(?<![\p{L}'’])([Ii]l) y (en )?a "# + not, "$1 n'y $2a $3"),
            (#"(?<![\p{L}'’])(?<![Ii]l )y (en )?a "# + not, "il n'y $1a $2"),
            (#"(?<![\p{L}'’])Y (en )?a "# + not, "Il n'y $1a $2"),
            (#"(?<![\p{L}'’])([Cc]|[Jj])['’]"# + pronouns + verb + " " + not, "$1e ne $2$3 $4"),
            // A pronoun after a « ne » already said is the verb's object, not a subject: « on ne vous voit plus ».
            (#"(?<!\p{L})(?<![Nn]e )(?<![Nn]['’])((?i:je|tu|il|elles?|on|nous|vous|ils|ça|ca|cela|qui|quelqu['’]un|chacun)) "# + pronouns + verb + " " + not, "$1 ne $2$3 $4"),
            // « personne » as the subject: « parce que personne rappelle ».
            (#"((?:^|[,;:.!?…]\s*|\b(?:que|car|et|mais|donc|où|si)\s))([Pp]ersonne) "# + verb, "$1$2 ne $3"),
        ]
    }()

    /// A verb of wanting, selling or earning before a last « plus », which says "more": « la direction veut plus ».
    private static let wantingMore = #"(?!(?:veu|voul|demand|vend|gagn|pai|pay|coût|rapport|dépens|achet|achèt|consomm|travaill|fai|font)\p{L}*\s+plus\b)"#

    /// `text` with the « ne » restored before a verb whose subject is a noun: « mes élèves lisent pas leurs mails »
    /// becomes « mes élèves ne lisent pas leurs mails », before the pronouns that go with the verb (« ne les lisent pas »).
    private static func pluralNegations(_ text: String) -> String {
        let clitics: Set<String> = ["me", "te", "se", "nous", "vous", "le", "la", "les", "lui", "leur", "y", "en", "m", "t", "s", "l"]
        var text = text
        for match in pluralNegation.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let verb = Range(match.range(at: 1), in: text) else { continue }
            // Back over the pronouns before the verb, to the word before them.
            var start = verb.lowerBound
            var before = text[..<start].split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).map { $0.lowercased() }
            while let last = before.last, clitics.contains(last) {
                before.removeLast()
                start = text[..<start].dropLast().lastIndex { $0 == " " || $0 == "'" || $0 == "’" }.map { text.index(after: $0) } ?? text.startIndex
            }
            if let last = before.last, last == "ne" || last == "n" { continue }
            text.insert(contentsOf: "ne ", at: start)
        }
        return text
    }

    /// A plural verb (not an adverb in « -ment ») or a common one of the third person before « pas », « jamais » or a final
    /// « plus ».
    private static let pluralNegation = try! NSRegularExpression(
        pattern: #"(?<![\p{L}'’])"# + wantingMore + #"((?!\p{L}*ment\b)\p{L}{2,}ent|sont|ont|font|vont|est|sait|peut|veut|vaut|va|fait|marche|sert|suffit|a) (?:pas(?!\s+mal\b)|jamais|plus(?=\s*(?:[,.;:!?…)»”]|$)))\b"#)

    /// A filler of speech between commas, with the words either side.
    private static let commaFiller = try! NSRegularExpression(
        pattern: #"([\p{L}\d'’]+),\s*(?:um+|uh+|erm+|em+|euh+|hmm+|(?-i:er)|you know|tu vois|vous voyez|hein|quoi|genre|like|yeah|ouais|honestly|basically|i mean|franchement)\s*,\s*(?=([\p{L}\d'’]+))"#, options: [.caseInsensitive])
    /// « genre » or "like" said after a comma as a filler (« une relance, genre à J+30 »), not as a word (« ce genre de »).
    private static let softFiller = try! NSRegularExpression(pattern: #",\s+(?:genre|like)\s+(?!de\b|d['’]|this\b|that\b|a\b|an\b|the\b|clockwork\b|\d)"#, options: [.caseInsensitive])
    /// A filler of speech anywhere else, with what follows it.
    private static let filler = try! NSRegularExpression(pattern: #"(?<![\p{L}'’])(?:um+|uh+|erm+|euh+|hmm+)(?![\p{L}'’])[,.…]*\s*"#, options: [.caseInsensitive])
    /// A filler that closes a sentence, with the comma before it.
    private static let trailingFiller = try! NSRegularExpression(pattern: #",\s*(?:you know|tu vois|vous voyez|hein|quoi)(?=\s*[.!?…]|\s*$)"#, options: [.caseInsensitive])
    /// Words that open a question after a filler: "…one view, like, is Denver actually upselling…?".
    private static let questionOpeners: Set<String> = ["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "who", "which", "how", "why"]
    /// Words that join what follows a filler to what came before it ("and", "for", « sur »): no comma parts them.
    private static let joining: Set<String> = ["and", "or", "but", "to", "of", "for", "with", "about", "than", "as", "into", "from", "et", "ou",
                                               "mais", "de", "du", "des", "à", "au", "aux", "pour", "avec", "sur", "par", "dans", "chez", "vers",
                                               "around", "roughly", "nearly", "almost", "autour", "environ", "presque", "quasiment"]

    /// Whether a word is a number, in digits or in words ("four", « quarante »): a figure goes with what came before.
    private static func isNumber(_ word: String) -> Bool {
        word.first?.isNumber == true || SpelledNumber.value(word) != nil || ["une", "hundred", "hundreds", "cent", "cents"].contains(word.lowercased())
    }

    /// Words that leave a phrase open before a filler: no comma parts them from the rest.
    private static let continuing: Set<String> = [
        "is", "are", "was", "were", "be", "the", "a", "an", "to", "of", "and", "or", "with", "for", "in", "on", "at", "by", "about", "like",
        "our", "my", "your", "their", "its", "these", "those", "just", "really", "so", "then", "but", "well", "basically", "it's", "it’s",
        "within", "that", "under", "over", "after", "before", "until", "which", "who", "whose", "that's", "that’s",
        "there's", "there’s", "here's", "here’s", "what's", "what’s",
        "can", "could", "will", "would", "should", "may", "might", "must", "have", "has", "had", "do", "does", "did", "no", "not", "pas",
        "est", "sont", "le", "la", "les", "un", "une", "des", "de", "du", "à", "au", "aux", "en", "et", "ou", "avec", "pour", "sur", "par", "que",
        "qui", "notre", "nos", "votre", "leur", "ce", "cette", "ces", "c'est", "c’est", "donc", "alors", "mais", "bon", "ben", "vraiment",
        "quite", "very", "pretty", "too", "rather", "assez", "très", "trop", "plutôt", "into", "from", "onto", "through", "as", "than",
        "dans", "vers", "chez",
        // A subject before its verb: "and we, uh, lost a quarter", "we're, um, pulling lists".
        "we", "i", "they", "he", "she", "you", "on", "nous", "je", "ils", "elles", "il", "elle", "we're", "we’re", "i'm", "i’m",
        "they're", "they’re", "you're", "you’re", "we've", "we’ve", "i've", "i’ve",
        // Verbs whose object follows the filler: "we use, uh, MCS Rental", "we send, er, nothing".
        "use", "uses", "using", "used", "send", "sends", "sent", "need", "needs", "want", "wants", "get", "gets", "got", "call", "called",
        "run", "runs", "utilise", "utilisons", "utilisez", "appelle", "envoie", "envoyons", "faut", "fait",
    ]

    /// French typography, applied once to rendered French text: "de Le"/"de Les"/"à Le"/"à Les" contracted before a
    /// name, "de" elided before a vowel ("d'environ", "d'automatiser"; a y before a vowel is none: « de yoga »), a no-break space (U+00A0) before ":", inside « » and
    /// between a number and its unit ("179 comptes", "15 %", the prospect's own words included), a narrow no-break space (U+202F) before ";", "?"
    /// and "!" (where the prospect typed none as well), a minus sign (U+2212) for negative numbers, no capital after a colon (names in `names` keep theirs).
    public static func frenchTypography(_ text: String, names: [String] = []) -> String {
        var text = text
        let rules: [(String, String)] = [
            (#"\b([Dd])e Les (?=\p{L})"#, "$1es "), (#"\b([Dd])e Le (?=\p{L})"#, "$1u "), (#"\b([Dd])e (?=[aeiouàâäéèêëîïôöùûüAEIOUÀÂÉÈÊÎÔÛ]|[yY](?![aeiouéèê]))(?![Oo]nze\b)"#, "$1'"),
            (#"(\d) ([€%])"#, "$1\u{00A0}$2"), (#"(\d) (?=\p{L})"#, "$1\u{00A0}"), (#"\bn° "#, "n°\u{00A0}"), (#"1ᵉʳ "#, "1ᵉʳ\u{00A0}"),
            (#"(?<!\p{L})à Les (?=\p{L})"#, "aux "), (#"(?<!\p{L})À Les (?=\p{L})"#, "Aux "),
            (#"(?<!\p{L})à Le (?=\p{L})"#, "au "), (#"(?<!\p{L})À Le (?=\p{L})"#, "Au "),
            (#"[ \u00A0\u202F]+:"#, "\u{00A0}:"), (#"«[ \u00A0\u202F]*"#, "«\u{00A0}"), (#"[ \u00A0\u202F]*»"#, "\u{00A0}»"),
            (#"[ \u00A0\u202F]+([;?!])"#, "\u{202F}$1"),
            // A mark typed against its word, as a prospect may type it ("Contraintes: l'AMF"), takes its space too; a
            // time (10:30) or an address (https://) does not.
            (#"(?<=[\p{L}\d)])(:)(?=[ \u00A0\n]|$)"#, "\u{00A0}$1"), (#"(?<=[\p{L}\d)])([;?!])(?=[ \u00A0\n»”)]|$)"#, "\u{202F}$1"), (#"(^|[\s(\u00A0\u202F])-(?=[0-9])"#, "$1\u{2212}"),
        ]
        for (pattern, template) in rules {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        // A capital after a colon becomes lowercase, unless it begins a name from the data or an acronym.
        let capital = try! NSRegularExpression(pattern: #"\u00A0:([ \u00A0*_]+)(\p{Lu})(\p{Ll}[\p{L}'’-]*)"#)
        for match in capital.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let letter = Range(match.range(at: 2), in: text), let rest = Range(match.range(at: 3), in: text) else { continue }
            let word = String(text[letter]) + text[rest]
            if names.contains(where: { $0.contains(word) }) || Self.brands.contains(word) { continue }
            text.replaceSubrange(letter, with: text[letter].lowercased())
        }
        return text
    }

    /// Names of products a French sentence may open on after a colon, which keep their capital.
    private static let brands: Set<String> = ["Gmail", "Outlook", "Google", "Yahoo", "Hotmail", "Apple", "Microsoft", "WhatsApp", "Slack", "Teams",
                                              "Shopify", "Salesforce", "Excel", "Doctolib", "Facebook", "Instagram", "Android", "Zapier"]

    /// A name said after a preposition: in French, a name that begins with a common noun of an institution takes its
    /// article (« pour la Clinique Saint-Éloi », « pour l'Hôtel des Remparts », « pour les Éditions Sillage »); brands,
    /// other names and a name that opens on its own article (« pour Le Petit Comptoir ») stay as written.
    public func named(_ name: String) -> String {
        // A name that opens on its article already (« L'Horlogerie Mercier ») takes no other.
        guard locale == .fr, let first = name.split(separator: " ").first,
              !["Le ", "La ", "Les ", "L'", "L’"].contains(where: { name.hasPrefix($0) }) else { return name }
        func fold(_ word: Substring) -> String { word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let folded = fold(first)
        // « la Grande Épicerie Bio », « le Petit Marché »: an adjective before the noun takes the noun's article.
        let noun = Self.adjectivesBefore.contains(folded) ? name.split(separator: " ").dropFirst().first.map(fold) ?? folded : folded
        // « Station-Service Relais des Chaumes » is known by its first noun.
        let word = Self.institutionsFeminine.contains(noun) || Self.institutionsMasculine.contains(noun) || Self.institutionsPlural.contains(noun)
            ? noun : String(noun.split(separator: "-").first ?? Substring(noun))
        if Self.institutionsPlural.contains(word) { return "les " + name }
        // A shop whose trade ends in « -erie » is feminine: « l'Armurerie », « la Crêperie ».
        if Self.institutionsFeminine.contains(word) || word.hasSuffix("erie") && word.count > 6 { return (Self.elides(folded) ? "l'" : "la ") + name }
        if Self.institutionsMasculine.contains(word) { return (Self.elides(folded) ? "l'" : "le ") + name }
        return name
    }

    /// Adjectives a trade name may put before its noun (« Grande Épicerie », « Petit Marché »).
    private static let adjectivesBefore: Set<String> = ["grand", "grande", "grands", "grandes", "petit", "petite", "petits", "petites",
                                                        "nouveau", "nouvelle", "nouveaux", "nouvelles", "vieux", "vieille", "belle", "bel"]

    private static let institutionsFeminine: Set<String> = [
        "clinique", "banque", "mutuelle", "pharmacie", "librairie", "brasserie", "fromagerie", "epicerie", "ecole",
        "universite", "fondation", "compagnie", "societe", "agence", "association", "federation", "mediatheque", "cave",
        "boulangerie", "imprimerie", "residence", "chambre", "caisse", "cooperative", "salle", "academie", "maternite",
        "mairie", "ville", "region", "manufacture", "communaute", "metropole", "prefecture", "regie",
        "polyclinique", "ligue", "union", "carrosserie", "bijouterie", "mercerie", "boucherie", "charcuterie", "poissonnerie",
        "quincaillerie", "droguerie", "parfumerie", "papeterie", "cremerie", "chocolaterie", "confiserie", "biscuiterie",
        "ferme", "auberge", "boutique", "galerie", "menuiserie", "serrurerie", "blanchisserie", "laverie", "cordonnerie",
        "distillerie", "savonnerie", "horlogerie", "creche", "piscine", "station", "ecurie", "cci", "torrefaction", "miellerie",
        "scierie", "etude", "fonderie", "verrerie", "tonnellerie", "sellerie", "bibliotheque", "patisserie", "coutellerie", "cidrerie",
        "entreprise", "halle", "brocante", "conciergerie", "marque", "concession", "auto-ecole", "assurance",
        "optique", "enseigne", "plateforme", "start-up", "startup", "fiduciaire", "capitainerie", "marina", "vinotheque",
        "pension", "cabane", "sucrerie", "ferronnerie", "miroiterie", "vitrerie", "cuisine",
    ]
    private static let institutionsMasculine: Set<String> = [
        "musee", "lycee", "hotel", "institut", "cabinet", "garage", "college", "conservatoire", "theatre", "centre", "groupe",
        "atelier", "domaine", "restaurant", "cinema", "camping", "chateau", "hopital", "laboratoire", "reseau", "studio", "cfa",
        "office", "syndicat", "conseil", "departement", "crous", "chu", "ehpad", "club", "salon", "comptoir", "bureau", "cercle",
        "moulin", "parc", "village", "espace", "magasin", "comite", "palais", "refuge", "cirque", "golf", "haras", "gymnase",
        "orchestre", "opera", "chantier", "sdis", "ccas", "gite", "zoo", "aquarium", "festival", "bowling", "karting", "spa",
        "marche", "journal", "fournil", "traiteur", "relais", "cafe", "bistrot", "pole", "syndic",
        "service", "groupement", "port", "vignoble", "manoir", "clos", "chai", "cellier", "collectif", "credit",
        "foyer", "hameau",
    ]
    private static let institutionsPlural: Set<String> = [
        "editions", "hotels", "laboratoires", "etablissements", "jardins", "transports", "ateliers", "salles", "opticiens",
        "boutiques", "caves", "magasins", "centres", "lycees", "cliniques", "ecoles", "hopitaux", "pharmacies", "residences",
        "campings", "restaurants", "instituts", "cabinets", "mutuelles", "studios", "thermes", "mediatheques", "bibliotheques",
        "musees", "theatres", "cinemas", "garages", "agences", "domaines", "chateaux", "auto-ecoles", "salons", "creches",
        "assurances", "concessions", "marques", "vins",
        "clubs", "gites", "taxis", "ambulances", "pompes", "chantiers", "ecuries", "vergers", "autocars", "cars",
        "boulangeries", "logiciels", "services", "fromageries", "librairies", "brasseries", "cooperatives",
        "menuiseries", "serrureries", "fonderies", "scieries", "distilleries", "chocolateries", "imprimeries", "carrosseries",
    ]

    private func article(_ noun: Noun, plural: Bool, english: String,
                         french: (masculine: String, feminine: String, elided: String, plural: String)) -> String {
        let word = plural ? self.plural(noun) : noun.singular
        guard locale == .fr else { return "\(english) \(word)" }
        if plural { return french.plural + word }
        if noun.elides ?? Self.elides(word) { return french.elided + word }
        return (noun.gender == .masculine ? french.masculine : french.feminine) + word
    }

    /// First letters that French elides before: vowels, accented or not, and h (taken as mute).
    private static let elidingInitials = Set("aeiouyàâäéèêëîïôöùûüœh".map(String.init))

    /// Whether French elides before `word`. A name with a capital H is taken as aspirated, as brands are (« de HubSpot »),
    /// unless it is a French word with a mute h (« d'Hôtel Bleu », « d'Horizon Santé »).
    static func elides(_ word: String) -> Bool {
        // A y before a vowel is a consonant: « de yoga », but « d'Yves ».
        if word.lowercased().hasPrefix("y"), let next = word.dropFirst().first, "aeiouéèê".contains(next.lowercased()) { return false }
        guard word.hasPrefix("H") else { return elidingInitials.contains(word.prefix(1).lowercased()) }
        let lower = word.lowercased()
        return "ôéèê".contains(lower.dropFirst().prefix(1)) || muteH.contains { lower.hasPrefix($0) }
    }

    /// French stems with a mute h, as names begin with them.
    private static let muteH = ["habit", "harmoni", "herb", "heur", "hist", "hiver", "homme", "horizon", "horlog", "huil", "human", "hygi", "hydr"]

    // MARK: Text

    /// One of `options`, chosen by `stableHash(key)`: the same key always gives the same choice, different keys
    /// spread across the options. No options: "".
    public func vary(_ options: [String], key: String) -> String {
        guard !options.isEmpty else { return "" }
        return options[Int(stableHash(key) % UInt64(options.count))]
    }

    /// The text with its first letter capitalized and the rest unchanged: "équipe" → "Équipe".
    public func capitalizedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// Stable 64-bit FNV-1a hash of a string's UTF-8 (used for variation; never Swift's randomized Hasher).
public func stableHash(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { hash, byte in (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
}
