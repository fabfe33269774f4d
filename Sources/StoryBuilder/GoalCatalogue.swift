public import Foundation

/// Text in both narrative languages.
public struct Localized<Value: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
    public var en: Value
    public var fr: Value

    public init(en: Value, fr: Value) {
        self.en = en
        self.fr = fr
    }

    public subscript(locale: NarrativeLocale) -> Value { locale == .en ? en : fr }
}

/// A prospect goal: how prospects say it, what usage and outcomes evidence it, what a rep says and asks.
public struct Goal: Sendable, Codable, Equatable {
    public struct Signal: Sendable, Codable, Equatable {
        /// A feature id (`weeks_active`) or an outcome metric (`conversion-rate`).
        public var feature: String?
        public var metric: String?
        /// The direction that evidences the goal.
        public var direction: Direction
        public enum Direction: String, Sendable, Codable { case higher, lower }

        /// +1 when higher is better, -1 when lower is.
        var sign: Double { direction == .higher ? 1 : -1 }
    }

    public struct Evidence: Sendable, Codable, Equatable {
        public var features: [Signal]
        public var outcomes: [Signal]
        /// Renewal rate evidences this goal.
        public var renewal: Bool
    }

    public var id: String
    public var title: Localized<String>
    /// The goal as a noun phrase, for sentences about it ("handling peaks"); optional.
    public var topic: Localized<String>? = nil
    public var summary: Localized<String>
    public var phrasings: Localized<[String]>
    public var evidence: Evidence
    public var talkingPoints: Localized<[String]>
    public var discoveryQuestions: Localized<[Question]>
    public var demo: Localized<[String]>
    /// What a rep must keep in mind when this goal's evidence is quoted, under "Read with care" (optional).
    public var caveat: Localized<String>? = nil
    /// Features never told in a brief for this goal, whether or not they help choose the group (optional): an automation
    /// goal ranks by API use without telling a team that works by hand it needs developers; a cost goal does not quote
    /// a median customer's idle seats.
    public var untold: [String]? = nil
    /// Closer readings of the goal, each taken when the prospect used one of its words (optional): "sign-ups" reads as
    /// converting more of their traffic, not as revenue in general.
    public var readings: [Reading]? = nil
    /// What the goal's results measure in place of what the prospect asked for, said before them (optional): "We do not
    /// time new hires; the nearest measure we hold is how soon a new account sends its first campaign."
    public var proxy: Localized<String>? = nil
    /// What a pilot would track when no group has a result on the goal (optional): "how long a campaign takes from first
    /// draft to sign-off".
    public var pilot: Localized<String>? = nil
    /// Whether `pilot` is a measure the prospect named themselves (``Measure``): said even beside results.
    public var pilotIsTheirs: Bool? = nil
    /// The goal as something the prospect protects, said after the title of what they pursue (optional): "without hurting
    /// your customers' experience".
    public var kept: Localized<String>? = nil
    /// Whether a brief tells the goal with the group chosen for it when that group shows no result on it (optional,
    /// default true). New accounts that find their feet fast are chosen for new hires, but are not new staff; a group
    /// with a sharp peak season has peaks, which says nothing of how it gets through them. Either still ranks, for the rep.
    public var grouped: Bool? = nil
    /// What a prospect may name for this goal (occasions, channels), and the texts that say it (optional): "Black Friday"
    /// turns "Get through your busiest weeks without strain" into "Keep up through Black Friday".
    public var mentions: Mentions? = nil
    /// Whether a reading, or what the prospect named, put the goal in their terms (set by ``read(from:in:)``), rather
    /// than the goal as the catalogue says it in general.
    public var specific: Bool? = nil
    /// Whether the prospect said one of the reading's own expressions (``Reading/decides``), not only words it takes.
    public var decided: Bool? = nil
    /// The words of the reading that put it so, where that reading is about a means (``Reading/means``).
    public var meansWords: [String]? = nil
    /// The words and expressions of the reading that put it so (``Reading/words`` and ``Reading/decides``), if one did.
    public var readWords: [String]? = nil

    public struct Mentions: Sendable, Codable, Equatable {
        /// Things the prospect may name, each said in both languages, with the words that name it ("black friday", "noel").
        public var names: [Name]
        /// The title, first talking point, first demo and first question when the prospect names some, each saying them as
        /// `{mention}` (all but the title optional).
        public var title: Localized<String>
        public var talkingPoint: Localized<String>? = nil
        public var demo: Localized<String>? = nil
        public var question: Localized<String>? = nil
        /// The fewest names the prospect must say for these texts to apply (optional, 1): one source is no silo to join.
        public var atLeast: Int? = nil

        public struct Name: Sendable, Codable, Equatable {
            /// Whole words or expressions, in either language, matched on the prospect's words as a whole.
            public var words: [String]
            /// How the brief says it; `{n}` stands for the number the prospect put before it, if any ("your {n} tools").
            public var name: Localized<String>
        }
    }

