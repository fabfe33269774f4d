public import Archetypes
public import Foundation
public import StoryBuilder

/// What a pack is made from: an analysis run.
public struct PackSource: Sendable {
    public var run: Int64
    public var createdAt: Date
    public var analysis: Analysis

    public init(run: Int64, createdAt: Date, analysis: Analysis) {
        self.run = run
        self.createdAt = createdAt
        self.analysis = analysis
    }

    /// The archetypes a pack may describe: at or above the privacy threshold.
    public var archetypes: [Archetype] { analysis.archetypes.filter { $0.size >= analysis.options.minSize } }
}

/// The pages of a pack in one locale, as HTML built from ``Node``s: the index, one page per archetype, brief pages
/// and the brief form.
///
/// Pages of a locale live in its folder (`en/`, `fr/`); the pack's root `index.html` is the first locale's index.
public struct PackPages: Sendable {
    public let source: PackSource
    public let library: StoryLibrary
    public let locale: NarrativeLocale
    /// The locales the pack holds: the language switch links only to those.
    public let locales: [NarrativeLocale]
    let builder: NarrativeBuilder
    let grammar: LocaleGrammar
    let phrases: PhraseBook

    public init(source: PackSource, library: StoryLibrary, locale: NarrativeLocale, locales: [NarrativeLocale] = NarrativeLocale.allCases) {
        self.source = source
        self.library = library
        self.locale = locale
        self.locales = locales
        builder = library.builder(analysis: source.analysis, run: source.run)
        grammar = LocaleGrammar(locale)
        phrases = library.phrases[locale] ?? library.phrases[.en]!
    }

    var other: NarrativeLocale { locale == .en ? .fr : .en }

    /// The path of `page` in `locale`, relative to a page in `here` ("" for the root, "en/" for a locale folder).
    static func href(_ page: String, _ locale: NarrativeLocale, from here: String) -> String {
        (here.isEmpty ? "" : "../") + "\(locale.rawValue)/\(page)"
    }

    static func archetypePage(_ id: Int) -> String { "archetype-\(id).html" }

    private func document(_ title: String, page: String, here: String, compactPrint: Bool = false, body: Node) -> String {
        HTMLDocument(locale: locale, title: title, root: here.isEmpty ? "" : "../",
                     languageLink: page.isEmpty || !locales.contains(other) ? nil : (Self.href(page, other, from: here), phrases.text("page.language")),
                     homeLabel: phrases.text("page.home"), footer: phrases.text("page.footer"), compactPrint: compactPrint, body: body)
            .render()
    }

    private func name(_ archetype: Archetype) -> String { locale == .en ? archetype.name.en : archetype.name.fr }
    private func featureLabel(_ id: String) -> String {
        source.analysis.features.first { $0.id == id }.map { phrases.featureLabel($0) } ?? id
    }

    // MARK: - Index

    /// The archetypes at a glance; `briefs` lists brief pages (file names in their locale's folder) to link to.
    public func index(here: String, briefs: [(prospect: Prospect, page: String)] = []) -> String {
        let archetypes = source.archetypes
        let window = source.analysis.window
        let days = grammar.days(of: window)
        let period = phrases.text("period", ["from": days.from, "to": days.to])
        let run = phrases.text("page.run", [
            "run": grammar.number(Double(source.run)), "date": grammar.date(source.createdAt),
            "accounts": grammar.count(source.analysis.members.count, phrases.noun("account")), "period": period,
            "k": grammar.number(Double(source.analysis.k)),
            "datasets": window.datasetHashes.map { String($0.prefix(12)) }.joined(separator: ", "),
        ])
        let sizes = SVGChart.horizontalBars(
            id: "sizes", text: chartText("page.sizes.title", "page.sizes.desc"),
            bars: archetypes.map { Bar(label: name($0), value: Double($0.size), valueText: grammar.number(Double($0.size))) })
        let cards = archetypes.compactMap { card($0, here: here) }
        var body = [
            Node.element("h1", [.text(phrases.text("page.index.title"))]),
            .element("p", ["class": "lede"], [.text(phrases.text("page.index.lede"))]),
            .element("p", ["class": "meta"], [.text(run)]),
            .element("figure", [sizes]),
            .element("h2", [.text(phrases.text("page.archetypes"))]),
            .block("ul", ["class": "cards"], cards),
        ]
        let ownBriefs = briefs.filter { $0.prospect.locale == locale }
        if !ownBriefs.isEmpty {
            body.append(.element("h2", [.text(phrases.text("page.briefs"))]))
            body.append(.block("ul", ownBriefs.map { prospect, page in
                .element("li", [.element("a", ["href": Self.href(page, locale, from: here)], [.text(prospect.name ?? prospect.slug)])])
            }))
        }
        return document(phrases.text("page.index.title"), page: "index.html", here: here, body: .lines(body))
    }

