import Archetypes
import Foundation
import Testing
import TestSupport
@testable import StoryBuilder

struct NarrativeTests {
    let library: StoryLibrary
    let builder: NarrativeBuilder
    let analysis: Analysis

    init() throws {
        library = try StoryFixture.library()
        builder = try StoryFixture.builder()
        analysis = try StoryFixture.analysis()
    }

    /// Prospects from the goal statements, in both locales, with and without attributes.
    func prospects() throws -> [Prospect] {
        let industries = [nil, "retail", "media", "finance", "<script>alert(1)</script>"]
        return try GoalMatchingTests.examples().prefix(24).enumerated().flatMap { index, statement in
            NarrativeLocale.allCases.map { locale in
                Prospect(name: "Prospect \(index)", goals: statement.text, industry: industries[index % industries.count],
                         size: index % 3 == 0 ? "51-200" : nil, region: index % 2 == 0 ? "EMEA" : nil, locale: locale)
            }
        }
    }

    @Test func everyNumberInEveryBriefIsAFigure() throws {
        let pseudonyms = analysis.members.map(\.pseudonym)
        var fits = 0
        let prospects = try prospects()
        for prospect in prospects {
            let pitch = try library.brief(prospect, builder: builder, format: .md)
            fits += pitch.narrative.fit ? 1 : 0
            for format in NarrativeFormat.allCases {
                for template in ["brief", "case-story", "archetype-card"] {
                    let text = try library.templates.render(template, pitch.narrative, format: format)
                    #expect(HonestyGuard.problems(in: text, narrative: pitch.narrative, html: format == .html).isEmpty, "\(template).\(format): \(text)")
                    #expect(!pseudonyms.contains { text.contains($0) })
                }
            }
            // Percentages only over at least the privacy threshold of accounts.
            for figure in pitch.figures where figure.text.contains("%") {
                #expect(figure.accounts >= analysis.options.minSize, "\(figure.id)")
            }
            #expect(pitch.figures.allSatisfy { $0.run == (try? StoryFixture.run()) && !$0.definition.isEmpty })
        }
        #expect(fits > prospects.count / 2)
    }