    public struct Reading: Sendable, Codable, Equatable {
        /// Words, or their beginnings, in either language ("sign", "inscription").
        public var words: [String]
        public var title: Localized<String>
        /// The usage, outcomes and renewal this reading is judged by, each in place of the goal's (optional): sign-ups
        /// lead with the conversion rate; a second order is won by campaigns, not shown by renewal with us.
        public var features: [Signal]? = nil
        public var outcomes: [Signal]? = nil
        public var renewal: Bool? = nil
        /// The reading as a noun phrase, in place of the goal's `topic` (optional).
        public var topic: Localized<String>? = nil
        /// What the rep says, asks and shows for this reading, each in place of the goal's (optional).
        public var talkingPoints: Localized<[String]>? = nil
        public var discoveryQuestions: Localized<[Question]>? = nil
        public var demo: Localized<[String]>? = nil
        /// A caution for this reading, in place of the goal's (optional): "we do not measure the average basket".
        public var caveat: Localized<String>? = nil
        /// What this reading's results measure in place of what the prospect asked for, in place of the goal's (optional).
        public var proxy: Localized<String>? = nil
        /// What a pilot would track for this reading, in place of the goal's (optional).
        public var pilot: Localized<String>? = nil
        /// The reading as something the prospect protects, in place of the goal's (optional).
        public var kept: Localized<String>? = nil
        /// Whether a brief tells the reading with a group that shows no result on it, in place of the goal's (optional).
        public var grouped: Bool? = nil
        /// Expressions that take the reading, and name its goal on their own whatever the examples say ("failed
        /// payments", "spam folder"): for needs precise enough that one expression tells them (optional).
        public var decides: [String]? = nil
        /// Words one of which the prospect must say, anywhere in the call, for the reading to be theirs (optional): patient
        /// recalls are a practice's need, not a mortgage broker's who reminds clients six months ahead.
        public var requires: [String]? = nil
        /// Whether the reading is about how messages reach people (a channel, WhatsApp or push; their languages) rather
        /// than a need: a prospect who names another channel names a means, not this need (optional).
        public var means: Bool? = nil
    }

    /// The goal as the prospect put it: the first reading one of whose words begins a word of `evidence`, the words that
    /// matched this goal, or whose expression ("first order") the prospect's `text` holds, else the goal with what they
    /// named; its questions are those the prospect has not already answered.
    /// In a need told at length (`strict`), a reading takes an expression of its own or its words said twice: one word
    /// said in passing ("our till software", « les invitations au dépistage ») does not make the need.
    /// Questions are those `said` (by default `text`) does not answer: a condition left out of `text` ("frequency caps")
    /// still answers one.
    public func read(from evidence: [String], in text: String = "", strict: Bool = false, answeredIn said: String? = nil, asks: [String] = []) -> Goal {
        let said = said ?? text
        var goal = reading(from: evidence, in: text, strict: strict, said: said, asks: asks) ?? mentioning(text)
        goal.discoveryQuestions = Localized(en: goal.discoveryQuestions.en.compactMap { $0.asked(after: said) },
                                            fr: goal.discoveryQuestions.fr.compactMap { $0.asked(after: said) })
        return goal
    }

    /// The goal without the talking points and demo lines that offer a channel the prospect turned down.
    func without(_ refused: [GoalCatalogue.Channel]) -> Goal {
        guard !refused.isEmpty else { return self }
        let named = TextAnalyzer.Expressions(refused.flatMap { $0.words + [$0.name.en, $0.name.fr] })
        func offered(_ lines: [String]) -> [String] { lines.filter { !named.said(by: TextAnalyzer.words($0)) } }
        var goal = self
        goal.talkingPoints = Localized(en: offered(talkingPoints.en), fr: offered(talkingPoints.fr))
        goal.demo = Localized(en: offered(demo.en), fr: offered(demo.fr))
        return goal
    }

    /// The goal for a prospect on one site: without the lines that speak of several (`marks`: "each site", "from the
    /// group"); a point that only ends on them (", and each site sees who is still due") keeps what comes before.
    func onOneSite(_ marks: [String]) -> Goal {
        let marked = TextAnalyzer.Expressions(marks)
        func speaks(_ line: String) -> Bool { marked.said(by: TextAnalyzer.words(line)) }
        func kept(_ lines: [String]) -> [String] {
            lines.compactMap { line in
                guard speaks(line) else { return line }
                let cut = Self.andClause.matches(in: line, range: NSRange(line.startIndex..., in: line)).lazy
                    .compactMap { Range($0.range, in: line)?.lowerBound }.first { !speaks(String(line[..<$0])) && speaks(String(line[$0...])) }
                return cut.map { line[..<$0] + "." }
            }
        }
        var goal = self
        goal.talkingPoints = Localized(en: kept(talkingPoints.en), fr: kept(talkingPoints.fr))
        goal.demo = Localized(en: demo.en.filter { !speaks($0) }, fr: demo.fr.filter { !speaks($0) })
        goal.discoveryQuestions = Localized(en: discoveryQuestions.en.filter { !speaks($0.ask) }, fr: discoveryQuestions.fr.filter { !speaks($0.ask) })
        return goal
    }