    /// An archetype's card on the index: its name linking to its page, its size, traits and headline.
    private func card(_ archetype: Archetype, here: String) -> Node? {
        guard let story = builder.caseStory(archetype: archetype.id, locale: locale), let subject = story.subject else { return nil }
        let traits = archetype.distinguishing.prefix(3).map { featureLabel($0.feature) + ($0.direction == .higher ? " ↑" : " ↓") }
        return .element("li", ["class": "card"], [
            .element("h3", [.element("a", ["href": Self.href(Self.archetypePage(archetype.id), locale, from: here)], [.text(subject.name)])]),
            .newline,
            .element("p", [.text("\(subject.description). \(subject.size).")]),
            .newline,
            .element("p", [.element("strong", [.text(phrases.text("page.traits"))]), .text(": " + grammar.list(traits))]),
            .newline,
            .element("p", [.element("strong", [.text(phrases.text("page.headline"))]), .text(": " + story.headline)]),
        ])
    }

    // MARK: - Archetype

    /// One archetype: profile, outcomes, activity, attributes and health charts, its case story and its figures.
    /// Nil for an archetype the pack does not describe; throws when its case story cannot be rendered honestly.
    public func archetype(_ id: Int) throws -> String? {
        let here = "\(locale.rawValue)/"
        guard let archetype = source.archetypes.first(where: { $0.id == id }),
              let story = builder.caseStory(archetype: id, locale: locale), let subject = story.subject else { return nil }
        let caseStory = try library.render("case-story", story, format: .md)
        func section(_ title: String, _ chart: Node, _ after: [Node] = []) -> Node {
            .element("section", [.element("h2", [.text(title)]), .newline, .element("figure", [chart])] + after)
        }
        let body = Node.lines([
            .element("h1", [.text(grammar.capitalizedFirst(subject.name))]),
            .element("p", ["class": "lede"], [.text("\(subject.description). \(subject.size).")]),
            .block("div", ["class": "charts"], [
                section(phrases.text("page.profile.title", ["name": subject.name]), profileChart(archetype)),
                section(phrases.text("page.outcomes.title"), outcomesChart(archetype)),
                section(phrases.text("page.activity.title"), activityChart(archetype)),
                section(phrases.text("page.health.title"), healthChart(archetype), [.newline, .element("p", [.text(subject.health)])]),
            ]),
            .element("h2", [.text(phrases.text("page.attributes.title"))]),
            .block("div", ["class": "attributes"], attributeCharts(archetype)),
            .element("h2", [.text(phrases.text("page.case"))]),
            .element("article", ["class": "story"], [.newline, .trusted(rendered: MarkdownRenderer.html(caseStory, headingShift: 2))]),
        ])
        return document(grammar.capitalizedFirst(subject.name), page: Self.archetypePage(id), here: here, body: .fragment([body, figuresTable(story.figures)]))
    }

