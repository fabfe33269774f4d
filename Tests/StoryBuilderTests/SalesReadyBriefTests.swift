@testable import Archetypes
import Foundation
import Testing
import TestSupport
@testable import StoryBuilder

/// Briefs a sales rep sends as they are: no decline offered as proof, no zero baseline, goals read with their negations,
/// French and English written as a careful writer would.
struct SalesReadyBriefTests {
    let library: StoryLibrary
    let analysis: Analysis

    init() throws {
        library = try StoryFixture.library()
        analysis = try StoryFixture.analysis()
    }

    /// A French name the lexicon marks feminine is told in the feminine ("elles", "d'entre elles"), in lower case mid-sentence.
    @Test func aFeminineNameAgrees() throws {
        var feminine = analysis
        for index in feminine.archetypes.indices {
            feminine.archetypes[index].name = .init(en: "Close-knit teams \(index)", fr: "Les équipes soudées \(index)", custom: false, frGender: "f")
        }
        let builder = library.builder(analysis: feminine, run: 1)
        let texts = try feminine.archetypes.compactMap { archetype in
            try builder.caseStory(archetype: archetype.id, locale: .fr).map { try library.render("case-story", $0, format: .md) }
        }
        let all = texts.joined(separator: "\n")
        #expect(all.contains("Elles ") || all.contains("d'entre elles"))
        #expect(!all.contains("Ils ") && !all.contains(" ils ") && !all.contains("d'entre eux"))
        #expect(all.contains("décrivent les équipes soudées"))
    }

    /// Every archetype's campaign revenue falls 6% while its conversion rate rises.
    func decliningRevenue() -> Analysis {
        var changed = analysis
        for index in changed.archetypes.indices {
            changed.archetypes[index].outcomes = changed.archetypes[index].outcomes.map { outcome in
                var outcome = outcome
                if outcome.metric == "campaign-revenue" { outcome.move(from: 45_638, to: 42_888) }
                if outcome.metric == "conversion-rate" { outcome.move(from: 2.0, to: 2.6) }
                return outcome
            }
        }
        return changed
    }

