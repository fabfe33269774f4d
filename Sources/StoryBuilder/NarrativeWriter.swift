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

    private func phrase(_ pattern: String, _ slots: [String: String] = [:]) -> String {
        phrases.phrase(pattern, key: key, grammar: grammar, slots)
    }

    // MARK: - The narrative

    mutating func narrative(prospect: Prospect?, goals: [Goal], subject id: Int?, alternatives: [Pitch.Choice]) -> Narrative {
        let who = prospect?.name.flatMap { $0.isEmpty ? nil : $0 } ?? phrase("prospect.default")
        if let name = prospect?.name, !name.isEmpty { verbatim.append(name) }
        for attribute in prospect?.attributes ?? [] { verbatim.append(attribute.value) }
        let goalTitles = grammar.list(goals.map { lowercasedFirst($0.title[locale]) })
        let period = self.period()
        let runText = book.add("run", Double(book.run), grammar.number(Double(book.run)), definition("run"), accounts: population)
        let source = phrase("source", ["run": runText, "period": period])
        let lines = goals.map { Narrative.GoalLine(id: $0.id, title: $0.title[locale], summary: $0.summary[locale]) }
        let talking = roundRobin(goals.map { $0.talkingPoints[locale] }, limit: 4)
        let demo = roundRobin(goals.map { $0.demo[locale] }, limit: 3)

        guard let id, let archetype = archetype(id) else {
            return noFit(who: who, goals: goals, goalTitles: goalTitles, lines: lines, talking: talking, demo: demo, period: period, source: source)
        }
        let subject = self.subject(archetype)
        let measured = self.results(archetype, goals: goals)
        // Only a result that moved the goal's way, over enough accounts, is proof; adverse or flat ones are caveats.
        let results = measured.filter { movement($0.id, archetype, goals: goals) == .good }.map(\.result)
        let doubtful = measured.compactMap { entry -> String? in
            switch movement(entry.id, archetype, goals: goals) {
            case .adverse: phrase("caveat.adverse", entry.slots)
            case .flat: phrase("caveat.flat", entry.slots)
            case .good, .unknown: nil
            }
        }
        let renewal = archetype.renewal.map { self.renewal($0, archetype) }
        let approach = self.approach(archetype, subject: subject)
        let headline: String
        if let best = headlineResult(archetype, results: results, goals: goals) {
            headline = phrase("headline", ["name": subject.name, "metric": best.metric, "before": best.before, "after": best.after])
        } else {
            headline = phrase("headline.plain", ["name": subject.name, "description": lowercasedFirst(subject.description)])
        }
        var proof = results.prefix(3).map {
            $0.change.isEmpty ? noBaseline("proof.result.nobaseline", metric: $0.id, ["metric": $0.metric, "after": $0.after, "accounts": $0.accounts])
                : phrase("proof.result", ["metric": $0.metric, "before": $0.before, "after": $0.after, "change": $0.change])
        }
        if let renewal { proof.append(renewal) }
        proof.append(phrase("proof.size", ["size": subject.size]))
        return Narrative(
            locale: locale, prospect: who, fit: true, headline: headline,
            challenge: goals.isEmpty ? phrase("challenge.case", ["name": subject.name, "description": lowercasedFirst(subject.description)])
                : phrase(prospect == nil ? "challenge.case.goals" : "challenge", ["prospect": who, "goals": goalTitles, "name": subject.name]),
            goals: lines, subject: subject, approach: approach, results: results, renewal: renewal,
            proofPoints: Array(proof.prefix(5)), talkingPoints: talking,
            discoveryQuestions: roundRobin(goals.map { $0.discoveryQuestions[locale] }, limit: 3), demo: demo,
            caveats: caveats(archetype, subject: subject, results: measured.map(\.result), goals: goals, period: period, doubtful: doubtful),
            alternatives: alternatives.map { .init(name: $0.name, reason: $0.reasons.first ?? "") },
            period: period, source: source, run: book.run, verbatim: verbatim, figures: book.figures)
    }

    /// The brief when no archetype evidences the goals, or no goal was recognized: it says so and asks.
    private func noFit(who: String, goals: [Goal], goalTitles: String, lines: [Narrative.GoalLine], talking: [String], demo: [String],
                       period: String, source: String) -> Narrative {
        let recognized = !goals.isEmpty
        let questions = recognized ? roundRobin(goals.map { $0.discoveryQuestions[locale] }, limit: 4)
            : phrases.patterns["nogoal.questions"] ?? []
        return Narrative(
            locale: locale, prospect: who, fit: false,
            headline: recognized ? phrase("nofit.headline", ["goals": goalTitles, "prospect": who]) : phrase("nogoal.headline", ["prospect": who]),
            challenge: recognized ? phrase("challenge", ["prospect": who, "goals": goalTitles]) : phrase("nogoal.challenge", ["prospect": who]),
            goals: lines, subject: nil, approach: [], results: [], renewal: nil, proofPoints: [],
            talkingPoints: recognized ? talking : [], discoveryQuestions: questions, demo: recognized ? demo : [],
            caveats: [phrase(recognized ? "nofit.caveat" : "nogoal.caveat")], alternatives: [], period: period, source: source,
            run: book.run, verbatim: verbatim, figures: book.figures)
    }

    /// What the archetype's accounts do: features they share, their rhythm, their traits, how fast they start.
    private mutating func approach(_ archetype: Archetype, subject: Narrative.Subject) -> [String] {
        var approach: [String] = []
        if !archetype.commonFeatures.isEmpty {
            approach.append(phrase("approach.common", ["features": grammar.list(archetype.commonFeatures.map { phrases.events?[$0] ?? $0 })]))
        }
        if let weeks = feature(archetype, "weeks_active") {
            approach.append(phrase("approach.rhythm", ["weeks": weeks.median, "population": weeks.population]))
        }
        approach += subject.traits.prefix(3)
        if let ramp = archetype.outcomes.first(where: { $0.metric == "time-to-first-value" }), let after = ramp.medianAfter {
            approach.append(phrase("approach.ramp", ["days": outcomeValue(after, ramp, archetype, "after")]))
        }
        return approach
    }

    /// What a careful reader must know: the sample, how many measured results, what was not recorded, a small group.
    private mutating func caveats(_ archetype: Archetype, subject: Narrative.Subject, results: [Narrative.Result], goals: [Goal],
                                  period: String, doubtful: [String] = []) -> [String] {
        var caveats = [phrase("caveat.sample", ["accounts": accounts(archetype.size, archetype), "name": subject.name, "period": period])]
        if let measured = archetype.outcomes.map(\.accounts).max(), !results.isEmpty {
            caveats.append(phrase("caveat.outcomes", ["accounts": book.add("archetype.\(archetype.id).outcomes.accounts", Double(measured),
                                                                             grammar.count(measured, phrases.noun("account")),
                                                                             definition("outcomes.accounts", archetype), accounts: measured)]))
        }
        caveats += doubtful
        let recorded = Set(archetype.outcomes.map(\.metric))
        let missing = Array(Set(goals.flatMap { $0.evidence.outcomes.compactMap(\.metric) }).subtracting(recorded)).sorted()
        if !missing.isEmpty { caveats.append(phrase("caveat.missing", ["metrics": grammar.list(missing.map(phrases.metric), conjunction: .or)])) }
        if archetype.size < 30 { caveats.append(phrase("caveat.small")) }
        return caveats
    }

    /// The archetype told in one paragraph: size, what sets it apart, its traits in natural units.
    mutating func subject(_ archetype: Archetype) -> Narrative.Subject {
        let traits = archetype.distinguishing.prefix(4).compactMap { distinction -> (String, String)? in
            guard let value = feature(archetype, distinction.feature), let label = featureLabel(distinction.feature) else { return nil }
            let trait = phrase("trait.\(distinction.direction.rawValue)", ["feature": label])
            return (trait, phrase("approach.trait", ["feature": label, "value": value.median, "population": value.population]))
        }
        let share = book.add("archetype.\(archetype.id).share", archetype.share, grammar.percent(archetype.share),
                             definition("share", archetype), accounts: archetype.size)
        return .init(id: archetype.id, name: name(archetype.id),
                     size: phrase("subject.size", ["accounts": accounts(archetype.size, archetype), "share": share]),
                     description: traits.isEmpty ? phrase("description.none")
                        : phrase("description", ["traits": grammar.list(traits.prefix(3).map(\.0))]),
                     traits: traits.map(\.1), health: health(archetype))
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
    }

    /// Which way an outcome moved for the goals' own metrics (the catalogue's direction for the others).
    enum Movement { case good, adverse, flat, unknown }

    /// Good when the goal's metric moved its way over at least the privacy threshold of accounts; from a zero or absent
    /// baseline any value the goal wants counts; a change that rounds to 0% is flat.
    func movement(_ metric: String, _ archetype: Archetype, goals: [Goal]) -> Movement {
        guard let outcome = archetype.outcomes.first(where: { $0.metric == metric }), let after = outcome.medianAfter,
              outcome.accounts >= analysis.options.minSize else { return .unknown }
        let sign = goals.lazy.compactMap { $0.evidence.outcomes.first { $0.metric == metric }?.sign }.first ?? directions[metric]
        guard let sign else { return .unknown }
        let before = outcome.medianBefore ?? 0
        if before == 0 { return sign * after > 0 ? .good : .unknown }
        let change = (after - before) / abs(before)
        if abs(change) < 0.005 { return .flat }
        return sign * change > 0 ? .good : .adverse
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
            let baseline = outcome.medianBefore.flatMap { $0 == 0 ? nil : $0 }
            let beforeText = baseline.map { outcomeValue($0, outcome, archetype, "before") } ?? ""
            let afterText = outcomeValue(after, outcome, archetype, "after")
            let ratio = baseline == nil ? nil : ArchetypeRanker.relativeChange(outcome)
            let change = ratio.map {
                book.add("archetype.\(archetype.id).outcome.\(outcome.metric).change", $0, grammar.signedPercent($0),
                         definition("outcome.change", archetype, metric: outcome.metric, accounts: outcome.accounts), accounts: outcome.accounts)
            } ?? ""
            let measured = book.add("archetype.\(archetype.id).outcome.\(outcome.metric).accounts", Double(outcome.accounts),
                                    grammar.count(outcome.accounts, phrases.noun("account")),
                                    definition("outcome.accounts", archetype, metric: outcome.metric, accounts: outcome.accounts),
                                    accounts: outcome.accounts)
            let metric = phrases.metric(outcome.metric)
            let slots = ["metric": metric, "before": beforeText, "after": afterText, "change": change, "accounts": measured]
            let sentence = baseline == nil ? noBaseline("result.nobaseline", metric: outcome.metric, slots)
                : phrase(change.isEmpty ? "result.nochange" : "result", slots)
            return Measured(result: .init(id: outcome.metric, metric: metric, before: beforeText, after: afterText, change: change,
                                          accounts: measured, sentence: sentence), slots: slots)
        }
    }

    /// The result to lead with: the largest change in the direction a goal wants; without goals, the largest improvement
    /// (improvement as the catalogue's goals define it).
    private func headlineResult(_ archetype: Archetype, results: [Narrative.Result], goals: [Goal]) -> Narrative.Result? {
        let wanted = Dictionary(goals.flatMap { $0.evidence.outcomes.compactMap { s in s.metric.map { ($0, s.sign) } } }, uniquingKeysWith: { a, _ in a })
        let scored = results.compactMap { result -> (Narrative.Result, Double)? in
            guard let outcome = archetype.outcomes.first(where: { $0.metric == result.id }),
                  let change = ArchetypeRanker.relativeChange(outcome) else { return nil }
            let sign = wanted[outcome.metric] ?? (goals.isEmpty ? directions[outcome.metric] ?? 0 : 0)
            return sign * change > 0 ? (result, sign * change) : nil
        }
        return scored.max { $0.1 < $1.1 }?.0
    }

    mutating func renewal(_ renewal: Archetype.Renewal, _ archetype: Archetype) -> String {
        let rate = book.add("archetype.\(archetype.id).renewal.rate", renewal.rate, grammar.percent(renewal.rate),
                            definition("renewal.rate", archetype, accounts: renewal.known), accounts: renewal.known)
        let renewed = book.add("archetype.\(archetype.id).renewal.renewed", Double(renewal.renewed), grammar.number(Double(renewal.renewed)),
                               definition("renewal.renewed", archetype, accounts: renewal.known), accounts: renewal.known)
        let known = book.add("archetype.\(archetype.id).renewal.known", Double(renewal.known), grammar.count(renewal.known, phrases.noun("account")),
                             definition("renewal.known", archetype, accounts: renewal.known), accounts: renewal.known)
        return phrase("renewal", ["rate": rate, "renewed": renewed, "known": known])
    }

    /// A ranking reason in words, its numbers recorded as figures.
    mutating func reason(_ reason: RankReason, archetype id: Int) -> String {
        guard let archetype = archetype(id) else { return "" }
        switch reason.kind {
        case .feature:
            guard let value = feature(archetype, reason.subject), let label = featureLabel(reason.subject) else { return "" }
            return phrase("approach.trait", ["feature": label, "value": value.median, "population": value.population])
        case .outcome:
            guard let outcome = archetype.outcomes.first(where: { $0.metric == reason.subject }) else { return "" }
            return phrase("reason.outcome", [
                "metric": phrases.metric(reason.subject), "before": outcomeValue(reason.baseline ?? 0, outcome, archetype, "before"),
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

    /// A feature's median among members and in the population, in natural units.
    private mutating func feature(_ archetype: Archetype, _ id: String) -> (median: String, population: String)? {
        guard let value = archetype.profile.first(where: { $0.feature == id }),
              let definition = analysis.features.first(where: { $0.id == id }) else { return nil }
        let median = book.add("archetype.\(archetype.id).feature.\(id).median", value.median, phrases.measure(value.median, unit: definition.unit, grammar: grammar),
                              self.definition("feature.median", archetype, feature: id), accounts: archetype.size)
        let population = book.add("population.feature.\(id).median", value.population, phrases.measure(value.population, unit: definition.unit, grammar: grammar),
                                  self.definition("population.feature.median", feature: id), accounts: self.population)
        return (median, population)
    }

    private mutating func outcomeValue(_ value: Double, _ outcome: Archetype.OutcomeSummary, _ archetype: Archetype, _ side: String) -> String {
        let text = phrases.outcome(value, unit: outcome.unit ?? "", grammar: grammar)
        return book.add("archetype.\(archetype.id).outcome.\(outcome.metric).\(side)", value, text,
                        definition("outcome.\(side)", archetype, metric: outcome.metric, accounts: outcome.accounts), accounts: outcome.accounts)
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

    private func roundRobin(_ lists: [[String]], limit: Int) -> [String] {
        var out: [String] = []
        var index = 0
        while out.count < limit, lists.contains(where: { index < $0.count }) {
            for list in lists where index < list.count && out.count < limit && !out.contains(list[index]) { out.append(list[index]) }
            index += 1
        }
        return out
    }

    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
