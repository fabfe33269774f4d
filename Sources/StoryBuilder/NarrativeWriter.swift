import Archetypes
import Foundation

/// What every narrative of one analysis in one locale shares; built once, not per narrative.
struct Voice: Sendable {
    let grammar: LocaleGrammar
    let phrases: PhraseBook
    /// The window's first and last day, as printed.
    let windowDays: (from: String, to: String)
    /// Names that come from the data and print as they are, digits included.
    let dataNames: [String]
    /// Outcome metric → +1 when higher is better, -1 when lower is, as the goal catalogue says.
    let directions: [String: Double]

    init(analysis: Analysis, locale: NarrativeLocale, phrases: PhraseBook, directions: [String: Double]) {
        grammar = LocaleGrammar(locale)
        self.phrases = phrases
        self.directions = directions
        windowDays = grammar.days(of: analysis.window)
        dataNames = analysis.archetypes.map { locale == .en ? $0.name.en : $0.name.fr }
            + analysis.features.map { phrases.featureLabel($0) }
            + analysis.window.features.map { phrases.events?[$0] ?? $0 }
            + analysis.archetypes.flatMap { $0.outcomes.map { phrases.metric($0.metric) } }
    }
}

/// Writes one narrative in one locale: every number goes through the figure book, every sentence
/// through the phrase book, variants chosen by a key so the same input always reads the same.
struct NarrativeWriter {
    let analysis: Analysis
    let grammar: LocaleGrammar
    let phrases: PhraseBook
    var book: FigureBook
    let key: String
    let directions: [String: Double]
    private var verbatim: [String]
    private let windowDays: (from: String, to: String)
    /// The subject's French name is feminine: patterns take their `.f` variant where there is one.
    private var feminine = false
    /// The group a brief tells alone, said as "these customers" rather than by our name for it: a prospect has no use for
    /// our labels. Where another group's result is quoted beside it, both keep their names.
    private var unnamed: Int?
    /// Comparisons written so far, so that comparator phrases take turns.
    var comparisons = 0
    /// Whether the prospect asked about our terms (price, contract): the next step says we will answer in writing.
    var answersTerms = false
    /// What the prospect asked us to send ("our data processing agreement"): the next step names it.
    var requested: [String] = []
    /// What the prospect asked for that no section of the brief answers, in their words: asked about first.
    var raised: [NarrativeBuilder.Raised] = []
    /// All the prospect said, talk about the call included: where they would meet next, when, and with whom.
    var call = ""
    /// Whether the prospect is a business of a few people: nobody there "leads a project", so we ask only when.
    var small = false
    /// Whether all the prospect asked for serves our next meeting (an agenda, an invitation): the brief prepares it.
    var forMeeting = false
    /// What says a prospect would rather read than talk, in either language ("I don't really do calls", « je préfère par
    /// mail »).
    var writtenCues: [String] = []
    /// Whether the prospect said so: the next step is sent in writing, and their ask for something to read is that step.
    var written: Bool { TextAnalyzer.says(writtenCues, in: call) }
    /// When the next step proposes to meet (``meetingTime()``), set as the narrative is written.
    private var when = ""
    /// The day, date and time they gave our next call (``meetingSlot()``), found once as the narrative is written.
    private var slot: String?
    /// Where the prospect said they stand, in their words (``stated()``), found once as the narrative is written.
    private var stake: String?
    /// The systems the prospect named ("Shopify"): a question asks about them unless a goal's question already does.
    var systems: [String] = []
    /// Words of questions the brief answers elsewhere (documents the next step promises): not listed among the prospect's
    /// questions.
    var questionsAnswered: [String] = []
    /// What makes a question one about our next meeting (its cues and days), answered by the next step.
    var meetingWords: [String] = []
    /// The date the prospect gave for having it in place, as said ("by the end of Q3"): not asked for again.
    var deadline: String?
    /// The moment they want it to start from, and not before ("starting in the spring").
    var start: String?
    /// The moment the prospect said a message should go out, in their words ("when someone abandons the form").
    var moment: String?
    /// What the prospect asked for, as a thing, in their words ("automatic reminders").
    var wish: String?
    /// What finds the items the prospect asked us to set up; none are listed without it.
    var askedFor: AskedFor?
    /// What they asked us to set up, item by item, found once for the whole brief.
    private var asked = AskedFor.Asked()
    /// Whether the brief lists steps they asked for: how we would start and the next step then speak of "these steps".
    private var listsSteps: Bool { asked.items.count > 1 && !asked.whole }
    /// The first step they listed that names what we would send, up to its first mark: messages sent apart start with
    /// it, and a heard brief heads with it.
    private var firstStep: String? { listsSteps ? asked.items.lazy.compactMap(heading).first : nil }
    /// Whether the prospect stated a need no goal matched ("we need…"): the brief quotes it and asks what would define
    /// success.
    var heard = false
    /// Whether the prospect asked for a person of theirs to call, alerted, rather than (or beside) a message sent by itself.
    var followUp: FollowUp?
    /// Whether the prospect asked to see which sources bring them customers.
    var attribution = false
    /// Whether the prospect told us they have no project: the brief thanks them, proposes nothing and asks nothing.
    var declined = false
    /// The measure the prospect said they are judged on: a pilot tracks it, and the next step agrees on what they did
    /// not say of it (where they stand, what they aim for). With no need recognized, it is said in place of asking how
    /// they would measure success.
    var declared: DeclaredMeasure?
    /// The channels the prospect named for the need (email, SMS), as the brief says them: a journey for a need heard
    /// but not recognized would use them.
    var channels: [String] = []
    /// Whether a pilot may keep a share of people from the messages to measure what they change: not for a public
    /// service, a patient, or where the prospect said the messages are a service they owe.
    var holdout = true
    /// The conditions the prospect set, in their words (``Condition``): those a requirement the brief answers does not
    /// cover are listed.
    var conditions: [String] = []

    init(analysis: Analysis, voice: Voice, book: FigureBook, key: String) {
        self.analysis = analysis
        grammar = voice.grammar
        phrases = voice.phrases
        directions = voice.directions
        windowDays = voice.windowDays
        verbatim = voice.dataNames
        self.book = book
        self.key = key
    }

    private var locale: NarrativeLocale { grammar.locale }
    private var population: Int { analysis.archetypes.reduce(0) { $0 + $1.size } }

    func archetype(_ id: Int) -> Archetype? { analysis.archetypes.first { $0.id == id } }
    func name(_ id: Int) -> String { archetype(id).map { locale == .en ? $0.name.en : $0.name.fr } ?? "" }

    /// A goal as "Their results" and the reading name it: its topic ("keeping customers"), else its title in lower case.
    func topic(_ goal: Goal) -> String { goal.topic?[locale] ?? lowercasedFirst(goal.title[locale]) }

    /// The next step: a short demo, of the first demo of each of the first two goals, then the rest of the demo list;
    /// one thing to show is said in the sentence, several are listed after it. A brief that says what a pilot would
    /// track also asks to agree on it, and on how to reach the target the prospect named in their `words`, if any
    /// (`.target`: "what we could contribute to your target of 15%").
    private func nextStep(_ who: String, goals: [Goal], demo: [String], pilot: Bool, words: String?) -> (text: String?, rest: [String]) {
        let leads = goals.prefix(2).compactMap { $0.demo[locale].first }.reduce(into: [String]()) { kept, item in
            if !kept.contains(where: { Self.alike($0, item) }) { kept.append(item) }
        }
        let shown = calling(leads + demo.filter { item in !leads.contains { Self.alike($0, item) } })
        guard let first = shown.first else { return (nil, []) }
        let target = pilot && declared == nil ? words.flatMap(Quantity.first(in:)).flatMap { $0.target ? $0.said : nil } : nil
        // What the prospect said of their own measure is not asked again: where they stand (`.start`), what they aim
        // for (`.aim`), or both (`.known`).
        let standing = declared?.now != nil || stake != nil
        let said: String? = switch (standing, declared?.target != nil || target != nil) {
        case (false, false): nil
        case (true, false): ".pilot.start"
        case (false, true): declared == nil ? nil : ".pilot.aim"
        case (true, true): ".pilot.known"
        }
        func key(_ base: String) -> String {
            if written, phrases.patterns[base + ".written"] != nil { return base + ".written" }
            guard pilot, phrases.patterns[base + ".pilot"] != nil else { return base }
            if let said, phrases.patterns[base + said] != nil { return base + said }
            return target != nil && phrases.patterns[base + ".pilot.target"] != nil ? base + ".pilot.target" : base + ".pilot"
        }
        let slots = ["prospect": who, "said": target ?? ""]
        guard shown.count > 1, phrases.patterns["next.step.list"] != nil else {
            return (phrase(key("next.step"), slots.merging(["demo": lowercasedFirst(first), "of_demo": grammar.of(lowercasedFirst(first))]) { _, new in new }), [])
        }
        return (phrase(key("next.step.list"), slots), shown)
    }

    /// What we would show, for a prospect who asked for a person to call: an alert to their team first, and no message
    /// that goes out by itself where they want none; beside such messages where they asked for both.
    private func calling(_ shown: [String]) -> [String] {
        guard let followUp, phrases.patterns["demo.alert"] != nil else { return shown }
        switch followUp {
        case .person: return [phrase("demo.alert")] + shown.filter { !TextAnalyzer.says(Self.automatedDemo, in: $0) }
        case .personAndMessages: return shown.prefix(1) + [phrase(phrases.patterns["demo.alert.also"] == nil ? "demo.alert" : "demo.alert.also")] + shown.dropFirst()
        }
    }

    /// Words of a demo that shows messages going out by themselves.
    private static let automatedDemo = ["automation", "automated", "automatic", "series", "sequence", "journey", "drip", "triggered",
                                        "scenario", "automatis", "parcours", "serie", "relance", "declench"]

    /// When we propose to meet next, as the brief says it: the time the prospect gave our next conversation ("sometime next
    /// month", « début du mois prochain »), as the phrase book writes it (`meeting.timings`), else `meeting.when` ("next
    /// week"). Only sentences about talking again count: « on lance le mois prochain » sets no meeting.
    private func meetingTime() -> String {
        let timings = (phrases.patterns["meeting.timings"] ?? []).sorted { $0.count > $1.count }
        let cues = (phrases.patterns["meeting.cues"] ?? []).filter { !$0.contains("next") && !$0.contains("prochain") }
        // A meeting is ours to have: "the renewal call gets made in November" is their calendar, not a time to meet.
        let said = TextAnalyzer.sentences(call).filter { TextAnalyzer.says(cues, in: $0) && !Set(TextAnalyzer.words($0)).isDisjoint(with: Self.us) }.lazy
            .compactMap { sentence in timings.first { TextAnalyzer.says([$0], in: sentence) } }.first
        return said ?? phrases.patterns["meeting.when"]?.first ?? ""
    }

    /// Words of the prospect and us, which make a call or a meeting one we would have together.
    private static let us: Set<String> = ["we", "us", "you", "let", "i", "me", "our", "nous", "vous", "on", "je", "m", "se"]

    /// Whether the group's pronoun is feminine: a French lexicon name marked `f`, never a custom one.
    func speaksFeminine(_ archetype: Archetype) -> Bool { locale == .fr && archetype.name.frGender == "f" && !archetype.name.custom }

    /// The name as a sentence says it: a common noun phrase in lower case ("les comptes saisonniers"), a custom name
    /// as its team wrote it. Patterns write `{Name}` at a sentence start.
    func nameInText(_ id: Int) -> String {
        if id == unnamed, let these = phrases.patterns["subject.these"]?.first { return these }
        guard let archetype = archetype(id), !archetype.name.custom else { return name(id) }
        return lowercasedFirst(name(id))
    }

    /// A pattern filled, in its `.f` variant for a feminine subject where there is one; `{they}` is the subject's pronoun.
    private func phrase(_ pattern: String, _ slots: [String: String] = [:]) -> String {
        let agreed = feminine && phrases.patterns[pattern + ".f"] != nil ? pattern + ".f" : pattern
        var slots = slots
        slots["they"] = slots["they"] ?? (locale == .en ? "they" : feminine ? "elles" : "ils")
        slots["when"] = slots["when"] ?? when
        return phrases.phrase(agreed, key: key, grammar: grammar, slots)
    }

    // MARK: - The narrative