    private static let andClause = try! NSRegularExpression(pattern: #",\s+(?:and|et)\s+"#)

    /// The words of the prospect's that the goal's reading takes as its own (the expressions it heard in `text`): another
    /// goal that only these words evidence is this reading's, not a need of its own ("not recognized when they come back"
    /// is about a welcome, not about customers leaving).
    func heard(from evidence: [String], in text: String) -> Set<String> {
        guard let reading = matchedReading(from: evidence, in: text) else { return [] }
        return Set((reading.words + (reading.decides ?? [])).filter { $0.contains(" ") && TextAnalyzer.says([$0], in: text) }.flatMap { TextAnalyzer.words($0) })
    }

    /// The first reading one of whose words begins a word of `evidence` or whose expression `text` holds, if any; when
    /// `strict`, one whose expression `text` holds, or whose words it says twice. A reading that requires words is taken
    /// only where the prospect's whole call, `said`, holds one.
    /// Where several readings are named, one named in a sentence that says what they want (one of `asks`) comes first.
    private func matchedReading(from evidence: [String], in text: String, strict: Bool = false, said: String? = nil, asks: [String] = []) -> Reading? {
        // Evidence words and the text's words come normalized from the analyzer; a reading's words are normalized alike.
        let spoken = evidence.flatMap { $0.split(separator: " ").map(String.init) }
        // A reading's `decides` name it wherever they are said, before any reading only its other words take; its other
        // words, where they evidence the goal.
        let readings = readings?.filter { reading in reading.requires.map { TextAnalyzer.says($0, in: said ?? text) } ?? true }
        // Where several are named so, the one said first is their first need: the group reminders a park leads with before
        // the storm closures it adds.
        let decided = readings?.filter { TextAnalyzer.says($0.decides ?? [], in: text) } ?? []
        // One named where they say what they want ("on voudrait…") before one named in their account of today.
        let wished = TextAnalyzer.sentences(said ?? text).filter { TextAnalyzer.says(asks, in: $0) }.joined(separator: ". ")
        let wanted = asks.isEmpty ? [] : decided.filter { TextAnalyzer.says($0.decides ?? [], in: wished) }
        if let first = TextAnalyzer.inOrderOfMention(wanted, in: wished, by: { $0.decides ?? [] }).first ?? wanted.first { return first }
        if let first = TextAnalyzer.inOrderOfMention(decided, in: text, by: { $0.decides ?? [] }).first ?? decided.first { return first }
        let heard = readings?.filter { reading in
            guard strict else { return TextAnalyzer.says(reading.words, in: text, words: spoken) }
            let expressions = reading.words.filter { $0.contains(" ") || $0.contains("+") }
            if TextAnalyzer.says(expressions, in: text) { return true }
            let single = reading.words.filter { !expressions.contains($0) && TextAnalyzer.says([$0], in: text, words: spoken) }.flatMap(TextAnalyzer.words)
            return TextAnalyzer.words(text).filter { word in single.contains { word.hasPrefix($0) } }.count >= 2
        } ?? []
        // Of the readings heard, the one whose words the prospect says most: "haven't booked" in passing does not make a
        // win-back of the maintenance plan, tune-up and visit coming due they describe. The catalogue's order breaks ties.
        let weights = heard.map { TextAnalyzer.weight(of: $0.words, in: text, words: spoken) }
        return weights.indices.max { weights[$0] < weights[$1] || weights[$0] == weights[$1] && $0 > $1 }.map { heard[$0] }
    }

    /// The goal as its matched reading puts it, if a reading matches.
    private func reading(from evidence: [String], in text: String, strict: Bool, said: String, asks: [String]) -> Goal? {
        guard let reading = matchedReading(from: evidence, in: text, strict: strict, said: said, asks: asks) else { return nil }
        // A reading that only names the goal (its own title) tells it in general terms, naming what the prospect mentioned.
        if reading.title == title {
            var named = mentioning(text)
            named.specific = true
            return named
        }
        var goal = self
        goal.title = reading.title
        goal.specific = true
        goal.decided = TextAnalyzer.says(reading.decides ?? [], in: text)
        goal.readWords = reading.words + (reading.decides ?? [])
        goal.meansWords = reading.means == true ? goal.readWords : nil
        goal.topic = reading.topic ?? goal.topic
        goal.talkingPoints = reading.talkingPoints ?? goal.talkingPoints
        goal.discoveryQuestions = reading.discoveryQuestions ?? goal.discoveryQuestions
        goal.demo = reading.demo ?? goal.demo
        // The goal's caution speaks of its outcomes: a reading judged by others keeps only a caution of its own.
        goal.caveat = reading.caveat ?? (reading.outcomes == nil ? goal.caveat : nil)
        goal.proxy = reading.proxy ?? (reading.outcomes == nil ? goal.proxy : nil)
        goal.pilot = reading.pilot ?? goal.pilot
        goal.kept = reading.kept ?? goal.kept
        goal.grouped = reading.grouped ?? goal.grouped
        goal.evidence.features = reading.features ?? goal.evidence.features
        goal.evidence.outcomes = reading.outcomes ?? goal.evidence.outcomes
        goal.evidence.renewal = reading.renewal ?? goal.evidence.renewal
        return goal
    }

    /// Numbers a prospect may put before what they name, in words: "five tools", « six outils ».
    static let numbers: [(en: String, fr: String)] = [("two", "deux"), ("three", "trois"), ("four", "quatre"), ("five", "cinq"), ("six", "six"),
                                                      ("seven", "sept"), ("eight", "huit"), ("nine", "neuf"), ("ten", "dix"),
                                                      ("eleven", "onze"), ("twelve", "douze")]

    /// The goal with what the prospect names in `text` said in its title, first talking point, demo and question, in the
    /// order the prospect names it ("Christmas and the January sales").
    func mentioning(_ text: String) -> Goal {
        guard let mentions else { return self }
        let words = TextAnalyzer.words(text)
        let said = " " + words.joined(separator: " ") + " "
        // Each name at the first place the prospect says it, with the number they put before it ("five tools"); a name
        // said inside a longer one ("magasin" in « caisses en magasin ») is that one's.
        typealias Place = (index: Int, length: Int, name: Localized<String>, several: Bool)
        let places = mentions.names.compactMap { name -> Place? in
            let places = name.words.compactMap { word -> Place? in
                let spoken = TextAnalyzer.words(word)
                guard let range = said.range(of: " \(spoken.joined(separator: " ")) ") else { return nil }
                let index = said[..<range.lowerBound].split(separator: " ").count
                let number = index > 0 ? Self.numbers.first { $0.en == words[index - 1] || $0.fr == words[index - 1] } : nil
                func counted(_ text: String, _ count: String?) -> String {
                    text.replacingOccurrences(of: count == nil ? "{n} " : "{n}", with: count ?? "")
                }
                // A name that takes a count ("your {n} tools") names several things at once.
                return (index, spoken.count, Localized(en: counted(name.name.en, number?.en), fr: counted(name.name.fr, number?.fr)),
                        name.name.en.contains("{n}"))
            }
            return places.min { $0.index < $1.index }
        }
        var kept: [Place] = []
        for place in places.sorted(by: { $0.length > $1.length })
        where !kept.contains(where: { place.index < $0.index + $0.length && $0.index < place.index + place.length }) {
            kept.append(place)
        }
        // What they list after a count names the things counted: « trois outils qui ne se parlent pas, le TMS, le CRM »
        // is three tools, not three tools and a CRM.
        let counted = kept.filter(\.several).map(\.index).min()
        let named = kept.sorted { $0.index < $1.index }.filter { place in counted.map { place.several || place.index < $0 } ?? true }.map(\.name)
        guard !named.isEmpty, named.uniqued().count + (kept.contains(where: \.several) ? 1 : 0) >= mentions.atLeast ?? 1 else { return self }
        let mention = Localized(en: LocaleGrammar(.en).list(named.map(\.en).uniqued()), fr: LocaleGrammar(.fr).list(named.map(\.fr).uniqued()))
        func fill(_ text: Localized<String>) -> Localized<String> {
            Localized(en: text.en.replacingOccurrences(of: "{mention}", with: mention.en),
                      fr: text.fr.replacingOccurrences(of: "{mention}", with: mention.fr))
        }
        func first<Item>(_ list: Localized<[Item]>, _ text: Localized<String>?, _ item: (String) -> Item) -> Localized<[Item]> {
            guard let text = text.map(fill) else { return list }
            return Localized(en: [item(text.en)] + list.en.dropFirst(), fr: [item(text.fr)] + list.fr.dropFirst())
        }
        var goal = self
        goal.specific = true
        goal.title = fill(mentions.title)
        goal.talkingPoints = first(talkingPoints, mentions.talkingPoint) { $0 }
        goal.demo = first(demo, mentions.demo) { $0 }
        goal.discoveryQuestions = first(discoveryQuestions, mentions.question) { Question(ask: $0) }
        return goal
    }

    /// The goal with its questions about a system asked of the `systems` the prospect named, by name.
    func naming(_ systems: [String]) -> Goal {
        guard !systems.isEmpty else { return self }
        func named(_ questions: [Question], _ grammar: LocaleGrammar) -> [Question] {
            let slots = GoalCatalogue.System.slots(systems, grammar)
            return questions.map { question in
                question.named.map { named in
                    Question(ask: slots.reduce(named) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) })
                } ?? question
            }
        }
        var goal = self
        goal.discoveryQuestions = Localized(en: named(discoveryQuestions.en, LocaleGrammar(.en)), fr: named(discoveryQuestions.fr, LocaleGrammar(.fr)))
        return goal
    }
}

