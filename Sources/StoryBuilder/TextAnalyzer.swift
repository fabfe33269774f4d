import Foundation

/// Turns French or English free text into matching terms: normalized, stop words out, lightly stemmed, synonyms folded.
///
/// Stemming and synonyms work in one language at a time: a French word never folds into an English stem ("SAV" is not "save").
struct TextAnalyzer: Sendable {
    /// A term and the word of the original text it came from.
    struct Term: Equatable {
        var stem: String
        var word: String
    }

    /// A multi-word synonym: its stems in order and the canonical stem of its group.
    private typealias Phrase = (stems: [String], canonical: String)

    /// Per language: stem → canonical stem of its synonym group.
    private let canonical: [NarrativeLocale: [String: String]]
    /// Per language: multi-word synonyms by first stem, longest first.
    private let phrases: [NarrativeLocale: [String: [Phrase]]]

    init(synonyms: Localized<[[String]]>) {
        var canonical: [NarrativeLocale: [String: String]] = [:]
        var phrases: [NarrativeLocale: [String: [Phrase]]] = [:]
        for locale in NarrativeLocale.allCases {
            var singles: [String: String] = [:]
            var multiples: [String: [Phrase]] = [:]
            for group in synonyms[locale] {
                guard let head = group.first.map({ Self.words($0).map { Self.stem($0, locale) }.joined(separator: " ") }), !head.isEmpty
                else { continue }
                for entry in group {
                    let stems = Self.words(entry).filter { !Self.stopWords.contains($0) }.map { Self.stem($0, locale) }
                    if stems.count == 1, singles[stems[0]] == nil { singles[stems[0]] = head }
                    if stems.count > 1 { multiples[stems[0], default: []].append((stems, head)) }
                }
            }
            canonical[locale] = singles
            phrases[locale] = multiples.mapValues { $0.sorted { $0.stems.count > $1.stems.count } }
        }
        self.canonical = canonical
        self.phrases = phrases
    }