    @Test(arguments: NarrativeLocale.allCases)
    func aDeclineIsNeverProofButACaveatWithItsFigure(_ locale: NarrativeLocale) throws {
        let changed = decliningRevenue()
        let builder = library.builder(analysis: changed, run: 1)
        let words = locale == .en ? "Christmas peaks overwhelm us and we want to grow revenue" : "Nos pics de Noël nous débordent et on veut augmenter le chiffre d'affaires"
        let pitch = try library.brief(Prospect(name: "Acme", goals: words, locale: locale), builder: builder, format: .md)
        #expect(Set(pitch.goals.map(\.id)) == ["absorb-peaks", "grow-revenue"])
        let narrative = pitch.narrative
        let revenue = library.phrases[locale]!.metric("campaign-revenue")
        let revenueLabel = revenue.prefix(1).uppercased() + revenue.dropFirst()
        #expect(narrative.fit)
        #expect(!narrative.proofPoints.contains { $0.contains(revenueLabel) }, "\(narrative.proofPoints)")
        #expect(!narrative.headline.contains(revenue), "\(narrative.headline)")
        #expect(!narrative.results.contains { $0.id == "campaign-revenue" })
        let caveat = try #require(narrative.caveats.first { $0.contains(revenueLabel) }, "\(narrative.caveats)")
        #expect(caveat.contains("6") && caveat.contains("43"))
        // The headline answers the goal raised first: peaks have no result, so it quotes none, not revenue's conversion rate.
        #expect(!narrative.headline.contains(library.phrases[locale]!.metric("conversion-rate")), "\(narrative.headline)")
        // Whatever proves the brief moved the goal's way.
        for result in narrative.results { #expect(narrative.proofPoints.contains(result.sentence), "\(result)") }
    }

    /// Across every prospect and every archetype's case story, a proof point never carries a change against its metric.
    @Test func noProofPointMovesAgainstItsMetric() throws {
        let builder = library.builder(analysis: analysis, run: 1)
        let directions = Dictionary(library.catalogue.goals.flatMap { $0.evidence.outcomes.compactMap { s in s.metric.map { ($0, s.sign) } } },
                                    uniquingKeysWith: { a, _ in a })
        var narratives = try GoalMatchingTests.examples().prefix(24).map {
            builder.pitch(Prospect(name: "P", goals: $0.text, locale: .en)).narrative
        }
        narratives += analysis.archetypes.compactMap { builder.caseStory(archetype: $0.id, locale: .en) }
        for narrative in narratives {
            for result in narrative.results {
                let outcome = try #require(analysis.archetypes.first { $0.id == narrative.subject?.id }?.outcomes.first { $0.metric == result.id })
                let sign = try #require(directions[result.id])
                #expect(sign * ((outcome.medianAfter ?? 0) - (outcome.medianBefore ?? 0)) > 0, "\(result.sentence)")
                #expect(outcome.accounts >= analysis.options.minSize)
            }
        }
    }

    @Test(arguments: [(NarrativeLocale.en, "Teams in this group estimate they save a median of "),
                      (NarrativeLocale.fr, "Les équipes de ce groupe estiment gagner en médiane ")])
    func aZeroBaselineIsNotQuotedAsAStart(_ locale: NarrativeLocale, _ expected: String) throws {
        var changed = analysis
        for index in changed.archetypes.indices {
            changed.archetypes[index].outcomes = changed.archetypes[index].outcomes.map { outcome in
                var outcome = outcome
                if outcome.metric == "hours-saved" { outcome.medianBefore = 0; outcome.medianAfter = 35; outcome.perSeat = nil; outcome.others?.perSeat = nil }
                return outcome
            }
        }
        let builder = library.builder(analysis: changed, run: 1)
        let pitch = try library.brief(Prospect(name: "Acme", goals: "automate our campaigns and save hours", locale: locale),
                                      builder: builder, format: .md)
        let proof = try #require(pitch.narrative.proofPoints.first { $0.hasPrefix(expected) }, "\(pitch.narrative.proofPoints)")
        // The level, with its accounts; whole-team estimates are not set beside other customers'.
        #expect(proof.contains("35") && proof.contains("(") && !proof.contains(locale == .en ? "Our other customers" : "Nos autres clients"))
        #expect(!pitch.text.contains(locale == .en ? "from 0" : "de 0"))
        #expect(!pitch.text.contains(locale == .en ? "0 hours a month" : "0 heure"))
    }

    /// Whole-team hours are read per seat against our other customers' teams: a group that saves more hours only because
    /// its teams are bigger, or a little more per seat, shows no result; one that saves half as much again per seat or better says both
    /// figures, each traced.
    @Test(arguments: NarrativeLocale.allCases)
    func hoursAreReadPerSeat(_ locale: NarrativeLocale) throws {
        func brief(perSeat: Double, theirs: Double) throws -> Pitch {
            var changed = analysis
            for index in changed.archetypes.indices {
                changed.archetypes[index].outcomes = changed.archetypes[index].outcomes.map { outcome in
                    var outcome = outcome
                    if outcome.metric == "hours-saved" {
                        outcome.medianBefore = 0; outcome.medianAfter = 40; outcome.perSeat = perSeat
                        outcome.others = .init(accounts: 300, medianBefore: 0, medianAfter: 10, perSeat: theirs)
                    }
                    return outcome
                }
            }
            return try library.brief(Prospect(name: "Acme", goals: locale == .en ? "We spend hours every week doing things by hand" : "On perd des heures chaque semaine à tout faire à la main",
                                              locale: locale), builder: library.builder(analysis: changed, run: 1), format: .md)
        }
        let bigger = try brief(perSeat: 0.5, theirs: 0.8)
        #expect(!bigger.narrative.results.contains { $0.id == "hours-saved" }, "\(bigger.narrative.proofPoints)")
        // A self-estimate must beat theirs by half to count: a third more is no result.
        let slightly = try brief(perSeat: 1.1, theirs: 0.8)
        #expect(!slightly.narrative.results.contains { $0.id == "hours-saved" }, "\(slightly.narrative.proofPoints)")
        let half = try brief(perSeat: 1.3, theirs: 0.8)
        #expect(half.narrative.results.contains { $0.id == "hours-saved" }, "\(half.narrative.proofPoints)")
        let better = try brief(perSeat: 1.4, theirs: 0.8)
        let hours = try #require(better.narrative.proofPoints.first { $0.contains(locale == .en ? "per seat" : "par licence") }, "\(better.narrative.proofPoints)")
        let mine = try #require(better.figures.first { $0.id.hasSuffix("outcome.hours-saved.per_seat") })
        let theirs = try #require(better.figures.first { $0.id.hasSuffix("outcome.hours-saved.others.per_seat") })
        let team = try #require(better.figures.first { $0.id.hasSuffix("outcome.hours-saved.after") })
        #expect(mine.value == 1.4 && theirs.value == 0.8 && team.value == 40, "\(hours)")
        // Per seat on both sides: a team's total, which a small prospect cannot set beside its own, is not printed.
        #expect([mine, theirs].allSatisfy { hours.contains($0.text) } && !hours.contains(team.text) && !hours.contains("%"), "\(hours)")
    }

    @Test(arguments: [
        ("We are NOT worried about churn, we want to grow revenue", "reduce-churn", "grow-revenue"),
        ("Le churn n'est pas notre problème, nous voulons augmenter le chiffre d'affaires", "reduce-churn", "grow-revenue"),
        ("Churn is not a priority for us but we need to automate our email campaigns", "reduce-churn", "automate-campaigns"),
        ("Nous ne sommes pas inquiets pour l'attrition. Nous voulons automatiser nos campagnes", "reduce-churn", "automate-campaigns"),
        // What is in hand is set aside, named in its own clause or before it.
        ("Our Christmas peak is fine, but too many customers leave after one order", "absorb-peaks", "reduce-churn"),
        ("Les pics de Noël, ça, on sait gérer. Ce qui nous manque, c'est de garder nos clients entre deux commandes", "absorb-peaks", "reduce-churn"),
        ("Churn is rising, and our peaks are under control", "absorb-peaks", "reduce-churn"),
        ("On ne se soucie pas du churn, ce qui compte c'est de vendre plus de mandats cette année", "reduce-churn", "grow-revenue"),
        // A concern denied in a clause of its own denies what its sentence named before it.
        ("Le churn, ce n'est pas notre sujet ; ce qu'on veut, c'est moins de rendez-vous non honorés", "reduce-churn", "automate-campaigns"),
        // A constraint is not a goal.
        ("We want to cut costs without hurting our customers' experience", "improve-experience", "cut-costs"),
        ("On veut augmenter nos inscriptions sans augmenter le budget pub", "cut-costs", "grow-revenue"),
    ])
    func aNegatedGoalIsExcluded(_ text: String, _ excluded: String, _ wanted: String) throws {
        let found = GoalMatcher(catalogue: try catalogue).match(text).map(\.id)
        #expect(!found.contains(excluded), "\(found)")
        #expect(found.contains(wanted), "\(found)")
    }

    /// A need they put first leads the brief, wherever they said it.
    @Test(arguments: [
        ("If our appointment reminders fail, the whole schedule collapses; reliability comes first", "ensure-reliability"),
        ("Si nos rappels de rendez-vous ne partent pas, tout le planning s'effondre ; la fiabilité passe avant tout", "ensure-reliability"),
    ])
    func whatTheyPutFirstLeads(_ text: String, _ first: String) throws {
        let matcher = GoalMatcher(catalogue: try catalogue)
        let ordered = matcher.inOrderOfPriority(matcher.inOrderOfMention(matcher.match(text), in: text), in: text).map(\.id)
        #expect(ordered.count > 1 && ordered.first == first, "\(ordered)")
    }

    /// What they say they want stays pursued beside what they have in hand, said after it in the same sentence.
    @Test(arguments: [
        ("On veut remplir les salles en semaine, le week-end ça marche déjà", "grow-revenue"),
        ("Il nous faut une plateforme qui ne tombe jamais : une panne pendant la paie, c'est impensable", "ensure-reliability"),
    ])
    func aWishBeforeWhatIsInHandStays(_ text: String, _ wanted: String) throws {
        let found = GoalMatcher(catalogue: try catalogue).match(text).map(\.id)
        #expect(found == [wanted], "\(found)")
    }

    /// The prospect's own measure gives the goal its reading and its lead result: sign-ups are converting traffic, led by
    /// the conversion rate; an average basket is the value of each order; a growing support queue is support load.
    @Test(arguments: [
        (NarrativeLocale.en, "We need more sign-ups from the same traffic", "turn more visitors into sign-ups", "conversion-rate"),
        (NarrativeLocale.fr, "On veut augmenter nos inscriptions sans augmenter le budget pub", "transformer plus de visiteurs en inscrits", "conversion-rate"),
        (NarrativeLocale.fr, "On veut augmenter le panier moyen", "augmenter le panier moyen", nil),
        (NarrativeLocale.en, "We want to grow revenue", "earn more from every campaign", "campaign-revenue"),
        (NarrativeLocale.fr, "On perd trop de clients après la première commande", "faire revenir les primo-acheteurs", nil),
        (NarrativeLocale.fr, "La direction financière veut réduire notre budget logiciel", "réduire le budget logiciel", nil),
        (NarrativeLocale.en, "Our support queue keeps growing and customers complain", "ease the load on your support team", nil),
        // Needs finer than a goal: approvals, reorders, status updates, late sends at peak, duplicates.
        (NarrativeLocale.en, "Every campaign needs legal sign-off and the approvals happen over email", "review and approve every campaign", nil),
        (NarrativeLocale.fr, "Chaque campagne passe par trois validations par mail avant de partir", "relire et valider chaque campagne", nil),
        (NarrativeLocale.en, "Our clients reorder printer ink every couple of months and we never remind them", "prompt each customer to reorder", nil),
        (NarrativeLocale.fr, "Nos clients recommandent leurs consommables tous les deux mois et on ne les relance jamais", "relancer chaque client au moment", nil),
        (NarrativeLocale.en, "Customers never hear from us when their order is ready to collect", "tell each customer the moment their order is ready to collect", nil),
        (NarrativeLocale.fr, "Les candidats restent sans nouvelles pendant des semaines, il faudrait les prévenir automatiquement à chaque étape", "informer chacun à chaque étape", nil),
        (NarrativeLocale.fr, "Nos clients ne savent jamais où en est leur dossier, alors ils appellent", "informer chacun à chaque étape", nil),
        (NarrativeLocale.en, "At Christmas our emails go out hours late", "get every send out on time", "peak-on-time"),
        (NarrativeLocale.fr, "Pendant les soldes, nos envois partent avec trois heures de retard", "des envois à l'heure", "peak-on-time"),
        (NarrativeLocale.en, "Our CRM is full of duplicate contacts", "one record per customer", nil),
        (NarrativeLocale.fr, "On a des doublons partout dans notre fichier client", "une seule fiche par client", nil),
        // What campaigns bring in, reminders before a date, renewals, urgent alerts, several languages.
        (NarrativeLocale.en, "Our finance director wants to know how much revenue our emails bring in, and I can't tell her", "know what each campaign brings in", nil),
        (NarrativeLocale.fr, "On ne sait pas du tout ce que rapportent nos newsletters", "savoir ce que rapporte chaque campagne", nil),
        (NarrativeLocale.fr, "Il faudrait prévenir nos clients par SMS quelques jours avant l'échéance, sans le faire à la main", "envoyer chaque rappel tout seul", nil),
        (NarrativeLocale.en, "Half our subscribers cancel at the renewal date and we only write to them afterwards", "reach every subscriber before their renewal", nil),
        (NarrativeLocale.en, "Our breaking news alerts must land within a minute, and they sometimes take ten", "get urgent alerts out", nil),
        (NarrativeLocale.fr, "On ouvre l'Espagne et l'Italie, donc trois langues, et je ne veux pas refaire chaque campagne à la main", "piloter toutes vos langues", nil),
    ])
    func aReadingKeepsTheProspectsMeasure(_ locale: NarrativeLocale, _ words: String, _ reading: String, _ lead: String?) throws {
        let builder = library.builder(analysis: analysis, run: 1)
        let pitch = builder.pitch(Prospect(name: "Acme", goals: words, locale: locale))
        #expect(pitch.narrative.goals.first?.title.lowercased().hasPrefix(reading) == true, "\(pitch.narrative.goals)")
        if let lead, let goal = try catalogue.goal(pitch.goals[0].id) {
            #expect(goal.read(from: pitch.goals[0].evidence, in: words).evidence.outcomes.first?.metric == lead)
        }
    }

    /// What the prospect protects is never pursued: the quote says it, the brief does not restate it, and a constraint
    /// nothing measures is not listed as a goal without a figure.
    @Test func aConstraintIsNeverPursued() throws {
        let builder = library.builder(analysis: analysis, run: 1)
        let pitch = builder.pitch(Prospect(name: "Acme", goals: "Finance wants us to spend less, without hurting our customers' experience", locale: .en))
        #expect(pitch.goals.map(\.id) == ["cut-costs"] && pitch.narrative.challenge.isEmpty, "\(pitch.narrative.challenge)")
        #expect(pitch.narrative.words == "Finance wants us to spend less, without hurting our customers' experience")
        let ads = builder.pitch(Prospect(name: "Acme", goals: "On veut augmenter nos inscriptions sans augmenter le budget pub", locale: .fr))
        #expect(!ads.goals.map(\.id).contains("cut-costs") && ads.narrative.challenge.isEmpty, "\(ads.goals)")
        #expect(!(ads.narrative.noResult ?? "").contains("budget") && !(ads.narrative.unmeasured ?? "").contains("budget"))
        #expect(builder.matcher.constraints("We are not worried about churn, we want revenue").isEmpty)
    }

    /// A brief heads with the prospect's goals, in what they named and with what they protect; never with a figure.
    @Test(arguments: [
        (NarrativeLocale.en, "Our Black Friday traffic triples and we can't keep up.", "Keep up through Black Friday"),
        (NarrativeLocale.fr, "Le Black Friday nous met à genoux chaque année.", "Tenir le rythme pendant le Black Friday"),
        (NarrativeLocale.fr, "Nos pics de Noël et des soldes saturent l'équipe, et trop de clients ne renouvellent pas.",
         "Tenir le rythme pendant Noël et les soldes, et fidéliser vos clients"),
        (NarrativeLocale.en, "Nobody has the full picture of a client across branches, app and call center.",
         "Bring what your branches, your app and your call center know into one customer record"),
        (NarrativeLocale.en, "We want to cut costs without hurting our customers' experience.",
         "Cut your costs without hurting your customers' experience"),
        (NarrativeLocale.fr, "On veut augmenter nos inscriptions sans augmenter le budget pub.",
         "Transformer plus de visiteurs en inscrits sans augmenter votre budget publicitaire"),
        (NarrativeLocale.en, "We want to absorb peaks in activity.", "Get through your busiest weeks without strain"),
    ])
    func aBriefHeadsWithTheProspectsGoalsInWhatTheyNamed(_ locale: NarrativeLocale, _ words: String, _ title: String) throws {
        let pitch = try library.brief(Prospect(name: "Acme", goals: words, locale: locale), builder: library.builder(analysis: analysis, run: 1), format: .md)
        #expect(pitch.narrative.headline == title, "\(pitch.narrative.headline)")
        #expect(!pitch.narrative.headline.contains { $0.isNumber })
        // What they named is said again where the goal says it: its first talking point or demo.
        if title.contains("Black Friday") {
            #expect((pitch.narrative.talkingPoints + pitch.narrative.demo).filter { $0.contains("Black Friday") }.count == 2, "\(pitch.narrative)")
        }
    }

    /// A group says how many of its accounts share the prospect's industry only when at least the privacy threshold do
    /// and the industry weighs as much in the group as among all our customers; the count is a figure.
    @Test func aGroupSaysItsPeersInTheProspectsIndustryWhenTheyCount() throws {
        let builder = library.builder(analysis: analysis, run: 1)
        let total = Double(analysis.archetypes.reduce(0) { $0 + $1.size })
        var said = 0
        for industry in Set(analysis.archetypes.flatMap { $0.attributes["industry"]?.map(\.value) ?? [] }) where industry != "other" {
            let pitch = builder.pitch(Prospect(name: "Acme", goals: "We want to automate our campaigns", industry: industry, locale: .en))
            let subject = try #require(pitch.narrative.subject)
            let group = try #require(analysis.archetypes.first { $0.id == subject.id })
            let count = group.attributes["industry"]?.first { $0.value == industry }?.accounts ?? 0
            let everywhere = analysis.archetypes.reduce(0) { $0 + ($1.attributes["industry"]?.first { $0.value == industry }?.accounts ?? 0) }
            let counts = count >= analysis.options.minSize && Double(count) / Double(group.size) >= Double(everywhere) / total
            let decided = pitch.archetypes.first?.reasons.isEmpty == false && subject.intro.contains("like you (")
            guard !decided else { continue }
            #expect(subject.intro.contains(", \(count) of them in ") == counts, "\(industry): \(subject.intro)")
            if counts {
                said += 1
                #expect(pitch.figures.contains { $0.id == "archetype.\(group.id).attribute.industry.\(industry).accounts" && $0.value == Double(count) })
            }
        }
        #expect(said > 0)
    }

    /// Beside results, a goal left without one says what a pilot would track, when it says.
    @Test func aGoalWithoutAResultBesideOthersSaysWhatAPilotWouldTrack() throws {
        let pitch = library.builder(analysis: analysis, run: 1).pitch(Prospect(name: "Acme", goals: "Customers are cancelling more, and complaints to support keep piling up.", locale: .en))
        try #require(!pitch.narrative.proofPoints.isEmpty && pitch.goals.map(\.id).contains("improve-experience"), "\(pitch.narrative)")
        #expect(pitch.narrative.noResult?.contains("In a pilot, we would track how many support requests you receive") == true, "\(pitch.narrative.noResult ?? "")")
    }

    /// New hires rank the group whose new accounts find their feet fast, for the rep; the brief tells the goal without it
    /// (new accounts are not new staff), and says what a pilot would track.
    @Test(arguments: NarrativeLocale.allCases)
    func newHiresAreToldWithoutTheGroupTheyRank(_ locale: NarrativeLocale) throws {
        let pitch = library.builder(analysis: analysis, run: 1).pitch(Prospect(name: "Acme", goals: locale == .en
            ? "New hires take a month before they can run anything on their own." : "Nos nouvelles recrues mettent un mois à être autonomes.", locale: locale))
        #expect(pitch.goals.map(\.id) == ["faster-adoption"] && !pitch.archetypes.isEmpty, "\(pitch.goals)")
        #expect(pitch.narrative.subject == nil && pitch.narrative.approach.isEmpty && pitch.narrative.proofPoints.isEmpty)
        #expect(pitch.narrative.unmeasured?.isEmpty == false, "\(pitch.narrative)")
        // New teachers find their way in the prospect's own platform: the brief offers a welcome series, not our setup.
        let teachers = library.builder(analysis: analysis, run: 1).pitch(Prospect(name: "Acme", goals: locale == .en
            ? "Our new teachers take a month to get productive." : "Les nouveaux enseignants mettent un mois à s'y retrouver.", locale: locale))
        #expect(teachers.narrative.subject == nil && teachers.narrative.talkingPoints.contains { $0.contains(locale == .en ? "welcome series" : "série d'e-mails d'accueil") },
                "\(teachers.narrative.talkingPoints)")
        #expect(!teachers.narrative.talkingPoints.contains { $0.contains(locale == .en ? "first campaign" : "première campagne") })
    }