/// A discovery question, with the words that show the prospect has already answered it and what to ask then (both
/// optional). In a file it is a string, or `{"ask": …, "unless": […], "instead": …}`.
public struct Question: Sendable, Codable, Equatable {
    public var ask: String
    /// Words, or their beginnings, and expressions that answer the question when the prospect says one: a prospect who
    /// says "nothing happens" when a cart is abandoned has said what the customer receives.
    public var unless: [String]? = nil
    /// The question asked in its place when it is answered (optional; else it is left out).
    public var instead: String? = nil
    /// The question asked in its place when the prospect named their systems (optional): `{system}` stands for them,
    /// `{of_systems}` for them after « de » (« d'athenahealth »).
    public var named: String? = nil

    public init(ask: String, unless: [String]? = nil, instead: String? = nil, named: String? = nil) {
        self.ask = ask
        self.unless = unless
        self.instead = instead
        self.named = named
    }

    /// The question as asked after the prospect said `text`: itself, the one asked instead, or none. "percent" among its
    /// `unless` words is also said by a share written with its sign ("12 %").
    func asked(after text: String) -> Question? {
        guard let unless, TextAnalyzer.says(unless, in: text) || unless.contains("percent") && text.contains("%") else { return self }
        return instead.map { Question(ask: $0) }
    }

    private enum Keys: String, CodingKey { case ask, unless, instead, named }

    public init(from decoder: any Decoder) throws {
        if let ask = try? decoder.singleValueContainer().decode(String.self) {
            self.init(ask: ask)
            return
        }
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(ask: try container.decode(String.self, forKey: .ask), unless: try container.decodeIfPresent([String].self, forKey: .unless),
                  instead: try container.decodeIfPresent(String.self, forKey: .instead), named: try container.decodeIfPresent(String.self, forKey: .named))
    }

    public func encode(to encoder: any Encoder) throws {
        guard unless != nil || instead != nil || named != nil else {
            var container = encoder.singleValueContainer()
            try container.encode(ask)
            return
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(ask, forKey: .ask)
        try container.encodeIfPresent(unless, forKey: .unless)
        try container.encodeIfPresent(instead, forKey: .instead)
        try container.encodeIfPresent(named, forKey: .named)
    }
}

/// The goal catalogue: built-in goals from `Narratives/goals.json`, plus a team's own files.
public struct GoalCatalogue: Sendable, Codable {
    public var version: Int
    /// Groups of words that mean the same for matching; the first word of a group is its canonical form.
    public var synonyms: Localized<[[String]]>
    /// How strict goal matching is (the built-in file sets it; a team file may leave it out).
    public var matching: MatchingSettings?
    public var goals: [Goal]
    /// Needs a prospect may raise that the product does not meet, each said plainly first in a brief (optional).
    public var outside: [Outside]? = nil
    /// What a prospect may call their customers ("members", « abonnés »), said in a brief in their place (optional).
    public var audiences: [Audience]? = nil
    /// What a prospect may ask us to send (our pricing, a DPA, the slides), named in the next step's promise (optional).
    public var requests: [Request]? = nil
    /// Systems a prospect may name (Shopify, athenahealth): a brief asks about them by name (optional).
    public var systems: [System]? = nil
    /// Channels a prospect may reach their customers by (email, SMS, push): a brief that heard a need no goal names says
    /// its journey would use those they named (optional).
    public var channels: [Channel]? = nil
    /// Measures a prospect may name as their own (their no-show rate): a pilot tracks them in their words (optional).
    public var measures: [Measure]? = nil
    /// Statements from discovery calls, each with the goals it states, that goal matching learns from beside the
    /// goals' own phrasings (optional; the built-in ones live in `examples.json` beside `goals.json`).
    public var examples: [Example]? = nil

