import Foundation

/// A goal recognized in a prospect's words, with the words that evidence it.
public struct GoalMatch: Sendable, Codable, Equatable {
    public var id: String
    public var score: Double
    public var evidence: [String]
}

/// Matches free text in French or English to catalogue goals: a ``GoalClassifier`` learned from the catalogue's labelled
/// examples and each goal's title and phrasings decides which goals a statement states; BM25 over the catalogue's own
/// vocabulary finds what a prospect sets aside or protects, and the words that evidence each goal.
///
/// A goal counts when its probability reaches the ``GoalCatalogue/Learned`` threshold and its share of the best goal's;
/// where none does, BM25's best goal may, when the examples do not rule it out.
/// BM25 scores each goal as one document (title and phrasings in both languages, synonyms folded) whose terms are tagged
/// with their language; a word of the statement also matches the other language's vocabulary when it is spelled the same
/// there ("CRM", "churn"), so shared words count while false friends do not. Weak words ("customers", "down") count only
/// beside a word of the goal's own.
public struct GoalMatcher: Sendable {
    public var threshold: Double
    public var relative: Double
    private let learned: GoalCatalogue.Learned
    private let analyzer: TextAnalyzer
    private let classifier: GoalClassifier
    private let goals: [String]
    /// Per goal: term in its language → frequency.
    private let frequencies: [[Key: Int]]
    /// Per language: word of the goal vocabulary (phrasings and one-word synonyms) → its stem.
    private let spellings: [NarrativeLocale: [String: String]]
    /// The weak words of both languages, normalized: a word spelled alike in both matches both vocabularies, so it is
    /// weak if weak in either ("temps").
    private let weak: Set<String>
    private let talk: Talk
    /// How a prospect says what they want, in either language ("we want", « on veut »).
    private let wants: TextAnalyzer.Expressions
    /// Per goal, the words of each of its readings that name it on their own (``GoalCatalogue/Reading/decides``), by the
    /// reading's title: a reading two goals share names the one the examples prefer.
    private let decisive: [[(title: String, expressions: TextAnalyzer.Expressions)]]
    /// Per goal, the expressions of its readings (those of two words or more, "messages in app"): a statement that says
    /// one supports the goal as its own words would.
    private let owned: [TextAnalyzer.Expressions]
    private let lengths: [Double]
    private let averageLength: Double
    private let k1 = 1.2, b = 0.5

    /// A stem in one language: French and English stems never fold together.
    private struct Key: Hashable {
        var locale: NarrativeLocale
        var stem: String
    }

    public init(catalogue: GoalCatalogue) {
        threshold = catalogue.matching?.threshold ?? 2.2
        relative = catalogue.matching?.relative ?? 0.45
        wants = TextAnalyzer.Expressions(NarrativeLocale.allCases.flatMap { catalogue.matching?.asks?[$0] ?? [] })
        let analyzer = TextAnalyzer(synonyms: catalogue.synonyms)
        var spellings: [NarrativeLocale: [String: String]] = [:]
        frequencies = catalogue.goals.map { goal in
            var counts: [Key: Int] = [:]
            for locale in NarrativeLocale.allCases {
                for text in [goal.title[locale]] + goal.phrasings[locale] {
                    for term in analyzer.terms(text, locale: locale) {
                        counts[Key(locale: locale, stem: term.stem), default: 0] += 1
                        if !term.word.contains(" ") { spellings[locale, default: [:]][term.word] = term.stem }
                    }
                }
            }
            return counts
        }
        for locale in NarrativeLocale.allCases {
            for entry in catalogue.synonyms[locale].joined() {
                let terms = analyzer.terms(entry, locale: locale)
                if terms.count == 1, let term = terms.first, !term.word.contains(" ") {
                    spellings[locale, default: [:]][term.word] = term.stem
                }
            }
        }
        self.analyzer = analyzer
        self.spellings = spellings
        learned = catalogue.matching?.learned ?? GoalCatalogue.Learned(threshold: 0.4, relative: 0.7, floor: 0.3)
        let phrasings = catalogue.goals.flatMap { goal in
            NarrativeLocale.allCases.flatMap { locale in
                ([goal.title[locale]] + goal.phrasings[locale]).map { GoalClassifier.Example(text: $0, locale: locale, goals: [goal.id]) }
            }
        }
        let talk = Talk(catalogue.matching, asks: wants, requirements: (catalogue.outside ?? []).filter { $0.apart == true }.flatMap(\.words),
                        requests: (catalogue.requests ?? []).flatMap(\.words))
        // An example is learned from as it is matched: what it pursues, without asides or what it sets aside.
        let wants = self.wants
        let examples = (catalogue.examples ?? []).map { example in
            GoalClassifier.Example(text: Self.split(talk.business(example.text), wants: wants).pursued.joined(separator: ". "), locale: example.locale,
                                   goals: Set(example.goals))
        }
        // Synonyms fold words the examples tell apart: the classifier reads the words as said.
        classifier = GoalClassifier(goals: catalogue.goals.map(\.id), examples: phrasings + examples,
                                    analyzer: TextAnalyzer(synonyms: Localized(en: [], fr: [])))
        self.talk = talk
        decisive = catalogue.goals.map { goal in
            (goal.readings ?? []).compactMap { reading in reading.decides.map { (reading.title.en, TextAnalyzer.Expressions($0)) } }
        }
        owned = catalogue.goals.map { goal in
            TextAnalyzer.Expressions((goal.readings ?? []).flatMap { $0.words.filter { $0.contains(" ") || $0.contains("+") } })
        }
        weak = Set(NarrativeLocale.allCases.flatMap { catalogue.matching?.weak?[$0] ?? [] }.flatMap(TextAnalyzer.words))
        goals = catalogue.goals.map(\.id)
        lengths = frequencies.map { Double($0.values.reduce(0, +)) }
        averageLength = max(1, lengths.reduce(0, +) / Double(max(lengths.count, 1)))
    }