    /// A group with a sharp peak season has peaks, which says nothing of how it gets through them: without a result it
    /// comparable over a like span, a peaks brief tells no group and says what a pilot would track; with one, the group.
    @Test func peaksAreToldWithAGroupOnlyBesideAResult() throws {
        func brief(_ ratio: Double, _ goals: String = "Our Black Friday traffic triples and we can't keep up.") -> Pitch {
            var changed = analysis
            for index in changed.archetypes.indices {
                changed.archetypes[index].outcomes = changed.archetypes[index].outcomes.map { outcome in
                    var outcome = outcome
                    if outcome.metric == "peak-on-time", let days = outcome.daysAfterStart { outcome.others?.daysAfterStart = days / ratio }
                    return outcome
                }
            }
            return library.builder(analysis: changed, run: 1).pitch(Prospect(name: "Acme", goals: goals, locale: .en))
        }
        let uneven = brief(2)
        #expect(!uneven.archetypes.isEmpty && uneven.narrative.subject == nil && uneven.narrative.proofPoints.isEmpty, "\(uneven.narrative)")
        #expect(uneven.narrative.unmeasured?.contains("we would track how many of your peak campaigns") == true)
        let alike = brief(1)
        #expect(alike.narrative.proofPoints.contains { $0.contains("on the day planned") } && alike.narrative.subject != nil, "\(alike.narrative)")
        // Beside a second goal another group proves, that group is told alone.
        let both = brief(2, "Our Christmas peaks swamp us and too many customers leave")
        let told = try #require(both.narrative.subject, "\(both.narrative)")
        #expect(told.id != both.archetypes.first?.id && both.narrative.borrowed.isEmpty && !both.narrative.proofPoints.isEmpty, "\(both.narrative)")
        #expect(both.narrative.noResult?.contains("how many of your peak campaigns") == true, "\(both.narrative.noResult ?? "")")
    }