    /// A discovery-call statement and the ids of the goals it states: none for small talk, logistics or a need we do
    /// not meet.
    public struct Example: Sendable, Codable, Equatable {
        public var locale: NarrativeLocale
        public var text: String
        public var goals: [String]
    }

    /// The examples file of the built-in catalogue: a list of examples.
    struct ExampleFile: Codable {
        var version: Int
        var examples: [Example]
    }

    /// A need outside what the product does ("reconcile invoices"): the words that raise it, what a brief says of it
    /// before anything else (what we do not do, and what we can do beside it), and what it asks and shows first for it
    /// (both optional).
    public struct Outside: Sendable, Codable, Equatable {
        /// Words, or their beginnings, and expressions, as in a reading.
        public var words: [String]
        /// Words of trouble, one of which the prospect must say as well (optional): deliveries named in passing ("they
        /// skip two deliveries") raise no delivery need; late or lost ones do.
        public var trouble: [String]? = nil
        /// Whether it is a requirement said apart from any need ("our data has to stay in the UK"): the sentence that
        /// says it states no goal (optional).
        public var apart: Bool? = nil
        /// What the prospect may name of it (SOC 2, HDS), said where `{named}` stands in `says`, in the order they
        /// named them (optional).
        public var named: [System]? = nil
        /// Places the requirement may name ("France", "the EU"), said in a sentence that also names another requirement's
        /// `named`: the place keeps it apart ("certified HDS, in France"), where without one that requirement answers it
        /// ("hosting certified HDS") (optional).
        public var places: [String]? = nil
        /// What the prospect may name of it in each language, a place ("in the US", « aux États-Unis ») or a language:
        /// `placed` then says it in place of `says`, the first one named where `{place}` stands, all of them where
        /// `{places}` does (optional).
        public var located: [Located]? = nil
        public var placed: Localized<String>? = nil
        public var says: Localized<String>
        /// What it says when the prospect gave a date (optional): `{date}` is the date as they said it.
        public var dated: Localized<String>? = nil
        public var ask: Localized<String>? = nil
        public var demo: Localized<String>? = nil

        /// The need as said to a prospect who gave `deadline`, in `locale`: their date named where `dated` says it.
        func dated(_ deadline: String?, locale: NarrativeLocale) -> Outside {
            guard let deadline, let dated else { return self }
            var outside = self
            let said = dated[locale].replacingOccurrences(of: "{date}", with: deadline)
            outside.says = locale == .en ? Localized(en: said, fr: says.fr) : Localized(en: says.en, fr: said)
            return outside
        }

        /// The need as said to a prospect whose `text` names some of its `named`: "Your requirements come first (SOC 2
        /// and ISO 27001)"; `{named}` is left out with the space before it where they named none.
        func naming(in text: String) -> Outside {
            // The place is looked for where they state the requirement: a clinic "in Singapore" names no data residency.
            if let placed, let located,
               case let places = TextAnalyzer.inOrderOfMention(located, in: TextAnalyzer.sentences(text).filter { TextAnalyzer.says(words, in: $0) }
                                                                .joined(separator: ". "), by: \.words),
               let place = places.first {
                func said(_ text: String, _ locale: NarrativeLocale) -> String {
                    text.replacingOccurrences(of: "{place}", with: place.name[locale])
                        .replacingOccurrences(of: "{places}", with: LocaleGrammar(locale).list(places.map { $0.name[locale] }))
                }
                var outside = self
                outside.says = Localized(en: said(placed.en, .en), fr: said(placed.fr, .fr))
                return outside
            }
            guard let named, says.en.contains("{named}") || says.fr.contains("{named}") else { return self }
            let names = TextAnalyzer.inOrderOfMention(named, in: text, by: \.words).map(\.name).uniqued()
            func said(_ value: String, _ grammar: LocaleGrammar) -> String {
                names.isEmpty ? value.replacingOccurrences(of: #"\s*\(?\{named\}\)?"#, with: "", options: .regularExpression)
                    : value.replacingOccurrences(of: "{named}", with: grammar.list(names))
            }
            var outside = self
            outside.says = Localized(en: said(says.en, LocaleGrammar(.en)), fr: said(says.fr, LocaleGrammar(.fr)))
            return outside
        }
    }

    /// Something a prospect may ask us to send: the words that ask for it, and how the next step names it ("our data
    /// processing agreement").
    public struct Request: Sendable, Codable, Equatable {
        public var words: [String]
        public var says: Localized<String>
        /// Whether it serves our next meeting (an agenda, an invitation) rather than the prospect's decision.
        public var meeting: Bool?
    }

    /// A place or a language a requirement may name, as each language says it ("in the EU", « dans l'Union européenne »).
    public struct Located: Sendable, Codable, Equatable {
        public var words: [String]
        public var name: Localized<String>
    }

    /// A system a prospect may name: the words that name it ("shopify"), and its name as written ("Shopify").
    public struct System: Sendable, Codable, Equatable {
        public var words: [String]
        public var name: String

        /// How a text says the named `systems`: `{system}`, their list ("Cegid and Shopify"), and `{of_systems}`, each
        /// after « de » in French (« de Cegid et de Shopify », « d'athenahealth »).
        static func slots(_ systems: [String], _ grammar: LocaleGrammar) -> [String: String] {
            ["system": grammar.list(systems), "of_systems": grammar.list(systems.map(grammar.of))]
        }
    }

    /// A channel a prospect may name: the words that name it ("text message", « texto »), and how a brief says it.
    public struct Channel: Sendable, Codable, Equatable {
        public var words: [String]
        public var name: Localized<String>

        /// Whether a reading about a channel, of `words`, is about this one: it names the channel as this one does.
        func isOne(of words: [String]) -> Bool {
            let own = Set(words.map { TextAnalyzer.words($0).joined(separator: " ") })
            return self.words.contains { own.contains(TextAnalyzer.words($0).joined(separator: " ")) }
        }
    }