    /// Goals the text speaks of, best first; empty when it speaks of none. A goal the prospect sets aside in a clause of
    /// its own ("we are not worried about churn", "le churn n'est pas notre problème") is left out, whatever else is said.
    public func match(_ text: String) -> [GoalMatch] {
        let (business, aside, required) = talk.split(text)
        // Where talk about the call makes up most of what was said, a need takes two words of its own to count; a
        // requirement ("hosted in the UK") is no talk about the call.
        let mostlyTalk = aside.count - required.count >= business.count
        let text = business.joined(separator: ". ")
        let locale = TextAnalyzer.guessLocale(TextAnalyzer.words(text))
        let (kept, setAside) = Self.split(text, wants: wants) { names($0, locale: locale) }
        var excluded = Set<Int>()
        for clause in setAside {
            let (scores, _, _) = score(TextAnalyzer.constraintObject(clause) ?? clause, locale: locale)
            if let best = scores.max(), best > 0 {
                excluded.formUnion(scores.indices.filter { scores[$0] >= relative * best })
            }
        }
        let said = kept.joined(separator: ". ")
        // A reading's own words name its goal whatever the examples say ("our cards expire and payments fail"), even where
        // another need of that goal was set aside: "cart abandonment isn't our issue (…) get app users into the stores".
        let spoken = TextAnalyzer.words(said)
        let learnt = classifier.probabilities(said, locale: locale)
        let named = self.named(by: spoken, likelihood: learnt)
        excluded.subtract(named)
        let (scores, evidence, strength) = score(said, locale: locale)
        let probabilities = learnt.enumerated().map { excluded.contains($0) ? 0 : $1 }
        guard let best = probabilities.max(), best >= learned.threshold || !named.isEmpty else {
            // Where the examples are unsure, the catalogue's own vocabulary may name one goal: BM25's best, over its
            // threshold with words of its own, if the examples give it at least `floor` ("new users take too long to
            // adopt the product").
            guard let g = goals.indices.filter({ !excluded.contains($0) }).max(by: { scores[$0] < scores[$1] }),
                  scores[g] >= threshold, strength[g] > (mostlyTalk ? 2 : 1), probabilities[g] >= learned.floor else { return [] }
            return [GoalMatch(id: goals[g], score: (probabilities[g] * 100).rounded() / 100, evidence: evidence[g].sorted())]
        }
        // Beside a need named in a reading's own words, another takes as much as one none of whose words is said.
        let bar = learned.unsupported ?? learned.threshold
        let namedIDs = Set(named.map { goals[$0] })
        // A need named where they say what they want ("on voudrait une fiche unique") comes before one named in passing.
        let wished = TextAnalyzer.sentences(said).filter { wants.said(by: TextAnalyzer.words($0)) }.flatMap { TextAnalyzer.words($0) }
        let wishedIDs = Set(self.named(by: wished, likelihood: learnt).map { goals[$0] })
        return goals.indices.filter { g in
            named.contains(g) || probabilities[g] >= learned.threshold && probabilities[g] >= learned.relative * best && (!mostlyTalk || strength[g] > 1)
                && (strength[g] > 0 || owned[g].said(by: spoken) || probabilities[g] >= bar) && (named.isEmpty || probabilities[g] >= bar)
        }.map { g in
            GoalMatch(id: goals[g], score: (probabilities[g] * 100).rounded() / 100,
                      evidence: Set(evidence[g] + classifier.evidence(said, locale: locale, goal: g)).sorted())
        }
        // A need named in a reading's own words comes first, one named in what they want before all.
        .sorted { a, b in
            let (wishA, wishB) = (wishedIDs.contains(a.id), wishedIDs.contains(b.id))
            let (namesA, namesB) = (namedIDs.contains(a.id), namedIDs.contains(b.id))
            return wishA != wishB ? wishA : namesA != namesB ? namesA : a.score != b.score ? a.score > b.score : a.id < b.id
        }
    }