    /// The terms of `text` in `locale`, guessed from its stop words when not given.
    /// A run of words that forms a multi-word synonym ("walk away") becomes one term; outside such runs,
    /// generic words ("meeting", "today", "réunion") are left out.
    func terms(_ text: String, locale: NarrativeLocale? = nil) -> [Term] {
        let words = Self.words(text)
        let locale = locale ?? Self.guessLocale(words)
        let kept = words.filter { $0.count > 1 && !Self.stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
        let stems = kept.map { Self.stem($0, locale) }
        let phrases = self.phrases[locale] ?? [:], canonical = self.canonical[locale] ?? [:]
        var terms: [Term] = []
        var used = [Bool](repeating: false, count: stems.count)
        for index in stems.indices where !used[index] {
            if let (phrase, positions) = phrases[stems[index]]?.lazy.compactMap({ phrase in
                Self.positions(of: phrase.stems, in: stems, from: index, used: used).map { (phrase, $0) }
            }).first {
                terms.append(Term(stem: phrase.canonical, word: positions.map { kept[$0] }.joined(separator: " ")))
                for position in positions { used[position] = true }
            } else if !Self.genericWords.contains(kept[index]) {
                terms.append(Term(stem: canonical[stems[index]] ?? stems[index], word: kept[index]))
            }
        }
        return terms
    }

    /// Where a multi-word synonym's stems occur in order from `start`, each within one word of the previous
    /// ("prendre l'outil en main" holds "prendre en main"); nil when they do not.
    private static func positions(of phrase: [String], in stems: [String], from start: Int, used: [Bool]) -> [Int]? {
        var positions = [start]
        for stem in phrase.dropFirst() {
            let last = positions.last!
            guard last + 1 < stems.count,
                  let next = (last + 1...min(last + 2, stems.count - 1)).first(where: { !used[$0] && stems[$0] == stem }) else { return nil }
            positions.append(next)
        }
        return positions
    }

    /// Lowercased, accent-free words; apostrophes split elided articles ("l'attrition" → "l", "attrition").
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
                    current.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    current.append(Unicode.Scalar(value + 0x20)!)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else if let folded = folded[scalar] {
                current.append(contentsOf: folded.unicodeScalars)
            } else if (0x300...0x36F).contains(scalar.value) {
                continue  // a combining accent, folded away
            } else if CharacterSet.alphanumerics.contains(scalar) {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Accented Latin letters of French and its neighbours, lowercased and folded ("É" → "e", "œ" → "oe").
    private static let folded: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"), ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģĜĞĠĢ", "g"),
            ("ĥħĤĦ", "h"), ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺļľŀłĹĻĽĿŁ", "l"), ("ñńņňÑŃŅŇ", "n"),
            ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"), ("śŝşšŚŜŞŠ", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"),
            ("ŵŴ", "w"), ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"), ("œŒ", "oe"), ("æÆ", "ae"), ("ß", "ss"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, base) in groups { for scalar in letters.unicodeScalars { table[scalar] = base } }
        return table
    }()

    /// Whether `text` gives a share: a percent sign, or "percent" said.
    static func saysShare(_ text: String) -> Bool { text.contains("%") || says(["percent", "per cent", "pour cent"], in: text) }

    /// Whether `text` gives a share as a fraction: "one in five", "4 out of 10", "about half never book", « quatre sur dix »,
    /// « la moitié »; not a duration ("about half an hour").
    static func saysFraction(_ text: String) -> Bool {
        fraction.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static let fraction = try! NSRegularExpression(pattern:
        #"(?i)\b(?:(?:\d+|one|un|une|"# + DeclaredMeasure.spelled + #")\s+(?:in|out\s+of|sur)\s+(?:\d+|"# + DeclaredMeasure.spelled + #")|(?:un|une)\s+\p{L}+\s+sur\s+(?:\d+|"# + DeclaredMeasure.spelled + #")|half\s+of|(?:about|roughly|nearly|almost|over|under|only|like)\s+half(?!\s+(?:an?|the|past)\b)|a\s+third\s+of|a\s+quarter\s+of|la\s+moitié|un\s+tiers|un\s+quart)\b"#)

    /// The words of `text` without those of `clauses` said in it.
    static func words(of text: String, without clauses: [String]) -> [String] {
        var words = words(text)
        for clause in clauses.map(Self.words) where !clause.isEmpty {
            while let start = words.indices.first(where: { Expressions.expression(clause, isSaidIn: words, at: $0) }) {
                words.removeSubrange(start..<min(words.count, start + clause.count))
            }
        }
        return words
    }

    /// Whether `text` says one of `expressions`: an expression of several words as the beginning of a run of its words
    /// ("first order"), a single word as the beginning of one of `words` (by default, the text's own).
    static func says(_ expressions: [String], in text: String, words: [String]? = nil) -> Bool {
        Expressions(expressions).said(by: TextAnalyzer.words(text), words: words)
    }

    /// How many of `expressions` `text` says, as ``says(_:in:words:)`` reads them, each spelling counted once ("haven't
    /// ordered" and "haven t ordered" are one).
    static func weight(of expressions: [String], in text: String, words: [String]? = nil) -> Int {
        let spoken = Self.words(text)
        let spellings = Dictionary(expressions.map { ($0.split(separator: "+").map { Self.words(String($0)).joined(separator: " ") }.joined(separator: "+"), $0) },
                                   uniquingKeysWith: { first, _ in first })
        return spellings.values.count { Expressions([$0]).said(by: spoken, words: words) }
    }

    /// The `items` whose expressions (`words`) `text` says, in the order it first says each: the words of an expression
    /// in a row, the last one as the beginning of a word.
    static func inOrderOfMention<Item>(_ items: [Item], in text: String, by words: (Item) -> [String]) -> [Item] {
        let said = " " + Self.words(text).joined(separator: " ")
        let places = items.compactMap { item -> (place: String.Index, item: Item)? in
            words(item).compactMap { said.range(of: " " + Self.words($0).joined(separator: " "))?.lowerBound }.min().map { ($0, item) }
        }
        return places.sorted { $0.place < $1.place }.map(\.item)
    }

    /// Expressions normalized once, for texts checked against them many times.
    struct Expressions: Sendable {
        /// Expressions of one word, each the beginning of a word said.
        private let single: Set<String>
        /// Expressions of several words, by their first word.
        private let byFirstWord: [String: [[String]]]
        /// Expressions written with "+" ("cart+abandon"): the beginnings of words said near each other, in any order.
        private let near: [[String]]
        /// How many words apart the first and last words of a "+" expression may be.
        private static let reach = 5

        init(_ expressions: [String]) {
            let normalized = expressions.filter { !$0.contains("+") }.map(TextAnalyzer.words).filter { !$0.isEmpty }
            single = Set(normalized.filter { $0.count == 1 }.map { $0[0] })
            byFirstWord = Dictionary(grouping: normalized.filter { $0.count > 1 }, by: { $0[0] })
            near = expressions.filter { $0.contains("+") }.map { $0.split(separator: "+").flatMap { TextAnalyzer.words(String($0)) } }
                .filter { !$0.isEmpty }
        }

        /// Whether `spoken` says the normalized `expression` from index `start`: its words in a row, the last one as the
        /// beginning of a word ("afternoons" says "afternoon"), unless it is the one letter an apostrophe leaves ("can t"
        /// is not "can tell").
        static func expression(_ expression: [String], isSaidIn spoken: [String], at start: Int) -> Bool {
            !expression.isEmpty && spoken.count >= start + expression.count && expression.indices.allSatisfy { j in
                j == expression.count - 1 && expression[j].count > 1 ? spoken[start + j].hasPrefix(expression[j]) : spoken[start + j] == expression[j]
            }
        }

        /// Whether a text of words `spoken` says one of them, as ``TextAnalyzer/says(_:in:words:)`` reads it: the words
        /// of an expression in a row, the last one as the beginning of a word; those of a "+" expression, each as the
        /// beginning of a word, within a few words of each other.
        ///
        /// Expressions are looked up by the words said, not tried one by one: a word's beginnings against those of one
        /// word, a word against the first words of the others.
        func said(by spoken: [String], words: [String]? = nil) -> Bool {
            (!single.isEmpty && (words ?? spoken).contains { word in
                var beginning = ""
                return word.contains { character in
                    beginning.append(character)
                    return single.contains(beginning)
                }
            }) || spoken.indices.contains { start in
                byFirstWord[spoken[start]]?.contains { Self.expression($0, isSaidIn: spoken, at: start) } ?? false
            } || near.contains { parts in
                spoken.indices.contains { start in
                    spoken[start].hasPrefix(parts[0]) && parts.dropFirst().allSatisfy { part in
                        spoken[max(0, start - Self.reach)...min(spoken.count - 1, start + Self.reach)].contains { $0.hasPrefix(part) }
                    }
                }
            }
        }
    }

    /// The sentences of a text, split at full stops, question and exclamation marks and line breaks, each with the mark
    /// that ends it (none for a last sentence left open); empty ones are left out.
    static func marked(_ text: String) -> [(sentence: String, mark: Character?)] {
        // Bytes find the marks without walking the text's characters.
        var sentences: [(sentence: String, mark: Character?)] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        // Three dots end a sentence once, as "…" ("c'est... c'est pas" stays a hesitation when quoted).
        var dots: String.UTF8View.Index?
        let dot = UInt8(ascii: ".")
        for index in bytes.indices where sentenceMarks.contains(bytes[index]) && !inWord(bytes, at: index) {
            let next = bytes.index(after: index)
            if bytes[index] == dot, next < bytes.endIndex, bytes[next] == dot {
                dots = dots ?? index
                continue
            }
            // A question they quote goes on in its sentence: "our calls are just "any news?". If clients…".
            if quotedWithin(bytes, markAt: index) { continue }
            // An abbreviation's full stop is its own as well as the sentence's: "no texts after nine p.m."
            let abbreviated = dots == nil && bytes[index] == dot && index > bytes.index(start, offsetBy: 2, limitedBy: index) ?? index
                && bytes[bytes.index(index, offsetBy: -2)] == dot
            let end = abbreviated ? next : dots ?? index
            let mark: Character = dots != nil ? "…" : Character(Unicode.Scalar(bytes[index]))
            if start < end { sentences.append((String(text[start..<end]), mark)) }
            dots = nil
            start = next
        }
        if start < bytes.endIndex { sentences.append((String(text[start...]), nil)) }
        return sentences
    }

    /// Whether the full stop at `index` belongs to a word rather than ending a sentence: a letter or digit follows it
    /// ("Booking.com", "1.3"), or it closes an abbreviation of single letters ("8 a.m. or after", "e.g. this").
    private static func inWord(_ bytes: String.UTF8View, at index: String.UTF8View.Index) -> Bool {
        guard bytes[index] == UInt8(ascii: ".") else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) }
        let next = bytes.index(after: index)
        if next < bytes.endIndex, isAlphanumeric(bytes[next]) { return true }
        guard index > bytes.startIndex, bytes.index(before: index) > bytes.startIndex else { return false }
        let letter = bytes.index(before: index)
        guard isAlphanumeric(bytes[letter]) && bytes[bytes.index(before: letter)] == UInt8(ascii: ".") else { return false }
        // "…no texts after 9 p.m. When could we be live?": a time's "p.m." before a capital ends its sentence.
        let dot = bytes.index(before: letter)
        guard bytes[letter] == UInt8(ascii: "m"), dot > bytes.startIndex, Set("ap".utf8).contains(bytes[bytes.index(before: dot)]),
              next < bytes.endIndex, bytes[next] == UInt8(ascii: " ") else { return true }
        let following = bytes.index(after: next)
        return !(following < bytes.endIndex && (65...90).contains(bytes[following]))
    }

    /// Whether the mark at `index` ends words quoted within a sentence that goes on: a closing quotation mark follows it,
    /// then a mark of punctuation or a word in lower case.
    private static func quotedWithin(_ bytes: String.UTF8View, markAt index: String.UTF8View.Index) -> Bool {
        let after = bytes.index(after: index)
        guard let closing = closingQuotes.first(where: { bytes[after...].starts(with: $0) }) else { return false }
        let next = bytes.index(after, offsetBy: closing.count)
        guard next < bytes.endIndex else { return false }
        if closingFollowers.contains(bytes[next]) { return true }
        let following = bytes.index(after: next)
        return bytes[next] == 0x20 && following < bytes.endIndex && (97...122).contains(bytes[following])
    }

    /// Closing quotation marks in UTF-8: `"`, `’` or `”` at once; `»` after a space, as French sets it.
    private static let closingQuotes: [[UInt8]] = [[0x22], [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x9D], [0xC2, 0xBB], [0x20, 0xC2, 0xBB],
                                                   [0xC2, 0xA0, 0xC2, 0xBB], [0xE2, 0x80, 0xAF, 0xC2, 0xBB]]
    /// Marks after a closing quotation mark that go on with the sentence.
    private static let closingFollowers = Set(".,;:".utf8)

    /// `text` without the hedges said between commas ("drops by, I don't know, thirty percent", « baisse de, je sais pas,
    /// trente pour cent »), so that what they hedge reads as one clause.
    static func unhedged(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?i),\s*(?:je (?:ne )?sais pas|j['’]sais pas|chais pas|disons|on va dire|say|let['’]s say|i don['’]t know|i dunno|what|quoi|genre|like|you know|tu vois|vous voyez)\s*,\s*"#,
                                  with: " ", options: .regularExpression)
    }

    /// The bytes that end a sentence, and those that end a clause: all ASCII.
    private static let sentenceMarks = Set(".!?\n".utf8)
    private static let clauseMarks = Set(",;:.!?()\n".utf8)

    /// The sentences of a text, split at full stops, question and exclamation marks.
    static func sentences(_ text: String) -> [String] { marked(text).map(\.sentence) }

    /// `text` without what it quotes ("'Your session is Tuesday at 6. Reply 1 to confirm.'"): a message they give as an
    /// example sets no meeting and gives no figure of theirs.
    static func unquoted(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?:(?<![\p{L}])['‘][^'’\n]{3,80}?['’](?=[\s.,;:!?]|$)|"[^"]*"|“[^”]*”|«[^»]*»)"#, with: "", options: .regularExpression)
    }

    /// The sentences of a text that end in a question mark.
    static func questions(_ text: String) -> [String] { marked(text).filter { $0.mark == "?" }.map(\.sentence) }

    /// Whether `words` hold one of `markers` (each a run of normalized words, grouped by its first word) in a row: a
    /// sentence about the call or the speaker ("sorry I'm late", "pour vous situer") rather than the business.
    static func contains(_ words: [String], anyOf markers: [String: [[String]]]) -> Bool {
        words.indices.contains { start in
            markers[words[start]]?.contains { marker in
                start + marker.count <= words.count && words[start..<start + marker.count].elementsEqual(marker)
            } ?? false
        }
    }

    /// `markers` grouped by their first word, for ``contains(_:anyOf:)``; empty ones are left out.
    static func byFirstWord(_ markers: [[String]]) -> [String: [[String]]] {
        Dictionary(grouping: markers.filter { !$0.isEmpty }, by: { $0[0] })
    }

    /// The clauses of a text: split at punctuation and at "but", "mais" and their kin, so a negation stays in its clause.
    static func clauses(_ text: String) -> [String] {
        var clauses: [String] = []
        var current: [Substring] = []
        for bytes in text.utf8.split(whereSeparator: clauseMarks.contains) {
            let words = Substring(bytes).split(separator: " ", omittingEmptySubsequences: true)
            for (index, word) in words.enumerated() {
                let folded = fold(word)
                let constraint = constraints.contains(folded) && index + 1 < words.count && constraintVerbs.contains(fold(words[index + 1]))
                if clauseBreaks.contains(folded) || constraint, !current.isEmpty {
                    clauses.append(current.joined(separator: " "))
                    current = []
                }
                current.append(word)
            }
            if !current.isEmpty { clauses.append(current.joined(separator: " ")) }
            current = []
        }
        return clauses
    }

    /// Whether a clause sets its subject aside: a negation together with a word of concern
    /// ("not worried about churn", "n'est pas notre problème", "not a priority"). A negation alone often states the
    /// problem itself ("customers never come back", "ne renouvellent pas"), so it does not count.
    static func setsAside(_ clause: String) -> Bool {
        let words = words(clause)
        // "…without hurting the experience", "…sans augmenter le budget": a constraint, not a goal.
        if constraintObject(clause) != nil { return true }
        // "Our problem is we don't have a single view" states a lack, not a concern denied.
        if lacking.said(by: words) { return false }
        return words.contains(where: negations.contains) && words.contains(where: concerns.contains) || pursuitsDenied.said(by: words)
    }

    /// What a prospect says they are not after: "we're not after more sign-ups", « on ne court pas après le volume ».
    private static let pursuitsDenied = Expressions(["not after", "aren t after", "isn t after", "not chasing", "aren t chasing",
                                                     "court pas apres", "courons pas apres", "ne courent pas apres"])

    /// How a clause announces what is lacking: "our problem is we don't have…", « le souci, c'est qu'on n'a pas… ».
    private static let lacking = Expressions(["problem is we", "problem is that", "problem is our", "problem is there", "issue is we", "issue is that",
                                               "issue is our", "issue is there", "probleme c est qu", "probleme est qu", "souci c est qu",
                                               "souci est qu", "difficulte c est qu"])

    /// Whether a clause holds a negation ("we don't have Google Meet", « on n'a pas Google Meet »).
    static func negates(_ clause: String) -> Bool { words(clause).contains(where: negations.contains) }

    /// The clauses of `text` that hold no negation: what the prospect asks for or has, not what they turn down.
    static func affirmed(_ text: String) -> [String] { clauses(text).filter { !negates($0) } }

    /// Whether a clause says its subject is already in hand ("our peaks are fine", « ça, on sait gérer », « c'est pas la
    /// question »): what it names is set aside, not pursued.
    static func settles(_ clause: String) -> Bool {
        let said = words(clause)
        // « ça marche pas » is the problem, not a thing in hand.
        return settled.said(by: said) && !zip(said, said.dropFirst()).contains { ["marche", "marchent", "fonctionne", "fonctionnent"].contains($0) && ["pas", "plus"].contains($1) }
    }

    /// Whether a clause turns from what was set aside to what is wanted ("but the problem is…", « par contre »).
    static func turns(_ clause: String) -> Bool { turning.said(by: Array(words(clause).prefix(3))) }

    private static let turning = Expressions(["but", "however", "though", "what", "the problem", "the issue", "mais", "par contre", "en revanche",
                                              "le probleme", "le souci", "ce qui", "ce qu"])

    private static let settled = Expressions([
        "is fine", "are fine", "works fine", "work fine", "works well", "work well", "is handled", "are handled", "we can handle",
        "know how to handle", "got that covered", "got it covered", "under control", "not the question", "isn't the question",
        "not the point", "isn't the point", "is sorted", "are sorted",
        "on sait gerer", "on sait faire", "on maitrise", "c'est regle", "deja regle", "already sorted", "c'est valide", "pas la question", "sous controle",
        "fonctionne bien", "fonctionnent bien", "marche bien", "marchent bien", "se passe bien", "se passent bien",
        "already have that", "already have it", "already have one", "already in place", "already covered", "already handled",
        "not where i need help", "not where we need help", "on les a deja", "on l'a deja", "deja en place", "c'est deja fait",
        "pas la qu'il faut", "ca tourne bien", "leave it alone", "leave that alone", "leave them alone", "don't touch", "do not touch",
        "not looking to change", "not looking to replace", "we're happy with", "we are happy with", "we're happy with it",
        "on n'y touche pas", "on ne touche pas", "pas touche", "on ne change pas", "pas question de changer", "on en est content",
        "on en est contents", "on en est satisfait", "ca nous convient", "actually fine", "perfectly fine", "nobody's complaining",
        "no one's complaining", "personne ne se plaint", "that's fine", "it's fine", "they're fine", "that's sorted", "that works",
        "ca marche", "ca fonctionne", "touche pas a ca", "c'est bon", "actually do well", "do really well", "does really well", "perform well", "don't want to break",
        "do not want to break", "won't touch", "that's staying", "is staying", "are staying", "veut pas y toucher", "veux pas y toucher",
        "ne pas y toucher", "ne pas toucher", "that stays", "it stays", "very attached to it", "ca reste", "on le garde",
    ])

    /// What a constraint clause protects, without its "without hurting" / "sans augmenter": the words that name the goal
    /// set aside. Nil for any other clause.
    static func constraintObject(_ clause: String) -> String? {
        let parts = clause.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, constraints.contains(fold(parts[0])), constraintVerbs.contains(fold(parts[1])) else { return nil }
        return parts.dropFirst(2).joined(separator: " ")
    }

    private static func fold(_ word: Substring) -> String { word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : words(String(word)).joined() }

    private static let constraints: Set<String> = ["without", "sans"]
    /// Verbs that make "without …" a constraint on another goal rather than part of the problem ("sans prévenir").
    private static let constraintVerbs: Set<String> = [
        "hurting", "harming", "increasing", "adding", "raising", "affecting", "impacting", "compromising", "sacrificing", "growing",
        "augmenter", "alourdir", "degrader", "nuire", "toucher", "sacrifier", "impacter", "ajouter", "rajouter", "gonfler",
    ]

    private static let clauseBreaks: Set<String> = [
        "but", "however", "although", "though", "whereas", "mais", "cependant", "pourtant", "tandis",
    ]
    private static let negations: Set<String> = [
        "not", "no", "never", "nor", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "ne", "n", "pas", "jamais", "aucun",
        "aucune", "ni",
    ]
    private static let concerns: Set<String> = [
        "worried", "worry", "worries", "concern", "concerned", "concerns", "problem", "problems", "issue", "issues", "priority",
        "priorities", "focus", "focused", "care", "interested", "bothered", "inquiet", "inquiete", "inquiets", "inquietes",
        "inquiete", "inquietent", "probleme", "problemes", "souci", "soucis", "priorite", "priorites", "preoccupe",
        "preoccupent", "preoccupation", "soucie", "soucient", "soucions", "souciez", "interesse", "interesses", "sujet", "enjeu",
        // What they are not after: "we're not trying to cut costs", « on ne cherche pas à réduire les coûts ».
        "trying", "aiming", "cherche", "cherchons", "visons",
    ]

    /// French when the words hold more French than English stop words, else English.
    static func guessLocale(_ words: [String]) -> NarrativeLocale {
        let french = words.filter(frenchStopWords.contains).count
        let english = words.filter(englishStopWords.contains).count
        return french > english ? .fr : .en
    }

    /// A light suffix-stripping stemmer: enough to fold plurals, verb endings and common derivations.
    static func stem(_ word: String, _ locale: NarrativeLocale) -> String {
        let suffixes = locale == .en ? englishSuffixes : frenchSuffixes
        for suffix in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let englishSuffixes = [
        "ational", "ization", "fulness", "ousness", "iveness", "ations", "ation", "ments", "ement", "ment", "ness", "ings",
        "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s", "e", "y",
    ]
    private static let frenchSuffixes = [
        "issements", "issement", "atrices", "ateurs", "ations", "ements", "atrice", "ateur", "ation", "ement", "ments", "ment",
        "ences", "ence", "ites", "ite", "ives", "ive", "ifs", "if", "euses", "euse", "eux", "iques", "ique", "ions", "ees",
        "ee", "er", "es", "ez", "e", "s", "x",
    ]

    private static let englishStopWords: Set<String> = [
        "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
        "do", "does", "for", "from", "get", "got", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "keep", "let", "like", "lot", "lots", "me", "more", "most", "much", "my", "need", "needs", "no", "not", "of",
        "on", "one", "or", "our", "ours", "out", "really", "so", "some", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "too", "up", "us", "very", "want", "wants", "was", "we", "were",
        "what", "when", "which", "while", "who", "why", "will", "with", "would", "you", "your", "year", "years", "every",
        "each", "other", "new", "way", "make", "sure", "without", "over", "them", "still", "even", "next", "last", "right",
    ]
    private static let frenchStopWords: Set<String> = [
        "a", "ai", "au", "aux", "avec", "avoir", "besoin", "c", "ca", "ce", "ces", "cet", "cette", "d", "dans", "de", "des",
        "du", "elle", "en", "est", "et", "etre", "faire", "faut", "il", "ils", "j", "je", "l", "la", "le", "les", "leur",
        "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "n", "ne", "nos", "notre", "nous", "on", "ont", "ou",
        "par", "pas", "plus", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "ta", "te",
        "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "tres", "tu", "un", "une", "vos", "votre", "vous", "y",
        "veut", "voulons", "voudrions", "aimerions", "souhaitons", "chaque", "annee", "an", "ans", "bien", "aussi", "donc",
        "comme", "sans", "encore", "fait", "font", "va", "vont", "etait", "sommes", "avons", "avez", "etes", "peu", "trop",
    ]
    static let stopWords = englishStopWords.union(frenchStopWords)

    /// Words that say nothing about a goal on their own: time, meeting and office talk, common verbs, vague modifiers,
    /// and the teams and products every prospect mentions. They still count inside a multi-word synonym.
    private static let genericWords: Set<String> = [
        // Numbers, said as words: how many sites or minutes a prospect has says nothing of their goal ("one" and « un »
        // stay: "one record per customer").
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands", "deux", "trois", "quatre",
        "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt", "trente", "quarante", "cinquante",
        "soixante", "cent", "cents", "mille",
        "after", "before", "again", "always", "never", "during", "since", "until", "per", "both", "because", "only",
        "ever", "here", "where", "now", "already", "yet", "soon", "today", "tomorrow", "yesterday", "tonight",
        "morning", "afternoon", "evening", "week", "weeks", "weekend", "month", "months", "day", "days", "minute",
        "minutes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "think", "thought",
        "know", "knew", "knows", "say", "said", "says", "tell", "told", "see", "saw", "seen", "look", "looks",
        "looking", "try", "trying", "tried", "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came",
        "take", "takes", "taking", "took", "taken", "give", "gives", "gave", "put", "puts", "find", "finds", "found",
        "seem", "seems", "seemed", "based", "ok", "okay", "yes", "yeah", "thanks", "thank", "hello", "hi", "please", "sorry",
        "late", "meeting", "meetings", "agenda", "point", "points", "slide", "slides", "screen", "camera", "office",
        "offices", "headquarters", "room", "lunch", "coffee", "colleague", "colleagues", "boss", "someone", "somebody",
        "everyone", "everybody", "anyone", "anybody", "nobody", "nothing", "something", "everything", "thing", "things",
        "stuff", "bit", "kind", "sort", "quite", "actually", "probably", "maybe", "perhaps", "currently", "current",
        "few", "several", "many", "whole", "quick", "quickly", "fast", "faster", "must", "should", "might", "may",
        "shall", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "hasn", "haven", "hadn", "couldn",
        "wouldn", "shouldn", "ll", "ve", "re", "lets", "able", "marketing", "team", "teams", "company", "platform",
        "platforms", "solution", "solutions", "system", "systems", "app", "application", "applications",
        "apres", "avant", "pendant", "depuis", "durant", "jusqu", "lors", "toujours", "jamais", "deja", "aujourd",
        "hui", "demain", "hier", "matin", "soir", "soiree", "semaine", "semaines", "mois", "jour", "jours", "journee",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "entre", "chez", "sous", "vers",
        "contre", "selon", "chacun", "chacune", "quelque", "quelques", "plusieurs", "autre", "autres", "meme", "memes",
        "ceux", "celle", "celles", "celui", "cela", "ceci", "dont", "quand", "comment", "pourquoi", "ici", "alors",
        "puis", "ensuite", "enfin", "vraiment", "surtout", "assez", "beaucoup", "tellement", "peut", "peux", "pouvons",
        "pouvez", "peuvent", "pourrait", "pourrions", "pourriez", "pourraient", "doit", "dois", "devons", "devez",
        "doivent", "devrait", "devrions", "voudrait", "voudrais", "voulez", "veulent", "veux", "vouloir", "as", "avait",
        "avaient", "aurait", "auraient", "aura", "eu", "etais", "etaient", "ete", "sera", "seront", "serait",
        "seraient", "soit", "sois", "fais", "faisons", "faites", "fasse", "fassent", "vais", "allons", "allez", "suis",
        "es", "dit", "dire", "disent", "dis", "pense", "pensons", "penser", "pensez", "sais", "savons", "savez",
        "savoir", "voir", "vois", "voyons", "voit", "merci", "bonjour", "bonsoir", "salut", "desole", "desolee",
        "desoles", "excusez", "excuse", "pardon", "retard", "reunion", "reunions", "rendez", "ordre", "diapo", "diapos",
        "ecran", "micro", "bureau", "bureaux", "siege", "locaux", "collegue", "collegues", "propose", "proposer",
        "proposons", "commencer", "commence", "commencons", "quelqu", "chose", "choses", "truc", "trucs", "gens",
        "personne", "actuel", "actuelle", "actuellement", "rapide", "rapides", "rapidement", "vite", "equipe",
        "equipes", "entreprise", "plateforme", "plateformes",
    ]
}