    /// `constraints` are goals the prospect protects rather than pursues: the reading says them, nothing is chosen by them.
    /// `outside` are needs the prospect raised that we do not meet: what the brief says, asks and shows of them comes first.
    mutating func narrative(prospect: Prospect?, goals: [Goal], constraints: [Goal] = [], outside: [GoalCatalogue.Outside] = [], subject id: Int?,
                            decidedBy: RankReason? = nil) -> Narrative {
        when = meetingTime()
        slot = meetingSlot()
        stake = stated()
        // An ask listed under what they asked for, or a condition they set, is not raised again as a question.
        if let askedFor, let said = prospect?.goals, phrases.patterns["asked.intro"] != nil {
            func joined(_ words: some Collection<String>) -> String { " " + words.joined(separator: " ") + " " }
            asked = askedFor.asked(in: said, call: call, besides: phrases.patterns["meeting.bringing"] ?? []).without(conditions).withoutTargets()
            let items = (asked.items + conditions).map(TextAnalyzer.words)
            raised = raised.filter { raised in
                // The same thing asked, where one holds the other's opening or close words: the ask says its opener, the
                // item may say more after it.
                let ask = TextAnalyzer.words(raised.said)
                return !items.contains { item in
                    joined(ask).contains(joined(item.prefix(6))) || joined(item).contains(joined(ask.suffix(6)))
                        || joined(item).contains(joined(ask.suffix(4))) && ask.count <= 8
                }
            }
        }
        // The first step heads how we would start: its words are theirs.
        if let firstStep { verbatim.append(firstStep) }
        var told = story(prospect: prospect, goals: goals, constraints: constraints, outside: outside, subject: id, decidedBy: decidedBy)
        // The date and time they gave our next call are theirs, printed as they said them.
        if let slot { told.verbatim.append(slot) }
        // The conditions the prospect set are listed, but for those a requirement the brief answers covers, in their words.
        let covered = answered(outside)
        let conditions = self.conditions.filter { condition in !covered.contains { TextAnalyzer.says($0.words, in: condition) } }
        told.conditions = conditions
        // What the conditions list is not quoted above them as well.
        told.words = told.words.map { Condition.quote($0, without: conditions) }
        told.verbatim += conditions
        let intro = conditions.count == 1 ? "conditions.one" : "conditions.several"
        told.conditionsIntro = conditions.isEmpty || phrases.patterns[intro] == nil ? nil : phrase(intro)
        // The questions they put to us are listed to be answered, and not quoted above as well.
        // Asking for something to read is answered by the next step, sent in writing.
        let put = phrases.patterns["their.questions"] == nil ? [] : TheirQuestion.asked(in: told.words ?? "", call: grammar.quotation(call), besides: questionsAnswered, meeting: meetingWords,
                                                                                              topics: systems + (phrases.patterns["question.topics"] ?? []))
        // A question that asks for the very need a reading tells ("can your tool spot someone who hasn't come in for a while?")
        // is answered by the brief itself, and stays in their words.
        let needsTold = goals.flatMap { ($0.readWords ?? []).filter { $0.contains(" ") || $0.contains("+") } }
        let questions = put.filter { !written || !TextAnalyzer.says(writtenCues, in: $0) }
            .filter { !TextAnalyzer.says(needsTold, in: $0) }
        told.theirQuestions = questions
        told.written = written
        told.words = told.words.map { Condition.quote($0, without: questions) }
        told.verbatim += questions
        told.theirQuestionsIntro = questions.isEmpty ? nil : phrase(questions.count == 1 ? "their.questions" : "their.questions.several")
        // What they asked us to set up is listed item by item, and not quoted above as well; where it is all they said, or
        // shares its sentence with more, the quote says it.
        if !asked.items.isEmpty, !asked.whole, let said = told.words {
            // A sentence whose ask follows words of its own keeps them alone.
            let words = asked.openings.reduce(said) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
            // The quote has left out conditions and questions since: a sentence is known by its words, past any cut.
            func bare(_ sentence: String) -> String {
                sentence.replacingOccurrences(of: GoalMatcher.elision, with: "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let listed = Set((asked.sentences + asked.announcements).map(bare))
            let rest = GoalMatcher.quoted(words, keeping: Set(TextAnalyzer.sentences(words).filter { !listed.contains(bare($0)) }))
            if !TextAnalyzer.words(rest.replacingOccurrences(of: GoalMatcher.elision, with: "")).isEmpty {
                told.asked = asked.items
                told.askedIntro = phrase(asked.items.count == 1 && phrases.patterns["asked.intro.one"] != nil ? "asked.intro.one" : "asked.intro")
                told.words = rest
                told.verbatim += asked.items
            }
        }
        return told
    }

    /// The requirements outside the product a brief answers under "How we would help": up to two said apart from any need
    /// (hosting, compliance), then one need we do not meet, each once.
    private func answered(_ outside: [GoalCatalogue.Outside]) -> [GoalCatalogue.Outside] {
        Array(outside.filter { $0.apart == true }.uniqued(by: { $0.says[locale] }).prefix(2))
            + Array(outside.filter { $0.apart != true }.uniqued(by: { $0.says[locale] }).prefix(1))
    }

    /// The narrative, but for the conditions.
    private mutating func story(prospect: Prospect?, goals: [Goal], constraints: [Goal], outside: [GoalCatalogue.Outside], subject id: Int?,
                                decidedBy: RankReason?, regrouped: Bool = false) -> Narrative {
        let who = prospect?.name.flatMap { $0.isEmpty ? nil : $0 } ?? phrase("prospect.default")
        if let name = prospect?.name, !name.isEmpty { verbatim.append(name) }
        for attribute in prospect?.attributes ?? [] { verbatim.append(attribute.value) }
        let words = prospect.map { $0.goals.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let words { verbatim.append(words) }
        // Their figures, written in digits where they said them in words ("sixty-two percent" is 62%), are theirs as said.
        verbatim += [declared?.now, declared?.target, stake].compactMap { $0 }
        let goalTitles = grammar.list(goals.map { lowercasedFirst($0.title[locale]) })
        let period = self.period()
        // The run stays a figure of every narrative, so that each can be traced to its analysis; the text does not print it.
        book.add("run", Double(book.run), grammar.number(Double(book.run)), definition("run"), accounts: population)
        let lines = goals.map { Narrative.GoalLine(id: $0.id, title: $0.title[locale], summary: $0.summary[locale]) }
        // Why it matters: two of the goals' points, or one after a need outside the product, answered first; what we
        // answer for where nothing measures a goal comes after them, and the story that follows carries the rest.
        // One such line: a second would read as a brief that mostly says what it does not do. Requirements said apart
        // (hosting, compliance, a budget) are answers, not refusals: up to two are said, each once.
        let declined = answered(outside).map { $0.says[locale] }
        let scope = declined.isEmpty ? Array(scopeNotes(goals).prefix(1)) : []
        let talking = declined + byGoal(goals.map { $0.talkingPoints[locale] }, limit: max(1, 2 - declined.count)) + scope
        let outsideDemo = outside.compactMap { $0.demo?[locale] }
        let demo = outsideDemo + byGoal(goals.map { $0.demo[locale] }, limit: max(1, 3 - outsideDemo.count))
        let asked = outside.compactMap { $0.ask?[locale] }
            + (phrases.patterns["raised.question"] == nil ? [] : raised.map { raised in
                phrase(raised.first && phrases.patterns["raised.question.first"] != nil ? "raised.question.first" : "raised.question", ["said": raised.said])
            })
        let system = systemQuestion(goals)
        let questions = asked + byGoal(goals.map(questions), limit: max(1, 3 - asked.count - system.count)) + system
        // The prospect's words, quoted, are their challenge: the brief does not restate them.

        guard let id, let archetype = archetype(id) else {
            return noFit(who: who, words: words, goals: goals, constraints: constraints, title: title(goals, keeping: constraints, name: ""), lines: lines, talking: talking, asked: asked, demo: demo,
                         // A brief that quotes no figure names no data period either.
                         period: period)
        }
        // A group keeps its one name whatever the goal, and the trait the name rests on is told among its behaviours.
        unnamed = nil
        var subject = self.subject(archetype)
        // A brief says "these customers" (masculine in French) unless another group is told beside it (decided below).
        unnamed = prospect == nil ? nil : archetype.id
        feminine = unnamed == nil && speaksFeminine(archetype)
        let measured = self.results(archetype, goals: goals)
        // Only a result that moved the goal's way, over enough accounts, is proof; adverse or flat ones are caveats.
        let moved = measured.filter { proves($0, of: archetype, goals: goals, brief: prospect != nil) }
        let doubtful = measured.compactMap { entry -> (metric: String, text: String)? in
            switch movement(entry.id, archetype, goals: goals) {
            case .adverse where !entry.result.before.isEmpty: (entry.id, phrase("caveat.adverse", entry.slots))
            case .flat where !entry.result.before.isEmpty: (entry.id, phrase("caveat.flat", entry.slots))
            // A result our other customers matched is no result; a prospect need not read of it.
            case .typical where prospect == nil: (entry.id, phrase("caveat.typical", entry.slots))
            // Too few accounts to quote is a note for a case story, not for a prospect.
            case .thin where prospect == nil: (entry.id, phrase("caveat.thin", entry.slots))
            default: nil
            }
        }
        // What the group does, told for the goals a group speaks to: how spiky a group's calendar is says nothing of how it
        // gets through its peaks (`grouped: false`).
        var approach = behaviours(archetype, goals: goals.filter { $0.grouped != false })
        // A result that counts what the group is told for (sources connected, for teams that lean on integrations) proves
        // nothing: it says again how they work. A case story still tells it where that count is what a goal asks for
        // (their tools in one place); a brief never does.
        let good = moved.filter { !Self.circular($0.id, told: approach.features, goals: prospect == nil ? goals : []) }
        let title = self.title(goals, keeping: constraints, name: subject.name)
        let (headline, lead) = headline(archetype, called: subject.name, results: good, goals: goals, plain: title, brief: prospect != nil)
        // Renewal tells the group's own story, never a prospect's: these customers staying with us says nothing of whether
        // they keep theirs.
        let renewal = goals.isEmpty ? archetype.renewal.map { self.renewal($0, archetype) } : nil
        // The result the headline leads with comes first, then before and afters, then levels (hours saved); renewal is
        // said after them as a sentence of its own, never as one of them.
        let shown = (good.filter { $0.id == lead } + good.filter { $0.id != lead }).prefix(3)
        let changes = shown.filter { !$0.result.before.isEmpty }
        var proof = shown.filter { $0.id == lead } + (changes + shown.filter { $0.result.before.isEmpty }).filter { $0.id != lead }
        // The first result whose group started clearly lower says so, once, and whether it ended above our other customers.
        for key in ["lower", "overtook"] {
            if let lower = proof.firstIndex(where: { $0.slots[key] != nil }), phrases.patterns["result.lift." + key] != nil {
                proof[lower] = proof[lower].adding(phrase("result.lift." + key))
            }
        }
        // The group is chosen for its usage and results, or for its usage alone when it has no result to show.
        let proven = !proof.isEmpty || (goals.isEmpty && renewal != nil)
        // Goals with a result shown, and those without.
        let shownMetrics = shown.map(\.id)
        func unshown(_ goal: Goal) -> Bool { !goal.evidence.outcomes.contains { shownMetrics.contains($0.metric ?? "") } }
        let unevidenced = goals.filter(unshown)
        // A brief's goal this group has no figure for may have one in another group: the brief quotes it, with that group.
        let elsewhere = prospect == nil ? [] : unevidenced.compactMap { goal in self.elsewhere(goal, besides: archetype).map { (goal: goal.id, other: $0) } }
        // "Their results" names every other goal left without a result: without any result, in place of them; beside
        // results, after them (a case story, which has no questions to point to, says it with care).
        // What the prospect protects and a result could speak to (customer experience), without one shown, is said the same
        // way; a constraint nothing measures (the ad budget) is honoured by the approach, not reported on.
        let unproven = unevidenced.filter { goal in !elsewhere.contains { $0.goal == goal.id } }
            + (prospect == nil ? [] : constraints.filter { !$0.evidence.outcomes.isEmpty && unshown($0) })
        let measurable = Self.measurable(unproven)
        let piloted = !measurable.isEmpty && measurable.allSatisfy { $0.pilot != nil }
        // A brief without a result of its own says what it cannot show under "What we would measure with you", after any
        // result another group gives; beside results, it names the goals left without one.
        let unmeasured = goals.isEmpty || proven || prospect == nil ? nil
            : !measurable.isEmpty ? staked(lacking(measurable, pilot: "results.none.pilot", plain: "results.none"))
            : elsewhere.isEmpty ? phrase("results.none.group") : nil
        let none = goals.isEmpty || (!proven && prospect != nil) ? nil
            : !proven ? (measurable.isEmpty ? phrase("results.none.group") : lacking(measurable, pilot: nil, plain: "results.none"))
            : measurable.isEmpty || prospect == nil || phrases.patterns["results.none.some"] == nil ? nil
            : lacking(measurable, pilot: "results.none.some.pilot", plain: "results.none.some")
        // Beside results (this group's or another's), a measure the prospect named as their own, which no result shows,
        // is still what a pilot tracks.
        // So is the first goal's measure where they gave the figure it would start from.
        let named = goals.filter { goal in !unproven.contains { $0.id == goal.id } }.filter { $0.pilotIsTheirs == true }.compactMap { $0.pilot?[locale] }
        let ownMeasures = named.isEmpty && unmeasured == nil && stake != nil ? goals.prefix(1).compactMap { $0.pilot?[locale] } : named
        let ownPilot = prospect == nil || ownMeasures.isEmpty || phrases.patterns["results.own.pilot"] == nil ? nil
            : staked(phrase("results.own.pilot", ["pilot": grammar.list(ownMeasures)]))

        // Results that measure something near the goal, not the goal itself, are introduced as such.
        let proxy = goals.first { goal in goal.proxy != nil && !unshown(goal) }?.proxy?[locale]
        // Before and afters say what their medians are over, and when most later measures were taken, over every group
        // quoted.
        let quoted = changes.map { (archetype, $0.id) } + elsewhere.compactMap { entry in
            self.archetype(entry.other.id).flatMap { group in entry.other.change ? (group, entry.other.metric) : nil }
        }
        let measuredOver = quoted.isEmpty || phrases.patterns["caveat.measured"] == nil ? nil : measuredCaveat(archetype, quoted: quoted, brief: prospect != nil)
        // A group that proves nothing is not told to a prospect: its usage alone reads as a fact sheet. The group another
        // goal's result comes from is told instead, or none, and the brief says what a pilot would measure. It still
        // ranks, for the rep.
        // Where every result comes from another group, that group is told alone: its habits and its results are one story.
        let answered = goals.filter { goal in !elsewhere.contains { $0.goal == goal.id } }
        if !proven, prospect != nil {
            if let other = elsewhere.first?.other.id, !regrouped {
                return story(prospect: prospect, goals: goals, constraints: constraints, outside: outside, subject: other, decidedBy: nil, regrouped: true)
            }
            if elsewhere.isEmpty, !answered.isEmpty {
                return noFit(who: who, words: words, goals: goals, constraints: constraints, title: title, lines: lines, talking: talking, asked: asked, demo: demo, period: period)
            }
        }
        // Beside another group, this one is named, with its own pronoun.
        if !elsewhere.isEmpty, unnamed != nil {
            unnamed = nil
            feminine = speaksFeminine(archetype)
            approach = behaviours(archetype, goals: goals.filter { $0.grouped != false })
        }
        // When another group tells a goal, this group is introduced with the first goal it tells itself.
        let own = goals.first { goal in !elsewhere.contains { $0.goal == goal.id } }
        let first = !elsewhere.isEmpty && own != nil && phrases.patterns["subject.intro.first"] != nil
        let introKey = prospect == nil ? "subject.intro.case" : first ? "subject.intro.first" : goals.count > 1 ? "subject.intro.many" : "subject.intro"
        let firstTopic = (own ?? goals.first).map(topic) ?? ""
        // A group that counts enough of the prospect's industry says so, unless the industry decided the choice (said below).
        let peers = decidedBy == nil && introKey != "subject.intro.first" ? self.peers(archetype, industry: prospect?.industry) : nil
        // One habit listed is said as one ("have one habit in common"), where the phrase book says it; none, as the group behind
        // the results.
        let key = peers == nil ? introKey : "subject.intro.peers"
        let variant = approach.lines.isEmpty ? ".bare" : approach.lines.count == 1 ? ".one" : ""
        var intro = phrase(!variant.isEmpty && phrases.patterns[key + variant] != nil ? key + variant : key, ["name": nameInText(archetype.id), "size": subject.size, "goal": firstTopic,
                                                                             "peers": peers?.count ?? "", "value": peers?.value ?? "", "the_value": peers?.theValue ?? ""])
        if let decidedBy, prospect != nil { intro += " " + tieBreak(decidedBy, archetype: archetype, prospect: who) }
        subject.intro = intro
        // The next step offers the first demo of each goal raised first; the demo list then holds the others.
        var next = nextStep(who, goals: goals, demo: demo, pilot: piloted && (unmeasured != nil || none != nil), words: words)
        // A step they asked for that no goal's reading tells is shown all the same, built in front of them.
        let untold = prospect == nil || phrases.patterns["demo.asked"] == nil ? [] : self.asked.items.filter { item in
            !goals.contains { TextAnalyzer.says($0.readWords ?? [], in: item) }
        }.compactMap(heading).prefix(2)
        if !untold.isEmpty {
            verbatim += untold
            next.rest = Array(next.rest.prefix(1)) + untold.map { phrase("demo.asked", ["item": $0]) } + next.rest.dropFirst()
        }
        return Narrative(
            // A story that tells two goals with two groups heads with both goals, not with one group's figure.
            locale: locale, prospect: who, preparedFor: grammar.named(who), fit: true,
            headline: elsewhere.isEmpty ? headline : title,
            challenge: goals.isEmpty ? phrase("challenge.case", ["name": subject.name, "description": lowercasedFirst(subject.description)])
                : prospect == nil ? phrase("challenge.case.goals", ["goals": goalTitles]) : "",
            words: words, first: prospect == nil ? nil : promisedFirst(), goals: lines, subject: subject, approach: approach.lines, results: good.map(\.result), renewal: renewal,
            // Beside another group's result, each result is led by its group's name.
            proofPoints: proof.map { entry in
                elsewhere.isEmpty ? entry.result.sentence : phrase("results.other", ["name": subject.name]) + " " + lowercasedFirst(entry.result.sentence)
            }, proxy: proxy, noResult: ownPilot.map { [none, $0].compactMap { $0 }.joined(separator: " ") } ?? none, borrowed: elsewhere.map(\.other.told),
            unmeasured: unmeasured, talkingPoints: talking,
            discoveryQuestions: questions, demo: next.rest, nextStep: withTerms(withStart(withGuests(next.text))),
            caveats: caveats(archetype, subject: subject, shown: shownMetrics + elsewhere.map(\.other.metric), own: shownMetrics,
                             renewal: renewal != nil && goals.isEmpty,
                             goals: goals,
                             // A metric quoted from another group needs no word on this group's few accounts.
                             doubtful: doubtful.filter { entry in !elsewhere.contains { $0.other.metric == entry.metric } }.map(\.text),
                             unevidenced: proven && none == nil ? (prospect == nil ? unproven : measurable) : [],
                             others: elsewhere.map(\.other.group),
                             told: approach.features + elsewhere.flatMap(\.other.features)),
            // The source line says what the before and afters are over; without one, it does not speak of them.
            period: period, source: measuredOver.map { phrase("source", ["period": period, "measured": $0]) }
                ?? phrase(phrases.patterns["source.levels"] != nil ? "source.levels" : "source", ["period": period, "measured": ""]),
            run: book.run, verbatim: verbatim, figures: book.figures)
    }

    /// "Before and after figures are medians over the same accounts…", with the months in which most of the later measures
    /// of the results shown were taken, when the data says, then what leaving accounts do to them.
    private mutating func measuredCaveat(_ archetype: Archetype, quoted: [(Archetype, String)], brief: Bool) -> String {
        let leavers = leavers(Set(quoted.map(\.0.id)).count == 1 ? quoted.first?.0 : nil, brief: brief)
        return [measuredSpan(archetype, quoted: quoted), leavers].compactMap { $0 }.joined(separator: " ")
    }

    /// Accounts that left are not measured, which flatters every before and after: by how much for this group against our
    /// other customers, read from how many of each did not renew when due (as figures in a case story; in words in a brief,
    /// which does not tell a prospect how many of our customers leave us), when the data says; else that it was not checked.
    private mutating func leavers(_ group: Archetype?, brief: Bool) -> String? {
        guard let group, let own = group.renewal, phrases.patterns["caveat.leavers.fewer"] != nil else {
            return phrases.patterns["caveat.leavers"] == nil ? nil : phrase("caveat.leavers")
        }
        let others = renewals(excluding: group.id)
        guard others.known >= analysis.options.minSize else { return phrase("caveat.leavers") }
        let (mine, theirs) = (1 - own.rate, 1 - Double(others.renewed) / Double(others.known))
        let printed = [mine, theirs].map { grammar.percent($0) }
        let kind = printed[0] == printed[1] || abs(mine - theirs) < 0.02 ? "same" : mine < theirs ? "fewer" : "more"
        // A prospect reads which way leavers weigh, not how many of our customers leave us.
        if brief, phrases.patterns["caveat.leavers.\(kind).bare"] != nil {
            return phrase("caveat.leavers.\(kind).bare", ["name": nameInText(group.id)])
        }
        return phrase("caveat.leavers.\(kind)", [
            "name": nameInText(group.id),
            "rate": book.add("archetype.\(group.id).renewal.lapsed", mine, printed[0], definition("renewal.lapsed", group, accounts: own.known),
                             accounts: own.known),
            "others": book.add("archetype.\(group.id).renewal.others.lapsed", theirs, printed[1],
                               definition("renewal.others.lapsed", group, accounts: others.known), accounts: others.known),
        ])
    }

    /// How the before and afters were taken, with the months of most later measures when the data says.
    private mutating func measuredSpan(_ archetype: Archetype, quoted: [(Archetype, String)]) -> String {
        let grammar = self.grammar
        let month = { (seconds: Int64) in grammar.month(Date(timeIntervalSince1970: TimeInterval(seconds))) }
        let spans = quoted.compactMap { group, metric in group.outcomes.first { $0.metric == metric }?.measured }
        guard !quoted.isEmpty, spans.count == quoted.count, phrases.patterns["caveat.measured.dated"] != nil,
              let from = spans.compactMap(\.first).min(), let to = spans.compactMap(\.last).max(), month(from) != month(to)
        else { return phrase("caveat.measured") }
        // Months from one group are that group's figures; from several, the earliest and latest across them.
        let one = Set(quoted.map(\.0.id)).count == 1
        let (id, kind) = one ? ("archetype.\(archetype.id).outcomes", "outcome.measured") : ("outcomes", "outcome.measured.groups")
        let accounts = Set(quoted.map(\.0.id)).compactMap(self.archetype).reduce(0) { $0 + $1.size }
        return phrase("caveat.measured.dated", [
            "from": book.add("\(id).measured.from", Double(from), month(from), definition("\(kind).from", archetype), accounts: accounts),
            "to": book.add("\(id).measured.to", Double(to), month(to), definition("\(kind).to", archetype), accounts: accounts),
        ])
    }

    /// A goal's figure from another group than the subject.
    struct Other {
        let told: Narrative.Borrowed
        let metric: String
        /// The group's name, as a sentence says it.
        let group: String
        let id: Int
        /// Whether the figure is a before and after.
        let change: Bool
        /// The features its behaviours tell.
        let features: [String]
    }

    /// The goal told with the group, other than `chosen`, whose result on the goal's first metric moved its way the most:
    /// that group introduced as the subject is, by name and size, two of its behaviours, then its result led by its name
    /// ("Targeting specialists: in their busiest weeks, 94%…"). What teams report of themselves (hours saved) is never
    /// borrowed: automation's hours say nothing of teamwork.
    private mutating func elsewhere(_ goal: Goal, besides chosen: Archetype) -> Other? {
        guard phrases.patterns["results.other"] != nil else { return nil }
        let others = analysis.archetypes.filter { $0.id != chosen.id && $0.size >= analysis.options.minSize }
        for signal in goal.evidence.outcomes {
            guard let metric = signal.metric, !isReported(metric) else { continue }
            func gain(_ archetype: Archetype) -> Double {
                archetype.outcomes.first { $0.metric == metric }.flatMap(ArchetypeRanker.relativeChange).map { $0 * signal.sign } ?? 0
            }
            guard let best = others.filter({ movement(metric, $0, goals: [goal]) == .good }).max(by: { gain($0) < gain($1) }) else { continue }
            let subjectFeminine = feminine
            feminine = speaksFeminine(best)
            defer { feminine = subjectFeminine }
            guard let result = results(best, goals: [goal]).first(where: { $0.id == metric }),
                  proves(result, of: best, goals: [goal], brief: true) else { continue }
            // What the group does for the goal; without such a behaviour, the introduction ends on the group.
            let approach = behaviours(best, goals: [goal])
            guard !Self.circular(metric, told: approach.features, goals: []) else { continue }
            let name = nameInText(best.id)
            let intro = phrase(approach.lines.isEmpty ? "subject.intro.first.bare" : "subject.intro.first",
                               ["name": name, "of_name": grammar.of(name), "size": size(best), "goal": topic(goal)])
            let told = Narrative.Borrowed(intro: intro, approach: Array(approach.lines.prefix(2)), nearest: goal.proxy?[locale],
                                          result: phrase("results.other", ["name": name]) + " " + lowercasedFirst(result.result.sentence))
            return Other(told: told, metric: metric, group: name, id: best.id, change: !result.result.before.isEmpty,
                         features: Array(approach.features.prefix(2)))
        }
        return nil
    }

    /// Goals a result could speak to, or that a pilot would measure: only these are said to lack a result (nothing
    /// measures keeping a site up).
    static func measurable(_ goals: [Goal]) -> [Goal] { goals.filter { !$0.evidence.outcomes.isEmpty || $0.pilot != nil } }

    /// What a brief says of `goals` left without a result: what a pilot would track (the `pilot` pattern) when each goal
    /// names it, else the `plain` pattern by their topics, else nothing.
    private func lacking(_ goals: [Goal], pilot: String?, plain: String?) -> String? {
        let topics = grammar.list(goals.map { topic($0) }, conjunction: .or)
        let pilots = goals.compactMap { $0.pilot?[locale] }
        if let pilot, !goals.isEmpty, pilots.count == goals.count, phrases.patterns[pilot] != nil {
            // Several measures, each often a clause of its own, are set apart by semicolons; they are not counted, since
            // one measure may hold two ("…, and how many…").
            let several = pilot + ".several"
            // Each further measure is a sentence of its own, named by its topic: "For keeping customers, we would also track…".
            if pilots.count > 1, phrases.patterns[pilot + ".next"] != nil {
                let rest = zip(goals.dropFirst(), pilots.dropFirst()).map { goal, measure in phrase(pilot + ".next", ["topic": topic(goal), "pilot": measure]) }
                return ([phrase(pilot, ["topics": topic(goals[0]), "pilot": pilots[0]])] + rest).joined(separator: " ")
            }
            if pilots.count > 1, phrases.patterns[several] != nil {
                return phrase(several, ["pilots": grammar.clauses(pilots)])
            }
            return phrase(pilot, ["topics": topics, "pilot": grammar.list(pilots)])
        }
        return plain.map { phrase($0, ["topics": topics]) }
    }

    /// When a prospect with no project told us to come back, in their words ("in June", « l'année prochaine »), and whether
    /// they asked for it ("call us back") or only said so (« on en reparlera »): the brief promises that, rather than
    /// silence. Nil where they named no time.
    private func callBack() -> (when: String, asked: Bool)? {
        guard phrases.patterns["declined.next.when"] != nil else { return nil }
        let text = call.replacingOccurrences(of: "’", with: "'")
        let range = NSRange(text.startIndex..., in: text)
        // "Locked in until 2028. Maybe reach out then": the time is the one their "then" points back to.
        if let then = Self.thenCue.firstMatch(in: text, range: range), let until = Self.untilCue.firstMatch(in: text, range: NSRange(location: 0, length: then.range.location)),
           let date = Range(until.range(withName: "date"), in: text) {
            let said = text[date].trimmingCharacters(in: .whitespaces)
            let bare = said.first?.isNumber == true || said.first?.isUppercase == true
            return (bare ? (locale == .en ? "in " : "en ") + said : said, false)
        }
        guard let match = Self.callBackCue.firstMatch(in: text, range: range), let when = Range(match.range(withName: "when"), in: text),
              let cue = Range(match.range(withName: "cue"), in: text) else { return nil }
        let said = text[when].trimmingCharacters(in: .whitespaces)
        let cueSaid = text[cue].lowercased()
        return said.isEmpty ? nil : (said, !cueSaid.hasPrefix("on en") && !["peut-être", "maybe"].contains(cueSaid))
    }

    /// "Reach out then", « recontactez-nous à ce moment-là »: a time said before.
    private static let thenCue = try! NSRegularExpression(pattern:
        #"\b(?:reach out|get back to us|call us|contact us|come back|talk)\s+(?:again\s+)?then\b|\b(?:recontactez-nous|rappelez-nous|revenez vers nous)\s+(?:à ce moment-là|a ce moment-la|à ce moment là)"#,
        options: [.caseInsensitive])
    /// "until 2028", « jusqu'en 2028 »: how long they are bound.
    private static let untilCue = try! NSRegularExpression(pattern:
        #"\b(?:until|till|jusqu'en|jusqu'à|jusqu'au)\s+(?<date>[^.!?,;:]{1,20}?)(?=[.!?,;:]|\s+(?:and|so|mais|donc|et)\b|$)"#,
        options: [.caseInsensitive])

    /// "Call us back in June", « Rappelez-nous en juin », « on en reparlera peut-être l'année prochaine »: the time they gave.
    private static let callBackCue = try! NSRegularExpression(pattern:
        #"\b(?<cue>call us back|get back to us|reach out again|check back|circle back|come back to us|contact us again|rappelez-nous|rappelez nous|recontactez-nous|recontactez nous|revenez vers nous|on en reparlera|on en reparle|peut-être|maybe)(?:\s+(?:peut-être|maybe|perhaps))?\s+(?<when>(?:in|next|after|around|en|dans|à|au|après|l'|début|fin)\b[^.!?,;:]{1,40})"#,
        options: [.caseInsensitive])

    /// The brief when no archetype evidences the goals, or no goal was recognized: it says so and asks; for goals it
    /// recognized, it still offers their first demo and says their cautions, and what a pilot would track when each says.
    /// Words that state no goal (small talk, logistics) are not quoted back as a challenge.
    private func noFit(who: String, words: String?, goals: [Goal], constraints: [Goal], title: String, lines: [Narrative.GoalLine],
                       talking: [String], asked: [String], demo: [String], period: String) -> Narrative {
        let recognized = !goals.isEmpty
        if declined, phrases.patterns["declined.headline"] != nil {
            // A time to talk again heads the brief and is promised; without one, we promise not to chase them.
            let back = callBack()
            let timed = back.flatMap { phrases.patterns["declined.headline.when"] == nil ? nil : $0.when }
            let next = back.map { phrase($0.asked && phrases.patterns["declined.next.asked"] != nil ? "declined.next.asked" : "declined.next.when", ["when": $0.when]) }
            return Narrative(locale: locale, prospect: who, preparedFor: grammar.named(who), fit: false,
                             headline: timed.map { phrase("declined.headline.when", ["when": $0]) } ?? phrase("declined.headline"),
                             challenge: phrase(timed == nil ? "declined.challenge" : "declined.challenge.when"), words: words, declined: true,
                             goals: [], subject: nil, approach: [], results: [], renewal: nil, proofPoints: [], noResult: nil,
                             unmeasured: nil, talkingPoints: talking, start: [], discoveryQuestions: [], demo: [],
                             // What they asked us to send is promised first ("send us the slides").
                             nextStep: [promise(), next ?? phrase("declined.next")].compactMap { $0 }.joined(separator: " "),
                             caveats: [], period: period, source: "",
                             run: book.run, verbatim: verbatim, figures: book.figures)
        }
        // A need heard but not recognized is quoted, and asked about in general terms; small talk is not quoted.
        let heard = !recognized && self.heard && phrases.patterns["nogoal.heard.questions"] != nil
        // A call about our terms or documents, with no need heard, gets what it asked for first, and no general questions.
        let promised = recognized || heard || phrases.patterns["nogoal.requests.headline"] == nil ? nil : promise()
        // A call that only sets up the next meeting prepares that meeting.
        let requests = forMeeting && phrases.patterns["nogoal.meeting.headline"] != nil ? "nogoal.meeting" : "nogoal.requests"
        // A call that only moves the next meeting, asking for nothing, is about that meeting: no questions on their needs.
        let moving = !recognized && !heard && promised == nil && slot != nil && phrases.patterns["nogoal.meeting.headline"] != nil
        let system = recognized || heard ? systemQuestion(goals) : []
        // A message that informs, on its own or on a schedule, is sent; one that asks each person to act is a journey they
        // leave by acting.
        // Needs they numbered are set up one by one, like messages sent apart.
        let oneOff = heard && (TextAnalyzer.says(Self.oneOff, in: call) || !TextAnalyzer.says(Self.acting, in: call) || listsSteps && self.asked.numbered)
            && phrases.patterns["heard.send"] != nil
        let start = heard ? journey(oneOff: oneOff) : []
        let questions = asked + (recognized ? byGoal(goals.map(questions), limit: max(1, 4 - asked.count - system.count)) + system
            : heard ? (start.isEmpty || oneOff || followUp == .person || Trigger.timed(call) ? [] : [phrase("heard.question.journey")]) + heardQuestions(system, oneOff: oneOff && !start.isEmpty)
            : promised != nil ? phrases.patterns[requests + ".questions"] ?? []
            : moving ? phrases.patterns["nogoal.meeting.questions"] ?? []
            // With nothing to go on, two open questions, not a questionnaire.
            : Array((phrases.patterns["nogoal.questions"] ?? []).prefix(2)))
        // What a pilot would measure, for the goals and what the prospect protects that one could speak to.
        let unmeasured = staked(lacking(Self.measurable(goals + constraints.filter { !$0.evidence.outcomes.isEmpty }), pilot: "results.none.pilot", plain: nil)
            ?? (heard ? declared.map { phrase("results.none.pilot", ["pilot": $0.pilot(phrases, locale: locale)]) } : nil))
        let next = nextStep(who, goals: goals, demo: demo, pilot: unmeasured != nil, words: words)
        return Narrative(
            locale: locale, prospect: who, preparedFor: grammar.named(who), fit: false,
            headline: promised != nil ? phrase(requests + ".headline")
                : !start.isEmpty ? heardHeadline(who)
                // A need heard with nowhere yet to start says so, rather than promise questions alone.
                : heard && phrases.patterns["nogoal.heard.headline.open"] != nil ? phrase("nogoal.heard.headline.open")
                : moving ? phrase("nogoal.meeting.headline")
                : !recognized ? phrase("nogoal.headline", ["prospect": who]) : title,
            // A call that only sets up the next meeting says what we will send in the next step, not as their priorities.
            // What they asked for, listed, needs no word that we must understand it first.
            challenge: forMeeting && promised != nil ? "" : promised ?? (!start.isEmpty || !self.asked.items.isEmpty ? "" : heard ? phrase("nogoal.heard", ["prospect": who]) : ""),
            words: recognized || heard || promised != nil && !forMeeting ? words : nil, asking: promised != nil && !forMeeting,
            first: recognized || heard ? promisedFirst() : nil, goals: lines, subject: nil, approach: [], results: [], renewal: nil, proofPoints: [], noResult: nil,
            // Where we would start, what we answer for (where their data is kept) is said with it, not as a reason.
            unmeasured: unmeasured, talkingPoints: start.isEmpty ? talking : [], start: start.isEmpty ? [] : start + talking,
            discoveryQuestions: questions, demo: recognized ? next.rest : [],
            nextStep: promised != nil ? (forMeeting ? [promised, noGoalAsk(key: requests + ".next")].compactMap { $0 }.joined(separator: " ")
                    : noGoalAsk(key: requests + ".next"))
                : withTerms(recognized ? withStart(withGuests(next.text)) : noGoalAsk(key: moving ? "nogoal.meeting.next" : start.isEmpty ? (heard && phrases.patterns["nogoal.heard.more"] != nil ? "nogoal.heard.more" : "nogoal.next")
                    : (listsSteps && phrases.patterns["nogoal.heard.next.asked"] != nil ? "nogoal.heard.next.asked"
                        : attribution && channels.isEmpty && phrases.patterns["nogoal.heard.report.next"] != nil ? "nogoal.heard.report.next"
                        // What raises the alert, where they said it, is not asked again: who gets it, and what it shows, is.
                        : followUp == .person && phrases.patterns["nogoal.heard.alert.next"] != nil
                            ? (moment != nil && phrases.patterns["nogoal.heard.alert.said.next"] != nil ? "nogoal.heard.alert.said.next" : "nogoal.heard.alert.next")
                        : oneOff ? "nogoal.heard.send.next" : "nogoal.heard.next") + (unmeasured == nil ? "" : ".pilot"))),
            // A brief that quotes no figure does not say so, nor cautions about figures it does not quote; what we answer for
            // is said under "How we would help".
            caveats: [],
            period: period, source: "",
            run: book.run, verbatim: verbatim, figures: book.figures)
    }

    /// What we answer for, for goals nothing in the data measures (we carry messages, we do not run the prospect's
    /// systems): each goal's caution, once, said last under "How we would help".
    private func scopeNotes(_ goals: [Goal]) -> [String] {
        goals.filter { $0.evidence.outcomes.isEmpty && !$0.evidence.renewal }.compactMap { $0.caveat?[locale] }.uniqued()
    }

    /// How we would start on a need heard but not recognized, where the prospect named how they reach people, the measure
    /// they are judged on, or messages (reminders, alerts): one automated journey, from the moment they named or an event
    /// in the systems they named, on the channels they named; or, for a message that informs, each one sent to those it
    /// concerns (`heard.send`); an alert to their team where they want a person to call (`heard.alert`); each request's
    /// source where they ask where customers come from (`heard.report`); and, where we would track their measure and may
    /// keep people from a message, a share held back so that the pilot shows what it changes.
    private func journey(oneOff: Bool) -> [String] {
        // Where customers come from is recorded and followed to the sale; messages go beside it only where they named a channel.
        let report = attribution && phrases.patterns["heard.report"] != nil ? [phrase("heard.report")] : []
        guard report.isEmpty || !channels.isEmpty else { return report }
        // A shared inbox answers people who write in: no message of ours starts it.
        guard !channels.isEmpty || declared != nil || followUp != nil || Self.describesMessages(call), !TextAnalyzer.says(Self.inbox, in: call),
              phrases.patterns["heard.journey"] != nil else { return [] }
        // A person who calls is alerted; nothing goes out by itself.
        let alerting = followUp == .person && phrases.patterns["heard.alert"] != nil
        // A message sent and a journey each say where they start in their own words, the journey's where a book has only those.
        let line = alerting ? "heard.alert" : oneOff ? "heard.send" : "heard.journey"
        // Steps they listed are set up as they listed them: on their channels, with no rule of ours on when they stop.
        let pattern = !alerting && listsSteps && phrases.patterns[line + ".asked"] != nil ? line + ".asked" : line
        func event(_ suffix: String) -> String { phrases.patterns[line + ".event" + suffix] != nil ? line + ".event" + suffix : "heard.journey.event" + suffix }
        // Messages they set in time ("the day before, then the morning of") go out then: not at an event of theirs
        // ("when the truck leaves"), unless that is the time they gave ("thirty minutes before each session"), nor as
        // information arrives.
        let said = moment.flatMap { moment in phrases.patterns[event(".said")] == nil ? nil : phrase(event(".said"), ["moment": moment]) }
        let timed = oneOff && Trigger.timed(call) && phrases.patterns[line + ".event.timed"] != nil ? phrase(line + ".event.timed") : nil
        let from = (moment.map(Trigger.timed) == true ? said : nil) ?? timed ?? said
            ?? (systems.isEmpty ? phrase(event("")) : phrase(event(".named"), ["system": grammar.list(systems, conjunction: .or)]))
        // Each message goes by one of the channels named, not by all of them at once.
        let by = channels.isEmpty ? phrase("heard.journey.channels") : grammar.list(channels, conjunction: .or)
        // Messages sent apart start with the first they listed, and the others follow once it runs.
        if pattern == "heard.send.asked", phrases.patterns["heard.send.asked.first"] != nil {
            // Where the first item names no thing to quote as a heading, it is the first of these.
            // With two, the other follows; with more, the others, one at a time.
            let two = asked.items.count == 2 ? ".two" : ""
            func key(_ base: String) -> String { phrases.patterns[base + two] != nil ? base + two : base }
            if let firstStep { return [phrase(key("heard.send.asked.first"), ["first": firstStep])] }
            if phrases.patterns["heard.send.asked.first.bare"] != nil { return [phrase(key("heard.send.asked.first.bare"))] }
        }
        return report + [phrase(pattern, ["from": from, "by": by])]
            + (declared == nil || !holdout || oneOff || alerting ? [] : [phrase("heard.holdout")])
            + (followUp == .personAndMessages && phrases.patterns["heard.alert.also"] != nil ? [phrase("heard.alert.also")] : [])
    }

    /// Words of what a message may ask each person to do: a journey goes on until they have done it.
    private static let acting = ["chase", "complete", "finish", "sign", "pay", "renew", "abandon", "win back", "onboard",
                                 "activat", "convert", "fill in", "fill out", "upgrade", "check in", "come back", "unpause", "enrol",
                                 "register", "download", "collect", "pick up", "relance", "finalis", "terminer", "remplir", "signer",
                                 "payer", "reserver", "renouvel", "reactiv", "activer", "s inscrire", "telecharger", "revenir", "recuper"]

    /// Whether `text` describes messages, or what a message would ask people to do.
    static func describesMessages(_ text: String) -> Bool { TextAnalyzer.says(messaging + acting, in: text) }

    /// Words of messages, which make a need one we answer: "reminders before the closing date", « des alertes »; with
    /// `acting`, which holds the reminders a message chases with (« relance », "chase").
    private static let messaging = ["remind", "rappel", "alert", "notif", "message", "newsletter", "nudge", "journey", "parcours",
                                    "sequence", "campaign", "campagne", "prevenir", "notify"]

    /// Words that speak of a system of the prospect's without naming it.
    /// Said as theirs: "one system, ideally" wishes for one, and "answering DMs" are messages.
    private static let systemWords = ["our system", "the system", "our systems", "our software", "the software", "booking system",
                                      "management system", "in house tool", "our tool", "our platform", "our crm", "our app", "our dms",
                                      "the dms", "our pms", "the pms", "our erp", "the erp", "notre logiciel", "le logiciel", "logiciel de",
                                      "logiciel maison", "notre systeme", "le systeme", "notre outil", "outil maison", "notre plateforme",
                                      "notre crm", "notre appli", "notre dms", "le dms", "notre pms", "le pms", "notre erp", "l erp"]

    /// Words of a place where people's messages are answered, not sent.
    private static let inbox = ["inbox", "boite de reception", "messagerie partagee", "shared number", "numero partage", "boite partagee"]

    /// Words of a message sent to those it concerns, once, on a schedule or at each stage of something they follow, not a
    /// journey each person leaves by acting.
    private static let oneOff = ["alert", "announc", "newsletter", "notice", "warning", "alerte", "annonc", "lettre mensuelle",
                                 "lettre d info", "infolettre", "avertir", "bulletin", "digest", "every morning", "each morning",
                                 "every evening", "each evening", "every night", "tous les matins", "chaque matin", "chaque soir",
                                 "tous les soirs", "subscribe", "s abonner", "at each stage", "at every stage", "at each step",
                                 "a chaque etape"]

    /// What a brief asks of a need it heard but did not recognize: what would define success, where its data lives (in
    /// the systems the prospect named, if any), and who would own it; `oneOff` for messages sent, not a journey.
    private func heardQuestions(_ system: [String], oneOff: Bool) -> [String] {
        let questions = phrases.patterns["nogoal.heard.questions"] ?? []
        // A prospect who gave their measure, or a share where they stand ("one in five"), is not asked how they would measure
        // success; nor is one who asks for a single message (a door code before each session).
        let measured = oneOff || declared != nil || TextAnalyzer.saysShare(call) || TextAnalyzer.saysFraction(call)
        // A prospect who gave their date is asked only who would own it; one who brings colleagues, only their date.
        let bringing = guestsByRole() != nil || TextAnalyzer.says(phrases.patterns["meeting.bringing"] ?? [], in: call)
        // One who asks when they could be live has told us they want it soon: they are asked who would own it.
        let dated = deadline != nil || TextAnalyzer.says(TheirQuestion.askingWhen, in: call)
        let owner = bringing ? (dated ? [] : phrases.patterns["nogoal.heard.date"]) : dated ? phrases.patterns["nogoal.heard.owner"] : nil
        // A system they spoke of without naming it ("our booking system", « notre ERP ») is asked about as theirs, by its kind
        // where they said one.
        let kind = SystemCue.kind(in: call).flatMap { kind in phrases.patterns["nogoal.heard.systems.kind"] == nil ? nil : [phrase("nogoal.heard.systems.kind", ["kind": kind])] }
        let unnamed = !system.isEmpty ? nil : kind ?? (TextAnalyzer.says(Self.systemWords, in: call) ? phrases.patterns["nogoal.heard.systems.said"] : nil)
        // Who would lead it, and by when, in one of the book's ways of asking.
        let lead = phrases.patterns["nogoal.heard.lead"] == nil ? Array(questions.dropFirst()) : [phrase("nogoal.heard.lead")]
        return Array(questions.prefix(measured ? 0 : 1)) + (system.isEmpty ? unnamed ?? (phrases.patterns["nogoal.heard.systems"] == nil ? [] : [phrase("nogoal.heard.systems")]) : system)
            + (owner ?? (small ? phrases.patterns["nogoal.heard.date"] : nil) ?? lead)
    }

    /// A question on the systems the prospect named, when no question of `goals` names them already.
    private func systemQuestion(_ goals: [Goal]) -> [String] {
        guard !systems.isEmpty, phrases.patterns["question.system"] != nil,
              !goals.contains(where: { questions($0).contains { question in systems.contains { question.contains($0) } } })
        else { return [] }
        return [phrase("question.system", GoalCatalogue.System.slots(systems, grammar))]
    }

    /// A goal's discovery questions; one that asks which system does something is put to the systems the prospect named
    /// ("Which system records failed payments…?" → "Does Recurly record failed payments…?"), through `question.system.does`.
    private func questions(_ goal: Goal) -> [String] {
        // A prospect who said when their messages go out ("two days before and the morning of") is not asked when.
        let timed = Trigger.timed(call)
        let timing = phrases.patterns["question.timing"] ?? []
        return goal.discoveryQuestions[locale].filter { !timed || !TextAnalyzer.says(timing, in: $0.ask) }.map { question in
            guard !systems.isEmpty, phrases.patterns["question.system.does"] != nil else { return question.ask }
            let rest: Substring?
            switch locale {
            case .en:
                rest = question.ask.wholeMatch(of: /(?:Which|What) (?:system|tool|platform) (\w+)s (.+)/)
                    .flatMap { ["doe", "i", "ha", "wa"].contains($0.1) ? nil : $0.1 + " " + $0.2 }
            case .fr:
                rest = question.ask.wholeMatch(of: /Quel (?:système|outil|logiciel) (.+)/)?.1
            }
            return rest.map { phrase("question.system.does", ["system": grammar.list(systems, conjunction: .or), "question": String($0)]) } ?? question.ask
        }
    }

    /// The next step, with our promise to send what the prospect asked for, or to answer their questions on our terms
    /// in writing.
    private func withTerms(_ text: String?) -> String? {
        guard let text else { return nil }
        // What they asked to see first is promised at the top: the next step waits for it.
        if promisedFirst() != nil, phrases.patterns["next.step.first"] != nil { return phrase("next.step.first", ["step": lowercasedFirst(text)]) }
        guard let promise = promise() else { return text }
        // A step that introduces a list ends on its colon: the promise comes before the ask.
        return text.hasSuffix(":") ? promise + " " + text : text + " " + promise
    }

    /// What the prospect wants to see before anything else ("your SLA and your incident history before we talk
    /// features"): our promise to send it, told before the rest of the brief; nil where they set no such order.
    private func promisedFirst() -> String? {
        guard !requested.isEmpty, TextAnalyzer.says(phrases.patterns["requests.first"] ?? [], in: call),
              phrases.patterns["first.rest"] != nil, let promise = promise() else { return nil }
        return promise + " " + phrase("first.rest")
    }

    /// Where the prospect said they stand, in their words around their own percentage ("our logo churn is sitting around
    /// four percent a month"): a pilot starts from it. Not "half the waitlist" of an incident told, nor a target ("even a
    /// thirty percent drop"), nor a share said in a condition (a price, "without the platforms that take seventeen percent").
    private func stated() -> String? {
        let clause = TextAnalyzer.clauses(call).first { clause in
            guard TextAnalyzer.saysShare(clause), let share = Quantity.first(in: clause), !share.target, TextAnalyzer.words(clause).count >= 4,
                  !Condition.prices(clause), !TextAnalyzer.says(Self.without + Self.weighing, in: clause) else { return false }
            return !conditions.contains { TextAnalyzer.words($0).joined(separator: " ").contains(TextAnalyzer.words(clause).joined(separator: " ")) }
        }
        guard let clause else { return nil }
        let quoted = ClauseQuote.trimmed(grammar.quotation(clause))
        // "I" and a name stay capitals; any other first word starts in lower case after the colon that introduces it.
        let first = quoted.prefix { $0.isLetter || $0 == "'" || $0 == "’" }
        let named = first.hasSuffix("'s") || first.hasSuffix("’s") || Self.names.contains(String(first))
        return first == "I" || first.hasPrefix("I'") || first.hasPrefix("I’") || named ? quoted : lowercasedFirst(quoted)
    }

    /// Words of doing without, which make a share a condition rather than where the prospect stands.
    private static let without = ["without", "sans", "no more than", "pas plus de", "not more than"]
    /// Words that make a share the weight of a season in their year, not where they stand: "40 percent of our year".
    private static let weighing = ["of our year", "of the year", "of our revenue", "of our sales", "of our turnover", "of annual",
                                   "de l annee", "de notre annee", "du chiffre", "de notre chiffre", "du ca", "de nos ventes"]
    /// Names a quote may open with, which keep their capital: months, days and holidays.
    private static let names: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                             "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                             "Christmas", "Easter", "Halloween", "Thanksgiving", "Noël", "Pâques"]

    /// The pilot `text` with where the prospect said they stand, which it would start from (``stake``).
    private func staked(_ text: String?) -> String? {
        // A measure they named with its figure is said with it already ("your logo churn, which you put at about 4%").
        guard let text, declared?.now == nil, let stake, phrases.patterns["pilot.stake"] != nil else { return text }
        return text + " " + phrase("pilot.stake", ["said": stake])
    }

    /// Our promise to send what the prospect asked for by name, else to answer their questions on our terms in writing.
    private func promise() -> String? {
        if !requested.isEmpty, phrases.patterns["next.step.requests"] != nil {
            // By the day they need them for ("for Tuesday's committee"), where they said one.
            let by = byDay().map { " " + $0 } ?? ""
            return phrase("next.step.requests", ["items": grammar.list(requested.uniqued()) + by])
        }
        if answersTerms, phrases.patterns["next.step.terms"] != nil { return phrase("next.step.terms") }
        // A condition they set on price is answered with our price in writing.
        return conditions.contains(where: Condition.prices) && phrases.patterns["next.step.terms.price"] != nil ? phrase("next.step.terms.price") : nil
    }

    /// The day the prospect needs what they asked for, as the brief says it ("before Tuesday", « avant mardi »): a day
    /// said after "before" or « avant », or the day of the meeting they need it for; nil where they said none.
    private func byDay() -> String? {
        let days = phrases.patterns["weekdays"] ?? []
        let words = TextAnalyzer.words(call)
        // "By Friday week" is a week after that Friday: the brief does not shorten it.
        // A day they rule out anywhere (« jeudi on ne pourra pas ») is no day anything is due by either.
        let isDay = { (index: Int) in days.contains { TextAnalyzer.words($0) == [words[index]] } }
        let out = Set(words.indices.filter { isDay($0) && Self.isRuledOut(words, at: $0) }.map { words[$0] })
        guard let index = words.indices.first(where: { index in isDay(index) && !out.contains(words[index]) && !Self.isMoved(words, at: index) }),
              !Self.isWeekOn(words, at: index),
              let day = days.first(where: { TextAnalyzer.words($0) == [words[index]] }),
              words[max(0, index - 6)..<index].contains(where: { ["before", "ahead", "by", "avant", "pour", "comite", "committee", "meeting"].contains($0) })
                || words[index..<min(words.count, index + 3)].contains(where: { ["committee", "meeting", "board"].contains($0) }),
              phrases.patterns["next.step.requests.by"] != nil else { return nil }
        return phrase("next.step.requests.by", ["day": day])
    }

    /// The ask of a brief that heard no goal (`key`: after questions, after documents promised, or to prepare a meeting):
    /// at the time the prospect named, where they named one ("Tuesday or Thursday afternoon"), else next week; on the
    /// meeting tool they named, and prepared for the colleagues they bring.
    private func noGoalAsk(key: String = "nogoal.next") -> String? {
        let ask: String?
        // How long the prospect would meet ("an hour is plenty", not the "ninety minutes" they won't sit through), said
        // where the ask has room for it.
        let lengths = phrases.patterns["meeting.lengths"] ?? []
        let length = TextAnalyzer.affirmed(call).lazy.compactMap { clause in lengths.first { TextAnalyzer.says([$0], in: clause) } }.first
        // A prospect who waits on what we send before anything else ("no demo until IT has approved it") sets the next step.
        if key == "nogoal.requests.next", TextAnalyzer.says(phrases.patterns["meeting.gates"] ?? [], in: call), phrases.patterns[key + ".gated"] != nil {
            ask = phrase(key + ".gated")
        } else if let slot, phrases.patterns[key + ".day.confirmed"] != nil,
                  TextAnalyzer.says(phrases.patterns["meeting.confirming"] ?? [], in: meetingSentences().joined(separator: " ")) {
            // "I just wanted to confirm we're still on for the fourteenth at two": we confirm it, we do not ask for it.
            ask = phrase(key + ".day.confirmed", ["day": slot])
        } else if let slot, phrases.patterns[key + ".day"] != nil {
            let sized = length != nil && phrases.patterns[key + ".day.length"] != nil
            ask = phrase(key + (sized ? ".day.length" : ".day"), ["day": slot, "length": length ?? ""])
        } else {
            ask = phrases.patterns[key] == nil ? nil : phrase(key)
        }
        guard let ask else { return nil }
        // "On Google Meet instead of in person" asks for no visit.
        // "If it's on video, send the link to the workshop" proposes no video call.
        let met = call.replacingOccurrences(of: Self.notInPerson, with: "", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: #"\b(?:si|if)\s+(?:c'est|c’est|it's|it’s|it is|on le fait|we do it)\s+[^,.;?!]*"#, with: "", options: [.regularExpression, .caseInsensitive])
        func line(_ list: String, _ pattern: String) -> String? {
            TextAnalyzer.says(phrases.patterns[list] ?? [], in: met) && phrases.patterns[pattern] != nil ? phrase(pattern) : nil
        }
        // The meeting tool they named, or a video call they asked for (« en visio »).
        let tool = meetingTool(in: call).flatMap { phrases.patterns["meeting.tool"] == nil ? nil : phrase("meeting.tool", ["tool": $0]) }
            ?? line("meeting.videos", "meeting.video")
        // Where they would come to our office ("is there parking at your office?"), we welcome them, with directions where
        // they asked how to get there; where they would meet us in person ("at our Leeds office", « chez nous »), we come
        // to them.
        let hosted = line("meeting.hosting", "meeting.host")
        let visit = hosted.map { [$0, line("meeting.travel", "meeting.directions")].compactMap { $0 }.joined(separator: " ") }
            ?? line("meeting.visits", "meeting.visit")
        // The colleagues they bring, by their role where they said it, and who comes from our side where they asked.
        return ([ask] + [visit ?? tool, guestsByRole() ?? line("meeting.bringing", "meeting.guests"), line("meeting.asking", "meeting.ours")].compactMap { $0 })
            .joined(separator: " ")
    }

    /// An item they asked for as a headline, where it names what we would send (``Wish/heading(_:least:most:french:naming:)``).
    private func heading(_ item: String) -> String? {
        Wish.heading(item, french: locale == .fr, naming: { askedFor?.names($0) ?? true })
    }

    /// A meeting in person said to be set aside: "instead of in person", « plutôt qu'en présentiel ».
    private static let notInPerson = #"\b(?:instead of|rather than|plutôt qu'|au lieu d')\s*(?:in person|face to face|en présentiel|en personne)"#

    /// The headline of a need heard: their measure taken where they aim (`nogoal.heard.headline.measure`), where they
    /// named it with where they stand and aim; else what they asked for, where they named it as a thing; else the book's
    /// plain one.
    private func heardHeadline(_ who: String) -> String {
        // A target said in words ("half that") heads no headline: « de 60 à moitié moins » does not read.
        guard let declared, !declared.name.isEmpty, let now = declared.now, let target = declared.target, target.contains(where: \.isNumber),
              phrases.patterns["nogoal.heard.headline.measure"] != nil else {
            // Else what they asked for, in their words: « Un SMS automatique quand la commande est prête : par où commencer »;
            // else the first item they listed, up to its first mark.
            // A person who calls, alerted, is what they asked for, whatever else they listed.
            if followUp == .person, phrases.patterns["nogoal.heard.headline.alert"] != nil { return phrase("nogoal.heard.headline.alert") }
            if attribution, phrases.patterns["nogoal.heard.headline.report"] != nil { return phrase("nogoal.heard.headline.report") }
            let named = wish.flatMap { askedFor?.names($0) == false ? nil : $0 } ?? asked.items.lazy.compactMap(heading).first
            if let wish = named, phrases.patterns["nogoal.heard.headline.wish"] != nil {
                return phrase("nogoal.heard.headline.wish", ["wish": wish])
            }
            return phrase("nogoal.heard.headline", ["prospect": who])
        }
        // « de 12 % à moins de 8 % », not « à sous les 8 % ».
        let reached = locale == .fr ? target.replacingOccurrences(of: "sous les ", with: "moins de ").replacingOccurrences(of: "au-delà de ", with: "plus de ")
            : target
        return phrase("nogoal.heard.headline.measure", ["measure": declared.possessed(locale), "now": now, "target": reached])
    }

    /// A goal's next step, with the colleagues the prospect said they would bring, by their role: before the list of what
    /// we would show, where it ends on one.
    private func withGuests(_ text: String?) -> String? { inserting(guestsByRole(), into: text) }

    /// A goal's next step, with the moment they want it to start from, promised: « Nous le préparerions pour septembre ».
    private func withStart(_ text: String?) -> String? {
        inserting(start.flatMap { phrases.patterns["next.start"] == nil ? nil : phrase("next.start", ["when": $0]) }, into: text)
    }

    /// `text` with `sentence` said before the list of what we would show, where it ends on one, else after it.
    private func inserting(_ sentence: String?, into text: String?) -> String? {
        guard let text, let sentence else { return text }
        guard text.hasSuffix(":"), let last = text.range(of: ". ", options: .backwards) ?? text.range(of: "? ", options: .backwards) else {
            return text + " " + sentence
        }
        return text[..<last.upperBound] + sentence + " " + text[last.upperBound...]
    }

    /// The sentence that names the colleagues joining: by their role (`meeting.guests.named`), by their name, whom we invite
    /// (`meeting.people`), or both (`meeting.people.roles`); nil where they named none.
    private func guestsByRole() -> String? {
        let roles = guests(), people = people()
        let slots = ["roles": grammar.list(roles), "people": grammar.list(people)]
        let key = people.isEmpty ? roles.isEmpty ? nil : "meeting.guests.named" : roles.isEmpty ? "meeting.people" : "meeting.people.roles"
        return key.flatMap { phrases.patterns[$0] == nil ? nil : phrase($0, slots) }
    }

    /// Words after which a capital names a place or a thing, not a person ("someone from Leeds", « chez Doctolib »).
    private static let placing: Set<String> = ["of", "from", "in", "at", "to", "on", "for", "with", "near", "the", "our", "de", "du", "des",
                                              "chez", "en", "au", "aux", "à", "par", "sur", "dans", "le", "la", "les", "notre", "nos"]

    /// The colleagues the prospect named, by their name, as joining our next call ("Our CRM lead Hannah should be on the next
    /// call", « notre directeur commercial, Laurent, soit au prochain rendez-vous »): words with a capital inside a sentence
    /// about joining, not after a word that makes it a place or a thing (`placing`), not an acronym, a system or a word of a
    /// title ("Head of Product"); a first and last name said together are one person.
    private func people() -> [String] {
        let cues = phrases.patterns["meeting.bringing"] ?? []
        // A name said in more than one sentence is that of a system or a firm ("all on Cliniko… she runs Cliniko").
        let sentences = TextAnalyzer.sentences(call)
        func recurs(_ word: String) -> Bool { sentences.filter { $0.contains(word) }.count > 1 }
        var named: [String] = []
        for sentence in sentences where TextAnalyzer.says(cues, in: sentence) {
            let tokens = sentence.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
            var index = 1
            while index < tokens.count {
                func name(_ at: Int) -> String? {
                    guard at < tokens.count, !tokens[at - 1].hasSuffix("."), !Self.placing.contains(tokens[at - 1].lowercased())
                    else { return nil }
                    let word = tokens[at].trimmingCharacters(in: .punctuationCharacters)
                    guard let first = word.first, first.isUppercase, word.count > 1, word.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" }),
                          !["I", "I'm", "I'd", "I'll"].contains(word), at + 1 >= tokens.count || tokens[at + 1].lowercased() != "of",
                          !systems.contains(where: { $0.localizedCaseInsensitiveContains(word) }), !recurs(word),
                          !(phrases.patterns["weekdays"] ?? []).contains(word)
                    else { return nil }
                    return word
                }
                guard let first = name(index) else { index += 1; continue }
                // "Inès Martel": a last name follows the first, unless a comma parts them.
                let last = tokens[index].hasSuffix(",") ? nil : name(index + 1)
                let person = [first, last].compactMap { $0 }.joined(separator: " ")
                if !named.contains(person) { named.append(person) }
                index += last == nil ? 1 : 2
            }
        }
        return named
    }

    /// The roles of the colleagues the prospect said would join our next meeting ("our CISO will join"), as the phrase
    /// book writes them (`meeting.roles`), in the order said: only from sentences about joining (`meeting.bringing`).
    private func guests() -> [String] {
        let cues = phrases.patterns["meeting.bringing"] ?? [], roles = phrases.patterns["meeting.roles"] ?? []
        let joining = TextAnalyzer.words(TextAnalyzer.sentences(call).filter { TextAnalyzer.says(cues, in: $0) }.joined(separator: " "))
        // Whole words: « trésorière » is no « trésorier », a coordinator no COO.
        let said = roles.compactMap { role -> (at: Int, role: String)? in
            let words = TextAnalyzer.words(role)
            return joining.indices.first { start in
                start + words.count <= joining.count && Array(joining[start..<start + words.count]) == words
            }.map { ($0, role) }
        }
        // Where two roles begin at one place, the longer is the one said.
        let longest = Dictionary(said.map { ($0.at, $0.role) }) { $0.count >= $1.count ? $0 : $1 }
        return longest.sorted { $0.key < $1.key }.map { entry in
            phrases.patterns["meeting.guests.role"] == nil ? entry.value : phrase("meeting.guests.role", ["role": entry.value])
        }
    }

    /// The sentences that speak of our next call: all of a call about it, a question, or a sentence about meeting; not
    /// one that names a day in passing (« on envoie le mail à la main, le lundi »).
    private func meetingSentences() -> [String] {
        let cues = (phrases.patterns["meeting.cues"] ?? []) + (phrases.patterns["meeting.confirming"] ?? [])
        // A message they quote as an example ("'Your session is Tuesday at 6'") sets no meeting.
        return TextAnalyzer.marked(TextAnalyzer.unquoted(call)).filter { forMeeting || $0.mark == "?" || TextAnalyzer.says(cues, in: $0.sentence) }.map(\.sentence)
    }

    /// The day, date and time the prospect named for our next call, as they said them; nil where they named none.
    private func meetingSlot() -> String? {
        let sentences = meetingSentences()
        return dated(slot(in: sentences.flatMap { TextAnalyzer.words($0) }), in: sentences.joined(separator: ". "))
    }

    /// `slot` with the date and the time the prospect gave our next call in `said` ("Tuesday the 14th at 10 h", "the
    /// twenty-third, mid-morning"), as they said them; a date alone is a slot too. Nil where they gave neither day nor date.
    private func dated(_ slot: String?, in said: String) -> String? {
        let match = { (pattern: NSRegularExpression) -> String? in
            pattern.firstMatch(in: said, range: NSRange(said.startIndex..., in: said)).flatMap { Range($0.range(at: 1), in: said) }.map { String(said[$0]) }
        }
        var slot = slot
        if let said = match(locale == .en ? Self.englishDate : Self.frenchDate) {
            // « mardi 14 », "Tuesday the 14th"; alone, « le 14 », "the twenty-third"; « le quinze » in digits, « lundi 15 ».
            let date = locale == .fr ? SpelledNumber.value(said).map(String.init) ?? said : said
            slot = slot.map { locale == .fr ? $0 + " " + date : $0 + " the " + date } ?? (locale == .fr ? "le " + date : "the " + date)
            if let part = match(Self.midPart), !(slot ?? "").contains(part.split(separator: "-").last ?? "") {
                slot? += locale == .fr ? " en " + part : ", " + part
            }
        }
        guard var slot else { return nil }
        if let time = match(Self.clock) ?? match(Self.spokenTime) {
            slot += locale == .fr ? " à " + time : " at " + time
        } else if let bound = match(Self.boundTime) {
            // "could you come after two?": the time they gave, with its bound.
            slot += " " + bound
        }
        return slot
    }

    /// A date ("the 14th", "the twenty-third", « le 14 »; not "the first-year premium" nor "the first time"), a part of the
    /// morning or afternoon, a time on the clock ("10:30", « 10 h ») or said ("half ten", « vers dix heures »): each one's
    /// words are group 1.
    private static let englishDate = try! NSRegularExpression(pattern: #"(?i)\bthe\s+(\d{1,2}(?:st|nd|rd|th)|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)|twentieth|thirtieth)\b(?!-|\s+(?:time|year|month|week|day|thing|step|one|few|place|order|visit|session|reminder|message|email|call|quarter|half|phase|round|contact|stage|page|people|customer|premium|instal+ment|payment|renewal)s?\b)"#)
    private static let frenchDate = try! NSRegularExpression(pattern: #"(?i)\ble\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?(\d{1,2}|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf)| et un)?|trente(?: et un|-et-un)?)\b(?!\s*(?:%|h\b|heures?|euros?|€|pour\s*cent|jours|semaines|mois|ans|minutes))"#)
    private static let midPart = try! NSRegularExpression(pattern: #"(?i)\b(mid-morning|mid-afternoon|late morning|early afternoon|fin de matinée|début d'après-midi)\b"#)
    private static let clock = try! NSRegularExpression(pattern: #"(?i)\b(\d{1,2}(?::\d{2}|\s?h(?:\s?\d{2})?\b|\s?heures?\b|\s?(?:am|pm|a\.m\.|p\.m\.)))"#)
    private static let boundTime = try! NSRegularExpression(pattern:
        #"(?i)\b((?:after|before|après|avant)\s+(?:\d{1,2}(?:\s?(?:h|am|pm|a\.m\.|p\.m\.))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midi|(?:neuf|dix|onze|quatorze|quinze|seize|dix-sept)\s+heures))(?![\p{L}\d])"#)
    private static let spokenTime = try! NSRegularExpression(pattern: #"(?i)\b(?:at|around|say|vers|à|genre|like|same time,?)\s+((?<=at |around )(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:o'clock|am|pm|a\.m\.|p\.m\.))?(?![\p{L}-])(?!\s+[a-z]+s\b)|half\s+(?:past\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|noon|midi|(?<=same time,\s|same time\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:sept|huit|neuf|dix|onze|quatorze|quinze|seize|dix-sept|dix-huit)\s+heures(?:\s+(?:et\s+demie|et\s+quart|trente))?)\b"#)

    /// The time the prospect named for our next call, as they said it: a weekday, or two ("Tuesday or Thursday"), and
    /// the part of the day after them ("afternoon"), from the `weekdays` and `dayparts` the phrase book lists.
    private func slot(in said: [String]) -> String? {
        let days = phrases.patterns["weekdays"] ?? [], parts = phrases.patterns["dayparts"] ?? []
        func named(_ list: [String], at index: Int) -> String? {
            list.first { TextAnalyzer.Expressions.expression(TextAnalyzer.words($0), isSaidIn: said, at: index) }
        }
        // A day they are away ("I'm out Monday and Tuesday", « pas le lundi »), and the one said with it, is none.
        func away(_ index: Int) -> Bool {
            let before = said[max(0, index - 4)..<index]
            return before.contains { Self.unavailable.contains($0) }
                && !before.contains { ["so", "but", "donc", "mais", "plutot", "plutôt"].contains($0) }
                || Self.isRuledOut(said, at: index)
                // "The names by Wednesday": a day things are due by is no day to meet.
                || said[max(0, index - 2)..<index].contains { ["by", "before", "avant", "ici"].contains($0) }
        }
        func moved(_ index: Int) -> Bool { Self.isMoved(said, at: index) }
        // "Black Friday" is no day to meet, nor "Friday week", a date a week on.
        func holiday(_ index: Int) -> Bool { index > 0 && ["black", "good", "cyber"].contains(said[index - 1]) || Self.isWeekOn(said, at: index) }
        // Of several days said, the last is the one proposed ("the meeting on Thursday… could we do Tuesday the 14th?"),
        // with the one said before it where they offer two ("Tuesday or Thursday").
        let eligible = said.indices.filter { named(days, at: $0) != nil && !away($0) && !moved($0) && !holiday($0) }
        guard let last = eligible.last else { return nil }
        let paired = eligible.dropLast().last.map { last - $0 <= 3 && said[$0..<last].contains { ["or", "ou"].contains($0) } } ?? false
        let start = paired ? eligible[eligible.count - 2] : last
        guard var slot = named(days, at: start) else { return nil }
        var next = start + 1
        // "Tuesday or Thursday", « un mardi ou un jeudi »: the second day, said with the first.
        if next < said.count, ["or", "ou"].contains(said[next]) {
            let article = next + 1 < said.count && ["a", "un", "le"].contains(said[next + 1]) ? 1 : 0
            if let other = named(days, at: next + 1 + article) {
                slot += " \(said[next]) " + other
                next += 2 + article
            }
        }
        if let part = named(parts, at: next) { slot += " " + part }
        return slot
    }

    /// Words that move a meeting from the day said before them.
    private static let moving: Set<String> = ["decaler", "deplacer", "reporter", "annuler", "move", "reschedule",
                                              "push", "cancel", "postpone"]

    /// Whether the day at `index` of `said` is that of a meeting they move ("Thursday's demo, we'll have to push it", "push
    /// Wednesday's call", « décaler notre rendez-vous de jeudi »), not the day they move it to ("push it to Friday").
    private static func isMoved(_ said: [String], at index: Int) -> Bool {
        if said[index..<min(said.count, index + 7)].contains(where: moving.contains) { return true }
        guard let verb = said[max(0, index - 5)..<index].lastIndex(where: moving.contains) else { return false }
        return !said[(verb + 1)..<index].contains(where: towards.contains)
    }

    /// Whether the day at `index` of `said` is said before what rules it out (« jeudi ça va pas marcher », "Thursday doesn't
    /// work"), not beside another day offered ("Thursday or not at all" offers none).
    private static func isRuledOut(_ said: [String], at index: Int) -> Bool {
        let after = said[(index + 1)..<min(said.count, index + 5)]
        return after.contains { ["pas", "not", "t", "plus"].contains($0) } && !after.contains { ["or", "ou"].contains($0) }
    }

    /// Whether the day at `index` of `said` is said with "week" after it ("Friday week"): a date a week after that day.
    private static func isWeekOn(_ said: [String], at index: Int) -> Bool { said.dropFirst(index + 1).first == "week" }

    /// Words that lead from a moving word to the day a meeting moves to.
    private static let towards: Set<String> = ["to", "till", "until", "for", "instead", "a", "au", "pour", "plutot", "vers"]

    /// Words that make the days after them days the prospect cannot meet.
    private static let unavailable: Set<String> = ["out", "away", "off", "not", "except", "t", "pas", "sauf", "absent", "absente", "conge", "congé"]

    /// The meeting tool `words` name first, as written with its capital ("Teams", not "teams"), if any; not one they say
    /// they do not have (« on n'a pas Google Meet »).
    private func meetingTool(in words: String) -> String? {
        let tools = phrases.patterns["meeting.tools"] ?? []
        for clause in TextAnalyzer.affirmed(words) {
            let named = tools.compactMap { tool in
                clause.range(of: "\\b\(NSRegularExpression.escapedPattern(for: tool))\\b", options: .regularExpression).map { (tool, $0.lowerBound) }
            }
            // The first said; "Microsoft Teams" rather than the "Teams" inside it.
            if let first = named.min(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.count > $1.0.count }) { return first.0 }
        }
        return nil
    }

    /// What the archetype's accounts do, in plain words: two or three of its traits a prospect would want to copy, those
    /// the goals look for (the goals' way) first, each a sentence with a verb and its comparison with a typical customer.
    /// A trait whose printed values do not differ is not a difference. Returns the sentences and the features they tell.
    private mutating func behaviours(_ archetype: Archetype, goals: [Goal]) -> (lines: [String], features: [String]) {
        let untold = Set(goals.flatMap { $0.untold ?? [] })
        // A feature one goal does not tell is still told when another goal seeks it.
        let signals = goals.flatMap { goal in
            goal.evidence.features.compactMap { s in s.feature.map { ($0, s.direction) } }.filter { !(goal.untold ?? []).contains($0.0) }
        }
        let sought = Dictionary(signals, uniquingKeysWith: { first, _ in first })
        let traits = archetype.distinguishing.filter { abs($0.effect) >= 0.5 }
        // What the goals seek comes from every effect, not only from the five that set the group apart, in the order the
        // goals seek it: an automation goal hears of automation before the API.
        let order = Dictionary(signals.enumerated().map { ($1.0, $0) }, uniquingKeysWith: { first, _ in first })
        let wanted = (archetype.effects ?? archetype.distinguishing).filter { abs($0.effect) >= 0.5 }
            .filter { sought[$0.feature].map { $0.rawValue } == $0.direction.rawValue }
            .sorted { order[$0.feature, default: .max] < order[$1.feature, default: .max] }
        // A difference under a tenth of the larger value (active in 98% of weeks against 94%) is not worth defending.
        func differs(_ feature: String) -> Bool {
            guard let value = archetype.profile.first(where: { $0.feature == feature }) else { return false }
            return abs(value.median - value.population) >= 0.1 * max(abs(value.median), abs(value.population))
        }
        func tellable(_ distinction: Archetype.Distinction) -> Bool {
            !Self.notBehaviours.contains(distinction.feature) && differs(distinction.feature)
                && (!untold.contains(distinction.feature) || sought[distinction.feature] != nil)
        }
        // Beyond what the goals look for, a group is told by what it does more: two traits in all, or a third activity
        // share said with the second in one sentence.
        let others = traits.filter { sought[$0.feature] == nil && $0.direction == .higher && (goals.isEmpty || !Self.onlyWhenSought.contains($0.feature)) }
        var picked: [Archetype.Distinction] = []
        for distinction in wanted.filter(tellable) + others.filter(tellable)
        where (goals.isEmpty || sought[distinction.feature] != nil ? picked.count < 5
               : picked.count < 2 || (picked.count == 2 && Self.pairable(picked[1].feature) && Self.pairable(distinction.feature)))
            && Set(picked.map(\.feature)).isDisjoint(with: Self.sameFact[distinction.feature] ?? []) {
            picked.append(distinction)
        }
        // The trait the group's name rests on is told, so that the name is earned on the page ("targeting specialists": their
        // campaigns and segments), unless it says who the accounts are or is machine traffic.
        let named = archetype.name.custom ? nil : archetype.name.evidence?.conditions.first
        let earned = named.flatMap { check in
            (archetype.effects ?? archetype.distinguishing).first { $0.feature == check.feature && $0.direction == check.direction }
        }.flatMap { distinction in
            picked.contains { $0.feature == distinction.feature } || Self.notBehaviours.contains(distinction.feature)
                || distinction.feature == "mix_api" || !differs(distinction.feature) ? nil : distinction
        }
        // Two activity shares in a row are one sentence: "they put 24% of their actions into campaigns and 20% into segments".
        var lines: [String] = []
        var index = 0
        while index < picked.count, lines.count < (earned == nil ? 3 : 2) {
            let first = picked[index], next = index + 1 < picked.count ? picked[index + 1] : nil
            if let next, let pair = mixPair(archetype, first, next) {
                lines.append(pair)
                index += 2
                continue
            }
            if let line = behaviour(archetype, feature: first.feature, direction: first.direction) { lines.append(line) }
            index += 1
        }
        let told = picked.prefix(index).map(\.feature)
        guard let earned, let line = behaviour(archetype, feature: earned.feature, direction: earned.direction) else { return (lines, told) }
        return (lines + [line], told + [earned.feature])
    }

    /// Features counted in actions: a brief that tells one of them, or an activity share, says what an action is.
    static let activityCounts: Set = ["volume_per_week", "per_user_week"]

    /// Two higher activity shares said in one sentence, against the median customer's, when both compare alike (both
    /// used by the median customer, or neither); nil otherwise.
    private mutating func mixPair(_ archetype: Archetype, _ a: Archetype.Distinction, _ b: Archetype.Distinction) -> String? {
        func share(_ id: String) -> Archetype.FeatureValue? {
            guard Self.pairable(id), let value = archetype.profile.first(where: { $0.feature == id }), value.median > 0
            else { return nil }
            return value
        }
        guard a.direction == .higher, b.direction == .higher, let first = share(a.feature), let second = share(b.feature),
              (first.population == 0) == (second.population == 0) else { return nil }
        var slots: [String: String] = [:]
        for (suffix, id, value) in [("", a.feature, first), ("2", b.feature, second)] {
            (slots["value" + suffix], slots["population" + suffix]) = featureFigures(
                archetype, id, value, member: spoken(value.median, unit: "%").value, typical: spoken(value.population, unit: "%").value)
            let event = String(id.dropFirst(4))
            slots["event" + suffix] = phrases.events?[event] ?? event
        }
        let pattern = first.population == 0 ? "behaviour.mix.pair.none" : "behaviour.mix.pair"
        return phrases.patterns[pattern] == nil ? nil : phrase(pattern, slots)
    }

    /// An activity share that can be said with another in one sentence: any but the API's, which reads on its own.
    static func pairable(_ feature: String) -> Bool { feature.hasPrefix("mix_") && feature != "mix_api" }

    /// A feature's median among the group's members and among all accounts, as printed, recorded as figures.
    private mutating func featureFigures(_ archetype: Archetype, _ id: String, _ value: Archetype.FeatureValue, member: String, typical: String)
        -> (median: String, population: String) {
        (book.add("archetype.\(archetype.id).feature.\(id).median", value.median, member,
                  definition("feature.median", archetype, feature: id), accounts: archetype.size),
         book.add("population.feature.\(id).median", value.population, typical,
                  definition("population.feature.median", feature: id), accounts: population))
    }

    /// Traits that say who the accounts are or how long a step takes, not what a prospect would copy.
    /// Activity per active user counts automated calls: against a typical customer's it reads as machine noise.
    static let notBehaviours: Set = ["tenure", "minutes_per_event", "recency", "per_user_week"]
    /// Traits told in a brief only when a goal looks for them: a seasonal rhythm is no selling point to a prospect without
    /// peaks, and API calls and the volume they swell are machine traffic to a prospect who did not ask about integration.
    static let onlyWhenSought: Set = ["seasonality", "mix_api", "volume_per_week"]
    /// Traits that tell one fact twice: activity per account and per active user.
    static let sameFact: [String: Set<String>] = ["volume_per_week": ["per_user_week"], "per_user_week": ["volume_per_week"]]

    private mutating func behaviour(_ archetype: Archetype, feature id: String, direction: Archetype.Distinction.Direction) -> String? {
        guard let value = archetype.profile.first(where: { $0.feature == id }),
              let feature = analysis.features.first(where: { $0.id == id }) else { return nil }
        let member = spoken(value.median, unit: feature.unit), typical = spoken(value.population, unit: feature.unit)
        guard member.value != typical.value else { return nil }
        // A pace within 15% of the earlier one is no trend worth a sentence.
        if id == "trend", abs(value.median - 1) < 0.15 { return nil }
        // The unit is said once: the typical value drops it when both read in the same one.
        let sameUnit = member.per == typical.per
        let (median, population) = featureFigures(archetype, id, value, member: member.value, typical: sameUnit ? typical.number : typical.value)
        let event = id.hasPrefix("mix_") ? String(id.dropFirst(4)) : nil
        // A share the median member has in full is said as such, with the count it is a share of: "all 12 features".
        let all = feature.unit == "%" && value.median >= 0.995 ? ["behaviour.\(id).all"] : []
        // Features used are said as counts of the product's features: "8 of the 11; the median customer uses 6".
        let features = Double(analysis.window.features.count)
        func count(_ figure: String, _ share: Double, _ definition: String, accounts: Int) -> String {
            book.add(figure, (share * features).rounded(), grammar.number((share * features).rounded()), definition, accounts: accounts)
        }
        let counted = id == "breadth" && features > 0
        let total = counted ? count("window.features.count", 1, definition("features.count"), accounts: self.population) : ""
        let memberCount = counted ? count("archetype.\(archetype.id).feature.breadth.count", value.median,
                                          definition("features.count.median", archetype), accounts: archetype.size) : ""
        let typicalCount = counted ? count("population.feature.breadth.count", value.population,
                                           definition("population.features.count"), accounts: self.population) : ""
        let candidates = all + ["behaviour.\(id).\(direction.rawValue)", "behaviour.\(id)"]
            + (event == nil ? [] : ["behaviour.mix.\(direction.rawValue)", "behaviour.mix"]) + ["behaviour"]
        // A share the group itself does not have is said in words: "they make almost no use of automation".
        let pattern = (event != nil && value.median == 0 && phrases.patterns["behaviour.mix.none"] != nil ? "behaviour.mix.none" : nil)
            ?? candidates.first { phrases.patterns[$0] != nil } ?? "behaviour"
        // A share nobody typical has is said in words: "while the median customer does not use it at all".
        let label = event.map { phrases.events?[$0] ?? $0 } ?? ""
        let none = event != nil && value.population == 0 && phrases.patterns["comparator.none"] != nil
            ? comparator("comparator.none", ["event": label]) : nil
        // A ratio said in words ("2.4 times as much"), recorded in that form too, where the pattern says it so.
        let times = writes(pattern, "times") ? book.add("archetype.\(archetype.id).feature.\(id).median", value.median,
                                                        grammar.number(value.median, decimals: 1),
                                                        definition("feature.median", archetype, feature: id), accounts: archetype.size) : ""
        return phrase(pattern, [
            "value": median, "number": sameUnit ? member.number : median, "per": member.per, "population": population,
            "against": none ?? comparator("comparator", ["population": population]), "event": label,
            "feature": featureLabel(id) ?? id, "total": total, "times": times, "member_count": memberCount, "typical_count": typicalCount,
        ])
    }

    /// A value as a sentence says it: with its unit (`value`), bare (`number`), and the period of a rate (`per`:
    /// "a week"); durations in days fitted to a reader ("about three weeks").
    private func spoken(_ value: Double, unit: String) -> (value: String, number: String, per: String) {
        if unit == "days" {
            let text = phrases.duration(days: value, grammar: grammar)
            return (text, text, "")
        }
        if unit == "min", value > 0 {
            let (pattern, n) = value < 1 ? ("duration.seconds", (value * 60).rounded()) : value < 1.5 ? ("duration.minute", 1) : ("duration.minutes", value)
            let text = PhraseBook.fill(phrases.patterns[pattern]?.first ?? "{n} min", ["n": grammar.number(n, decimals: PhraseBook.decimals(n))])
            return (text, text, "")
        }
        // Counts of a hundred and more are said to two significant digits: "about 110 actions a week".
        let value = unit != "%" && abs(value) >= 100 ? Self.significant(value, 2) : value
        let (readable, readableUnit) = PhraseBook.readable(value, unit: unit)
        let full = phrases.measure(value, unit: unit, grammar: grammar)
        guard let slash = readableUnit.lastIndex(of: "/") else { return (full, full, "") }
        let period = String(readableUnit[readableUnit.index(after: slash)...])
        let number = grammar.number(readable, decimals: PhraseBook.decimals(readable))
        return (full, number, phrases.patterns["per.\(period)"]?.first ?? "")
    }

    /// "against 4.5 for a typical customer": the comparator phrases (`comparator`, or `comparator.none` for a feature the
    /// typical customer does not use) take turns, so no two lines of a brief compare alike.
    private mutating func comparator(_ pattern: String, _ slots: [String: String]) -> String {
        let variants = phrases.patterns[pattern] ?? ["({population})"]
        let start = Int(stableHash(key) % UInt64(variants.count))
        defer { comparisons += 1 }
        return PhraseBook.fill(variants[(start + comparisons) % variants.count], slots)
    }

    /// How many of the group's accounts share the prospect's industry, when at least the privacy threshold do and the
    /// industry weighs at least as much in the group as among all our customers: "95 of them in retail, like you".
    private mutating func peers(_ archetype: Archetype, industry: String?) -> (count: String, value: String, theValue: String)? {
        guard let industry = industry?.lowercased(), phrases.patterns["subject.intro.peers"] != nil,
              let match = archetype.attributes["industry"]?.first(where: { $0.value.lowercased() == industry }),
              match.accounts >= analysis.options.minSize else { return nil }
        let all = analysis.archetypes.reduce(into: (industry: 0, accounts: 0)) { total, group in
            total.industry += group.attributes["industry"]?.first { $0.value.lowercased() == industry }?.accounts ?? 0
            total.accounts += group.size
        }
        guard Double(match.accounts) / Double(max(archetype.size, 1)) >= Double(all.industry) / Double(max(all.accounts, 1)) else { return nil }
        let count = book.add("archetype.\(archetype.id).attribute.industry.\(match.value).accounts", Double(match.accounts),
                             grammar.number(Double(match.accounts)), definition("attribute.accounts", archetype, attribute: match.value),
                             accounts: archetype.size)
        let noun = phrases.value(match.value)
        return (count, noun.singular, grammar.definite(noun))
    }

    /// The sentence saying which of the prospect's attributes chose this group among groups that fit the goals as well.
    private mutating func tieBreak(_ reason: RankReason, archetype: Archetype, prospect: String) -> String {
        let value = reason.detail ?? ""
        verbatim.append(value)
        let share = book.add("archetype.\(archetype.id).attribute.\(reason.subject).\(value).share", reason.value, grammar.percent(reason.value),
                             definition("attribute.share", archetype, attribute: value), accounts: archetype.size)
        let base = book.add("population.attribute.\(reason.subject).\(value).share", reason.baseline ?? 0, grammar.percent(reason.baseline ?? 0),
                            definition("population.attribute.share", attribute: value), accounts: population)
        let noun = phrases.value(value)
        return phrase(phrases.patterns["tiebreak.\(reason.subject)"] != nil ? "tiebreak.\(reason.subject)" : "tiebreak", [
            "share": share, "population": base, "value": noun.singular, "the_value": grammar.definite(noun), "prospect": prospect,
            "attribute": phrases.attribute(reason.subject),
        ])
    }

    /// What a careful reader must know: how to read the figures, what each result and each way of counting usage means,
    /// adverse or thin results, goal cautions, goals without a result, what was not recorded, a small group.
    private mutating func caveats(_ archetype: Archetype, subject: Narrative.Subject, shown: [String], own: [String], renewal: Bool,
                                  goals: [Goal], doubtful: [String], unevidenced: [Goal], others: [String], told: [String]) -> [String] {
        // How to read them, in one line: the sample (the group, and the groups a figure was quoted from), then that every
        // result, a change or a level, goes with this way of working (each group's own, when several speak) without
        // proving it the cause.
        let quoted = others.uniqued()
        var reading = !quoted.isEmpty && phrases.patterns["caveat.sample.other"] != nil
            ? phrase("caveat.sample.other", ["name": nameInText(archetype.id), "others": grammar.list(quoted)])
            : phrase("caveat.sample", ["name": nameInText(archetype.id)])
        let results = shown.count + (renewal ? 1 : 0)
        if results > 0 {
            let pattern = !quoted.isEmpty && phrases.patterns["caveat.outcomes.groups"] != nil ? "caveat.outcomes.groups"
                : results == 1 ? "caveat.outcomes.one" : "caveat.outcomes"
            reading += " " + phrase(pattern)
        }
        var caveats = [reading]
        // Each result shown says what it measures and who records it.
        caveats += shown.filter { phrases.patterns["metric.definition.\($0)"] != nil }.map { phrase("metric.definition.\($0)") }
        caveats += own.compactMap { reporting($0, of: archetype) }
        // How usage is counted, in one line: activity, features used, the busiest month, and who a typical customer is,
        // for the behaviours told.
        var counted: [String] = []
        if told.contains(where: { $0.hasPrefix("mix_") || Self.activityCounts.contains($0) }), phrases.patterns["definition.activity"] != nil {
            counted.append(phrase("definition.activity"))
        }
        counted += told.uniqued().filter { phrases.patterns["definition.told.\($0)"] != nil }.map { phrase("definition.told.\($0)") }
        // A typical customer counts every group told, each one included.
        let typical = !quoted.isEmpty && phrases.patterns["definition.typical.groups"] != nil ? "definition.typical.groups" : "definition.typical"
        if !told.isEmpty, phrases.patterns[typical] != nil { counted.append(phrase(typical)) }
        if !counted.isEmpty { caveats.append(grammar.capitalizedFirst(counted.joined(separator: locale == .fr ? " ; " : "; ")) + ".") }
        caveats += doubtful
        // A goal's caution goes with its first result ("first value is counted per account" only where first value is
        // quoted), with renewal for a goal judged by it, else always.
        // Goals may share one caution ("we run your campaigns, not your website"): it is said once.
        // What we answer for, for goals nothing measures, is said under "How we would help", not as a word on the figures.
        for caveat in goals.filter({ goal in goal.evidence.outcomes.first?.metric.map(shown.contains) ?? (goal.evidence.renewal && renewal) })
            .compactMap({ $0.caveat?[locale] }) where !caveats.contains(caveat) {
            caveats.append(caveat)
        }
        // Goals left without a result beside others that have one (with none at all, "Their results" says so itself).
        if !unevidenced.isEmpty {
            let topics = unevidenced.map { topic($0) }
            caveats.append(phrase("caveat.noresult.case", ["topics": grammar.list(topics, conjunction: .or)]))
        }
        let recorded = Set(archetype.outcomes.map(\.metric))
        let missing = Array(Set(goals.flatMap { $0.evidence.outcomes.compactMap(\.metric) }).subtracting(recorded)).sorted()
        if !missing.isEmpty { caveats.append(phrase("caveat.missing", ["metrics": grammar.list(missing.map(phrases.metric), conjunction: .or)])) }
        if archetype.size < 30 { caveats.append(phrase("caveat.small")) }
        return caveats
    }

    /// Where the group records a result far more or less often than our other customers (by half again or more), what
    /// share of each side records it: those who record a figure may not be typical of those who do not.
    private mutating func reporting(_ metric: String, of archetype: Archetype) -> String? {
        guard phrases.patterns["caveat.reporting"] != nil, let outcome = archetype.outcomes.first(where: { $0.metric == metric }),
              let others = outcome.others, archetype.size > 0, population > archetype.size else { return nil }
        let mine = Double(outcome.accounts) / Double(archetype.size)
        let theirs = Double(others.accounts) / Double(population - archetype.size)
        guard theirs > 0, max(mine, theirs) / min(mine, theirs) >= Self.materialRatio else { return nil }
        let id = "archetype.\(archetype.id).outcome.\(metric)"
        let share = book.add("\(id).reporting", mine, grammar.percent(mine),
                             definition("outcome.reporting", archetype, metric: metric, accounts: archetype.size), accounts: archetype.size)
        let count = population - archetype.size
        let otherShare = book.add("\(id).others.reporting", theirs, grammar.percent(theirs),
                                  definition("outcome.others.reporting", archetype, metric: metric, accounts: count), accounts: count)
        return phrase("caveat.reporting", ["share": share, "others_share": otherShare, "metric": phrases.metric(metric), "name": nameInText(archetype.id)])
    }

    /// The archetype told in one paragraph: size, what sets it apart, its traits in natural units.
    mutating func subject(_ archetype: Archetype) -> Narrative.Subject {
        // A card's traits are not part of a brief's text: they leave the brief's comparator turns as they were.
        let turns = comparisons
        defer { comparisons = turns }
        let traits = archetype.distinguishing.prefix(4).compactMap { distinction -> (String, String)? in
            guard let label = featureLabel(distinction.feature),
                  let sentence = behaviour(archetype, feature: distinction.feature, direction: distinction.direction) else { return nil }
            return (phrase("trait.\(distinction.direction.rawValue)", ["feature": label]), sentence)
        }
        return .init(id: archetype.id, name: nameInText(archetype.id), size: size(archetype),
                     description: traits.isEmpty ? phrase("description.none")
                        : phrase("description", ["traits": grammar.list(traits.prefix(3).map(\.0))]),
                     traits: traits.map(\.1), health: health(archetype))
    }

    /// The group's size as the phrase book says it ("248 of our 1,500 customers"), its numbers recorded as figures.
    private mutating func size(_ archetype: Archetype) -> String {
        let share = book.add("archetype.\(archetype.id).share", archetype.share, grammar.percent(archetype.share),
                             definition("share", archetype), accounts: archetype.size)
        let (count, total) = counts(archetype)
        return phrase("subject.size", ["accounts": accounts(archetype.size, archetype), "share": share, "count": count, "total": total])
    }

    /// "248 of our 1,500 customers": the group's and the population's counts, which no rounding can make disagree with
    /// another group's.
    private mutating func counts(_ archetype: Archetype) -> (count: String, total: String) {
        (book.add("archetype.\(archetype.id).size", Double(archetype.size), grammar.number(Double(archetype.size)),
                  definition("accounts", archetype), accounts: archetype.size),
         book.add("population.accounts", Double(population), grammar.number(Double(population)), definition("population.accounts"),
                  accounts: population))
    }

    /// Accounts per health status and the median score.
    private mutating func health(_ archetype: Archetype) -> String {
        let h = archetype.health
        var slots: [String: String] = [:]
        for (status, count) in [("healthy", h.healthy), ("watch", h.watch), ("atRisk", h.atRisk)] {
            slots[status] = book.add("archetype.\(archetype.id).health.\(status)", Double(count), grammar.number(Double(count)),
                                     definition("health.\(status)", archetype), accounts: archetype.size)
        }
        slots["score"] = book.add("archetype.\(archetype.id).health.median", h.medianScore, grammar.number(h.medianScore),
                                  definition("health.median", archetype), accounts: archetype.size)
        return phrase("subject.health", slots)
    }

    /// A measured result with the slots its sentences are written from.
    struct Measured {
        var id: String { result.id }
        let result: Narrative.Result
        let slots: [String: String]

        /// The same result, its sentence followed by `note`.
        func adding(_ note: String) -> Measured {
            Measured(result: .init(id: result.id, metric: result.metric, before: result.before, after: result.after, change: result.change,
                                   accounts: result.accounts, sentence: result.sentence + " " + note), slots: slots)
        }
    }

    /// Which way an outcome moved for the goals' own metrics (the catalogue's direction for the others).
    enum Movement { case good, adverse, flat, thin, unknown, typical }

    /// Good when the goal's metric moved its way over enough of the group (``ArchetypeRanker/speaksForGroup(_:of:minSize:)``,
    /// else thin); from a zero or absent baseline any value the goal wants counts; a change under 5% is flat; a change
    /// our other customers matched, measured the same way, is typical, not proof.
    func movement(_ metric: String, _ archetype: Archetype, goals: [Goal]) -> Movement {
        guard let outcome = archetype.outcomes.first(where: { $0.metric == metric }), let after = outcome.medianAfter else { return .unknown }
        // With goals, only their own metrics speak; without, the catalogue says which way is better.
        let sign = goals.isEmpty ? directions[metric] : goals.lazy.compactMap { $0.evidence.outcomes.first { $0.metric == metric }?.sign }.first
        guard let sign else { return .unknown }
        guard ArchetypeRanker.speaksForGroup(outcome, of: archetype, minSize: analysis.options.minSize) else {
            return outcome.accounts >= analysis.options.minSize ? .thin : .unknown
        }
        // A whole-team figure reads per seat against our other customers' teams, where seats are known: a big team saving
        // more hours in all is no result. What teams estimate of themselves must beat theirs by a third to count.
        if isReported(metric), let perSeat = outcome.perSeat, let theirs = outcome.others?.perSeat, theirs > 0 {
            return levelMovement(metric, after: perSeat, before: nil, outside: theirs, sign: sign, margin: Self.reportedMargin)
        }
        // A result without a baseline reads as a level when our other customers give one to read it against.
        let outside = outcome.others?.medianAfter.flatMap { $0 > 0 ? $0 : nil }
        if isLevel(metric) || ((outcome.medianBefore ?? 0) == 0 && outside != nil) {
            return levelMovement(metric, after: after, before: outcome.medianBefore, outside: outside, sign: sign)
        }
        let before = outcome.medianBefore ?? 0
        if before == 0 { return sign * after > 0 ? .good : .unknown }
        // Each account's own change where the run holds it, else the change of the medians.
        let change = outcome.medianRelativeChange ?? (after - before) / abs(before)
        if abs(change) < 0.05 { return .flat }
        guard sign * change > 0 else { return .adverse }
        // Set beside our other customers' as the brief prints both: only a material lead is a result.
        if phrases.patterns["caveat.typical"] != nil, let (mine, theirs) = Self.changes(outcome, before: before),
           !Self.material(Self.paced(mine, outcome), theirs, sign: sign, before: before) {
            return .typical
        }
        return .good
    }

    /// Whether the group's change leads our other customers' by enough for an analyst to call it a result: by half again
    /// as much at least, and by 5 points, 5 points of percentage change, or 5% of the earlier median for a count. A
    /// 9-point rise beside a 6-point one is a rise most customers share, not this group's result.
    static func material(_ mine: Change, _ theirs: Change, sign: Double, before: Double) -> Bool {
        let (ours, others) = (sign * mine.value, sign * theirs.value)
        let lead = switch mine.kind {
        case .points: (ours - others) / 100
        case .change: ours - others
        case .difference: (ours - others) / max(abs(before), 1)
        }
        return lead >= materialLead && (others <= 0 || ours >= materialRatio * others)
    }

    /// The least lead over our other customers' change, and the least ratio to it, for a change to be a result.
    static let materialLead = 0.05
    static let materialRatio = 1.5

    /// Whether a result proves its goal: it moved the goal's way over enough accounts, beside our other customers over a
    /// like span where it is a change (any group improves over its first years; a pilot would measure it instead). To a
    /// prospect, a rise from clearly lower than our other customers proves nothing either: a sceptic puts it down to the
    /// room it had to rise. A case story still tells it, saying so.
    private func proves(_ entry: Measured, of archetype: Archetype, goals: [Goal], brief: Bool) -> Bool {
        entry.slots["uneven"] == nil && !(brief && entry.slots["lower"] != nil) && movement(entry.id, archetype, goals: goals) == .good
    }

    /// Whether a metric is said as a level the group reaches, not as a change: `metrics.level` in the phrase book
    /// (a time to first value happens once per account, so it has no before on the same accounts).
    func isLevel(_ metric: String) -> Bool { phrases.patterns["metrics.level"]?.contains(metric) == true }

    /// Whether teams report the metric of themselves (hours saved), as `metrics.reported` in the phrase book says.
    func isReported(_ metric: String) -> Bool { phrases.patterns["metrics.reported"]?.contains(metric) == true }

    /// How far a self-estimate (hours saved) must beat our other customers' to count as a result: half as much again per
    /// seat. A smaller lead is minutes a month per seat, by each team's own guess: no figure a rep can stand behind.
    static let reportedMargin = 1.0 / 2

    /// A level is good when it beats, by `margin` (5%) or more the goal's way, the median of our other customers
    /// (`outside`); in runs without it, the median of the groups' levels; when no other group measures it, the group's
    /// own before.
    private func levelMovement(_ metric: String, after: Double, before: Double?, outside: Double?, sign: Double, margin: Double = 0.05) -> Movement {
        let others = analysis.archetypes.filter { $0.size >= analysis.options.minSize }.compactMap { archetype in
            archetype.outcomes.first { $0.metric == metric && ArchetypeRanker.speaksForGroup($0, of: archetype, minSize: analysis.options.minSize) }?.medianAfter
        }
        let typical = outside ?? (others.count > 1 ? Statistics.median(others) : before ?? 0)
        guard typical > 0 else { return .unknown }
        let change = (after - typical) / typical
        return abs(change) < margin ? .flat : sign * change > 0 ? .good : .adverse
    }

    /// A result pattern agreeing with its metric: `.plural` for the metrics of `metrics.plural`, then `.f` for those of
    /// `metrics.feminine`, where the phrase book has such variants.
    private func agreed(_ pattern: String, metric: String) -> String {
        var key = pattern
        for (list, suffix) in [("metrics.plural", ".plural"), ("metrics.feminine", ".f")]
        where phrases.patterns[list]?.contains(metric) == true && phrases.patterns[key + suffix] != nil {
            key += suffix
        }
        return key
    }

    /// A pattern for a result without a baseline, the metric's own wording first ("saving a median 35 hours a month").
    private func noBaseline(_ pattern: String, metric: String, _ slots: [String: String]) -> String {
        phrase(phrases.patterns["\(pattern).\(metric)"] != nil ? "\(pattern).\(metric)" : pattern, slots)
    }

    /// Outcomes the goals name first, then the others; at most four. A zero or absent baseline is not quoted.
    mutating func results(_ archetype: Archetype, goals: [Goal]) -> [Measured] {
        let wanted = goals.flatMap { $0.evidence.outcomes.compactMap(\.metric) }
        let ordered = archetype.outcomes.sorted { a, b in
            let (ia, ib) = (wanted.firstIndex(of: a.metric) ?? .max, wanted.firstIndex(of: b.metric) ?? .max)
            return ia != ib ? ia < ib : a.accounts > b.accounts
        }
        return ordered.filter { $0.medianAfter != nil }.prefix(4).compactMap { outcome in
            guard let after = outcome.medianAfter else { return nil }
            // A level (said once, not as a change) ignores its before: "they reach first value in about a week".
            let baseline = isLevel(outcome.metric) ? nil : outcome.medianBefore.flatMap { $0 == 0 ? nil : $0 }
            // The unit is said once, after the second value ("from 7.2 to 6.2 tickets a month"); percents keep theirs.
            let bare = outcome.unit != "%" && outcome.unit != "days"
            let beforeText = baseline.map { outcomeValue($0, outcome, archetype, "before", withUnit: !bare) } ?? ""
            let afterText = outcomeValue(after, outcome, archetype, "after")
            let ratio = baseline == nil ? nil : ArchetypeRanker.relativeChange(outcome)
            let change = ratio.map {
                book.add("archetype.\(archetype.id).outcome.\(outcome.metric).change", $0, grammar.signedPercent($0),
                         definition("outcome.change", archetype, metric: outcome.metric, accounts: outcome.accounts), accounts: outcome.accounts)
            } ?? ""
            // How many of the group's accounts stand behind it ("164 of these 248 accounts"), where not all of them do.
            let part = outcome.accounts < archetype.size && phrases.patterns["outcome.of"] != nil
            let measured = book.add("archetype.\(archetype.id).outcome.\(outcome.metric).accounts", Double(outcome.accounts),
                                    part ? phrase("outcome.of", ["n": grammar.number(Double(outcome.accounts)), "size": grammar.number(Double(archetype.size))])
                                        : grammar.count(outcome.accounts, phrases.noun("account")),
                                    definition("outcome.accounts", archetype, metric: outcome.metric, accounts: outcome.accounts),
                                    accounts: outcome.accounts)
            let metric = phrases.metric(outcome.metric)
            // A before says when it was taken ("when these accounts joined"); the medians say how far apart the two measures lie,
            // when the data says ("measured about two years apart").
            func own(_ pattern: String) -> String { phrases.patterns["\(pattern).\(outcome.metric)"] != nil ? "\(pattern).\(outcome.metric)" : pattern }
            let gap = baseline == nil ? nil : outcome.daysAfterStart.map { days in
                book.add("archetype.\(archetype.id).outcome.\(outcome.metric).gap", days, phrases.duration(days: days, grammar: grammar),
                         definition("outcome.gap", archetype, metric: outcome.metric, accounts: outcome.accounts), accounts: outcome.accounts)
            }
            let later = baseline == nil || phrases.patterns["result.joined"] == nil ? "" : phrase(own("result.joined"))
            let apart = phrases.patterns["result.apart"] == nil ? "" : gap.map { phrase("result.apart", ["gap": $0]) } ?? ""
            var slots = ["metric": metric, "the_metric": phrases.patterns["metric.the.\(outcome.metric)"]?.first ?? metric,
                         "their_metric": phrases.their(outcome.metric),
                         "before": beforeText, "after": afterText, "change": change, "accounts": measured, "later": later, "apart": apart]
            // What our other customers did, measured the same way: what a reader weighs the group's result against.
            // A change is said as gains side by side ("+9 points, against +6"): their levels may differ for reasons of
            // their own. A level is said against theirs.
            // A whole-team figure (hours saved) is also said per seat, where seats are known: only so is it set beside our
            // other customers' teams, whose sizes differ.
            if isReported(outcome.metric), let perSeat = outcome.perSeat {
                slots["per_seat"] = seatValue(perSeat, outcome, archetype, "per_seat", accounts: outcome.accounts)
                if let others = outcome.others, let theirs = others.perSeat {
                    // Said beside the group's own figure, whose unit it shares.
                    slots["others_per_seat"] = seatValue(theirs, outcome, archetype, "others.per_seat", accounts: others.accounts, withUnit: false)
                    slots["others_accounts"] = othersAccounts(others.accounts, outcome, archetype)
                }
            }
            // Otherwise, what teams report of themselves is not set beside other teams'.
            let others = isReported(outcome.metric) ? nil : outcome.others.flatMap { others -> String? in
                guard let otherAfter = others.medianAfter else { return nil }
                let otherBefore = baseline == nil ? nil : others.medianBefore.flatMap { $0 == 0 ? nil : $0 }
                // A change is set beside theirs over a similar span, where the data holds both spans; a span that reads or is
                // a fifth shorter or longer than the group's does not compare.
                let span = baseline != nil && others.daysAfterStart != nil && phrases.patterns["result.others.span"] != nil
                let ratio = outcome.daysAfterStart.flatMap { days in others.daysAfterStart.map { days / max($0, 1) } }
                let printed = [outcome.daysAfterStart, others.daysAfterStart].map { $0.map { phrases.duration(days: $0, grammar: grammar) } }
                let uneven = span && (ratio.map { $0 > 1.25 || $0 < 0.8 } == true || printed[0] != printed[1])
                // A group measured over a longer span is said with each span, where the phrase book can, and compared at its
                // pace (`paced`), which can only understate it. Over a shorter one, gains do not compare (accounts gain most
                // in their first years), and such a rise is no proof (`proves`).
                let spans = uneven && (ratio ?? 0) > 1 && phrases.patterns["result.others.spans"] != nil && phrases.patterns["result.lift.spans"] != nil
                if uneven && !spans { slots["uneven"] = "true"; return nil }
                if spans, let theirs = printed[1] { slots["others_span"] = theirs }
                let kind = baseline == nil ? "result.others.level" : spans ? "result.others.spans" : span ? "result.others.span" : "result.others"
                guard baseline == nil || otherBefore != nil, phrases.patterns[kind] != nil else { return nil }
                // Changes compare account by account: the median of each account's own change on either side.
                let changes = baseline.flatMap { Self.changes(outcome, before: $0) }
                if baseline != nil, changes == nil { return nil }
                let id = "archetype.\(archetype.id).outcome.\(outcome.metric)"
                let paired = changes == nil ? nil : others.paired
                slots["others_accounts"] = othersAccounts(paired ?? others.accounts, outcome, archetype, paired: paired != nil)
                slots["others_after"] = outcomeValue(otherAfter, outcome, archetype, "others.after", accounts: others.accounts)
                if let otherBefore, let (mine, theirs) = changes, let paired {
                    if span { slots["similar"] = "true" }
                    if spans, let mine = printed[0] { slots["span"] = mine }
                    slots["others_before"] = outcomeValue(otherBefore, outcome, archetype, "others.before", withUnit: !bare, accounts: others.accounts)
                    slots["gain"] = gain(mine, outcome, id: id, archetype, accounts: outcome.paired ?? outcome.accounts, side: "gain")
                    slots["others_gain"] = gain(theirs, outcome, id: id, archetype, accounts: paired, side: "others.gain")
                    // Gains over unequal spans are also said a year at a time, where a year's share of a gain in points or
                    // sources is a plain division: the longer span's pace can only understate it.
                    if spans, mine.kind != .change, let days = outcome.daysAfterStart, let otherDays = others.daysAfterStart,
                       days > 0, otherDays > 0, phrases.patterns["result.lift.spans.yearly"] != nil {
                        slots["yearly"] = gain(Self.yearly(mine, days: days), outcome, id: id, archetype,
                                               accounts: outcome.paired ?? outcome.accounts, side: "gain.yearly")
                        slots["others_yearly"] = gain(Self.yearly(theirs, days: otherDays), outcome, id: id, archetype, accounts: paired,
                                                      side: "others.gain.yearly")
                    }
                }
                return noBaseline(kind, metric: outcome.metric, slots.merging(["after": slots["others_after"]!, "accounts": slots["others_accounts"]!]) { _, new in new })
            }
            let verb = change.isEmpty ? "result.nochange" : (ratio ?? 0) > 0 ? "result.up" : "result.down"
            let seat = slots["per_seat"] == nil ? "" : slots["others_per_seat"] == nil ? ".seat" : ".seat.others"
            // A rise set beside our other customers' over a similar span is said as the median change per account, over its
            // span, with how many were measured on each side: levels a prospect would set beside their own stay in the figures.
            let rise = verb == "result.up" && slots["similar"] != nil && phrases.patterns["result.lift"] != nil ? slots["gain"].flatMap { unsigned($0) } : nil
            let sentence: String
            if let span = gap, let rise {
                let others = slots["others_gain"].flatMap { unsigned($0) } ?? slots["others_gain"] ?? ""
                let subject = phrases.patterns["result.lift.\(outcome.metric)"]?.first ?? phrases.their(outcome.metric)
                let yearly = slots["yearly"].flatMap { unsigned($0) }.flatMap { mine in
                    slots["others_yearly"].map { ["yearly": mine, "others_yearly": unsigned($0) ?? $0] }
                }
                // Where both sides start from the same printed figure, it is said once.
                let kind = slots["others_span"] == nil ? "result.lift" : yearly == nil ? "result.lift.spans" : "result.lift.spans.yearly"
                let same = slots["before"].map(Self.digits) == slots["others_before"].map(Self.digits) && phrases.patterns[kind + ".same"] != nil
                sentence = phrase(same ? kind + ".same" : kind,
                                  slots.merging(["span": span, "rise": rise, "others_rise": others, "others_total": othersTotal(archetype),
                                                 "subject": subject].merging(yearly ?? [:]) { a, _ in a }) { _, new in new })
                // A group that started clearly lower had more room to rise: the sceptic's first objection, said with the
                // first result shown that needs it. Where it ended above our other customers all the same, that answers it.
                if let baseline, let theirs = outcome.others?.medianBefore, baseline < theirs * 0.95 {
                    let overtook = outcome.medianAfter.flatMap { after in outcome.others?.medianAfter.map { after > $0 } } ?? false
                    slots[overtook ? "overtook" : "lower"] = "true"
                }
            } else {
                sentence = (baseline == nil ? noBaseline("result.nobaseline", metric: outcome.metric + seat, slots)
                    : phrase(phrases.patterns["\(verb).\(outcome.metric)"] != nil ? "\(verb).\(outcome.metric)" : agreed(verb, metric: outcome.metric), slots))
                    + (others.map { " " + $0 } ?? "")
            }
            return Measured(result: .init(id: outcome.metric, metric: metric, before: beforeText, after: afterText, change: change,
                                          accounts: measured, sentence: sentence), slots: slots)
        }
    }

    /// The result a story leads with, from the first goal that a result could speak to: its first metric with a result,
    /// in the order the goal lists them; without goals, the largest change the catalogue calls better. A case story heads
    /// with it, as a before and after said with a verb or as a level ("send their first campaign about a week after
    /// signing"); a brief heads with the prospect's goals (`plain`) and leads its results with it.
    private mutating func headline(_ archetype: Archetype, called who: String, results: [Measured], goals: [Goal], plain: String,
                                   brief: Bool) -> (text: String, metric: String?) {
        let first = goals.first { !$0.evidence.outcomes.isEmpty } ?? goals.first
        let metrics = first?.evidence.outcomes.compactMap(\.metric) ?? []
        // A brief leads with what we measure before what teams report of themselves.
        if brief {
            let order = metrics.filter { !isReported($0) } + metrics.filter(isReported)
            return (plain, order.lazy.compactMap { metric in results.first { $0.id == metric } }.first?.id)
        }
        // A figure near the goal but not on it (a week of sending, for a flash sale) does not head a case story; nor does
        // a goal first judged by what teams report of themselves (hours saved, whole-team estimates): the goal heads in
        // its own words.
        let order = first?.proxy != nil || metrics.first.map(isReported) == true ? [] : metrics.filter { !isReported($0) }
        let lead = goals.isEmpty
            ? results.compactMap { entry -> (Measured, Double)? in
                guard !entry.result.before.isEmpty, let outcome = archetype.outcomes.first(where: { $0.metric == entry.id }),
                      let change = ArchetypeRanker.relativeChange(outcome), let sign = directions[entry.id], sign * change > 0 else { return nil }
                return (entry, sign * change)
            }.max { $0.1 < $1.1 }?.0
            : order.lazy.compactMap { metric in results.first { $0.id == metric } }.first
        guard let lead else { return (plain, nil) }
        // A level reads as what the group reaches; a change as before and after, as the body prints them.
        if lead.result.before.isEmpty {
            // Beside our other customers' level when the body gives it.
            let key = "headline.level.\(lead.id)", others = lead.slots["others_after"]
            let pattern = others != nil && phrases.patterns[key + ".others"] != nil ? key + ".others" : key
            return phrases.patterns[key] == nil ? (plain, nil) : (phrase(pattern, ["name": who, "after": lead.result.after, "others": others ?? ""]), lead.id)
        }
        // A change heads beside our other customers' where both rose ("saw their campaign revenue rise 35%,
        // compared with 11% for our other customers"); otherwise as its before and after ("now send 94%…, up from 82%").
        if let gain = lead.slots["gain"], let others = lead.slots["others_gain"], phrases.patterns["headline.gain.rise.\(lead.id)"] != nil,
           let rise = unsigned(gain), let otherRise = unsigned(others) {
            return (phrase("headline.gain.rise.\(lead.id)", ["name": who, "gain": rise, "others": otherRise]), lead.id)
        }
        let rising = archetype.outcomes.first { $0.metric == lead.id }.flatMap(ArchetypeRanker.relativeChange).map { $0 > 0 } ?? true
        let pattern = rising ? "headline.up" : "headline.down"
        let text = phrase(phrases.patterns["\(pattern).\(lead.id)"] != nil ? "\(pattern).\(lead.id)" : pattern, lead.slots.merging([
            "name": who, "their_metric": phrases.their(lead.id),
        ]) { _, new in new })
        return (text, lead.id)
    }

    /// A brief's title: the prospect's goals in their own words, then the first thing they protect that says how
    /// ("Cut your costs without hurting your customers' experience"); without goals, what sets the group apart.
    private func title(_ goals: [Goal], keeping constraints: [Goal], name: String) -> String {
        guard !goals.isEmpty else { return phrase("headline.plain.nogoal", ["name": name]) }
        // A title built as a heading ("Your site at its busiest: what we answer for") cannot join a list: the others head.
        let joinable = goals.count > 1 ? goals.filter { !$0.title[locale].contains(":") } : goals
        let titles = (joinable.isEmpty ? [goals[0]] : joinable).map { lowercasedFirst($0.title[locale]) }
        // A title reads at a glance: past a dozen words, it names the goal raised first and the body tells the others.
        let joined = grammar.list(titles)
        let said = titles.count > 1 && joined.split(separator: " ").count > Self.titleWords ? titles[0] : joined
        guard let kept = constraints.lazy.compactMap({ $0.kept?[self.locale] }).first, phrases.patterns["headline.plain.kept"] != nil else {
            return phrase("headline.plain", ["goal": said])
        }
        return phrase("headline.plain.kept", ["goal": said, "kept": kept])
    }

    /// The most words a title joining several goals may hold.
    static let titleWords = 12

    /// Outcomes that count the same activity as a behaviour: a group told for it cannot prove anything with them.
    static let counts: [String: Set<String>] = ["data-sources-connected": ["mix_integration", "mix_import"]]

    /// Whether `metric` only counts again behaviours `told` of the group, for goals none of which is measured by it first
    /// (a brief passes none: to a prospect, more sources connected by teams told for their integrations proves nothing).
    static func circular(_ metric: String, told: [String], goals: [Goal]) -> Bool {
        !counts[metric, default: []].isDisjoint(with: told) && !goals.contains { $0.evidence.outcomes.first?.metric == metric }
    }

    /// Whether a pattern's variants write `{slot}`: a figure's second printed form is recorded only where a text prints it.
    private func writes(_ pattern: String, _ slot: String) -> Bool {
        phrases.patterns[pattern]?.contains { $0.contains("{\(slot)}") } == true
    }

    /// The digits a printed figure shows, its unit left out: "82%" and "82" show the same figure.
    private static func digits(_ text: String) -> String { text.filter { $0.isNumber || $0 == "." || $0 == "," } }

    /// A rise printed again without its sign ("35%" for "+35%"), recorded in that form too; nil for anything but a rise.
    private mutating func unsigned(_ text: String) -> String? {
        guard text.hasPrefix("+"), let figure = book.figures.last(where: { $0.text == text }) else { return nil }
        return book.add(figure.id, figure.value, String(text.dropFirst()), figure.definition, accounts: figure.accounts)
    }

    /// Accounts whose renewal is known, and how many renewed, over every group but `excluded`.
    private func renewals(excluding excluded: Int? = nil) -> (known: Int, renewed: Int) {
        analysis.archetypes.filter { $0.id != excluded }.compactMap(\.renewal)
            .reduce((known: 0, renewed: 0)) { ($0.known + $1.known, $0.renewed + $1.renewed) }
    }

    /// The renewal sentence: the group's rate over the accounts due, against all customers', recorded as figures.
    mutating func renewal(_ renewal: Archetype.Renewal, _ archetype: Archetype) -> String {
        let rate = book.add("archetype.\(archetype.id).renewal.rate", renewal.rate, grammar.percent(renewal.rate),
                            definition("renewal.rate", archetype, accounts: renewal.known), accounts: renewal.known)
        let all = renewals()
        let overall = all.known > 0 ? Double(all.renewed) / Double(all.known) : 0
        let base = book.add("population.renewal.rate", overall, grammar.percent(overall), definition("population.renewal.rate"), accounts: all.known)
        let known = book.add("archetype.\(archetype.id).renewal.known", Double(renewal.known), grammar.count(renewal.known, phrases.noun("account")),
                             definition("renewal.known", archetype, accounts: renewal.known), accounts: renewal.known)
        return phrase("renewal", ["rate": rate, "known": known, "population": base])
    }

    /// A ranking reason in words, its numbers recorded as figures.
    mutating func reason(_ reason: RankReason, archetype id: Int) -> String {
        guard let archetype = archetype(id) else { return "" }
        switch reason.kind {
        case .feature:
            let subjectFeminine = feminine
            feminine = speaksFeminine(archetype)
            defer { feminine = subjectFeminine }
            return behaviour(archetype, feature: reason.subject, direction: reason.value >= 0 ? .higher : .lower) ?? ""
        case .outcome:
            guard let outcome = archetype.outcomes.first(where: { $0.metric == reason.subject }) else { return "" }
            let bare = outcome.unit != "%" && outcome.unit != "days"
            return phrase(agreed("reason.outcome", metric: reason.subject), [
                "metric": phrases.metric(reason.subject),
                "the_metric": phrases.patterns["metric.the.\(reason.subject)"]?.first ?? phrases.metric(reason.subject),
                "before": outcomeValue(reason.baseline ?? 0, outcome, archetype, "before", withUnit: !bare),
                "after": outcomeValue(reason.value, outcome, archetype, "after"),
                "accounts": book.add("archetype.\(id).outcome.\(outcome.metric).accounts", Double(outcome.accounts),
                                     grammar.count(outcome.accounts, phrases.noun("account")),
                                     definition("outcome.accounts", archetype, metric: outcome.metric, accounts: outcome.accounts),
                                     accounts: outcome.accounts),
            ])
        case .renewal:
            let rate = book.add("archetype.\(id).renewal.rate", reason.value, grammar.percent(reason.value),
                                definition("renewal.rate", archetype, accounts: reason.accounts), accounts: reason.accounts)
            let base = book.add("population.renewal.rate", reason.baseline ?? 0, grammar.percent(reason.baseline ?? 0),
                                definition("population.renewal.rate"), accounts: population)
            return phrase("reason.renewal", ["rate": rate, "population": base])
        case .attribute:
            let value = reason.detail ?? ""
            verbatim.append(value)
            let share = book.add("archetype.\(id).attribute.\(reason.subject).\(value).share", reason.value, grammar.percent(reason.value),
                                 definition("attribute.share", archetype, attribute: value), accounts: archetype.size)
            let base = book.add("population.attribute.\(reason.subject).\(value).share", reason.baseline ?? 0,
                                grammar.percent(reason.baseline ?? 0), definition("population.attribute.share", attribute: value), accounts: population)
            let noun = phrases.value(value)
            return phrases.phrase("reason.attribute.\(reason.subject)", key: key, grammar: grammar, [
                "share": share, "population": base, "value": noun.singular, "the_value": grammar.definite(noun),
                "of_the_value": grammar.ofThe(noun), "to_the_value": grammar.toThe(noun),
                "attribute": phrases.attribute(reason.subject),
            ])
        case .evidence:
            return phrase("reason.evidence", ["accounts": accounts(archetype.size, archetype)])
        }
    }

    // MARK: - Figures

    /// "212 accounts", recorded as the archetype's size.
    private mutating func accounts(_ n: Int, _ archetype: Archetype) -> String {
        book.add("archetype.\(archetype.id).accounts", Double(n), grammar.count(n, phrases.noun("account")),
                 definition("accounts", archetype), accounts: n)
    }

    /// How many of our other customers a comparison rests on, recorded as a figure.
    private mutating func othersAccounts(_ count: Int, _ outcome: Archetype.OutcomeSummary, _ archetype: Archetype, paired: Bool = false) -> String {
        book.add("archetype.\(archetype.id).outcome.\(outcome.metric).others.\(paired ? "paired" : "accounts")", Double(count), grammar.number(Double(count)),
                 definition(paired ? "outcome.others.paired" : "outcome.others.accounts", archetype, metric: outcome.metric, accounts: count),
                 accounts: count)
    }

    /// How many customers we have besides the group, as a figure: what a comparison's coverage reads against.
    private mutating func othersTotal(_ archetype: Archetype) -> String {
        let count = population - archetype.size
        return book.add("archetype.\(archetype.id).others.total", Double(count), grammar.number(Double(count)),
                        definition("others.total", archetype, accounts: count), accounts: count)
    }

    /// A whole-team figure per seat, with two significant digits ("2.9 hours a month"), recorded as a figure.
    private mutating func seatValue(_ value: Double, _ outcome: Archetype.OutcomeSummary, _ archetype: Archetype, _ side: String, accounts: Int,
                                    withUnit: Bool = true) -> String {
        let text = phrases.outcome(Self.significant(value, 2), unit: outcome.unit ?? "", grammar: grammar, withUnit: withUnit)
        return book.add("archetype.\(archetype.id).outcome.\(outcome.metric).\(side)", value, text,
                        definition("outcome.\(side)", archetype, metric: outcome.metric, accounts: accounts), accounts: accounts)
    }

    private mutating func outcomeValue(_ value: Double, _ outcome: Archetype.OutcomeSummary, _ archetype: Archetype, _ side: String,
                                       withUnit: Bool = true, accounts: Int? = nil) -> String {
        // Amounts in the thousands keep three significant digits (5,710, not 5,708), from ten thousand two (57,000, not
        // 57,076); the figure keeps the exact value. Hours people report saving are whole hours ("about 10 hours", not 9.8).
        let shown = Self.printed(value, unit: outcome.unit, keepDecimals: true)
        let text = outcome.unit == "days" ? phrases.duration(days: value, grammar: grammar)
            : phrases.outcome(shown, unit: outcome.unit ?? "", grammar: grammar, withUnit: withUnit)
        return book.add("archetype.\(archetype.id).outcome.\(outcome.metric).\(side)", value, text,
                        definition("outcome.\(side)", archetype, metric: outcome.metric, accounts: accounts ?? outcome.accounts),
                        accounts: accounts ?? outcome.accounts)
    }

    /// A median of accounts' own changes as a brief says it: in points for a rate ("+9 points"), as a difference for small
    /// counts (2 to 10 sources read as +8, not +400%), else relative ("+35%"); rounded as the group's earlier median prints.
    struct Change {
        enum Kind: String { case points, difference, change }
        let value: Double
        let kind: Kind
        let decimals: Int
    }

    /// A gain's share of one year, over the `days` it took: with a decimal under ten, where rounding a small yearly gain
    /// to whole units would blur the comparison it is made for.
    static func yearly(_ change: Change, days: Double) -> Change {
        let value = change.value * 365 / days
        return .init(value: value, kind: change.kind, decimals: abs(value) < 10 ? max(change.decimals, 1) : change.decimals)
    }

    /// The change of one side (the group's, or our other customers'), said the way the group's earlier median `before`
    /// calls for; nil where the run holds no changes account by account.
    static func change(absolute: Double?, relative: Double?, unit: String?, before: Double) -> Change? {
        let before = printed(before, unit: unit)
        let kind: Change.Kind = unit == "%" ? .points : abs(before) < 100 ? .difference : .change
        guard let value = kind == .change ? relative : absolute else { return nil }
        let decimals = PhraseBook.decimals(before), scale = pow(10, Double(decimals))
        return .init(value: kind == .change ? value : (value * scale).rounded() / scale, kind: kind, decimals: decimals)
    }

    /// The group's change and our other customers', account by account and said alike; nil where the run lacks either.
    static func changes(_ outcome: Archetype.OutcomeSummary, before: Double) -> (mine: Change, theirs: Change)? {
        guard let others = outcome.others, others.paired != nil,
              let mine = change(absolute: outcome.medianChange, relative: outcome.medianRelativeChange, unit: outcome.unit, before: before),
              let theirs = change(absolute: others.medianChange, relative: others.medianRelativeChange, unit: outcome.unit, before: before)
        else { return nil }
        return (mine, theirs)
    }

    /// The group's change as if measured over our other customers' span, where the group's was longer: a group with more
    /// time to improve is held to its pace, not its total (accounts gain most early, so the pace understates it).
    static func paced(_ change: Change, _ outcome: Archetype.OutcomeSummary) -> Change {
        guard let days = outcome.daysAfterStart, let theirs = outcome.others?.daysAfterStart, theirs > 0, days > theirs else { return change }
        return .init(value: change.value * theirs / days, kind: change.kind, decimals: change.decimals)
    }

    /// A change said and recorded as a figure, with the accounts it rests on.
    private mutating func gain(_ change: Change, _ outcome: Archetype.OutcomeSummary, id: String, _ archetype: Archetype,
                               accounts: Int, side: String) -> String {
        let signed = grammar.signedNumber(change.value, decimals: change.decimals)
        // "0,6 point" in French, where the singular runs up to 2 as printed; "0.6 points" in English.
        let scale = pow(10, Double(change.decimals))
        let shown = abs((change.value * scale).rounded() / scale)
        let singular = locale == .fr ? shown < 2 : shown == 1
        let unit = "difference.\(outcome.metric)" + (singular && phrases.patterns["difference.\(outcome.metric).one"] != nil ? ".one" : "")
        let text = switch change.kind {
        case .points: phrase(singular ? "point" : "points", ["n": signed])
        case .difference: phrases.patterns[unit] != nil ? phrase(unit, ["n": signed]) : signed
        case .change: grammar.signedPercent(change.value)
        }
        return book.add("\(id).\(side).\(change.kind.rawValue)", change.value, text,
                        definition("outcome.\(side)", archetype, metric: outcome.metric, accounts: accounts), accounts: accounts)
    }

    /// A value as printed: three significant digits in the thousands, two from ten thousand, whole hours; with
    /// `keepDecimals` false, also rounded to the decimals the phrase book prints.
    static func printed(_ value: Double, unit: String?, keepDecimals: Bool = false) -> Double {
        if abs(value) >= 10_000 { return significant(value, 2) }
        if abs(value) >= 1000 { return significant(value, 3) }
        if unit?.hasPrefix("hours") == true { return value.rounded() }
        if keepDecimals { return value }
        let scale = pow(10, Double(PhraseBook.decimals(value)))
        return (value * scale).rounded() / scale
    }

    static func significant(_ value: Double, _ digits: Int) -> Double {
        guard value != 0 else { return 0 }
        let scale = pow(10, floor(log10(abs(value))) - Double(digits - 1))
        return (value / scale).rounded() * scale
    }

    private func featureLabel(_ id: String) -> String? {
        analysis.features.first { $0.id == id }.map { phrases.featureLabel($0) }
    }

    /// The analysis window in words, its two days recorded as figures.
    private mutating func period() -> String {
        let first = book.add("window.from", Double(analysis.window.from), windowDays.from, definition("window.from"), accounts: population)
        let last = book.add("window.to", Double(analysis.window.to - 86_400), windowDays.to, definition("window.to"), accounts: population)
        return phrase("period", ["from": first, "to": last])
    }

    /// A figure's definition: the statistic, over whom, over when, from which run.
    private func definition(_ kind: String, _ archetype: Archetype? = nil, metric: String? = nil, feature: String? = nil,
                            attribute: String? = nil, accounts: Int? = nil) -> String {
        PhraseBook.fill(phrases.patterns["definition.\(kind)"]?.first ?? kind, [
            "name": archetype.map { name($0.id) } ?? "", "metric": metric.map(phrases.metric) ?? "",
            "feature": feature.flatMap(featureLabel) ?? "", "value": attribute ?? "",
            "accounts": grammar.count(accounts ?? archetype?.size ?? population, phrases.noun("account")),
            "from": windowDays.from, "to": windowDays.to, "run": grammar.number(Double(book.run)),
        ])
    }

    /// Items of each goal together, goals in the order given, taken in turn (every goal's first item, then every goal's second) up to `limit`.
    private func byGoal(_ lists: [[String]], limit: Int) -> [String] {
        // Every goal is heard within the limit.
        var out: [String] = []
        for rank in 0..<(lists.map(\.count).max() ?? 0) {
            for list in lists where rank < list.count && out.count < limit && !out.contains(where: { Self.alike($0, list[rank]) }) {
                out.append(list[rank])
            }
        }
        // Each item under the first goal that has it.
        return lists.indices.flatMap { goal in
            out.filter { item in lists[goal].contains(item) && !lists[..<goal].contains { $0.contains(item) } }
        }
    }

    /// Whether two items say much the same thing, as two readings of one need may ("Paced sending, so that a campaign's
    /// clicks reach your site at a rate it can handle", twice in other words): most words of the shorter are the other's.
    static func alike(_ a: String, _ b: String) -> Bool {
        func stems(_ text: String) -> Set<String> {
            Set(TextAnalyzer.words(text).filter { $0.count >= 4 }.map { String($0.prefix(6)) })
        }
        let (x, y) = (stems(a), stems(b))
        guard !x.isEmpty, !y.isEmpty else { return a == b }
        return Double(x.intersection(y).count) >= 0.6 * Double(min(x.count, y.count))
    }

    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension Array where Element: Equatable {
    /// The elements in order, each once.
    func uniqued() -> [Element] { reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }

    /// The elements, the first of each `key` kept.
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen = Set<Key>()
        return filter { seen.insert(key($0)).inserted }
    }
}