    /// A group told by its results alone gets no heading for habits it does not show: who the results come from is said
    /// under the results. On the demo corpus, whose reorder reminders are proved by a result and no habit.
    @Test func noHeadingIsLeftEmpty() throws {
        let builder = library.builder(analysis: try DemoCorpus.shared().analysis, run: 1)
        let text = try library.brief(Prospect(name: "Acme", goals: "Our distributors keep ordering late and then it's a rush job on our end. "
            + "Maybe automated reorder reminders?", locale: .en), builder: builder, format: .md).text
        #expect(text.contains("## What their figures show\nThe results below come from"), "\(text)")
        #expect(!text.contains("## How our customers go about it"), "\(text)")
    }

    /// A result that counts what its group is told for proves nothing: sources connected, for a group told by its
    /// integrations and imports, even to a prospect who wants their tools in one place. Across every goal and both
    /// languages (every phrasing of one customer view), no brief quotes one beside the behaviour it counts.
    @Test func aResultNeverCountsWhatItsGroupIsToldFor() throws {
        // On the demo corpus, whose consolidators are told by their integrations.
        let builder = library.builder(analysis: try DemoCorpus.shared().analysis, run: 1)
        let counted = ["data-sources-connected": ["mix_integration", "mix_import"]]
        var checked = 0
        for goal in try catalogue.goals {
            for locale in NarrativeLocale.allCases {
                for words in goal.id == "unify-customer-data" ? goal.phrasings[locale] : Array(goal.phrasings[locale].prefix(1)) {
                let pitch = builder.pitch(Prospect(name: "Acme", goals: words, locale: locale))
                guard let subject = pitch.narrative.subject else { continue }
                checked += 1
                for (metric, features) in counted where pitch.narrative.results.contains(where: { $0.id == metric }) {
                    let told = features.filter { feature in pitch.figures.contains { $0.id == "archetype.\(subject.id).feature.\(feature).median" } }
                    #expect(told.isEmpty, "\(goal.id) \(locale): \(metric) beside \(told)")
                }
                }
            }
        }
        #expect(checked > 0)
    }