    /// The goals a reading's own expressions name in `spoken`; where two goals share the reading (abandoned carts, under
    /// automation and under revenue), the one the examples find likelier.
    private func named(by spoken: [String], likelihood: [Double]) -> [Int] {
        let said = goals.indices.map { g in Set(decisive[g].filter { $0.expressions.said(by: spoken) }.map(\.title)) }
        return goals.indices.filter { g in
            !said[g].isEmpty && said[g].contains { title in
                !goals.indices.contains { other in other != g && said[other].contains(title) && likelihood[other] > likelihood[g] }
            }
        }
    }

    /// Goals the prospect protects rather than pursues ("…without hurting our customers' experience", "sans augmenter le
    /// budget"), best first: what the brief must not give up, said with the reading.
    public func constraints(_ text: String) -> [String] {
        let text = talk.business(text)
        let locale = TextAnalyzer.guessLocale(TextAnalyzer.words(text))
        var found: [String] = []
        for clause in TextAnalyzer.clauses(text) {
            guard let object = TextAnalyzer.constraintObject(clause) else { continue }
            let (scores, _, strength) = score(object, locale: locale)
            if let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= threshold, strength[best] > 0, !found.contains(goals[best]) {
                found.append(goals[best])
            }
        }
        return found
    }

    /// What `text` says, sorted once: the sentences that speak of the business; those about the call, the speaker or
    /// our terms; among them, those that state no requirement; and `text` as a brief quotes it, without talk about the
    /// call or the speaker, "(…)" where it was (as said when it holds no such sentence, or nothing else; a requirement,
    /// "hosted in France", and what they ask of our terms or ask us to send, "do you sign a BAA?", are quoted).
    func parts(_ text: String) -> (business: String, aside: String, logistics: String, quoted: String) {
        let (business, aside, required) = talk.split(text)
        let terms = aside.filter { sentence in
            let words = TextAnalyzer.words(sentence)
            return talk.terms.said(by: words) || talk.requests.said(by: words) || talk.asksIntegration(sentence) || talk.worries.said(by: words)
        }
        return (business.joined(separator: ". "), aside.joined(separator: ". "), aside.filter { !required.contains($0) }.joined(separator: ". "),
                Self.quoted(text, keeping: Set(business + required + terms)))
    }

    /// The mark of words left out of a quote, set apart as an editor marks a cut (the speaker's own "…" is theirs).
    static let elision = "(…)"