    @Test func theGuardCatchesANumberThatIsNotAFigure() throws {
        let narrative = Narrative.sample(.en)
        #expect(HonestyGuard.problems(in: "conversion went from 2.1% to 3.4%", narrative: narrative).count == 2)
        #expect(HonestyGuard.problems(in: "see acc-0123456789abcdef", narrative: narrative).contains {
            $0 == "the identifier acc-0123456789abcdef must not appear in output"
        })
        #expect(HonestyGuard.problems(in: "<h2>It&#39;s fine</h2>", narrative: narrative, html: true).isEmpty)
        // Outside HTML, angle brackets hide nothing from the guard.
        #expect(!HonestyGuard.problems(in: "</script> 42 <b>", narrative: narrative).isEmpty)
        var figured = narrative
        figured.figures = [Figure(id: "x", value: 2.1, text: "2.1%", definition: "d", accounts: 9, run: 1),
                           Figure(id: "y", value: 3400, text: "3 400 comptes", definition: "d", accounts: 9, run: 1)]
        #expect(HonestyGuard.problems(in: "from 2.1% to 3 400 comptes", narrative: figured).isEmpty)
        #expect(HonestyGuard.numbers(in: "12,5 % et 1,234.5 puis 7.") == ["12,5", "1,234.5", "7"])
    }

    @Test func aTemplateThatWritesANumberIsRefused() throws {
        let folder = try templateCopy()
        let brief = folder.appendingPathComponent("en/brief.mustache")
        try (String(contentsOf: brief, encoding: .utf8) + "\nTrusted by 500 teams.\n").write(to: brief, atomically: true, encoding: .utf8)
        let custom = try StoryLibrary(narratives: narratives, templates: folder)
        let error = try #require(throws: StoryError.self) {
            try custom.brief(Prospect(goals: "reduce churn"), builder: builder, format: .text)
        }
        guard case .dishonest(let source, let problems) = error else { Issue.record("\(error)"); return }
        #expect(source.hasSuffix("en/brief.mustache") && problems.contains { $0.contains("500") })
    }

    @Test func theBestFitAnsweredTheGoals() throws {
        let pitch = builder.pitch(Prospect(goals: "Christmas and Black Friday peaks overwhelm us", locale: .en))
        #expect(pitch.goals.map(\.id).contains("absorb-peaks"))
        let chosen = try #require(pitch.archetypes.first)
        let archetype = try #require(analysis.archetypes.first { $0.id == chosen.id })
        let peak = try #require(archetype.effects?.first { $0.feature == "seasonality" })
        #expect(peak.effect > 0)
        #expect(!chosen.reasons.isEmpty)
        #expect(pitch.narrative.fit)
        // Campaigns sent on time at peak rose for the chosen group: the brief proves the goal with it, and leads its results
        // with it; it heads with the goal, in the occasions the prospect named, in their order.
        let onTime = try #require(pitch.narrative.results.first { $0.id == "peak-on-time" })
        #expect(onTime.change.hasPrefix("+"), "\(onTime)")
        #expect(pitch.narrative.proofPoints.first?.contains("on the day planned") == true, "\(pitch.narrative.proofPoints)")
        #expect(pitch.narrative.headline == "Keep up through Christmas and Black Friday", "\(pitch.narrative.headline)")
    }

    /// A group keeps its one name whatever the goals, and the story tells the trait the name rests on, so that the name is
    /// earned on the page: in a brief that tells the group beside a result, and in every group's case story.
    @Test func aGroupKeepsItsNameAndTellsTheTraitItRestsOn() throws {
        var told = 0
        for goals in ["Christmas and Black Friday peaks overwhelm us", "reduce churn", "automate our campaigns", "one view of each customer",
                      "new users take too long to adopt the product", "grow revenue", "our teams should work together", "cut costs",
                      "our emails feel generic"] {
            let pitch = builder.pitch(Prospect(goals: goals, locale: .en))
            let chosen = try #require(pitch.archetypes.first, "\(goals)")
            let archetype = try #require(analysis.archetypes.first { $0.id == chosen.id })
            let named = try #require(archetype.name.evidence?.conditions.first?.feature)
            // A brief for peaks or new hires without a result tells no group (it still ranks one, for the rep).
            guard let subject = pitch.narrative.subject else { #expect(pitch.narrative.proofPoints.isEmpty && pitch.narrative.borrowed.isEmpty); continue }
            told += 1
            let group = try #require(analysis.archetypes.first { $0.id == subject.id })
            #expect(subject.name == group.name.en.lowercased(), "\(goals): \(subject.name)")
            // Who the accounts are (tenure, recency) and machine traffic (API calls) are never told as behaviours.
            if subject.id == archetype.id, !["tenure", "recency", "mix_api"].contains(named) {
                #expect(pitch.figures.contains { $0.id == "archetype.\(archetype.id).feature.\(named).median" }, "\(goals): \(pitch.narrative.approach)")
            }
        }
        #expect(told > 0)
        for archetype in analysis.archetypes where archetype.size >= analysis.options.minSize {
            let story = try #require(builder.caseStory(archetype: archetype.id, locale: .en))
            let named = try #require(archetype.name.evidence?.conditions.first?.feature)
            #expect(story.subject?.name == archetype.name.en.lowercased())
            if !["tenure", "recency", "mix_api"].contains(named) {
                #expect(story.figures.contains { $0.id == "archetype.\(archetype.id).feature.\(named).median" }, "\(archetype.name.en): \(story.approach)")
            }
        }
    }

    @Test func nothingRecognizedSaysSoAndAsks() throws {
        let pitch = try library.brief(Prospect(name: "Café Rouge", goals: "We need a new coffee machine", locale: .en), builder: builder, format: .text)
        #expect(pitch.goals.isEmpty)
        #expect(pitch.archetypes.isEmpty)
        #expect(!pitch.narrative.fit && pitch.narrative.subject == nil)
        #expect(pitch.narrative.discoveryQuestions.count == 2, "two open questions, not a questionnaire")
        #expect(pitch.narrative.challenge.isEmpty, "no section that only says we would like to hear")
        #expect(pitch.text.contains("A few questions before we suggest anything"))
        // Words that state no goal are not quoted back as the prospect's challenge; the brief still ends on an ask.
        #expect(!pitch.text.contains("coffee machine") && pitch.narrative.words == nil)
        #expect(pitch.narrative.nextStep?.hasSuffix("?") == true)
        #expect(Set(pitch.figures.map(\.id)) == ["run", "window.from", "window.to"])
    }

    @Test func goalsWithoutEvidenceSaySoWithoutFigures() throws {
        var unfit = analysis
        unfit.options.minSize = analysis.archetypes.map(\.size).max()! + 1
        let builder = library.builder(analysis: unfit, run: 1)
        let pitch = try library.brief(Prospect(goals: "Nous voulons réduire l'attrition et garder nos clients", locale: .fr), builder: builder, format: .text)
        #expect(pitch.goals.map(\.id) == ["reduce-churn"])
        #expect(!pitch.narrative.fit && pitch.archetypes.isEmpty)
        // A prospect without a name is not "Votre prospect" in a headline: the goal heads alone.
        #expect(pitch.narrative.headline == "Fidéliser vos clients", "\(pitch.narrative.headline)")
        // A brief that quotes no figure does not say so, nor print a heading with nothing under it.
        #expect(!pitch.text.contains("chiffres clients") && !pitch.text.contains("## Bon à savoir\n\n"), "\(pitch.text)")
        #expect(!pitch.narrative.discoveryQuestions.isEmpty)
        #expect(Set(pitch.figures.map(\.id)) == ["run", "window.from", "window.to"])
    }

    /// Names from the data print as they are, digits included, whatever the run.
    @Test func namesWithDigitsAreNotMistakenForFigures() throws {
        var renamed = analysis
        renamed.archetypes[0].name = .init(en: "Top 10 sellers", fr: "Les 10 meilleurs", custom: true)
        let builder = library.builder(analysis: renamed, run: 7)
        for locale in NarrativeLocale.allCases {
            let story = try #require(builder.caseStory(archetype: renamed.archetypes[0].id, locale: locale))
            let text = try library.render("case-story", story, format: .md)
            // French typography may bind a number to the word after it with a no-break space.
            #expect(text.replacingOccurrences(of: "\u{00A0}", with: " ").contains(locale == .en ? "Top 10 sellers" : "Les 10 meilleurs"))
        }
    }

    @Test func noArchetypeBelowThePrivacyThresholdIsDescribed() throws {
        var small = analysis
        let smallest = small.archetypes.indices.min { small.archetypes[$0].size < small.archetypes[$1].size }!
        small.archetypes[smallest].size = small.options.minSize - 1
        let id = small.archetypes[smallest].id
        let ranking = ArchetypeRanker.rank(small, goals: try catalogue.goals, prospect: Prospect(goals: ""))
        #expect(!ranking.contains { $0.archetype == id })
        #expect(library.builder(analysis: small, run: 1).caseStory(archetype: id, locale: .en) == nil)
    }

    @Test func sameInputSameTextAndVariationAcrossProspects() throws {
        let prospect = Prospect(name: "Northwind", goals: "reduce churn and automate our campaigns", locale: .fr)
        let first = try library.brief(prospect, builder: builder, format: .md).text
        #expect(try library.brief(prospect, builder: builder, format: .md).text == first)
        // The reading is said one way; comparators vary from one prospect to the next.
        let approaches = Set(try (0..<12).map { index in
            try library.brief(Prospect(name: "Prospect \(index)", goals: "customers keep leaving us", locale: .en), builder: builder, format: .md)
                .narrative.approach.joined(separator: " ")
        })
        #expect(approaches.count > 1)
    }

    /// A French name that opens on a trade's noun takes its article after a preposition; a brand's « Maison » does not.
    @Test(arguments: [("Bijouterie Valmont", "la Bijouterie Valmont"), ("CCI Haut-Vernois", "la CCI Haut-Vernois"), ("Comptoir Saint-Jean", "le Comptoir Saint-Jean"),
                      ("Maison Lune", "Maison Lune"), ("Paris Secret Balades", "Paris Secret Balades")])
    func aTradeNameTakesItsArticle(_ name: String, _ expected: String) {
        #expect(LocaleGrammar(.fr).named(name) == expected)
    }

    @Test(arguments: [("Atelier Quarante", "La priorité d'Atelier Quarante"), ("Maison Lune", "La priorité de Maison Lune"),
                      ("Hôtel Bleu", "La priorité d'Hôtel Bleu"), ("Yoga Saint-Cyr", "La priorité de Yoga Saint-Cyr"), ("Yvelines Santé", "La priorité d'Yvelines Santé")])
    func frenchElisionInPhrases(_ name: String, _ expected: String) {
        var book = library.phrases[.fr]!
        book.patterns["test"] = ["La priorité {of_prospect}"]
        #expect(book.phrase("test", key: "", grammar: LocaleGrammar(.fr), ["prospect": name]) == expected)
    }

    @Test func hostileTextIsEscapedInEveryFormat() throws {
        let hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> {{x}} *bold* [link](javascript:alert(1))"
        let prospect = Prospect(name: hostile, goals: "reduce churn", industry: hostile, locale: .en)
        let html = try library.brief(prospect, builder: builder, format: .html).text
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<a "))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("{{x}}"))
        let markdown = try library.brief(prospect, builder: builder, format: .md).text
        #expect(markdown.contains("\\*bold\\*") && markdown.contains("\\[link\\]"))
        let text = try library.brief(prospect, builder: builder, format: .text).text
        #expect(text.contains(hostile))
    }

    @Test func caseStoriesAndCardsRenderForEveryDescribedArchetype() throws {
        for archetype in analysis.archetypes {
            for locale in NarrativeLocale.allCases {
                let story = try #require(builder.caseStory(archetype: archetype.id, locale: locale))
                let text = try library.render("case-story", story, format: .md)
                let name = LocaleGrammar.apostrophes(locale == .en ? archetype.name.en : archetype.name.fr)
                #expect(text.lowercased().contains(name.lowercased()))
                _ = try library.render("archetype-card", story, format: .html)
            }
        }
    }

    /// A writable copy of the shipped templates.
    func templateCopy() throws -> URL {
        let folder = try temporaryFolder("conteur-templates")
        for locale in NarrativeLocale.allCases {
            try FileManager.default.copyItem(at: narratives.appendingPathComponent(locale.rawValue), to: folder.appendingPathComponent(locale.rawValue))
        }
        return folder
    }
}