    /// One section per attribute (industry, size, region, plan): how the archetype's accounts spread over its values.
    private func attributeCharts(_ archetype: Archetype) -> [Node] {
        ["industry", "size", "region", "plan"].compactMap { attribute in
            guard let mix = archetype.attributes[attribute], !mix.isEmpty else { return nil }
            let label = grammar.capitalizedFirst(phrases.attribute(attribute))
            let chart = SVGChart.horizontalBars(
                id: "attribute-\(attribute)",
                text: ChartText(title: label, description: phrases.text("page.attributes.desc", ["attribute": phrases.attribute(attribute)]),
                                empty: phrases.text("page.nodata")),
                bars: mix.map { Bar(label: phrases.value($0.value).singular, value: Double($0.accounts), valueText: grammar.number(Double($0.accounts))) })
            return .element("section", [.element("h3", [.text(label)]), .newline, .element("figure", [chart])])
        }
    }

    private func chartText(_ title: String, _ description: String) -> ChartText {
        ChartText(title: phrases.text(title), description: phrases.text(description), empty: phrases.text("page.nodata"))
    }

    /// Distinguishing features against the population: standardized differences, labelled in natural units.
    func profileChart(_ archetype: Archetype) -> Node {
        let effects = (archetype.effects ?? archetype.distinguishing).sorted { abs($0.effect) > abs($1.effect) }.prefix(8)
        let bars = effects.map { effect -> Bar in
            let profile = archetype.profile.first { $0.feature == effect.feature }
            let unit = source.analysis.features.first { $0.id == effect.feature }?.unit ?? ""
            let text = profile.map { "\(natural($0.median, unit)) / \(natural($0.population, unit))" } ?? grammar.number(effect.effect, decimals: 1)
            return Bar(label: featureLabel(effect.feature), value: effect.effect, valueText: text,
                       highlight: archetype.distinguishing.contains { $0.feature == effect.feature })
        }
        return SVGChart.divergingBars(id: "profile-\(archetype.id)", text: ChartText(
            title: phrases.text("page.profile.title", ["name": name(archetype)]), description: phrases.text("page.profile.desc"),
            empty: phrases.text("page.nodata")), bars: Array(bars))
    }

    func outcomesChart(_ archetype: Archetype) -> Node {
        let pairs = archetype.outcomes.compactMap { outcome -> SVGChart.Pair? in
            guard let before = outcome.medianBefore, let after = outcome.medianAfter else { return nil }
            let unit = outcome.unit ?? ""
            return .init(label: phrases.metric(outcome.metric), before: before, after: after,
                         beforeText: outcomeText(before, unit), afterText: outcomeText(after, unit))
        }
        return SVGChart.pairedBars(id: "outcomes-\(archetype.id)", text: chartText("page.outcomes.title", "page.outcomes.desc"),
                                   series: (phrases.text("page.outcomes.before"), phrases.text("page.outcomes.after")), pairs: pairs)
    }

    func activityChart(_ archetype: Archetype) -> Node {
        let from = source.analysis.window.from
        var ticks: [(index: Int, label: String)] = []
        var lastMonth = ""
        for week in archetype.weeklyCurve.indices {
            let month = grammar.month(Date(timeIntervalSince1970: TimeInterval(from + Int64(week) * 604_800)))
            if month != lastMonth { ticks.append((week, Self.shortMonth(month, locale))) }
            lastMonth = month
        }
        return SVGChart.line(id: "activity-\(archetype.id)", text: chartText("page.activity.title", "page.activity.desc"),
                             values: archetype.weeklyCurve, xTicks: ticks, yLabel: { grammar.number($0) })
    }

    func healthChart(_ archetype: Archetype) -> Node {
        let h = archetype.health
        return SVGChart.stackedBar(id: "health-\(archetype.id)", text: chartText("page.health.title", "page.health.desc"), parts: [
            .init(label: phrases.text("page.health.healthy"), value: Double(h.healthy), valueText: grammar.number(Double(h.healthy)), color: "#2f9e44"),
            .init(label: phrases.text("page.health.watch"), value: Double(h.watch), valueText: grammar.number(Double(h.watch)), color: "#e8833a"),
            .init(label: phrases.text("page.health.atRisk"), value: Double(h.atRisk), valueText: grammar.number(Double(h.atRisk)), color: "#d64545"),
        ])
    }