    /// A goal's mentions name whole words only ("été" is not "a été"), and a text that cannot say them is refused with its place.
    @Test func mentionsMatchWholeWordsAndSayWhereTheyGo() throws {
        let peaks = try #require(try catalogue.goal("absorb-peaks"))
        #expect(peaks.mentioning("Our summer peak overwhelms us").title.en == "Keep up through the summer peak")
        #expect(peaks.mentioning("Our summertime crowd").title == peaks.title)
        #expect(peaks.mentioning("Christmas, then Black Friday, then Christmas again").title.en == "Keep up through Christmas and Black Friday")
        // The number the prospect puts before what they name is said with it, in words.
        let unify = try #require(try catalogue.goal("unify-customer-data"))
        #expect(unify.mentioning("Our customer data sits in five tools").title.en == "Bring what your five tools know into one customer record")
        #expect(unify.mentioning("Nos données sont éparpillées dans six outils").title.fr == "Réunir dans une seule fiche client ce que savent vos six outils")
        #expect(unify.mentioning("Our data sits in 5 tools").title.en == "Bring what your tools know into one customer record")
        // What they list after the count names the things counted.
        #expect(unify.mentioning("On a trois outils qui ne se parlent pas, le TMS, le CRM et les mails").title.fr
            == "Réunir dans une seule fiche client ce que savent vos trois outils")
        // A name said inside a longer one is that one's: « caisses en magasin » are the tills, not the stores.
        #expect(unify.mentioning("Nos données sont entre le site e-commerce, les caisses en magasin et notre CRM").title.fr
            == "Réunir dans une seule fiche client ce que savent votre site, vos caisses et votre CRM")
        // One source alone is no silo to join: the goal keeps its own title.
        #expect(unify.mentioning("We want to connect our CRM").title == unify.title)
        var broken = try catalogue
        let index = try #require(broken.goals.firstIndex { $0.id == "absorb-peaks" })
        broken.goals[index].mentions?.title.fr = "Tenir le rythme"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("goals.json")
        try JSONEncoder().encode(broken).write(to: file)
        #expect(throws: StoryError.malformed(path: file.path, detail: "goal \"absorb-peaks\": mentions.title.fr must say {mention}")) {
            try GoalCatalogue.load(file)
        }
    }

    /// A goal nothing measures at the prospect's end (their platform's load) is told without a group, and says what a pilot
    /// would track instead of a bare "no figure".
    @Test(arguments: NarrativeLocale.allCases)
    func aGoalWithoutAGroupSaysWhatAPilotWouldTrack(_ locale: NarrativeLocale) throws {
        let pitch = try library.brief(Prospect(name: "Acme", goals: locale == .en ? "Enrolment week crushes our platform every September."
                                               : "La rentrée sature notre plateforme chaque année.", locale: locale),
                                      builder: library.builder(analysis: analysis, run: 1), format: .md)
        #expect(!pitch.narrative.fit && pitch.narrative.subject == nil)
        #expect(pitch.narrative.unmeasured?.contains(locale == .en ? "we would track how your sends spread" : "nous suivrions la répartition de vos envois") == true,
                "\(pitch.narrative.unmeasured ?? "")")
        #expect(!pitch.narrative.caveats.contains { $0.contains(locale == .en ? "no customer figures" : "pas encore de chiffres clients") })
    }

    /// A feature a goal ranks by without telling it stays out of the behaviours, unless another goal seeks it: the share
    /// of actions through our API ranks automation and a single customer view, and is jargon to a prospect of either.
    @Test func anUntoldFeatureIsNotToldUnlessAnotherGoalSeeksIt() throws {
        let builder = library.builder(analysis: analysis, run: 1)
        for (id, words) in [("automate-campaigns", "We want to automate our campaigns"),
                            ("unify-customer-data", "Our customer data is spread over five tools, we want one record per customer")] {
            let goal = try #require(try catalogue.goal(id))
            #expect(goal.evidence.features.contains { $0.feature == "mix_api" } && goal.untold?.contains("mix_api") == true)
            let told = builder.pitch(Prospect(name: "Acme", goals: words, locale: .en)).narrative
            #expect(!told.approach.contains { $0.contains("API") }, "\(told.approach)")
        }
    }

    /// A reading brings its own talking points, questions, demos and measures: an average basket is asked about and shown
    /// as such, and, since nothing we measure is the basket, only a pilot speaks to it.
    @Test func aReadingBringsItsOwnQuestionsDemosAndCaution() throws {
        let goal = try #require(try catalogue.goal("grow-revenue"))
        let basket = goal.read(from: ["augmenter", "panier", "moyen"], in: "augmenter le panier moyen")
        #expect(basket.title.fr == "Augmenter le panier moyen" && basket.evidence.outcomes.isEmpty && basket.pilot?.en.contains("average basket") == true)
        #expect(basket.discoveryQuestions.fr.first?.ask.contains("achètent-ils ensemble") == true)
        #expect(basket.demo.en.first == "A basket reminder that suggests a complementary product")
        #expect(goal.read(from: ["grow", "revenue"]) == goal)
        let builder = library.builder(analysis: analysis, run: 1)
        let pitch = builder.pitch(Prospect(name: "Acme", goals: "On veut augmenter le panier moyen", locale: .fr))
        #expect(pitch.narrative.discoveryQuestions.contains { $0.contains("achètent-ils ensemble") })
        #expect(pitch.narrative.results.isEmpty && pitch.narrative.unmeasured?.contains("panier moyen") == true, "\(pitch.narrative)")
    }

    /// Renewal with us is no proof that a prospect keeps its own customers: a churn brief proves with the retention of the
    /// accounts' own customers, and never quotes renewal with us.
    @Test(arguments: NarrativeLocale.allCases)
    func churnIsProvedByTheirCustomersNotByRenewalWithUs(_ locale: NarrativeLocale) throws {
        let pitch = try library.brief(Prospect(name: "Acme", goals: locale == .en ? "We keep losing customers" : "On perd trop de clients", locale: locale),
                                      builder: library.builder(analysis: analysis, run: 1), format: .text)
        #expect(pitch.goals.map(\.id) == ["reduce-churn"])
        #expect(pitch.narrative.renewal == nil)
        let retention = try #require(pitch.narrative.results.first { $0.id == "customer-retention" }, "\(pitch.narrative)")
        #expect(retention.change.hasPrefix("+") && pitch.narrative.proofPoints.first == retention.sentence)
        // The source line says when most accounts took the later measure, in months the figures hold.
        let measured = pitch.narrative.source
        #expect(measured.contains(locale == .en ? "against its latest (mostly " : "sa valeur la plus récente (le plus souvent de "), "\(measured)")
        #expect(pitch.figures.contains { $0.id.hasSuffix("outcomes.measured.from") && measured.contains($0.text) })
        // Each result says when its before was taken, and how far apart its two measures lie, as a figure of its own.
        let gap = try #require(pitch.figures.first { $0.id.hasSuffix("outcome.customer-retention.gap") })
        // A rise compared like for like leads with itself over its span, from where the accounts started; the later level
        // stays in the figures.
        #expect(retention.sentence.hasPrefix(locale == .en ? "Over \(gap.text) with us, the share of their own customers"
                                                            : "Sur \(gap.text) chez nous, la part de leurs propres clients"), "\(retention.sentence)")
        #expect(retention.sentence.contains(locale == .en ? "in the median account, from \(retention.before) when they joined"
                                                          : "pour le compte médian, en partant de \(retention.before) à leur arrivée"), "\(retention.sentence)")
        #expect(!retention.sentence.contains(retention.after), "\(retention.sentence)")
        #expect(!pitch.text.contains(locale == .en ? "stayed with us" : "restés chez nous"), "\(pitch.text)")
        // Which way leavers weigh is said in words: a prospect is not told how many of our customers leave us.
        #expect(pitch.narrative.source.contains(locale == .en ? "Accounts that left are not measured" : "Les comptes partis ne sont pas mesurés")
                && !["did not renew when due", "n’ont pas renouvelé", "n'ont pas renouvelé"].contains(where: pitch.text.contains), "\(pitch.narrative.source)")
    }

    /// A result recorded by a far larger share of the group than of our other customers says so, with both shares as
    /// figures, even where its sentence counts both sides: the accounts that record it may not be typical.
    @Test(arguments: NarrativeLocale.allCases)
    func aResultSaysWhoRecordsIt(_ locale: NarrativeLocale) throws {
        let opening = locale == .en ? "We have figures on " : "Nous disposons de la mesure «"
        let churn = try library.brief(Prospect(name: "Acme", goals: locale == .en ? "We keep losing customers" : "On perd trop de clients", locale: locale),
                                      builder: library.builder(analysis: analysis, run: 1), format: .text)
        #expect(!churn.narrative.results.isEmpty && churn.narrative.caveats.contains { $0.hasPrefix(opening) }, "\(churn.narrative.caveats)")
        // Every account of each group records its hours, 300 of our other customers do.
        var skewed = analysis
        for index in skewed.archetypes.indices {
            let size = skewed.archetypes[index].size
            skewed.archetypes[index].outcomes = skewed.archetypes[index].outcomes.map { outcome in
                var outcome = outcome
                if outcome.metric == "hours-saved" {
                    outcome.accounts = size; outcome.medianBefore = 0; outcome.medianAfter = 40; outcome.perSeat = 1.4
                    outcome.others = .init(accounts: 300, medianBefore: 0, medianAfter: 10, perSeat: 0.8)
                }
                return outcome
            }
        }
        let hours = try library.brief(Prospect(name: "Acme", goals: locale == .en ? "We spend hours every week doing things by hand"
                                                : "On perd des heures chaque semaine à tout faire à la main", locale: locale),
                                      builder: library.builder(analysis: skewed, run: 1), format: .text)
        let group = try #require(skewed.archetypes.first { $0.id == hours.narrative.subject?.id })
        let population = skewed.archetypes.map(\.size).reduce(0, +)
        let theirs = 300 / Double(population - group.size)
        let said = try #require(hours.narrative.caveats.first { $0.hasPrefix(opening) }, "\(hours.narrative.caveats)")
        let share = try #require(hours.figures.first { $0.id.hasSuffix("outcome.hours-saved.reporting") })
        let others = try #require(hours.figures.first { $0.id.hasSuffix("outcome.hours-saved.others.reporting") })
        #expect(share.value == 1 && abs(others.value - theirs) < 1e-9 && said.contains(share.text) && said.contains(others.text), "\(said)")
    }

    /// Each before and after is read against our other customers, measured the same way, in figures of their own; a
    /// change our other customers matched is a caution, never proof.
    @Test(arguments: NarrativeLocale.allCases)
    func resultsAreReadAgainstOurOtherCustomers(_ locale: NarrativeLocale) throws {
        let prospect = Prospect(name: "Acme", goals: locale == .en ? "We want to grow revenue" : "On veut augmenter notre chiffre d'affaires", locale: locale)
        let pitch = try library.brief(prospect, builder: library.builder(analysis: analysis, run: 1), format: .text)
        // Where our other customers' measures span a longer time than a group's, its rise is no proof (any group improves
        // over its first years), and no comparison of it is printed; the brief tells a group whose rise compares.
        let uneven = analysis.archetypes.filter { archetype in
            archetype.outcomes.contains { outcome in
                guard outcome.metric == "campaign-revenue", let days = outcome.daysAfterStart, let theirs = outcome.others?.daysAfterStart else { return false }
                return days / max(theirs, 1) < 0.8
            }
        }.map(\.id)
        try #require(!uneven.isEmpty)
        let compared = uneven.flatMap { id in ["gain", "others"].map { "archetype.\(id).outcome.campaign-revenue.\($0)" } }
        #expect(!pitch.figures.contains { figure in compared.contains { figure.id.hasPrefix($0) } }, "\(pitch.figures.map(\.id))")
        #expect(pitch.narrative.subject.map { !uneven.contains($0.id) } == true, "\(pitch.text)")
        #expect(pitch.narrative.headline == pitch.narrative.goals[0].title, "\(pitch.narrative.headline)")
        // Over spans that read alike, both rises are set side by side, each a figure of its own.
        var even = analysis
        for index in even.archetypes.indices {
            even.archetypes[index].outcomes = even.archetypes[index].outcomes.map { outcome in
                var outcome = outcome
                outcome.others?.daysAfterStart = outcome.daysAfterStart
                return outcome
            }
        }
        let alike = try library.brief(prospect, builder: library.builder(analysis: even, run: 1), format: .text)
        let result = try #require(alike.narrative.results.first, "\(alike.text)")
        let group = try #require(alike.narrative.subject?.id, "\(alike.text)")
        let rises = ["gain", "others.gain"].compactMap { side in
            alike.figures.first { $0.id.hasPrefix("archetype.\(group).outcome.\(result.id).\(side).") }?.text
        }
        let sentence = result.sentence
        let bare = rises.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }
        let others = try #require(alike.figures.first { $0.id.hasPrefix("archetype.\(group).outcome.\(result.id).others.before") }?.text)
        let theirs = try #require(alike.figures.first { $0.id.hasPrefix("archetype.\(group).outcome.\(result.id).before") }?.text)
        let same = theirs.filter(\.isNumber) == others.filter(\.isNumber)
        #expect(rises.count == 2 && sentence.contains(locale == .en
            ? "rose by \(bare[0]) in the median account, from \(theirs) when they joined. "
            : "a progressé de \(bare[0]) pour le compte médian, en partant de \(theirs) à leur arrivée. ")
            && sentence.contains(locale == .en
                ? (same ? "Our other customers started at the same level and gained " : "Our other customers, who started from \(others), gained ") + "\(bare[1]) over a similar span."
                : (same ? "Nos autres clients, qui démarraient au même niveau, ont gagné " : "Nos autres clients, qui démarraient à \(others), ont gagné ") + "\(bare[1]) sur une durée comparable."),
                "\(sentence)")
        // A group that started clearly lower says so once, beside its result, and that it ended above our other customers
        // all the same. Ended below them, its rise is only the room it had: no proof to a prospect.
        let lower = locale == .en ? "These accounts started lower than our other customers" : "Ces comptes partaient plus bas que nos autres clients"
        let above = locale == .en ? "and ended above them." : "et ont fini au-dessus d'eux."
        func started(at share: Double, ending: Double? = nil) throws -> Pitch {
            var shifted = even
            for index in shifted.archetypes.indices {
                shifted.archetypes[index].outcomes = shifted.archetypes[index].outcomes.map { outcome in
                    var outcome = outcome
                    if let theirs = outcome.others?.medianBefore { outcome.medianBefore = theirs * share }
                    if let ending, let theirs = outcome.others?.medianAfter { outcome.medianAfter = theirs * ending }
                    return outcome
                }
            }
            return try library.brief(prospect, builder: library.builder(analysis: shifted, run: 1), format: .text)
        }
        let low = try started(at: 0.8)
        #expect(low.text.components(separatedBy: lower).count == 2 && low.narrative.proofPoints.contains { $0.contains(lower) && $0.hasSuffix(above) },
                "\(low.text)")
        #expect(try !started(at: 1).text.contains(lower))
        let behind = try started(at: 0.8, ending: 0.95)
        #expect(!behind.text.contains(lower) && !behind.narrative.results.contains { $0.before.isEmpty == false }, "\(behind.text)")
        // A group measured over a longer span than our other customers says both spans, and is held to its pace: a rise
        // twice theirs over twice their span is no lead.
        func stretched(_ factor: Double, gain: Double) throws -> Pitch {
            var longer = analysis
            for index in longer.archetypes.indices {
                longer.archetypes[index].outcomes = longer.archetypes[index].outcomes.map { outcome in
                    var outcome = outcome
                    if outcome.metric == "campaign-revenue", let days = outcome.daysAfterStart, let relative = outcome.others?.medianRelativeChange {
                        outcome.others?.daysAfterStart = days / factor
                        outcome.medianRelativeChange = relative * gain
                    }
                    return outcome
                }
            }
            return try library.brief(prospect, builder: library.builder(analysis: longer, run: 1), format: .text)
        }
        let paced = try stretched(2, gain: 4)
        let told = try #require(paced.narrative.results.first { $0.id == "campaign-revenue" }, "\(paced.text)")
        #expect(!told.sentence.contains(locale == .en ? "similar span" : "durée comparable"), "\(told.sentence)")
        #expect(try !stretched(2, gain: 2).narrative.results.contains { $0.id == "campaign-revenue" })
        // Outside every group, revenue rose as much: no group's rise is proof any more.
        var matched = analysis
        for index in matched.archetypes.indices {
            matched.archetypes[index].outcomes = matched.archetypes[index].outcomes.map { outcome in
                var outcome = outcome
                if outcome.metric == "campaign-revenue", let from = outcome.medianBefore, let to = outcome.medianAfter,
                   let change = outcome.medianChange, let relative = outcome.medianRelativeChange {
                    outcome.others = .init(accounts: 400, medianBefore: from, medianAfter: to * 1.01, medianChange: change * 1.01,
                                           medianRelativeChange: relative + 0.01, paired: 400)
                }
                return outcome
            }
        }
        let typical = try library.brief(prospect, builder: library.builder(analysis: matched, run: 1), format: .text)
        #expect(!typical.narrative.results.contains { $0.id == "campaign-revenue" }, "\(typical.text)")
        // A group shown for another result says why this one is not quoted.
        #expect(typical.narrative.subject == nil || typical.narrative.caveats.contains { $0.contains(locale == .en ? "moved about as much for our other customers" : "à peu près autant chez nos autres clients") },
                "\(typical.narrative.caveats)")
    }

    /// A group has one name whatever the goal, and tells the trait it rests on; a reading measured by a nearby metric says
    /// so before its results and does not head with it; a brief without a result opens no empty section; the headline
    /// follows the goal's metrics.
    @Test func namesLeadsAndReadingsFollowTheGoal() throws {
        let builder = library.builder(analysis: analysis, run: 1)
        func brief(_ goals: String, _ industry: String? = nil) throws -> Narrative {
            try library.brief(Prospect(name: "Acme", goals: goals, industry: industry, locale: .en), builder: builder, format: .text).narrative
        }
        // A group named for its busiest month keeps that name, and tells that month, to a prospect with peaks and to one
        // who wants revenue alike.
        var seasonal = analysis
        for index in seasonal.archetypes.indices {
            let check = Archetype.NameEvidence.Check(feature: "seasonality", direction: .higher, effect: 1.5, median: 2.4, population: 1)
            seasonal.archetypes[index].name = .init(en: "Peak-season teams \(index)", fr: "Les comptes saisonniers \(index)", custom: false,
                                                    evidence: .init(rule: "seasonal", conditions: [check]))
        }
        let renamed = library.builder(analysis: seasonal, run: 1)
        func seasonalBrief(_ goals: String) throws -> Narrative {
            try library.brief(Prospect(name: "Acme", goals: goals, locale: .en), builder: renamed, format: .text).narrative
        }
        for goals in ["Our Black Friday traffic triples and we can't keep up.", "We are NOT worried about churn, we want to grow revenue."] {
            let told = try seasonalBrief(goals)
            #expect(told.subject?.name.hasPrefix("peak-season teams") == true, "\(told.headline)")
            #expect(!goals.hasPrefix("Our Black Friday") || told.approach.contains { $0.contains("busiest month") }, "\(told.approach)")
            // A group told alone is "these customers": our label for it stays in its figures' definitions. Beside
            // another group's result, each is named.
            let named = ([told.subject?.intro ?? ""] + told.caveats + told.proofPoints).contains { $0.contains("peak-season teams") }
            #expect(told.borrowed.isEmpty ? !named && told.caveats.first?.contains("these customers") == true : named, "\(told.caveats)")
        }
        // New hires are not new accounts: no account's first campaign is offered for them; the brief says what a pilot would
        // measure, under the goal in its own words.
        let hires = try brief("New hires take a month before they can run anything on their own.", "finance")
        #expect(hires.proofPoints.isEmpty && hires.borrowed.isEmpty && hires.headline == "Help new team members work on their own sooner", "\(hires.headline)")
        #expect(hires.unmeasured?.hasSuffix("we would track how many days a new team member takes to send a first campaign alone.") == true,
                "\(hires.unmeasured ?? "")")
        // A result near the goal says so before it, and does not head the brief.
        let flash = try brief("Flash sales swamp us and we miss orders.", "e-commerce")
        #expect(flash.proxy?.hasPrefix("We do not measure a flash sale hour by hour") == true && flash.results.contains { $0.id == "peak-on-time" },
                "\(flash.proxy ?? "")")
        #expect(!flash.headline.contains("%"), "\(flash.headline)")
        // A group that shows no result on the goal is not told (its usage alone reads as a fact sheet), whatever ranks it:
        // the brief has no "How our customers go about it" nor "Their results", and never a word on idle seats.
        let unused = try brief("The tool we bought last year? Nobody uses it. We need adoption.", "media")
        #expect(unused.subject == nil && unused.approach.isEmpty && !unused.fit, "\(unused.approach)")
        #expect(unused.proofPoints.isEmpty && unused.proxy == nil && unused.noResult == nil, "\(unused)")
        // It says what a pilot would track.
        #expect(unused.unmeasured?.hasSuffix("we would track how many of your users are active each week.") == true, "\(unused.unmeasured ?? "")")
        // Nothing in how customers use the product speaks to a software bill: no group is offered for it.
        #expect(try brief("We want to cut what we spend on software", "software").subject == nil)
        // Work done by hand is proved first by the hours teams save, the goal's first metric; but what teams estimate of
        // themselves never heads the brief: the goal does, in its own words.
        let automate = try brief("We run every campaign by hand and want to automate our newsletters and triggered emails.", "media")
        #expect(automate.results.first?.id == "hours-saved" && automate.headline == automate.goals[0].title, "\(automate.headline)")

    }

    /// A goal the chosen group has no figure for is told with the group that has one: introduced by name and size with how
    /// it works, then its result led by its name; never the chosen group itself.
    @Test(arguments: NarrativeLocale.allCases)
    func aSecondGoalIsAnsweredByTheGroupThatHasItsFigure(_ locale: NarrativeLocale) throws {
        let builder = library.builder(analysis: analysis, run: 1)
        let look = locale == .en ? ", look at " : ", regardez "
        var quoted = 0
        for statement in ["Reduce churn and absorb our summer peak", "Our Christmas peaks swamp us and too many customers leave",
                          "Grow revenue from existing customers and stop losing them after the first order",
                          "We want to automate our campaigns and keep our customers", "Cut costs and make every email feel personal"] {
            let pitch = builder.pitch(Prospect(name: "Acme", goals: statement, locale: locale))
            guard let chosen = pitch.archetypes.first, let borrowed = pitch.narrative.borrowed.first else { continue }
            quoted += 1
            let named = analysis.archetypes.first { archetype in
                let name = (locale == .en ? archetype.name.en : archetype.name.fr).lowercased()
                return borrowed.intro.contains(look) && borrowed.intro.lowercased().contains(name)
                    && borrowed.result.hasPrefix(locale == .en ? archetype.name.en : archetype.name.fr)
            }
            let group = try #require(named, "\(borrowed)")
            #expect(group.id != chosen.id, "\(statement)")
            #expect(borrowed.intro.contains(locale == .en ? "\(group.size) of our" : "\(group.size) de nos") && !borrowed.approach.isEmpty, "\(borrowed)")
            #expect(pitch.text.contains(borrowed.result) || pitch.narrative.figures.isEmpty == false)
            // The sample caveat names the group the figure was quoted from too.
            let name = locale == .en ? group.name.en.lowercased() : group.name.fr.lowercased()
            #expect(pitch.narrative.caveats.first?.contains(name) == true, "\(pitch.narrative.caveats)")
        }
        #expect(quoted > 0, "some two-goal brief quotes another group")
    }

    /// A goal nothing in the data measures (keeping a site up) is told without a group rather than with a proxy: no
    /// figure, its first demo as the next step, and what we answer for said last under "How we would help", after why it
    /// matters to them.
    @Test(arguments: NarrativeLocale.allCases)
    func aGoalNothingMeasuresIsToldWithoutAGroup(_ locale: NarrativeLocale) throws {
        let pitch = try library.brief(Prospect(name: "Acme", goals: locale == .en ? "We just want the site to stay up" : "Le site tombe au pire moment",
                                               locale: locale), builder: library.builder(analysis: analysis, run: 1), format: .md)
        #expect(pitch.goals.map(\.id) == ["ensure-reliability"])
        #expect(pitch.archetypes.isEmpty && !pitch.narrative.fit && pitch.narrative.subject == nil)
        #expect(pitch.narrative.demo.first?.contains(locale == .en ? "Paced sending" : "Des envois cadencés") == true, "\(pitch.narrative)")
        #expect(pitch.narrative.talkingPoints.last?.contains(locale == .en ? "not your website" : "pas votre site") == true, "\(pitch.narrative.talkingPoints)")
        #expect(pitch.narrative.caveats.isEmpty)
        #expect(!pitch.text.contains(where: \.isNumber) || pitch.figures.allSatisfy { $0.id == "run" || $0.id.hasPrefix("window.") })
    }

    /// The negation stays in its clause: a goal said plainly elsewhere still counts, and a negation that states the
    /// problem itself ("never come back") is not a dismissal.
    @Test func negationStaysInItsClause() throws {
        let matcher = GoalMatcher(catalogue: try catalogue)
        #expect(matcher.match("Revenue is not our problem, but customers leave us and never come back").map(\.id).contains("reduce-churn"))
        #expect(matcher.match("Beaucoup de nos clients ne renouvellent pas leur abonnement").map(\.id).contains("reduce-churn"))
        #expect(TextAnalyzer.clauses("We are not worried about churn, we want revenue but not now").count == 3)
    }

    @Test func frenchContractsTheArticleOfAName() {
        let grammar = LocaleGrammar(.fr)
        #expect(grammar.of("Le Petit Marché") == "du Petit Marché")
        #expect(grammar.of("Les Halles Numériques") == "des Halles Numériques")
        #expect(grammar.to("Le Petit Marché") == "au Petit Marché")
        #expect(grammar.to("Les Halles Numériques") == "aux Halles Numériques")
        #expect(grammar.of("La Poste") == "de La Poste" && grammar.of("Lemon Tree") == "de Lemon Tree" && grammar.of("Atelier") == "d'Atelier")
        #expect(LocaleGrammar.frenchTypography("Le chiffre de Le Petit Marché et à Les Halles, à Le Bon Coin") ==
            "Le chiffre du Petit Marché et aux Halles, au Bon Coin")
        #expect(LocaleGrammar.frenchTypography("un cours de yoga, de Yves, de ytterbium") == "un cours de yoga, d'Yves, d'ytterbium")
    }

    @Test(arguments: ["Le Petit Marché", "Les Halles Numériques"])
    func frenchBriefsNeverWriteDeLe(_ name: String) throws {
        let builder = try StoryFixture.builder()
        for goals in ["réduire l'attrition", "absorber les pics de Noël", "automatiser nos campagnes", "unifier nos données clients"] {
            let text = try library.brief(Prospect(name: name, goals: goals, locale: .fr), builder: builder, format: .md).text
            for wrong in ["de Le ", "de Les ", "à Le ", "à Les ", "De Le ", "De Les "] { #expect(!text.contains(wrong), "\(wrong): \(text)") }
        }
    }

    @Test func frenchTypographyIsAppliedOnceAtRendering() throws {
        #expect(LocaleGrammar.frenchTypography("Priorité : Réduire l'attrition ; pourquoi ? « Les comptes » -6 %") ==
            "Priorité\u{00A0}: réduire l'attrition\u{202F}; pourquoi\u{202F}? «\u{00A0}Les comptes\u{00A0}» \u{2212}6\u{00A0}%")
        #expect(LocaleGrammar.frenchTypography("Groupe : Les Pionniers", names: ["Les Pionniers"]) == "Groupe\u{00A0}: Les Pionniers")
        // "de" elides before a vowel, but not before "onze"; a name keeps its article's capital unless contracted.
        #expect(LocaleGrammar.frenchTypography("une médiane de une semaine, de environ un an, de onze jours ; il s'agit de absorber") ==
            "une médiane d'une semaine, d'environ un an, de onze jours\u{202F}; il s'agit d'absorber")
        #expect(LocaleGrammar.frenchTypography("Brief pour La Clinique, à L'École") == "Brief pour La Clinique, à L'École")
        // A mark the prospect typed against its word takes its space; a time and an address do not.
        #expect(LocaleGrammar.frenchTypography("Contraintes: l'AMF; vraiment? Rendez-vous à 10:30 sur https://exemple.fr") ==
            "Contraintes\u{00A0}: l'AMF\u{202F}; vraiment\u{202F}? Rendez-vous à 10:30\u{00A0}sur https://exemple.fr")
        let builder = library.builder(analysis: decliningRevenue(), run: 1)
        for format in NarrativeFormat.allCases {
            let pitch = try library.brief(Prospect(name: "Maison Lune", goals: "Nos pics de Noël nous débordent et on veut augmenter le chiffre d'affaires", locale: .fr),
                                          builder: builder, format: format)
            let text = pitch.text
            for plain in [" :", " ;", " ?", " !", "« ", " »"] { #expect(!text.contains(plain), "\(format) «\(plain)»: \(text)") }
            #expect(text.contains("\u{00A0}:"))
            #expect(text.contains("\u{2212}6\u{00A0}%"), "\(text)")
            #expect(!text.contains(" -6"))
            // No capital after a colon but for names from the data.
            let lines = text.components(separatedBy: "\u{00A0}: ").dropFirst()
            for line in lines where line.first?.isUppercase == true {
                #expect(pitch.narrative.verbatim.contains { $0.hasPrefix(line.prefix { $0 != " " }) }, "\(line.prefix(40))")
            }
        }
        // The narrative itself, and English, carry no special spaces.
        let english = try library.brief(Prospect(name: "Acme", goals: "reduce churn", locale: .en), builder: builder, format: .md).text
        #expect(!english.contains("\u{00A0}:") && !english.contains("\u{2212}"))
    }

    @Test(arguments: [("Zephyr Labs", "Zephyr Labs' priority: reduce churn."), ("O'Brien & Sons", "O'Brien & Sons' priority: reduce churn."),
                      ("Acme", "Acme's priority: reduce churn.")])
    func englishPossessives(_ name: String, _ expected: String) {
        var book = library.phrases[.en]!
        book.patterns["test"] = ["{prospect}'s priority: {goals}."]
        #expect(book.phrase("test", key: "", grammar: LocaleGrammar(.en), ["prospect": name, "goals": "reduce churn"]) == expected)
        #expect(LocaleGrammar(.en).possessive(name) + " priority: reduce churn." == expected)
    }

    @Test func everySentenceStartsWithACapital() throws {
        #expect(LocaleGrammar.sentenceCapitals("- acme wants it. then more! iPhone fans stay. eBay too\n## results\n**zephyr** labs") ==
            "- Acme wants it. Then more! iPhone fans stay. eBay too\n## Results\n**Zephyr** labs")
        // The prospect's words, quoted, stay as they said them.
        #expect(LocaleGrammar.sentenceCapitals("> In your words: “they come once... never again. so we lose them”\n- then more") ==
            "> In your words: “they come once... never again. so we lose them”\n- Then more")
        let builder = try StoryFixture.builder()
        for locale in NarrativeLocale.allCases {
            for goals in ["reduce churn and automate campaigns", "unify our customer data", "grow revenue", "absorb the Christmas peaks"] {
                let pitch = try library.brief(Prospect(name: "zephyr labs", goals: goals, locale: locale), builder: builder, format: .md)
                #expect(LocaleGrammar.sentenceCapitals(pitch.text) == pitch.text)
                #expect(!pitch.text.contains("\nzephyr labs") && !pitch.text.contains("labs's"), "\(pitch.text)")
            }
        }
    }
}