    /// The channels `text` names, in the order it names them: those it asks for; one it only restricts ("no texts before
    /// 8 a.m.") counts when it asks for none, and one it turns down never (``refused(in:)``).
    func channelsNamed(in text: String) -> [Channel] {
        let stances = stances(in: text)
        let asked = stances.values.contains(.asked)
        return TextAnalyzer.inOrderOfMention(channels ?? [], in: text, by: \.words).filter { stances[$0.name.en] == .asked || !asked && stances[$0.name.en] == .restricted }
    }

    /// The channels `text` turns down: a negation just before them in their clause ("no WhatsApp", « Aucun SMS : le
    /// téléphone traîne »), and never asked for elsewhere.
    func refused(in text: String) -> [Channel] {
        let stances = stances(in: text)
        return (channels ?? []).filter { stances[$0.name.en] == .refused }
    }

    /// How a text says a channel, its strongest saying first.
    enum Stance: Comparable { case refused, restricted, asked }

    /// How `text` says each channel it says, by the channel's English name: asked for where some part says it with no
    /// negation just before; else turned down where a negation comes just before it with nothing after it in its part
    /// to restrict it to a time, a day or an audience ("no texts before 8 a.m.", « pas de SMS le dimanche »); else only
    /// restricted. A negation of something else beside it (« un mail aux adhérents qui ne sont pas venus ») asks for it.
    func stances(in text: String) -> [String: Stance] {
        var stances: [String: Stance] = [:]
        // A refusal holds to the next colon, semicolon, dash or sentence end (« Aucun SMS : le téléphone traîne »); a comma
        // does not end it, nor a channel named across one (« un parcours mail, puis… »).
        let segments = TextAnalyzer.sentences(text).flatMap { $0.split(whereSeparator: { ":;—–()".contains($0) }).map(String.init) }
        let expressed = (channels ?? []).map { ($0, $0.words.map(TextAnalyzer.words)) }
        for clause in segments {
            let words = TextAnalyzer.words(clause)
            for (channel, expressions) in expressed {
                for at in words.indices {
                    guard let said = expressions.first(where: { TextAnalyzer.Expressions.expression($0, isSaidIn: words, at: at) }) else { continue }
                    let before = words[max(0, at - 3)..<at], after = Array(words.dropFirst(at + said.count).prefix(2))
                    // "On" restricts in English ("no texts on Sundays"); in French it is "we" (« pas de WhatsApp, on veut… »).
                    let restricted = after.first.map { Self.restrictions.contains($0)
                        || $0 == "on" && after.dropFirst().first.map { ["a", "the", "weekends", "weekend"].contains($0) || $0.hasSuffix("day") || $0.hasSuffix("days") } == true
                    } ?? false
                    let following = Array(words.dropFirst(at + said.count).prefix(12))
                    func follows(_ expressions: [[String]], within count: Int) -> Bool {
                        let near = Array(following.prefix(count))
                        return expressions.contains { expression in near.indices.contains { TextAnalyzer.Expressions.expression(expression, isSaidIn: near, at: $0) } }
                    }
                    // "If you're email-only, I'm afraid we're probably not the right fit" turns it down; "email on its own
                    // won't cut it" keeps it for some, beside others.
                    let turnedDown = follows(Self.rejections, within: 7) || follows(Self.misfits, within: 12)
                    let stance: Stance = follows(Self.insufficient, within: 7) ? .restricted
                        : turnedDown ? .refused : !before.contains(where: Self.refusals.contains) ? .asked : restricted ? .restricted : .refused
                    stances[channel.name.en] = max(stances[channel.name.en] ?? stance, stance)
                }
            }
        }
        return stances
    }

    private static let refusals: Set<String> = ["no", "not", "never", "zero", "without", "pas", "jamais", "aucun", "aucune", "sans", "ni", "t"]
    /// What turns a channel down after naming it (« le SMS, on n'en veut pas », "texts are off the table").
    private static let rejections: [[String]] = ["n en veut pas", "n en voulons pas", "n en veux pas", "n en veut plus", "n en voulons plus",
        "c est non", "c est niet", "pas question", "hors de question", "on oublie", "c est exclu", "est exclu", "sont exclus", "don t want them",
        "don t want it", "don t want any", "is out", "are out", "is a no", "are a no", "no way", "not an option", "off the table",
        "out of the question", "a non starter", "not for us", "pas pour nous", "ce n est pas la peine", "c est pas la peine", "pas la peine",
        "n est pas utile", "not needed", "isn t needed", "we don t need", "on n en a pas besoin"].map(TextAnalyzer.words)
    /// What says a channel will not do alone ("email on its own won't cut it", « le mail seul ne suffit pas »).
    private static let insufficient: [[String]] = ["on its own won t", "on its own simply won t", "on its own isn t", "on its own is not",
        "alone won t", "alone isn t", "alone is not", "won t cut it", "isn t enough", "not enough", "seul ne suffit", "seul ne suffira",
        "ne suffit pas", "ne suffira pas", "suffit pas"].map(TextAnalyzer.words)
    /// What says a vendor who only offers a channel will not do ("if you're email-only, we're not the right fit").
    private static let misfits: [[String]] = ["not the right fit", "not a fit", "deal breaker", "dealbreaker", "pas adapte", "pas pour nous"]
        .map(TextAnalyzer.words)
    private static let restrictions: Set<String> = ["before", "after", "between", "during", "until", "at", "past", "avant", "apres",
                                                   "entre", "pendant", "le", "les", "aux", "au", "sauf", "except", "unless"]

    /// How a brief says the channels `text` names, in the order it names them, each once.
    func channelsNamed(in text: String, locale: NarrativeLocale) -> [String] {
        channelsNamed(in: text).map { $0.name[locale] }.uniqued()
    }

