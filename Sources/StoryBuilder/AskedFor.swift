import Foundation

/// What the prospect asked us to set up, item by item, in their words: "What I'd like is a text reminder two days before
/// and the morning of, with a reply to confirm, and if they cancel, offer the slot to people on a cancellation list"
/// lists "a text reminder two days before and the morning of, with a reply to confirm" and "if they cancel, offer the
/// slot…". The sentences that carry the ask on ("Then, forty-eight hours before, a WhatsApp with their check-in details")
/// are items too. The brief lists each, so that none of the mechanics they described is lost in the quote.
struct AskedFor: Sendable {
    /// The items asked for, and the sentences of the quote they come from, which the quote then leaves out.
    struct Asked: Equatable {
        var items: [String] = []
        /// The sentences the items say whole, which the quote leaves out.
        var sentences: [String] = []
        /// The sentences whose ask comes after words of their own, with those words: the quote keeps them alone
        /// (« Les retours de matériel, les clients oublient la date, on veut un SMS la veille » keeps « Les retours de
        /// matériel, les clients oublient la date »).
        var openings: [String: String] = [:]
        /// The sentences that announced the items ("Two things."), which the quote leaves out with them.
        var announcements: [String] = []
        /// Whether they numbered the items ("One, … Two, …"): each is a need of its own, not a step of one journey.
        var numbered = false
        /// Whether the items say all that was said: the quote then says them, and no list does.
        var whole = false

        /// The items without those that state a target ("descendre sous les 8 % avec des rappels par SMS", "spend less on
        /// SMS") or stand on a pronoun (« les relancer au bon moment »): what they aim for is theirs to measure, not a thing
        /// we would set up; the quote keeps the sentence that says it.
        func withoutTargets() -> Asked {
            let targets = items.filter { item in
                let words = TextAnalyzer.words(item)
                guard let first = words.first else { return false }
                return Self.aiming.contains(first) && TextAnalyzer.saysShare(item)
                    || Self.spending.contains(first) && words.contains(where: Self.less.contains)
                    // « Les relancer au bon moment », "offer it to someone else" say nothing without the sentence that names
                    // whom or what.
                    || Self.pronouns.contains(first) && words.dropFirst().first.map { $0.hasSuffix("er") || $0.hasSuffix("ir") || $0.hasSuffix("re") } == true
                    || words.dropFirst().first.map(Self.englishPronouns.contains) == true
            }
            guard !targets.isEmpty else { return self }
            var asked = self
            asked.items = items.filter { !targets.contains($0) }
            asked.sentences = sentences.filter { sentence in
                !targets.contains { sentence.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }
            if asked.items.isEmpty { asked.whole = false }
            return asked
        }

        /// Words that open a clause saying when or on what condition ("when", « quand », « lorsque »).
        static let subordinating: Set<String> = ["when", "whenever", "if", "once", "quand", "lorsque", "lorsqu", "si"]

        /// Verbs of spending, and the words that make one an aim: "spend less", « dépenser moins ».
        private static let spending: Set<String> = ["spend", "pay", "depenser", "payer", "cut", "reduce", "reduire", "baisser"]
        private static let less: Set<String> = ["less", "fewer", "moins"]
        /// Object pronouns that open an item on a verb, in French, or follow its verb, in English.
        private static let pronouns: Set<String> = ["les", "le", "la", "l", "leur", "lui"]
        private static let englishPronouns: Set<String> = ["it", "them"]
        /// Verbs that open an aim ("descendre sous les 8 %", "get it to 35%"); a share said otherwise is where they stand.
        private static let aiming: Set<String> = ["descendre", "passer", "atteindre", "arriver", "monter", "remonter", "baisser", "reduire",
                                                  "augmenter", "get", "reach", "bring", "cut", "reduce", "halve", "hit", "raise", "lift"]

        private static let butNot = #",\s+(?:but|mais)\s+(?:nothing|no|not|never|none|without|rien|pas|jamais|sans|surtout|aucun|aucune)\b"#

        /// The items without the conditions listed apart, each cut where one begins ("Standby notices when a trial is
        /// cancelled, from the jury management system, plain messages…" lists "Standby notices when a trial is cancelled").
        func without(_ conditions: [String]) -> Asked {
            var asked = self
            asked.items = items.compactMap { item in
                let said = item.replacingOccurrences(of: "’", with: "'")
                // What they rule out after "but" ("reminders, but nothing salesy") is a condition too, listed or answered.
                let ruledOut = said.range(of: Self.butNot, options: [.regularExpression, .caseInsensitive])?.lowerBound
                let cut = (conditions.compactMap { said.range(of: $0.replacingOccurrences(of: "’", with: "'"), options: [.caseInsensitive, .diacriticInsensitive])?.lowerBound }
                    + [ruledOut].compactMap { $0 }).min()
                guard let cut else { return item }
                // "…crosses their target, and it has to be fast", "…with notes and tasks, so nobody has to re-ask": the item
                // ends before the word that joined the condition.
                let kept = String(said[..<cut]).replacingOccurrences(of: #"(?i)[\s,;:—]*(?:\b(?:and|or|but|so|because|honestly|frankly|et|ou|mais|donc|car|franchement|honnêtement|enfin)\b[\s,;:—]*)*$"#, with: "",
                                                                     options: .regularExpression)
                return TextAnalyzer.words(kept).count >= 3 ? kept : nil
            }
            return asked
        }
    }

