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

/// The pages of a pack in one locale, as HTML: the index, one page per archetype, brief pages and the brief form.
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

    private func document(_ title: String, page: String, here: String, compactPrint: Bool = false, body: String) -> String {
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
        var cards = ""
        for archetype in archetypes {
            guard let story = builder.caseStory(archetype: archetype.id, locale: locale), let subject = story.subject else { continue }
            let traits = archetype.distinguishing.prefix(3).map { featureLabel($0.feature) + ($0.direction == .higher ? " ↑" : " ↓") }
            cards += """
                <li class="card"><h3><a href="\(escapeXML(Self.href(Self.archetypePage(archetype.id), locale, from: here)))">\(escapeXML(subject.name))</a></h3>
                <p>\(escapeXML(subject.description)). \(escapeXML(subject.size)).</p>
                <p><strong>\(escapeXML(phrases.text("page.traits")))</strong>: \(escapeXML(grammar.list(traits)))</p>
                <p><strong>\(escapeXML(phrases.text("page.headline")))</strong>: \(escapeXML(story.headline))</p></li>

                """
        }
        var body = """
            <h1>\(escapeXML(phrases.text("page.index.title")))</h1>
            <p class="lede">\(escapeXML(phrases.text("page.index.lede")))</p>
            <p class="meta">\(escapeXML(run))</p>
            <figure>\(sizes)</figure>
            <h2>\(escapeXML(phrases.text("page.archetypes")))</h2>
            <ul class="cards">
            \(cards)</ul>

            """
        let ownBriefs = briefs.filter { $0.prospect.locale == locale }
        if !ownBriefs.isEmpty {
            body += "<h2>\(escapeXML(phrases.text("page.briefs")))</h2>\n<ul>\n"
            for (prospect, page) in ownBriefs {
                body += "<li><a href=\"\(escapeXML(Self.href(page, locale, from: here)))\">\(escapeXML(prospect.name ?? prospect.slug))</a></li>\n"
            }
            body += "</ul>\n"
        }
        return document(phrases.text("page.index.title"), page: "index.html", here: here, body: body)
    }

    // MARK: - Archetype

    /// One archetype: profile, outcomes, activity, attributes and health charts, its case story and its figures.
    /// Nil for an archetype the pack does not describe; throws when its case story cannot be rendered honestly.
    public func archetype(_ id: Int) throws -> String? {
        let here = "\(locale.rawValue)/"
        guard let archetype = source.archetypes.first(where: { $0.id == id }),
              let story = builder.caseStory(archetype: id, locale: locale), let subject = story.subject else { return nil }
        let caseStory = try library.render("case-story", story, format: .md)
        var attributes = ""
        for attribute in ["industry", "size", "region", "plan"] {
            guard let mix = archetype.attributes[attribute], !mix.isEmpty else { continue }
            let label = grammar.capitalizedFirst(phrases.attribute(attribute))
            attributes += "<section><h3>\(escapeXML(label))</h3>\n<figure>"
                + SVGChart.horizontalBars(
                    id: "attribute-\(attribute)",
                    text: ChartText(title: label, description: phrases.text("page.attributes.desc", ["attribute": phrases.attribute(attribute)]),
                                    empty: phrases.text("page.nodata")),
                    bars: mix.map { Bar(label: phrases.value($0.value).singular, value: Double($0.accounts), valueText: grammar.number(Double($0.accounts))) })
                + "</figure></section>\n"
        }
        let body = """
            <h1>\(escapeXML(subject.name))</h1>
            <p class="lede">\(escapeXML(subject.description)). \(escapeXML(subject.size)).</p>
            <div class="charts">
            <section><h2>\(escapeXML(phrases.text("page.profile.title", ["name": subject.name])))</h2>
            <figure>\(profileChart(archetype))</figure></section>
            <section><h2>\(escapeXML(phrases.text("page.outcomes.title")))</h2>
            <figure>\(outcomesChart(archetype))</figure></section>
            <section><h2>\(escapeXML(phrases.text("page.activity.title")))</h2>
            <figure>\(activityChart(archetype))</figure></section>
            <section><h2>\(escapeXML(phrases.text("page.health.title")))</h2>
            <figure>\(healthChart(archetype))</figure>
            <p>\(escapeXML(subject.health))</p></section>
            </div>
            <h2>\(escapeXML(phrases.text("page.attributes.title")))</h2>
            <div class="attributes">
            \(attributes)</div>
            <h2>\(escapeXML(phrases.text("page.case")))</h2>
            <article class="story">
            \(MarkdownRenderer.html(caseStory, headingShift: 2))</article>
            \(figuresTable(story.figures))
            """
        return document(subject.name, page: Self.archetypePage(id), here: here, body: body)
    }

    private func chartText(_ title: String, _ description: String) -> ChartText {
        ChartText(title: phrases.text(title), description: phrases.text(description), empty: phrases.text("page.nodata"))
    }

    /// Distinguishing features against the population: standardized differences, labelled in natural units.
    func profileChart(_ archetype: Archetype) -> String {
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

    func outcomesChart(_ archetype: Archetype) -> String {
        let pairs = archetype.outcomes.compactMap { outcome -> SVGChart.Pair? in
            guard let before = outcome.medianBefore, let after = outcome.medianAfter else { return nil }
            let unit = outcome.unit ?? ""
            return .init(label: phrases.metric(outcome.metric), before: before, after: after,
                         beforeText: outcomeText(before, unit), afterText: outcomeText(after, unit))
        }
        return SVGChart.pairedBars(id: "outcomes-\(archetype.id)", text: chartText("page.outcomes.title", "page.outcomes.desc"),
                                   series: (phrases.text("page.outcomes.before"), phrases.text("page.outcomes.after")), pairs: pairs)
    }

    func activityChart(_ archetype: Archetype) -> String {
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

    func healthChart(_ archetype: Archetype) -> String {
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
        let body = "<article class=\"brief\">\n\(MarkdownRenderer.html(markdown))</article>\n\(figuresTable(pitch.figures))"
        return document(title, page: "", here: here, compactPrint: true, body: body)
    }

    /// The brief form of the web explorer.
    public func form(here: String, action: String) -> String {
        func field(_ name: String, _ label: String) -> String {
            "<label for=\"\(name)\">\(escapeXML(phrases.text(label)))</label><input id=\"\(name)\" name=\"\(name)\" maxlength=\"200\"/>"
        }
        let body = """
            <h1>\(escapeXML(phrases.text("page.form.title")))</h1>
            <form method="post" action="\(escapeXML(action))">
            <label for="goals">\(escapeXML(phrases.text("page.form.goals")))</label>
            <textarea id="goals" name="goals" rows="4" required="required" maxlength="2000"></textarea>
            \(field("prospect", "page.form.name"))
            \(field("industry", "page.form.industry"))
            \(field("size", "page.form.size"))
            \(field("region", "page.form.region"))
            <label for="locale">\(escapeXML(phrases.text("page.form.locale")))</label>
            <select id="locale" name="locale"><option value="en"\(locale == .en ? " selected=\"selected\"" : "")>English</option><option value="fr"\(locale == .fr ? " selected=\"selected\"" : "")>Français</option></select>
            <button type="submit">\(escapeXML(phrases.text("page.form.submit")))</button>
            </form>
            """
        return document(phrases.text("page.form.title"), page: "brief", here: here, body: body)
    }

    /// Every figure a page's narrative prints, with its definition and the accounts behind it.
    func figuresTable(_ figures: [Figure]) -> String {
        guard !figures.isEmpty else { return "" }
        var rows = ""
        for figure in figures {
            rows += "<tr><td class=\"num\">\(escapeXML(figure.text))</td><td>\(escapeXML(figure.definition))</td>"
                + "<td class=\"num\">\(escapeXML(grammar.number(Double(figure.accounts))))</td></tr>\n"
        }
        return """
            <section class="figures">
            <h2>\(escapeXML(phrases.text("page.figures")))</h2>
            <table><thead><tr><th>\(escapeXML(phrases.text("page.value")))</th><th>\(escapeXML(phrases.text("page.definition")))</th><th>\(escapeXML(phrases.text("page.accounts")))</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            </section>

            """
    }
}