    /// The names of the systems `text` names, in the order it names them, each once; a name said inside a longer one is
    /// that one's.
    func systemsNamed(in text: String) -> [String] {
        // Whole words: "intercommunal" names no Intercom.
        let said = " " + TextAnalyzer.words(text).joined(separator: " ") + " "
        let found = (systems ?? []).compactMap { system -> (range: Range<String.Index>, name: String)? in
            system.words.compactMap { said.range(of: " " + TextAnalyzer.words($0).joined(separator: " ") + " ") }
                .min { $0.lowerBound < $1.lowerBound }.map { ($0, system.name) }
        }
        return found.filter { one in !found.contains { $0.range != one.range && $0.range.contains(one.range.lowerBound) && $0.range.upperBound >= one.range.upperBound } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }.map(\.name).uniqued()
    }

    /// What `talk`, the prospect's words about the call and our terms, asks us to send, in the catalogue's order; not what
    /// they turn down ("no slides"), nor what a requirement `answered` beside the need already promises ("our
    /// certifications", where SOC 2 is answered).
    func requested(in talk: String, answered: [Outside] = []) -> [Request] {
        let promised = Set(answered.filter { $0.apart == true }.flatMap(\.words))
        let asked = TextAnalyzer.affirmed(talk).joined(separator: ". ")
        return (requests ?? []).filter { TextAnalyzer.says($0.words, in: asked) && promised.isDisjoint(with: $0.words) }
    }

    /// The needs outside the product that `text` raises, in the catalogue's order. A requirement that names what it
    /// requires ("certified HDS") answers another said only in its sentences, without a place of its own ("hosting
    /// must be certified HDS").
    func outside(_ text: String) -> [Outside] {
        let sentences = TextAnalyzer.sentences(text)
        // The trouble is said of it: in the sentence that names it, or the next ("Billing's on Cerillion" is no trouble
        // with invoices because a line gets cut ten days later).
        let found = (outside ?? []).filter { outside in
            sentences.indices.contains { i in
                TextAnalyzer.says(outside.words, in: sentences[i])
                    && (outside.trouble.map { TextAnalyzer.says($0, in: sentences[i...min(i + 1, sentences.count - 1)].joined(separator: " ")) } ?? true)
            }
        }
        let naming = found.filter { $0.apart == true && $0.named != nil }.flatMap { $0.named ?? [] }
        guard !naming.isEmpty else { return found }
        return found.filter { outside in
            outside.apart != true || outside.named != nil || sentences.contains { sentence in
                TextAnalyzer.says(outside.words, in: sentence)
                    && (!naming.contains { TextAnalyzer.says($0.words, in: sentence) } || TextAnalyzer.says(outside.places ?? [], in: sentence))
            }
        }
    }

    public struct MatchingSettings: Sendable, Codable, Equatable {
        /// Lowest BM25 score for a goal to count as set aside or protected.
        public var threshold: Double
        /// Lowest share of the best goal's BM25 score for a further goal to count as set aside.
        public var relative: Double
        /// Words too common to evidence a goal on their own ("customers", "time", "down"): they add to a goal's score
        /// only beside a word of its own.
        public var weak: Localized<[String]>?
        /// Phrases that mark a sentence as talk about the call or the speaker ("sorry I'm late", "pour vous situer"):
        /// such a sentence states no goal, whatever words it holds.
        public var aside: Localized<[String]>?
        /// Words that make a question one about our terms ("is the contract annual?", « les SMS sont-ils facturés ? »):
        /// such a question states no goal, and the brief says we will answer it in writing.
        public var terms: Localized<[String]>?
        /// Words of a role ("head of", « responsable ») and of tenure ("for four years", « depuis », "before that"): a
        /// sentence holding both introduces the speaker and states no goal.
        public var roles: Localized<[String]>?
        public var tenure: Localized<[String]>?
        /// How goals are chosen from what the examples taught (optional: 0.4, 0.7 and 0.3).
        public var learned: Learned?
        /// Words that say the prospect wants or lacks something ("we need", « il faudrait »): where no goal matches, the
        /// brief quotes what they said and asks what would define success, rather than asking about everything (optional).
        public var wishes: Localized<[String]>? = nil
        /// Words that open an ask ("I want", « on voudrait »): a clause that begins with one and that no section of the
        /// brief answers is quoted back among the questions (optional).
        public var asks: Localized<[String]>? = nil
    }

    /// A goal counts when the probability the examples give it reaches `threshold`, and `relative` of the best goal's;
    /// `unsupported` where the statement says none of the goal's own words (optional: `threshold`). When no goal does,
    /// the best BM25 goal counts if the examples give it at least `floor`.
    public struct Learned: Sendable, Codable, Equatable {
        public var threshold: Double
        public var relative: Double
        public var floor: Double
        public var unsupported: Double? = nil
    }

    public func goal(_ id: String) -> Goal? { goals.first { $0.id == id } }

    /// Reads a catalogue file; errors name the file and, where the decoder knows it, the place.
    public static func load(_ url: URL) throws -> GoalCatalogue {
        let catalogue = try decode(GoalCatalogue.self, from: url, what: "the goal catalogue")
        var seen = Set<String>()
        for goal in catalogue.goals {
            guard seen.insert(goal.id).inserted else { throw StoryError.duplicateGoal(path: url.path, id: goal.id) }
            guard !goal.phrasings.en.isEmpty || !goal.phrasings.fr.isEmpty else {
                throw StoryError.goalWithoutPhrasings(path: url.path, id: goal.id)
            }
            // A text that says what the prospect named says it where `{mention}` stands.
            if let mentions = goal.mentions {
                let texts = [("title", mentions.title), ("talkingPoint", mentions.talkingPoint), ("demo", mentions.demo), ("question", mentions.question)]
                for case let (place, text?) in texts {
                    for (language, value) in [("en", text.en), ("fr", text.fr)] where !value.contains("{mention}") {
                        throw StoryError.malformed(path: url.path, detail: "goal \"\(goal.id)\": mentions.\(place).\(language) must say {mention}")
                    }
                }
            }
            // A signal names the one thing it reads: a feature among the usage evidence, a metric among the outcomes.
            let readings = (goal.readings ?? []).enumerated().flatMap { index, reading in
                [reading.features.map { ("readings[\(index)].features", $0) }, reading.outcomes.map { ("readings[\(index)].outcomes", $0) }].compactMap { $0 }
            }
            for (place, signals) in [("evidence.features", goal.evidence.features), ("evidence.outcomes", goal.evidence.outcomes)] + readings {
                let wantsMetric = place.hasSuffix("outcomes")
                if let bad = signals.firstIndex(where: { wantsMetric ? $0.metric == nil || $0.feature != nil : $0.feature == nil || $0.metric != nil }) {
                    throw StoryError.malformed(path: url.path, detail: "goal \"\(goal.id)\": \(place)[\(bad)] must name one \(wantsMetric ? "metric" : "feature")")
                }
            }
        }
        return catalogue
    }