    /// `text` with only its sentences in `kept`, "(…)" where others were; as said when all or none are kept.
    static func quoted(_ text: String, keeping kept: Set<String>) -> String {
        let sentences = TextAnalyzer.marked(text)
        guard !kept.isEmpty, sentences.contains(where: { !kept.contains($0.sentence) }) else { return text }
        var quoted: [String] = []
        for (sentence, mark) in sentences {
            let said = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
            if kept.contains(sentence) {
                // A space said before "?" or "!" stays, for French typography to make it a no-break one.
                let spaced = sentence.last?.isWhitespace == true && (mark == "?" || mark == "!")
                quoted.append(said + (spaced ? " " : "") + (mark.map { $0 == "\n" ? "" : String($0) } ?? ""))
            } else if !said.isEmpty, quoted.last != elision {
                quoted.append(elision)
            }
        }
        // A cut next to one the quote already held ("(…) (…)") is one cut; a quotation mark that closes what they quoted
        // after its sentence's mark goes back against it ("check the portal.’ We’re on…").
        return quoted.joined(separator: " ").replacingOccurrences(of: elision + " " + elision, with: elision)
            .replacingOccurrences(of: #"(?<=[.?!…])\s+(["’”'])(?=\s|$|[,;:])"#, with: "$1", options: .regularExpression)
    }

    /// What `text` pursues: its clauses without those that set something aside ("Salesforce stays, don't touch it").
    func pursued(_ text: String) -> String {
        let locale = TextAnalyzer.guessLocale(TextAnalyzer.words(text))
        return Self.split(text, wants: wants, names: { names($0, locale: locale) }).pursued.joined(separator: ". ")
    }

    /// Whether a clause names a goal of its own, over the threshold with words of its own.
    private func names(_ clause: String, locale: NarrativeLocale) -> Bool {
        let (scores, _, strength) = score(clause, locale: locale)
        return scores.indices.contains { scores[$0] >= threshold && strength[$0] > 0 }
    }

    /// Whether `text` asks about our terms (price, contract, trial) in a question of its own.
    func asksAboutTerms(_ text: String) -> Bool { TextAnalyzer.questions(text).contains(where: talk.asksTerms) }

    /// The clauses of `text` that pursue something, and those that set something aside: a concern denied ("not worried
    /// about churn"), protected ("without hurting the experience") or in hand ("our peaks are fine"). A clause that says
    /// something is in hand without naming it (`names` says whether it does) sets aside what its sentence said before it:
    /// « Les pics de Noël, ça, on sait gérer »; what they said they want stays pursued: « On veut remplir les salles en
    /// semaine, le week-end ça marche déjà ».
    private static func split(_ text: String, wants: TextAnalyzer.Expressions, names: (String) -> Bool = { _ in true })
        -> (pursued: [String], setAside: [String]) {
        var split: (pursued: [String], setAside: [String]) = ([], [])
        for sentence in TextAnalyzer.sentences(text) {
            var before: [String] = []
            // What follows a thing said to be in hand, in its sentence, goes on about it ("c'est réglé, Doctolib les fait
            // et on a peu de lapins"), until the sentence turns to what they want ("but…", « par contre »).
            var settledBefore = false
            // What the sentence said before, but what they said they want.
            func setAsideBefore() {
                let wanted = before.filter { wants.said(by: TextAnalyzer.words($0)) }
                (split.setAside, before) = (split.setAside + before.filter { !wanted.contains($0) }, wanted)
            }
            for clause in TextAnalyzer.clauses(sentence) {
                if TextAnalyzer.turns(clause) { settledBefore = false }
                if TextAnalyzer.setsAside(clause) {
                    // A concern denied without its name denies what its sentence named before it: « Le churn, ce n'est pas
                    // notre sujet ».
                    if TextAnalyzer.constraintObject(clause) == nil, !names(clause) { setAsideBefore() }
                    split.setAside.append(clause)
                } else if TextAnalyzer.settles(clause) {
                    if !names(clause) { setAsideBefore() }
                    split.setAside.append(clause)
                    settledBefore = true
                } else if settledBefore {
                    split.setAside.append(clause)
                } else {
                    before.append(clause)
                }
            }
            split.pursued += before
        }
        return split
    }

    /// Talk that states no goal: about the call, the speaker, or our terms (``GoalCatalogue/MatchingSettings``), in both
    /// languages, normalized: a statement may mix them.
    private struct Talk: Sendable {
        /// Aside expressions, normalized, by their first word.
        let aside: [String: [[String]]]
        let terms: TextAnalyzer.Expressions
        let roles: TextAnalyzer.Expressions
        let tenure: TextAnalyzer.Expressions
        /// Words of a requirement said apart from any need ("hosted in France").
        let requirements: TextAnalyzer.Expressions
        /// Words that ask us to send something (the deck, references): a sentence that holds them is quoted.
        let requests: TextAnalyzer.Expressions
        let reasons = TextAnalyzer.Expressions(["because", "since", "as we", "parce que", "parce qu", "car", "vu que", "puisque"])
        /// Words of a worry about what it costs or binds them to, and of money.
        let worries = TextAnalyzer.Expressions(["worried about", "worry about", "concerned about", "my main concern", "main concern", "can t justify",
                                                "can t afford", "not signing", "won t sign", "too expensive", "want to be locked", "won t be locked", "not be locked",
                                                "fixed price", "flat fee", "inquiet", "inquiete", "trop cher", "pas les moyens", "peux pas justifier",
                                                "signerai pas", "signe pas", "prix fixe", "gratuit ou presque", "sans engagement"])
        let money = TextAnalyzer.Expressions(["a month", "per month", "a year", "per year", "par mois", "par an", "euros", "dollars", "pounds",
                                              "grand", "quid", "budget", "cost", "coute", "contract", "contrat", "prix", "price", "tarif"])
        /// Words of a wish: a sentence that says what they want is about the business, whatever it adds about price.
        let asks: TextAnalyzer.Expressions
        let volumes = TextAnalyzer.Expressions(["contacts", "subscribers", "emails", "messages", "sms", "sends", "seats", "users", "abonnes",
                                                "envois", "mails", "utilisateurs", "licences", "postes"])

        init(_ settings: GoalCatalogue.MatchingSettings?, asks: TextAnalyzer.Expressions, requirements: [String] = [], requests: [String] = []) {
            self.asks = asks
            self.requirements = TextAnalyzer.Expressions(requirements)
            self.requests = TextAnalyzer.Expressions(requests)
            aside = TextAnalyzer.byFirstWord(NarrativeLocale.allCases.flatMap { settings?.aside?[$0] ?? [] }.map(TextAnalyzer.words))
            terms = TextAnalyzer.Expressions(NarrativeLocale.allCases.flatMap { settings?.terms?[$0] ?? [] })
            roles = TextAnalyzer.Expressions(NarrativeLocale.allCases.flatMap { settings?.roles?[$0] ?? [] })
            tenure = TextAnalyzer.Expressions(NarrativeLocale.allCases.flatMap { settings?.tenure?[$0] ?? [] })
        }

        /// The sentences of `text` that speak of the business.
        func business(_ text: String) -> String { split(text).business.joined(separator: ". ") }

        /// The sentences of `text` that speak of the business; those about the call, the speaker or our terms; and,
        /// among the latter, those that state a requirement.
        func split(_ text: String) -> (business: [String], aside: [String], required: [String]) {
            // A question on our terms, or on how we connect to their systems ("do you get the in-store history from
            // Lightspeed, or only the contacts?"), asks about us, not for a need.
            let asked = text.contains("?") ? Set(TextAnalyzer.questions(text).filter { asksTerms($0) || asksIntegration($0) }
                .map { $0.trimmingCharacters(in: .whitespaces) }) : []
            // A sentence that gives the reason for a question about our terms ("Because we send very little") or the volume
            // it prices ("We have about 120,000 contacts") is part of it.
            var afterTerms = false
            var (business, apart, required): ([String], [String], [String]) = ([], [], [])
            for sentence in TextAnalyzer.sentences(text) {
                let words = TextAnalyzer.words(sentence)
                let requirement = requirements.said(by: words)
                if requirement { required.append(sentence) }
                // A worry voiced about price or commitment ("I can't justify five hundred a month") asks for our terms too.
                let questioned = !asked.isEmpty && asked.contains(sentence.trimmingCharacters(in: .whitespaces))
                let terms = questioned || afterTerms && (reasons.said(by: Array(words.prefix(2))) || volume(words))
                    || worries.said(by: words) && (self.terms.said(by: words) || money.said(by: words)) && !asks.said(by: words)
                afterTerms = terms
                if questioned, asks.said(by: words), !TextAnalyzer.contains(words, anyOf: aside) {
                    // A wish before a question on our terms is a need all the same: « On voudrait réactiver les donateurs
                    // qui n'ont rien donné, est-ce que vous avez un tarif associatif ? »
                    apart.append(sentence)
                    let clauses = TextAnalyzer.clauses(sentence).filter { !self.terms.said(by: TextAnalyzer.words($0)) }
                    if !clauses.isEmpty { business.append(clauses.joined(separator: ", ")) }
                } else if TextAnalyzer.contains(words, anyOf: aside) || terms || roles.said(by: words) && tenure.said(by: words) {
                    apart.append(sentence)
                } else if requirement {
                    // A requirement states no goal; the clauses beside it may ("We want a journey from signup to install,
                    // and it has to plug into Salesforce").
                    apart.append(sentence)
                    let clauses = TextAnalyzer.clauses(sentence).filter { !requirements.said(by: TextAnalyzer.words($0)) }
                    if !clauses.isEmpty { business.append(clauses.joined(separator: ", ")) }
                } else {
                    business.append(sentence)
                }
            }
            return (business, apart, required)
        }

        /// Whether a short sentence gives a volume our prices count ("We have about 120,000 contacts").
        func volume(_ words: [String]) -> Bool {
            words.count <= 12 && words.contains { $0.first?.isNumber == true } && volumes.said(by: words)
        }

        /// Whether a question asks about our terms (price, contract, trial).
        func asksTerms(_ question: String) -> Bool { terms.said(by: TextAnalyzer.words(question)) }

        /// Whether a question asks us how we connect to their systems.
        func asksIntegration(_ question: String) -> Bool {
            let words = TextAnalyzer.words(question)
            return words.contains { ["you", "your", "vous", "votre", "vos"].contains($0) } && integration.said(by: words)
        }
        let integration = TextAnalyzer.Expressions(["integrat", "connector", "connecteur", "plug into", "plug in", "sync", "synchro", "webhook",
                                                    "api", "branch", "recuper", "csv", "native", "natif", "zapier", "import"])
    }

    /// The matches with those a clause of `text` puts first ("reliability comes first", « la fiabilité passe avant
    /// tout ») ahead of the rest, each side in its order.
    public func inOrderOfPriority(_ matches: [GoalMatch], in text: String) -> [GoalMatch] {
        let first = Set(TextAnalyzer.clauses(text).filter { TextAnalyzer.says(Self.priority, in: $0) }.flatMap { match($0).map(\.id) })
        return matches.filter { first.contains($0.id) } + matches.filter { !first.contains($0.id) }
    }

    /// What puts a need ahead of the others.
    private static let priority = ["comes first", "come first", "is everything", "are everything", "top priority", "first priority",
                                   "number one priority", "above all", "passe avant tout", "passent avant tout", "priorite absolue",
                                   "avant tout le reste", "notre priorite numero un"]

    /// The matches in the order the prospect raised them: by the first word of `text` that evidences each.
    public func inOrderOfMention(_ matches: [GoalMatch], in text: String) -> [GoalMatch] {
        let words = TextAnalyzer.words(text)
        func first(_ match: GoalMatch) -> Int {
            // A phrase ("nothing breaks") is found by its first word.
            match.evidence.compactMap { evidence in
                let word = evidence.split(separator: " ").first.map(String.init) ?? evidence
                return words.firstIndex { $0 == word || $0.hasPrefix(word) }
            }.min() ?? .max
        }
        return matches.enumerated().sorted { a, b in
            let (fa, fb) = (first(a.element), first(b.element))
            return fa != fb ? fa < fb : a.offset < b.offset
        }.map(\.element)
    }

    /// BM25 score of every goal for `text` read in `locale`, with the words that evidence it and its strength: how many
    /// of them are its own (not weak), one no other goal uses as much counting as two. A goal only weak words evidence
    /// scores nothing.
    private func score(_ text: String, locale: NarrativeLocale) -> (scores: [Double], evidence: [[String]], strength: [Int]) {
        let other: NarrativeLocale = locale == .en ? .fr : .en
        // Per stem of the text: the index terms it matches and the words it came from.
        var keys: [String: Set<Key>] = [:]
        var wordsByStem: [String: [String]] = [:]
        for term in analyzer.terms(text, locale: locale) {
            keys[term.stem, default: []].insert(Key(locale: locale, stem: term.stem))
            if let stem = spellings[other]?[term.word] { keys[term.stem, default: []].insert(Key(locale: other, stem: stem)) }
            if !(wordsByStem[term.stem]?.contains(term.word) ?? false) {
                wordsByStem[term.stem, default: []].append(term.word)
            }
        }
        var scores = [Double](repeating: 0, count: goals.count)
        var evidence = [[String]](repeating: [], count: goals.count)
        var strength = [Int](repeating: 0, count: goals.count)
        let n = Double(goals.count)
        for (stem, words) in wordsByStem.sorted(by: { $0.key < $1.key }) {
            let matched = keys[stem] ?? []
            let tfs = frequencies.map { counts in Double(matched.reduce(0) { $0 + (counts[$1] ?? 0) }) }
            let documents = Double(tfs.filter { $0 > 0 }.count)
            let idf = log(1 + (n - documents + 0.5) / (documents + 0.5))
            for g in goals.indices where tfs[g] > 0 {
                scores[g] += idf * tfs[g] * (k1 + 1) / (tfs[g] + k1 * (1 - b + b * lengths[g] / averageLength))
                evidence[g] += words
                // A goal's own word counts once, twice where no other goal uses it as much.
                if words.contains(where: { !weak.contains($0) }) { strength[g] += tfs[g] == tfs.max() ? 2 : 1 }
            }
        }
        for g in goals.indices where strength[g] == 0 { (scores[g], evidence[g]) = (0, []) }
        return (scores, evidence, strength)
    }
}