extension Archetype.OutcomeSummary {
    /// Sets both medians, and each account's own change as if every account had moved alike.
    mutating func move(from before: Double, to after: Double) {
        (medianBefore, medianAfter, medianChange, medianRelativeChange) = (before, after, after - before, after / before - 1)
    }
}

/// How far a group must lead our other customers for its change to be a result.
struct MaterialLeadTests {
    /// A change is a result only when it leads our other customers' materially: 15 points beside 6 is one, 9 beside 6 is
    /// a rise most customers share; 34 % beside 6 % is one, 7 % beside 6 % is not; a fall the goal wants counts the same way.
    @Test func onlyAMaterialLeadIsAResult() {
        typealias Change = NarrativeWriter.Change
        func points(_ value: Double) -> Change { Change(value: value, kind: .points, decimals: 0) }
        func relative(_ value: Double) -> Change { Change(value: value, kind: .change, decimals: 0) }
        #expect(NarrativeWriter.material(points(15), points(6), sign: 1, before: 59))
        #expect(!NarrativeWriter.material(points(9), points(6), sign: 1, before: 59))
        #expect(NarrativeWriter.material(relative(0.34), relative(0.06), sign: 1, before: 57_000))
        #expect(!NarrativeWriter.material(relative(0.07), relative(0.06), sign: 1, before: 57_000))
        #expect(NarrativeWriter.material(relative(-0.30), relative(-0.05), sign: -1, before: 10))
        #expect(NarrativeWriter.material(points(6), points(-2), sign: 1, before: 40))
    }
}