    /// A month's short name for axis ticks: "Jan", "juil.".
    static func shortMonth(_ month: String, _ locale: NarrativeLocale) -> String {
        let name = String(month.prefix { $0 != " " })
        guard locale == .fr else { return String(name.prefix(3)) }
        let short = ["janvier": "janv.", "février": "févr.", "avril": "avr.", "juillet": "juil.", "septembre": "sept.",
                     "octobre": "oct.", "novembre": "nov.", "décembre": "déc."]
        return short[name] ?? name
    }

    private func natural(_ value: Double, _ unit: String) -> String {
        phrases.measure(value, unit: unit, grammar: grammar, withUnit: false)
    }

    private func outcomeText(_ value: Double, _ unit: String) -> String {
        phrases.outcome(value, unit: unit, grammar: grammar, withUnit: false)
    }

    // MARK: - Briefs

    /// A prospect's brief page: the rendered brief and its figures; throws when the honesty guard refuses it.
    public func brief(_ prospect: Prospect, here: String) throws -> String {
        let pitch = builder.pitch(prospect)
        let markdown = try library.render("brief", pitch.narrative, format: .md)
        let title = phrases.text("page.brief.title", ["prospect": pitch.narrative.prospect])
        let body = Node.fragment([
            .element("article", ["class": "brief"], [.newline, .trusted(rendered: MarkdownRenderer.html(markdown))]), .newline,
            figuresTable(pitch.figures),
        ])
        return document(title, page: "", here: here, compactPrint: true, body: body)
    }

    /// The brief form of the web explorer.
    public func form(here: String, action: String) -> String {
        func label(_ field: String, _ label: String) -> Node { .element("label", ["for": field], [.text(phrases.text(label))]) }
        func field(_ name: String, _ text: String) -> Node {
            .fragment([label(name, text), .element("input", ["id": name, "name": name, "maxlength": "200"])])
        }
        func option(_ value: NarrativeLocale, _ name: String) -> Node {
            .element("option", ["value": value.rawValue, "selected": locale == value ? "selected" : nil], [.text(name)])
        }
        let form = Node.block("form", ["method": "post", "action": action], [
            label("goals", "page.form.goals"),
            .element("textarea", ["id": "goals", "name": "goals", "rows": "4", "required": "required", "maxlength": "2000"]),
            field("prospect", "page.form.name"), field("industry", "page.form.industry"), field("size", "page.form.size"),
            field("region", "page.form.region"),
            label("locale", "page.form.locale"),
            .element("select", ["id": "locale", "name": "locale"], [option(.en, "English"), option(.fr, "Français")]),
            .element("button", ["type": "submit"], [.text(phrases.text("page.form.submit"))]),
        ])
        let body = Node.fragment([.element("h1", [.text(phrases.text("page.form.title"))]), .newline, form])
        return document(phrases.text("page.form.title"), page: "brief", here: here, body: body)
    }

    /// Every figure a page's narrative prints, with its definition and the accounts behind it.
    func figuresTable(_ figures: [Figure]) -> Node {
        guard !figures.isEmpty else { return .fragment([]) }
        let head = Node.element("thead", [.element("tr", ["page.value", "page.definition", "page.accounts"].map { .element("th", [.text(phrases.text($0))]) })])
        let rows = figures.map { figure in
            Node.element("tr", [
                .element("td", ["class": "num"], [.text(figure.text)]), .element("td", [.text(figure.definition)]),
                .element("td", ["class": "num"], [.text(grammar.number(Double(figure.accounts)))]),
            ])
        }
        return .lines([.block("section", ["class": "figures"], [
            .element("h2", [.text(phrases.text("page.figures"))]),
            .element("table", [head, .newline, .block("tbody", rows)]),
        ])])
    }
}