    /// Reads one of the narrative files as `type`; errors name the file and, where known, the line or place.
    static func decode<T: Decodable>(_ type: T.Type, from url: URL, what: String) throws -> T {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StoryError.unreadable(path: url.path, what: what, reason: error.localizedDescription)
        }
        if let duplicate = DuplicateKey.first(in: data) {
            throw StoryError.malformed(path: url.path, detail: "line \(duplicate.line): \"\(duplicate.key)\" is said twice in one object; only one would count")
        }
        do { return try JSONDecoder().decode(type, from: data) } catch {
            throw StoryError.malformed(path: url.path, detail: StoryError.describe(decoding: error))
        }
    }

    /// The built-in catalogue extended by a team's files: their goals are added, or replace built-in goals with the same id.
    /// The examples in `examples.json` beside the built-in file are learned from, with those of the team's files.
    public static func load(builtIn: URL, extra: [URL] = []) throws -> GoalCatalogue {
        var catalogue = try load(builtIn)
        let examples = builtIn.deletingLastPathComponent().appendingPathComponent("examples.json")
        if FileManager.default.fileExists(atPath: examples.path) {
            let file = try decode(ExampleFile.self, from: examples, what: "the goal examples")
            try check(file.examples, against: catalogue, path: examples.path)
            catalogue.examples = (catalogue.examples ?? []) + file.examples
        }
        for url in extra {
            let more = try load(url)
            for goal in more.goals {
                if let index = catalogue.goals.firstIndex(where: { $0.id == goal.id }) { catalogue.goals[index] = goal } else {
                    catalogue.goals.append(goal)
                }
            }
            catalogue.matching = more.matching ?? catalogue.matching
            catalogue.outside = (catalogue.outside ?? []) + (more.outside ?? [])
            catalogue.audiences = (more.audiences ?? []) + (catalogue.audiences ?? [])
            catalogue.measures = (more.measures ?? []) + (catalogue.measures ?? [])
            catalogue.synonyms.en += more.synonyms.en
            catalogue.synonyms.fr += more.synonyms.fr
            try check(more.examples ?? [], against: catalogue, path: url.path)
            catalogue.examples = (catalogue.examples ?? []) + (more.examples ?? [])
        }
        let ids = Set(catalogue.goals.map(\.id))
        for (index, measure) in (catalogue.measures ?? []).enumerated() {
            if let unknown = measure.goals.first(where: { !ids.contains($0) }) {
                throw StoryError.malformed(path: builtIn.path, detail: "measures[\(index)] names goal \"\(unknown)\", which the catalogue does not hold")
            }
        }
        return catalogue
    }

    /// Every goal an example of the file at `path` names is one of the catalogue's.
    private static func check(_ examples: [Example], against catalogue: GoalCatalogue, path: String) throws {
        let ids = Set(catalogue.goals.map(\.id))
        for (index, example) in examples.enumerated() {
            if let unknown = example.goals.first(where: { !ids.contains($0) }) {
                throw StoryError.malformed(path: path, detail: "examples[\(index)] names goal \"\(unknown)\", which the catalogue does not hold")
            }
        }
    }
}

/// A story-building error, worded for the person who can fix it: the file, and what is wrong with it.
public enum StoryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A file that cannot be read (`what`: "the phrase book", "the goal catalogue", "the template as UTF-8 text").
    case unreadable(path: String, what: String, reason: String)
    /// A JSON file whose content is not what it should be (`detail` says what and where).
    case malformed(path: String, detail: String)
    case duplicateGoal(path: String, id: String)
    case goalWithoutPhrasings(path: String, id: String)
    case noTemplates(folder: String, locale: NarrativeLocale)
    case missingTemplate(folder: String, name: String, locale: NarrativeLocale)
    /// Rendered text the honesty guard refused.
    case dishonest(source: String, problems: [String])

    public var description: String {
        switch self {
        case .unreadable(let path, let what, let reason): "\(path): cannot read \(what)\(reason.isEmpty ? "" : " (\(reason))")"
        case .malformed(let path, let detail): "\(path): \(detail)"
        case .duplicateGoal(let path, let id): "\(path): goal \"\(id)\" is defined twice"
        case .goalWithoutPhrasings(let path, let id): "\(path): goal \"\(id)\" has no phrasings"
        case .noTemplates(let folder, let locale): "\(folder): no templates (*.mustache) for locale \(locale.rawValue)"
        case .missingTemplate(let folder, let name, let locale): "\(folder): no template \(name).mustache for locale \(locale.rawValue)"
        case .dishonest(let source, let problems): "\(source): \(problems.joined(separator: "; "))"
        }
    }

    /// A JSON decoding error in words: what is wrong and where (`goals[0].title`), or the parser's own account
    /// of malformed JSON.
    public static func describe(decoding error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let path: ([any CodingKey]) -> String = { keys in
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
        }
        switch error {
        case .dataCorrupted(let context):
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
            return "not valid JSON: \(detail)"
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(path(context.codingPath).isEmpty ? "top level" : path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