    /// An ask (one of the catalogue's `asks`), compiled once for every brief.
    private let opener: NSRegularExpression?
    /// Words of things a brief can set up (a text, a reminder, a link, « une relance »), normalized: an item names one, as
    /// a whole word ("form" is not "formalise").
    private let things: [[String]]
    /// What opens a sentence carrying an ask on ("then", « ensuite »), with the comma after it.
    private let following: NSRegularExpression?
    /// What numbers an item ("One,", "Second thing", « Et deuxième truc »): a sentence opening on it, that names a thing,
    /// is an item wherever it comes, even after a sentence that says something else.
    private let ordinal: NSRegularExpression?
    /// Words that set a message in time ("before", « la veille »): a sentence after an ask that names a thing and says one
    /// carries the ask on.
    private let timing: [String]
    /// Words that announce asks to come ("two things", « deux sujets »).
    private let announcing: [String]

    /// - Parameters:
    ///   - openers: how an ask opens, "we'd like", « on voudrait ».
    ///   - things: what an item must name to be one (`asked.things` in each phrase book).
    ///   - following: what opens a sentence that carries the ask on (`asked.following`).
    ///   - timing: what sets a message in time (`asked.timing`).
    ///   - announcing: what announces asks to come (`asked.announcing`).
    ///   - ordinals: what numbers an item (`asked.ordinals`); each opens a sentence carrying the ask on as well.
    init(openers: [String], things: [String], following: [String] = [], timing: [String] = [], announcing: [String] = [], ordinals: [String] = []) {
        self.announcing = announcing
        opener = Self.expression(openers).flatMap { try? NSRegularExpression(pattern: #"(?i)(?<![\p{L}'])(?:"# + $0 + #")(?![\p{L}])"#) }
        func opening(_ words: [String]) -> NSRegularExpression? {
            Self.expression(words).flatMap { try? NSRegularExpression(pattern: #"(?i)^\s*(?:(?:and|so|et|donc|alors|du coup)[\s,]+)?(?:"# + $0 + #")(?![\p{L}])[\s,]*"#) }
        }
        self.following = opening(following + ordinals)
        ordinal = opening(ordinals)
        self.things = things.map(TextAnalyzer.words).filter { !$0.isEmpty }
        self.timing = timing
    }

    /// `said` without the number that opens it ("Two, push has to respect quiet hours" → "Push has to respect quiet
    /// hours"): a condition they numbered among their asks is listed as said, and no item.
    func unnumbered(_ said: String) -> String {
        guard let ordinal, let range = ordinal.firstMatch(in: said, range: NSRange(said.startIndex..., in: said)).flatMap({ Range($0.range, in: said) }),
              range.upperBound < said.endIndex else { return said }
        let rest = said[range.upperBound...]
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }

    /// The items of every ask in `quote` that is no question, as quoted, capitalized, up to `limit`: from after its opener
    /// to the end of its sentence, parted where a new item begins (", and", ", plus", "; ", a comma before "a"/« un »),
    /// then each sentence after it that carries it on. An item names one of `things` (a part that names none stays with
    /// the item before it), has three words or more, and says none of `besides` (the colleagues they bring). An ask whose
    /// items leave most of it unsaid stays in the quote; one said after words of its own leaves them there. A
    /// sentence that announces asks ("Two things I'd like.", « Par contre, deux choses. ») opens a list of items.
    /// `call`, the words as said, shows the sentences opening on "so" (« donc »), which the quote drops.
    func asked(in quote: String, call: String = "", besides: [String], limit: Int = 6) -> Asked {
        guard let opener else { return Asked() }
        // "So reminders, first service at six weeks", « Donc des rappels de paiement »: what a sentence opening on "so"
        // names, with no clause of its own, is asked for too; it is known in the quote by its first words.
        let implied = Set(TextAnalyzer.sentences(call.replacingOccurrences(of: "’", with: "'")).compactMap { sentence -> [String]? in
            guard names(sentence), let match = Self.implied.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
                  let range = Range(match.range, in: sentence) else { return nil }
            return Self.opening(String(sentence[range.upperBound...]))
        })
        var asked = Asked()
        var carrying = false
        // Sentences that announce the items ("Two things.", "First, maintenance.") go from the quote with the first of them.
        var announced: [String] = []
        // Whether a numbered sentence still waits for the item it announced.
        var numbering = false
        // A numbered sentence that names no thing ("Deux, le renouvellement des adhésions, on en perd 40 %"): its own item,
        // unless a later sentence names the thing before the next number.
        var waiting: (item: String, sentence: String)?
        /// `item`, said in `sentence`, is listed; the quote leaves the sentence out.
        func take(_ item: String, from sentence: String, numbered: Bool) {
            asked.items.append(item)
            asked.sentences.append(sentence)
            asked.numbered = asked.numbered || numbered
            carrying = true
            numbering = false
            waiting = nil
        }
        func flush() {
            guard let (item, sentence) = waiting else { return }
            take(item, from: sentence, numbered: true)
        }
        for (sentence, mark) in TextAnalyzer.marked(quote) {
            if numbers(sentence) { flush() }
            guard mark != "?" else { carrying = false; continue }
            let source = sentence.replacingOccurrences(of: "’", with: "'")
            let whole = NSRange(source.startIndex..., in: source)
            // A sentence after a cut ("(…) First, a text…") opens where the cut ends.
            let uncut = source.range(of: #"^\s*\(…\)\s*"#, options: .regularExpression)?.upperBound ?? source.startIndex
            let start = source[uncut...].firstIndex { !$0.isWhitespace } ?? source.startIndex
            let range = opener.firstMatch(in: source, range: whole).flatMap { Range($0.range, in: source) }
                ?? (implied.contains(Self.opening(source)) ? start..<start : nil)
            guard let range else {
                // A numbered sentence that names nothing we would send ("Deux, le pass saison.") announces its item: the
                // next sentence that names one is it, past what they say between.
                let numbered = numbers(sentence)
                if carrying || numbered || numbering, let item = carriedOn(sentence, besides: besides, naming: numbered || numbering) {
                    take(item, from: sentence, numbered: numbered || numbering)
                    asked.announcements += announced
                    announced = []
                } else {
                    carrying = announces(sentence)
                    numbering = numbering || numbered
                    if numbered { waiting = carriedOn(sentence, besides: besides).map { ($0, sentence) } }
                    if carrying || numbered && waiting == nil { announced.append(sentence) }
                }
                continue
            }
            let after = String(source[range.upperBound...])
            let rest = aimless(Self.lead.stringByReplacingMatches(in: after, range: NSRange(after.startIndex..., in: after), withTemplate: ""))
            // « On veut surtout pas de relances », "we want no discount codes": a wish denied is a condition, not an ask.
            if let first = TextAnalyzer.words(rest).first(where: { !Self.stressing.contains($0) }), Self.refusing.contains(first) { continue }
            var said = items(of: rest, besides: besides)
            // « J'aimerais que les clients puissent réserver », « Ce que je voudrais, c'est que les clients puissent… » list
            // « Que les clients puissent réserver »: the subjunctive keeps the « que » that governs it.
            let asking = String(source[range]) + after
            if let first = said.first, let at = asking.range(of: String(first.prefix(12)), options: [.caseInsensitive, .diacriticInsensitive]),
               asking[..<at.lowerBound].range(of: #"(?i)\bqu(?:e\s+|')$"#, options: .regularExpression) != nil {
                let lower = first.prefix(1).lowercased() + first.dropFirst()
                said[0] = (LocaleGrammar.elides(lower) ? "Qu'" : "Que ") + lower
            }
            // "And then end of season, re-registration, we get back seventy percent, I'd love eighty-five": an ask that
            // names only their target carries the list on with the words before it; the target is the measure's.
            // "So one, a monthly email per owner": items they number are needs of their own.
            if !said.isEmpty, numbers(rest) { asked.numbered = true }
            // « Donc une séquence de mails, à J7, J21, et on voudrait descendre sous huit pour cent »: what they name before
            // their target is the item, after a "so" too.
            if said.isEmpty, carrying || implied.contains(Self.opening(source)), DeclaredMeasure.givesFigure(rest) {
                let before = String(sentence.prefix(source.distance(from: source.startIndex, to: range.lowerBound)))
                let cut = Self.trailing.stringByReplacingMatches(in: before, range: NSRange(before.startIndex..., in: before), withTemplate: "")
                if let item = carriedOn(cut, besides: besides, naming: !carrying) {
                    take(item, from: sentence, numbered: false)
                    continue
                }
            }
            // "Two, document chasing, when we need updated ID": a numbered sentence whose ask names nothing is the item whole.
            if said.isEmpty, numbers(sentence), let item = carriedOn(sentence, besides: besides, naming: true) {
                take(item, from: sentence, numbered: true)
                continue
            }
            // "Two things I'd like." announces what follows, as does an ask that names nothing yet: « Ce qu'on voudrait,
            // c'est pas du tout du marketing. C'est pour les familles : un SMS… ».
            carrying = said.isEmpty && TextAnalyzer.words(rest).count <= Self.unnamed
            let covered = said.map { TextAnalyzer.words($0).count }.reduce(0, +)
            guard !said.isEmpty, Double(covered) >= Condition.covering * Double(TextAnalyzer.words(rest).count) else { continue }
            let opening = source[..<range.lowerBound]
            // "Quand un train est supprimé, on veut prévenir…": a clause that sets when is half of the ask's sentence; the
            // quote keeps it whole and lists nothing apart.
            if TextAnalyzer.words(String(opening)).first.map(Asked.subordinating.contains) == true { continue }
            if TextAnalyzer.words(String(opening)).filter({ !Self.framing.contains($0) }).count > Self.before {
                // Their own words before the ask stay in the quote, as said.
                let kept = String(sentence.prefix(opening.count))
                asked.openings[sentence] = Self.trailing.stringByReplacingMatches(in: kept, range: NSRange(kept.startIndex..., in: kept), withTemplate: "")
            } else {
                asked.sentences.append(sentence)
            }
            asked.items += said
            carrying = true
            numbering = false
            waiting = nil
        }
        flush()
        asked.whole = Set(TextAnalyzer.sentences(quote)).subtracting(asked.sentences).isEmpty
        // Items are found in words whose apostrophes are straight; they are printed with the brief's. How many people an item
        // goes to (« …aux clients qui ont la carte, on en a à peu près mille quatre cents ») is no part of it.
        // A filler that opens an item ("Like, reminders at five and a half months") is no part of it.
        asked.items = asked.items.map {
            let item = Self.aside.stringByReplacingMatches(in: $0, range: NSRange($0.startIndex..., in: $0), withTemplate: "").replacingOccurrences(of: "'", with: "\u{2019}")
                .replacingOccurrences(of: #"^(?i:(?:like|so|um|uh|basically|genre|euh|du coup|bon)[\s,]+)+(?=\p{L})"#, with: "", options: .regularExpression)
            return item.prefix(1).uppercased() + item.dropFirst()
        }
        guard asked.items.count > limit else { return asked }
        // Too many items read as a transcript, not a list: the quote says them.
        return Asked()
    }

    /// `ask` without a wish of their own that follows it and names nothing we would send: "…, book now, and we'd love
    /// to get a third of returning clients booked" is their aim, not part of the item.
    private func aimless(_ ask: String) -> String {
        guard let opener else { return ask }
        for match in opener.matches(in: ask, range: NSRange(ask.startIndex..., in: ask)) {
            guard let range = Range(match.range, in: ask), range.lowerBound > ask.startIndex,
                  ask[..<range.lowerBound].range(of: #",\s*(?:and\s+|et\s+)?$"#, options: .regularExpression) != nil,
                  !names(String(ask[range.lowerBound...])) else { continue }
            return ask[..<range.lowerBound].replacingOccurrences(of: #"[,\s]*(?:and|et)?\s*$"#, with: "", options: .regularExpression)
        }
        return ask
    }

    /// The items of `text`, the part of an ask after its opener.
    private func items(of text: String, besides: [String]) -> [String] {
        var items: [String] = []
        var pending = ""
        var joint = ""
        let parts = Self.parts(of: text)
        for (index, (said, next)) in parts.enumerated() {
            defer { joint = next }
            let part = said.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;:")))
            guard !part.isEmpty else { continue }
            let sequence = Self.sequence.contains(joint.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ","))).lowercased())
            if let last = items.indices.last, sequence {
                // "A recall campaign, text first, then an email, then flag them for a call": the steps of one item.
                items[last] += joint + part
            } else if let last = items.indices.last, Self.alternative.firstMatch(in: part, range: NSRange(part.startIndex..., in: part)) != nil {
                // "…reminders by email, and maybe SMS, a week and a day before it closes" is one item with another channel.
                items[last] += joint + part
            } else if let last = items.indices.last, pending.isEmpty, joint.trimmingCharacters(in: .whitespaces) == ",",
                      TextAnalyzer.words(items[last]).filter({ !Self.fillers.contains($0) }).count <= Self.apposed {
                // "Replenishment reminders, basically, an email when we reckon they're running low": the part says what
                // the short item before it is.
                items[last] += joint + part
            } else if names(part) {
                items.append(pending + part)
                pending = ""
            } else if let last = items.indices.last {
                // "…, et si ça rejette, un SMS le jour même": a condition said just before the item it sets goes with it.
                if next.trimmingCharacters(in: .whitespaces) == ",", index + 1 < parts.count, names(parts[index + 1].part),
                   Self.conditional.firstMatch(in: part, range: NSRange(part.startIndex..., in: part)) != nil {
                    pending += part + next
                    continue
                }
                // A part that names nothing we would send goes on about the item before it ("…, and if they reply YES we
                // call them back").
                items[last] += joint + part
            } else if !DeclaredMeasure.givesFigure(part) || TextAnalyzer.words(part).count > Self.figureWords {
                pending += part + next
            }
        }
        return items.compactMap { said in
            // "One, a recall campaign": the number is the list's, not the item's.
            let item = ordinal.flatMap { ordinal in
                ordinal.firstMatch(in: said, range: NSRange(said.startIndex..., in: said)).flatMap { Range($0.range, in: said) }.map { String(said[$0.upperBound...]) }
            } ?? said
            let words = TextAnalyzer.words(item)
            guard words.count >= 3, let first = words.first, !Self.pointing.contains(first), !TextAnalyzer.says(besides, in: item) else { return nil }
            return item.prefix(1).uppercased() + item.dropFirst()
        }
    }

    /// `sentence` as an item, where it carries the ask before it on: it opens with `following` ("Then a second one when
    /// it's ready"), or names a thing and sets it in time ("Five days before, an email with upgrades"); where nothing
    /// carries it (`naming`), it must name a thing. Its opener is left out.
    private func carriedOn(_ said: String, besides: [String], naming: Bool = false) -> String? {
        // A sentence after a cut ("(…) Two, practical stuff") opens where the cut ends.
        let sentence = said.replacingOccurrences(of: GoalMatcher.elision, with: "").trimmingCharacters(in: .whitespaces)
        let whole = NSRange(sentence.startIndex..., in: sentence)
        let opening = following?.firstMatch(in: sentence, range: whole).flatMap { Range($0.range, in: sentence) }
        let timed = names(sentence)
            && (TextAnalyzer.says(timing, in: sentence) || Self.dayCount.firstMatch(in: sentence, range: whole) != nil)
        guard opening != nil || timed || naming && names(sentence), !TextAnalyzer.says(besides, in: sentence) else { return nil }
        var carried = String(sentence[(opening?.upperBound ?? sentence.startIndex)...])
        // "Blades should be swapped every 100 hours, and the mower knows its hours, so push plus email at 90 hours": a long
        // reason before "so" that names nothing we would send is no part of the item; a short one sets it in context
        // ("Tournament entries come in last minute, so reminders…").
        if let so = carried.range(of: #",\s*(?:so|donc)\s+"#, options: [.regularExpression, .backwards]),
           TextAnalyzer.words(String(carried[..<so.lowerBound])).count > Self.reason,
           !names(String(carried[..<so.lowerBound])), names(String(carried[so.upperBound...])) {
            carried = String(carried[so.upperBound...])
        }
        let item = Self.joining.stringByReplacingMatches(in: carried, range: NSRange(carried.startIndex..., in: carried), withTemplate: "")
        // "First one is the cut-off" names the need, not what we would send.
        let count = TextAnalyzer.words(item).count
        guard count >= 3, !naming && count > Self.named || names(item) else { return nil }
        return item.prefix(1).uppercased() + item.dropFirst()
    }

    /// Whether `sentence` opens on what numbers an item ("Two, pre-order sequences…").
    private func numbers(_ sentence: String) -> Bool {
        let said = sentence.replacingOccurrences(of: GoalMatcher.elision, with: "")
        return ordinal?.firstMatch(in: said, range: NSRange(said.startIndex..., in: said)) != nil
    }

    /// How many words an item carried on has at most where it names nothing we would send, and is no item.
    private static let named = 5

    /// `phrases` as one alternation, the longest first; nil for none.
    private static func expression(_ phrases: [String]) -> String? {
        phrases.isEmpty ? nil : phrases.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
    }

    /// A word that joins a sentence to the one before it ("And", « Et »), which an item does not open with.
    private static let joining = try! NSRegularExpression(pattern: #"^[\s,]*(?:(?:and|so|et|donc|alors)(?![\p{L}])[\s,]*)?"#, options: [.caseInsensitive])

    /// Whether `sentence`, a short one, announces asks to come: "Two things really.", « Deux sujets. »
    private func announces(_ sentence: String) -> Bool {
        TextAnalyzer.words(sentence).count <= Self.announcement && TextAnalyzer.says(announcing, in: sentence)
    }

    /// How many words an ask that names nothing we would send has at most, for the sentences after it to carry it on.
    private static let unnamed = 12

    /// How many words a reason before an item may have and still be said with it.
    private static let reason = 8

    /// How many words an announcement has at most.
    private static let announcement = 8

    /// Whether `text` names one of `things`, word for word.
    func names(_ text: String) -> Bool {
        let words = TextAnalyzer.words(text)
        return things.contains { thing in
            words.indices.contains { start in start + thing.count <= words.count && words[start..<start + thing.count].elementsEqual(thing) }
        }
    }

    /// How many words a figure said before an item has at most ("one point four, so messages when…"): it is their target,
    /// not part of the item.
    private static let figureWords = 4

    /// How many words an item has at most where a part after a comma says what it is.
    private static let apposed = 3

    /// How many first words know a sentence of the call in the quote.
    private static let known = 4

    /// The first words of `text` that know it, fillers left out as the quote leaves them ("so, uh, a push…").
    private static func opening(_ text: String) -> [String] {
        Array(TextAnalyzer.words(text).filter { !fillers.contains($0) }.prefix(known))
    }

    /// Fillers of speech, which the quote leaves out.
    private static let fillers: Set<String> = ["um", "uh", "er", "erm", "em", "euh", "hmm", "genre", "like", "basically"]

    /// "So" opening a sentence on what it names rather than on a clause ("So we send…").
    private static let implied = try! NSRegularExpression(pattern:
        #"(?i)^\s*(?:(?:and|et|bon|euh|um)[\s,]+)*(?:so|donc)(?![\p{L}])[\s,]*+(?!(?:we|i|they|it|that|this|there|you|he|she|what|if|when|basically|on|nous|ils|elles|je|j'|c'|ça|ca|il|elle|vous|si|quand|en gros|people|customers|clients|patients|users|members|les gens|nos clients)(?![\p{L}]))"#)

    /// What joins words of their own to the ask after them: ", and so", « , donc ».
    private static let trailing = try! NSRegularExpression(pattern: #"(?i)[\s,;:—]*(?:(?<![\p{L}])(?:and|so|then|really|basically|actually|honestly|mainly|et|donc|alors|du coup|en fait|franchement|surtout|bref)[\s,]*)*$"#)

    /// Words that open a wish denied, and those that may stress it first.
    private static let refusing: Set<String> = ["pas", "no", "not", "never", "jamais", "aucun", "aucune", "rien", "nothing", "none", "ni"]
    private static let stressing: Set<String> = ["surtout", "vraiment", "absolument", "really", "absolutely", "definitely", "certainly"]

    /// Words that only frame an ask ("what I'd like is", « ce que je voudrais, c'est que »): an opening of them alone says
    /// nothing the quote should keep.
    private static let framing: Set<String> = ["ce", "que", "qu", "c", "est", "je", "j", "moi", "nous", "on", "voudrais", "voudrait",
                                               "aimerais", "aimerait", "what", "i", "d", "we", "like", "want", "is", "that", "really", "et",
                                               "and", "so", "donc", "alors", "bon", "euh", "um", "uh"]

    /// How many words may come before an ask in its sentence ("So, um, honestly"): more say something the quote keeps.
    private static let before = 3

    /// A day counted from the date that matters: « J-15 », "D+2".
    private static let dayCount = try! NSRegularExpression(pattern: #"(?<![\p{L}])[JD]\s?[-+−]\s?\d"#)

    /// What comes between an opener and the thing asked for: "is", "to have", « de », « qu'on ait ».
    private static let lead = try! NSRegularExpression(pattern: #"^[\s,]*(?:(?:(?:is|was|to have|to get|to see(?!\s+(?:who|which|what|when|how|where|if|whether)\b)|to|for|also|just|simply|really|c'est que|c'est|ce serait|de|aussi|juste|simplement|vraiment|simple\s*:|easy\s*:)(?![\p{L}'])|c'est qu'|d'(?!abord\b))\s*,?\s*)*"#, options: [.caseInsensitive])

    /// A count said after an item, of whom it goes to: ", on en a à peu près mille quatre cents", ", we've got about 900".
    private static let aside = try! NSRegularExpression(pattern:
        #"(?i),\s*(?:on en a|il y en a|we have|we've got|we got|there are)\s+(?:(?:à peu près|environ|genre|about|around|like|roughly)\s+)?(?:\d[\d\s,.]*|(?:"#
            + DeclaredMeasure.spelled + #"|un|une|one|a|cent|cents|mille|hundred|thousand)(?:[\s-]+(?:"# + DeclaredMeasure.spelled + #"|and|et|cent|cents|mille|hundred|thousand))*)\s*$"#)

    /// What opens a condition said before the item it sets: "if it bounces", « si ça rejette ».
    private static let conditional = try! NSRegularExpression(pattern: #"(?i)^(?:and\s+|et\s+)?(?:if|si|when|quand|once|dès\s+que|dès\s+qu')(?![\p{L}])"#)

    /// What joins the steps of one item: ", then", « , puis ».
    private static let sequence: Set<String> = ["then", "puis", "ensuite", "et puis"]

    /// What opens a part that offers another way of doing the item before it: "maybe", « peut-être ».
    private static let alternative = try! NSRegularExpression(pattern: #"(?i)^(?:maybe|perhaps|possibly|or|or else|peut-être|peut être|éventuellement|ou|ou bien|voire)(?![\p{L}])"#)

    /// Words that open no item of their own: what they point to is elsewhere ("it digital", « que notre directeur… »).
    private static let pointing: Set<String> = ["it", "that", "this", "them", "those", "que", "qu", "ca", "cela"]

    /// Where one item ends and the next begins.
    private static let parting = try! NSRegularExpression(pattern: #"\s*(?:,\s*(?:and then|and|plus|then|so|et puis|et|puis|ainsi que|donc),?\s+|;\s*|,\s+(?=(?:a|an|un|une)\s))"#,
                                                           options: [.caseInsensitive])

    /// `text` cut where one item ends and the next begins, each part with the joint that follows it.
    private static func parts(of text: String) -> [(part: String, joint: String)] {
        var parts: [(String, String)] = []
        var start = text.startIndex
        for match in parting.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            parts.append((String(text[start..<range.lowerBound]), String(text[range])))
            start = range.upperBound
        }
        return parts + [(String(text[start...]), "")]
    }
}
