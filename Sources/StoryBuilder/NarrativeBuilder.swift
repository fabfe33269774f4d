public import Archetypes
import Foundation

/// A pitch: the goals heard, the archetypes chosen and why, the narrative, its figures and the rendered brief.
public struct Pitch: Sendable, Codable {
    public struct Choice: Sendable, Codable, Equatable {
        public var id: Int
        public var name: String
        public var score: Double
        public var reasons: [String]
    }

    public var prospect: String?
    public var locale: NarrativeLocale
    public var goals: [GoalMatch]
    public var archetypes: [Choice]
    public var narrative: Narrative
    public var figures: [Figure]
    /// The brief as rendered by the template set (filled in by the renderer).
    public var text: String

    /// The figures are written once, at the top level; the narrative inside lists none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(prospect, forKey: .prospect)
        try container.encode(locale, forKey: .locale)
        try container.encode(goals, forKey: .goals)
        try container.encode(archetypes, forKey: .archetypes)
        var body = narrative
        body.figures = []
        try container.encode(body, forKey: .narrative)
        try container.encode(figures, forKey: .figures)
        try container.encode(text, forKey: .text)
    }
}

/// Builds narratives from an analysis: pitch briefs for prospects, case stories and cards for archetypes.
public struct NarrativeBuilder: Sendable {
    public let analysis: Analysis
    public let run: Int64
    public let catalogue: GoalCatalogue
    public let matcher: GoalMatcher
    private let voices: [NarrativeLocale: Voice]
    /// What a prospect asks for by name, in either language.
    private let wish: Wish
    /// How a prospect asks for something, in either language ("we'd like", « il faudrait »).
    private let asks: [String]
    /// What a prospect asked us to set up, item by item, in either language.
    private let askedFor: AskedFor

    /// - Parameter matcher: the catalogue's matcher, when one is already trained (default: trained here).
    public init(analysis: Analysis, run: Int64, catalogue: GoalCatalogue, phrases: [NarrativeLocale: PhraseBook], matcher: GoalMatcher? = nil) {
        self.analysis = analysis
        self.run = run
        self.catalogue = catalogue
        self.matcher = matcher ?? GoalMatcher(catalogue: catalogue)
        wish = Wish(openers: NarrativeLocale.allCases.flatMap { catalogue.matching?.asks?[$0] ?? [] })
        asks = NarrativeLocale.allCases.flatMap { (catalogue.matching?.asks?[$0] ?? []) + (phrases[$0]?.patterns["asked.openers"] ?? []) }
        func said(_ key: String) -> [String] { NarrativeLocale.allCases.flatMap { phrases[$0]?.patterns[key] ?? [] } }
        askedFor = AskedFor(openers: asks, things: said("asked.things"), following: said("asked.following"), timing: said("asked.timing"),
                            announcing: said("asked.announcing"), ordinals: said("asked.ordinals"))
        let directions = Dictionary(catalogue.goals.flatMap { $0.evidence.outcomes.compactMap { s in s.metric.map { ($0, s.sign) } } },
                                    uniquingKeysWith: { first, _ in first })
        voices = Dictionary(uniqueKeysWithValues: NarrativeLocale.allCases.map { locale in
            (locale, Voice(analysis: analysis, locale: locale, phrases: phrases[locale] ?? phrases[.en]!, directions: directions))
        })
    }

    /// The brief for a prospect: goals matched, archetypes ranked, the best-fitting one told.
    public func pitch(_ prospect: Prospect) -> Pitch {
        // What states a wish, in either language: a need heard, the moment it names, an introduction that is more.
        let wishes = NarrativeLocale.allCases.flatMap { catalogue.matching?.wishes?[$0] ?? [] }
        // Goals in the order the prospect raised them, after introducing themselves: a software reseller who wants renewal
        // reminders wants them first, not a cheaper software bill.
        let opening = opening(prospect.goals, systems: [], wishes: wishes)
        let raisedAfter = GoalMatcher.quoted(prospect.goals, keeping: Set(TextAnalyzer.sentences(prospect.goals).filter { !opening.contains($0) }))
        let matched = matcher.inOrderOfPriority(matcher.inOrderOfMention(matcher.inOrderOfMention(matcher.match(prospect.goals), in: prospect.goals),
                                                                         in: raisedAfter), in: prospect.goals)
        // What the prospect says of their business, without talk about the call; what they say about the call and our
        // terms (what they ask us to send, a requirement said apart); and their words as the brief quotes them.
        let (business, aside, logistics, quoted) = matcher.parts(prospect.goals)
        // A goal that only words another goal's reading took as its own evidence is that reading's, not a need of its own.
        let matches = matched.filter { match in
            !matched.contains { other in
                guard other.id != match.id, let goal = catalogue.goal(other.id) else { return false }
                let heard = goal.heard(from: other.evidence, in: prospect.goals)
                // A goal that no word evidences was named by a reading's own expression: it is no other reading's.
                return !heard.isEmpty && !match.evidence.isEmpty
                    && match.evidence.allSatisfy { $0.split(separator: " ").allSatisfy { heard.contains(String($0)) } }
            }
        }
        // The prospect's customers are said in their own word ("members"), wherever a goal's texts speak of them.
        let audience = Audience.named(in: prospect.goals, among: catalogue.audiences ?? [])
        // What the prospect pursues, without what they set aside ("Doctolib does our reminders, leave them alone"): it gives
        // each goal its reading, the systems to ask about and their own measure.
        let pursued = matcher.pursued(business)
        // The systems the prospect named (Shopify, athenahealth) are asked about by name.
        let known = catalogue.systemsNamed(in: pursued)
        // Cues are looked for in what they said of their business, where a comma still joins them to a name (« notre
        // logiciel, c'est Autoplus CT »), fillers left out ("we use, uh, MCS Rental"); a system is kept where what they
        // pursue names it.
        let saidOfBusiness = LocaleGrammar(prospect.locale).quotation(business)
        let theirs = (known + SystemCue.names(in: saidOfBusiness, except: [prospect.name ?? ""]).filter { name in
            pursued.contains(name) && !known.contains { $0.localizedCaseInsensitiveContains(name) || name.localizedCaseInsensitiveContains($0) }
        }).filter { !Self.disowns($0, in: pursued, locale: prospect.locale) }
        // The system they want messages to leave from is the one we would work with: Sylob, not the CRM beside it.
        let systems = SystemCue.source(in: saidOfBusiness, among: theirs).map { [$0] } ?? theirs
        // The measure the prospect said they are judged on is what a pilot for their first need tracks, in their words;
        // a measure the catalogue holds that they named is what a pilot for its goal would track.
        let phrases = voices[prospect.locale]!.phrases
        // A measure of the catalogue's they gave figures for is said in their words too.
        let named = Measure.named(in: pursued, among: catalogue.measures ?? [])
        // A figure in a message they quote as an example ("Reply 1 to confirm") is none of theirs.
        let unquoted = TextAnalyzer.unquoted(business)
        let said: DeclaredMeasure? = DeclaredMeasure.first(in: prospect.goals, locale: prospect.locale)
            ?? named.first.flatMap { DeclaredMeasure.named($0.words, in: prospect.goals, locale: prospect.locale) }
            ?? DeclaredMeasure.unnamed(in: unquoted, locale: prospect.locale)
            ?? DeclaredMeasure.counted(in: unquoted, locale: prospect.locale)
            ?? DeclaredMeasure.fraction(in: unquoted, locale: prospect.locale)
        // A figure they did not name is nothing without both its figures; the date they gave goes with their target: "18%
        // by the end of Q3".
        let deadline = Deadline.said(in: quoted, locale: prospect.locale)
        let declared = said?.aimed(in: prospect.goals).keeping(figuresIn: quoted).kept.map { measure in
            var dated = measure
            // A date the measure's name says already ("the share of bookings before May") is not said again, nor one said
            // apart from any figure (a campaign « avant l'hiver »).
            if let deadline, let target = measure.target, !measure.name.contains(deadline),
               TextAnalyzer.sentences(quoted).contains(where: { $0.contains(deadline) && DeclaredMeasure.givesFigure($0) }) {
                dated.target = target + " " + deadline
            }
            return dated
        }
        let measures = named.filter { measure in declared.map { !TextAnalyzer.says(measure.words, in: $0.name) } ?? true }
        var measured = Set<String>()
        // A prospect who describes their need at length, or names the measure they are judged on, has a need of their own:
        // a goal the catalogue can only say in general terms ("Earn more from every campaign") is not it, unless that
        // measure names it (« taux de résiliation » for churn). The brief tells the goals put in their terms, and where
        // none is, says what it heard.
        let detailed = declared != nil || TextAnalyzer.words(business).count >= Self.detailedWords
        // There, the conditions they set give the need no reading: "anyone with a complaint is excluded" asks for no
        // support desk.
        let spoken = detailed ? TextAnalyzer.words(of: pursued, without: Condition.stated(in: business, limit: .max)) : TextAnalyzer.words(pursued)
        let reading = spoken.joined(separator: " ")
        // With one need, any word the prospect says of their business may give its reading ("consumables"); with several,
        // only the words that evidence each.
        let readings = matches.compactMap { match in
            catalogue.goal(match.id)?.read(from: matches.count == 1 ? spoken : match.evidence.filter { $0.split(separator: " ").allSatisfy { spoken.contains(String($0)) } }, in: reading,
                                              strict: detailed, answeredIn: prospect.goals, asks: asks)
                .naming(systems).addressing(audience)
        }.reduce(into: [Goal]()) { told, goal in
            // Two goals read as the same need (status updates, under automation and under experience) are told once.
            if !told.contains(where: { $0.title == goal.title }) { told.append(goal) }
        }
        // Needs each put in a reading's words are told in the order the prospect raised them: the bin reminders they lead
        // with before the road closures they add.
        let inOrder = TextAnalyzer.inOrderOfMention(readings, in: raisedAfter) { $0.readWords ?? [] }
        // How messages would reach people (WhatsApp) comes after the need they carry: a ski school's reminders lead, not
        // the channel they are sent on today.
        let ordered = inOrder.count == readings.count ? inOrder : readings
        // A need named in a reading's own expressions comes before one read from its words, and both before one the
        // catalogue can only say in general terms: a delivery slot the dispatcher's callers could pick leads, not "a
        // smoother experience"; automatic replies to simple questions lead the support desk those words also name.
        let needs = ordered.filter { $0.meansWords == nil }
        let read = needs.filter { $0.decided == true } + needs.filter { $0.specific == true && $0.decided != true }
            + needs.filter { $0.specific != true } + ordered.filter { $0.meansWords != nil }
        // Which goals their measure names, matched only when a goal in a need told at length asks it.
        var measuring: Set<String>?
        func theirMeasureNames(_ goal: String) -> Bool {
            if measuring == nil { measuring = Set(declared.map { matcher.match($0.name).map(\.id) } ?? []) }
            return measuring?.contains(goal) == true
        }
        // A channel they name among others ("email plus WhatsApp"), or the languages they write in beside a channel, are
        // how they would reach people, not their need.
        // A channel that tells how things are done today ("Right now it's letters") is theirs no more.
        let channels = catalogue.channelsNamed(in: TextAnalyzer.sentences(prospect.goals).filter { sentence in
            !TextAnalyzer.says(Self.today, in: sentence) || TextAnalyzer.says(asks, in: sentence)
        }.joined(separator: ". "))
        // A channel they turn down ("no WhatsApp") is no need of theirs, however long or short what they said.
        let refused = catalogue.refused(in: prospect.goals)
        // A need named in so many words (an expression of the goal's, "shared workspace"), and matched strongly, is theirs
        // however long the statement.
        let inSoManyWords = Set(matches.filter { $0.score >= Self.namedScore && $0.evidence.contains { $0.contains(" ") } }.map(\.id))
        // A prospect who tells us they have no project ("I clicked on your ad by mistake", « on n'a pas de projet ») is
        // proposed none: whatever their words match is not a need of theirs.
        // "Tell me if I'm wasting your time" asks whether we fit; it declines nothing.
        let declined = TextAnalyzer.says(inEitherLocale("declined.cues"), in: prospect.goals) && !TextAnalyzer.says(inEitherLocale("declined.unless"), in: prospect.goals)
        // A prospect who named no sites, branches or group of theirs is spoken to as one place.
        let oneSite = TextAnalyzer.says(inEitherLocale("sites.said"), in: prospect.goals) ? nil : inEitherLocale("sites.lines")
        let goals: [Goal] = declined ? [] : read.filter { goal in
            guard !(goal.meansWords.map { own in refused.contains { $0.isOne(of: own) } } ?? false) else { return false }
            let means = goal.meansWords.map { own in channels.contains { !$0.isOne(of: own) } } ?? false
            // A goal only their measure names is theirs where no need of theirs is read in so many words: beside
            // reminders before a gallery closes, the order rate they give is what those reminders move, not a call to
            // earn more from every campaign.
            return !detailed || (goal.specific == true && !means) || inSoManyWords.contains(goal.id) && !means
                || theirMeasureNames(goal.id) && !read.contains { $0.specific == true && $0.id != goal.id }
        }.enumerated().map { index, goal in
            // Each measure the prospect named is the pilot of the first goal it fits, once; where they named none the
            // catalogue holds, a rate said in their own words is their first need's.
            var goal = goal.without(refused).measuring(measures.filter { !measured.contains($0.says.en) })
            if let oneSite { goal = goal.onOneSite(oneSite) }
            if index == 0, let declared {
                goal = goal.declaring(declared, phrases: phrases, locale: prospect.locale,
                                      known: (catalogue.measures ?? []).contains { TextAnalyzer.says($0.words, in: declared.name) })
            } else if index == 0, measures.isEmpty, let rate = Measure.rate(in: pursued, locale: prospect.locale, goal: goal.id) {
                goal = goal.measuring([rate])
            }
            if goal.pilotIsTheirs == true, let pilot = goal.pilot { measured.insert(pilot.en) }
            return goal
        }
        let raised = goals.isEmpty ? [] : unanswered(in: pursued, told: goals, audience: audience, locale: prospect.locale)
        let ranking = goals.isEmpty ? [] : ArchetypeRanker.rank(analysis, goals: goals, prospect: prospect)
        let fitting = ranking.filter { $0.goalFit >= ArchetypeRanker.minimumFit }
        var writer = writer(prospect.locale, key: "\(prospect.name ?? "")|\(prospect.goals)|\(fitting.first?.archetype ?? 0)")
        writer.answersTerms = matcher.asksAboutTerms(prospect.goals)
        // Needs outside the product, in what the prospect said of their business; a requirement, wherever they said it.
        let outside = (catalogue.outside(business) + catalogue.outside(aside).filter { $0.apart == true }).uniqued()
            .map { $0.naming(in: prospect.goals).dated(deadline, locale: prospect.locale) }
        // A document they ask to see in telling their need ("I'm gonna want to see your SLA before we talk features") is
        // asked for too.
        let shown = TextAnalyzer.sentences(business).filter { TextAnalyzer.says(Self.showing, in: $0) }.joined(separator: ". ")
        let requests = (catalogue.requested(in: matcher.pursued(aside), answered: outside)
            + catalogue.requested(in: shown, answered: outside).filter { $0.meeting != true }).uniqued()
        writer.requested = requests.map { $0.says[prospect.locale] }
        writer.forMeeting = !requests.isEmpty && requests.allSatisfy { $0.meeting == true }
        writer.writtenCues = inEitherLocale("written.cues")
        writer.systems = systems
        // Questions about the meeting (its cues, any day in either language) or about what we send are answered already.
        let days = inEitherLocale("weekdays")
        // A visit they ask for is the meeting's too: the next step answers it ("could you come after two?").
        writer.meetingWords = (phrases.patterns["meeting.cues"] ?? []) + (phrases.patterns["meeting.visits"] ?? []) + days
        writer.questionsAnswered = requests.flatMap(\.words)
        writer.deadline = deadline
        writer.start = deadline == nil ? Deadline.start(in: quoted, locale: prospect.locale) : nil
        // The moment to start from is looked for where they ask for something, not where they tell the problem.
        let moment = Trigger.said(in: saidOfBusiness, asks: asks)
        writer.moment = moment
        writer.wish = wish.named(in: saidOfBusiness)
        writer.askedFor = declined ? nil : askedFor
        writer.declined = declined
        writer.raised = raised.map { Raised(said: LocaleGrammar(prospect.locale).quotation($0.said), first: $0.first) }
        writer.call = prospect.goals
        writer.followUp = declined ? nil : FollowUp.asked(in: prospect.goals)
        writer.attribution = !declined && Attribution.asked(in: prospect.goals)
        writer.small = prospect.size == "1-10"
        writer.declared = declared
        // What the prospect set as conditions, fillers of speech left out, but for a document they asked us to send, which
        // the next step promises; talk about the call ("Our VP is out until the 22nd", "our compliance officer will join")
        // sets none.
        let logistic = " " + TextAnalyzer.words(logistics).joined(separator: " ") + " "
        // A prospect with no project sets none: there is nothing for them to set it on.
        writer.conditions = declined ? [] : Condition.stated(in: LocaleGrammar(prospect.locale).quotation(prospect.goals), answered: requests.map(\.words) + outside.map(\.words)).filter { condition in
            !requests.contains { TextAnalyzer.says($0.words, in: condition) } && !TheirQuestion.wonders(condition)
                && (Condition.bans(condition) || !logistic.contains(" " + TextAnalyzer.words(condition).joined(separator: " ") + " "))
                && !TextAnalyzer.says(phrases.patterns["meeting.bringing"] ?? [], in: condition)
                // What they must do when the moment comes (« quand on a une coupure, on doit prévenir les abonnés »), or whom
                // they must tell, is their need; what only announces a rule (« Par contre, point important ») sets none.
                && !(moment.map { TextAnalyzer.says([$0], in: condition) } ?? false)
                && !TextAnalyzer.says(Self.telling + Self.owedToThem, in: condition)
                && !Self.announcing.contains { TextAnalyzer.words(condition).suffix($0.count) == ArraySlice($0) }
                // What states a goal the brief tells ("We have to reduce churn on our digital policies") is their need, not a
                // rule on it: it stays in their words.
                && (Condition.bans(condition) || !matcher.match(condition).contains { match in
                    match.score >= Self.namedScore && goals.contains { $0.id == match.id }
                })
        }.map(askedFor.unnumbered).reduce(into: [String]()) { kept, condition in
            // A condition said twice, once in short ("Every bit of copy has to be signed off") and once at length, is listed once,
            // as said at length.
            if let index = kept.firstIndex(where: { NarrativeWriter.alike($0, condition) }) {
                if condition.count > kept[index].count { kept[index] = condition }
            } else {
                kept.append(condition)
            }
        }
        // A call about our terms or documents, with no need recognized nor wish said, is no need heard: the next step answers it.
        // A need is heard where they say they want or lack something, name their measure, or name how they would reach
        // people for messages they describe: small talk about their background, however long, is none, even where it
        // names a channel ("I moved into email marketing").
        // Items they number ("Two things. First, … Second, …") are needs however they are worded.
        // Only a brief with no goal asks whether a need was heard: the items are read for it alone.
        let wished = TextAnalyzer.says(wishes, in: business)
            || goals.isEmpty && askedFor.asked(in: prospect.goals, call: prospect.goals, besides: phrases.patterns["meeting.bringing"] ?? []).numbered
        // A business told at some length, of the people it serves or of what goes wrong, is a need heard too, wished or
        // not: "clients keep asking for updates on their matter and the fee earners hate answering the same emails" is no
        // small talk to answer with general questions, nor a call to move a meeting.
        let toldAtLength = TextAnalyzer.words(business).count >= Self.toldWords && !Self.tellsTheirStory(business)
            && (audience != nil || TextAnalyzer.says(Self.trouble, in: business))
        writer.heard = goals.isEmpty && !declined && (writer.requested.isEmpty || wished) && (declared != nil || wished || toldAtLength
            || !channels.isEmpty && NarrativeWriter.describesMessages(business) && !Self.tellsTheirStory(business))
        writer.channels = channels.map { $0.name[prospect.locale] }.uniqued()
        // A share is held back from the messages only for a prospect who wants to prove what they change: to others it
        // reads as people left without a message they need.
        writer.holdout = !["public", "health"].contains(prospect.industry?.lowercased() ?? "")
            && TextAnalyzer.says(Self.proving, in: prospect.goals)
            && !TextAnalyzer.says(Self.owed, in: prospect.goals)
        let turns = writer.comparisons
        let choices = fitting.prefix(3).map { ranked in
            Pitch.Choice(id: ranked.archetype, name: writer.name(ranked.archetype), score: ranked.score,
                         reasons: ranked.reasons.map { writer.reason($0, archetype: ranked.archetype) })
        }
        // The ranking's reasons are not part of the brief's text: they leave its comparator turns as they were.
        writer.comparisons = turns
        let kept = matcher.constraints(prospect.goals).compactMap { catalogue.goal($0)?.read(from: [], in: prospect.goals).addressing(audience) }
            .filter { kept in !goals.contains { $0.id == kept.id } }
        // The brief quotes what the prospect said of their business, not their talk about the call.
        var told = prospect
        told.goals = LocaleGrammar(prospect.locale).quotation(introducing(quoted, systems: systems, wishes: wishes))
        let narrative = writer.narrative(prospect: told, goals: goals, constraints: kept, outside: outside,
                                         subject: fitting.first?.archetype,
                                         decidedBy: fitting.first?.decidedBy).printedFiguresOnly(also: choices.flatMap(\.reasons)).withCutsMarked()
        return Pitch(prospect: prospect.name, locale: prospect.locale, goals: matches, archetypes: choices,
                     narrative: narrative, figures: narrative.figures, text: "")
    }

    /// Whether `text` names `system` only to say they do not use it (« on n'est pas sur Doctolib », "we're not on Shopify").
    private static func disowns(_ system: String, in text: String, locale: NarrativeLocale) -> Bool {
        let using: Set<String> = locale == .fr ? ["sur", "utilise", "utilisons", "utilisent", "chez"] : ["on", "use", "using", "with"]
        let clauses = TextAnalyzer.clauses(text).filter { $0.localizedCaseInsensitiveContains(system) }
        return !clauses.isEmpty && clauses.allSatisfy { TextAnalyzer.negates($0) && TextAnalyzer.words($0).contains(where: using.contains) }
    }

    /// Words of asking to see one of our documents.
    private static let showing = ["to see your", "show us your", "send us your", "send me your", "send your", "send over your", "share your",
                                  "voir vos", "voir votre", "envoyer vos", "envoyer votre", "transmettre vos", "transmettre votre",
                                  "communiquer vos", "communiquer votre"]

    /// Words of telling people something, which make an obligation (« le producteur doit être prévenu ») a need.
    private static let telling = ["prevenir", "prevenu", "prevenue", "prevenus", "notify", "notified", "let them know", "let people know",
                                  "tell them", "avertir", "averti", "informer", "informe"]

    /// Words of what their own customers owe them (« il faut que le locataire nous l'envoie », "they have to send us
    /// their certificate"): the need our messages chase, not a rule on them.
    private static let owedToThem = ["nous l envoie", "nous l envoient", "nous envoie", "nous envoient", "nous renvoie", "nous renvoient",
                                     "nous transmette", "nous transmettent", "nous retourne", "nous retournent", "send us", "sends us",
                                     "send it to us", "send them to us", "get it back to us", "return it to us"]

    /// Words that tell how things are done today.
    private static let today = ["right now", "at the moment", "currently", "at present", "today we", "today it", "today they", "today our",
                                "aujourd hui", "actuellement", "pour l instant", "en ce moment", "a l heure actuelle", "nobody reads",
                                "no one reads", "nobody opens", "personne ne lit", "personne ne les lit"]

    /// Words of proving what messages change: "prove", "incrementality", « groupe témoin ».
    private static let proving = ["prove", "proving", "proof that", "incremental", "incrementality", "control group", "holdout", "hold out",
                                  "a b test", "uplift", "attribut", "prouver", "preuve que", "groupe temoin", "groupe de controle",
                                  "mesurer l impact", "impact reel", "incrementalite"]

    /// Words that announce a rule without setting one (« Par contre, point important »).
    private static let announcing = ["point important", "important point", "une chose", "one thing", "two things", "deux choses"].map(TextAnalyzer.words)

    /// Whether `text` tells the speaker's own story ("I studied geography", "outside work", « avant ça j'étais »), by two
    /// cues or more: the messages it names are of their past, not a need.
    private static func tellsTheirStory(_ text: String) -> Bool {
        Self.story.filter { TextAnalyzer.says([$0], in: text) }.count >= 2
    }
    private static let story = ["i studied", "my background", "outside work", "my partner", "i was helping", "before that i", "i got into",
                                "joined the", "years teaching", "j ai fait", "avant ca", "en dehors du travail", "mon parcours", "j ai etudie",
                                "mon conjoint", "ma compagne", "mon compagnon", "j etais"]

    /// `quoted` without the sentences that open it by introducing the prospect ("We're a chain of fourteen garden centres",
    /// « On est un groupe de cliniques privées ») or by announcing their conditions: they know who they are, and the
    /// conditions are listed. An introduction that also says a share, a wish, a channel, a system or a need stays.
    private func introducing(_ quoted: String, systems: [String], wishes: [String]) -> String {
        let opening = opening(quoted, systems: systems, wishes: wishes)
        guard !opening.isEmpty, opening.count < TextAnalyzer.sentences(quoted).count else { return quoted }
        return GoalMatcher.quoted(quoted, keeping: Set(TextAnalyzer.sentences(quoted).filter { !opening.contains($0) }))
    }

    /// The sentences that open `text` by introducing the prospect or announcing their conditions (of its first two).
    private func opening(_ text: String, systems: [String], wishes: [String]) -> [String] {
        TextAnalyzer.sentences(text).prefix(2).filter { sentence in
            let words = TextAnalyzer.words(sentence).drop { ["so", "right", "ok", "okay", "well", "alors", "bon", "donc", "euh", "um", "uh"].contains($0) }
            return Condition.announces(sentence) || Self.introductions.contains { words.starts(with: $0) } && !TextAnalyzer.saysShare(sentence)
                && !TextAnalyzer.says(wishes, in: sentence) && catalogue.channelsNamed(in: sentence).isEmpty && !systems.contains { sentence.contains($0) }
                // "We have customers calling all day to ask where their parcel is" opens like an introduction, but states
                // their challenge; so does one that says what does not work ("…and none of that talks to each other").
                && !(Self.having.contains { words.starts(with: $0) } && !matcher.match(sentence).isEmpty)
                && !TextAnalyzer.negates(sentence) && Self.nothing.isDisjoint(with: words)
        }
    }

    /// Words that say something does not work, beside the negations ("none of that talks to each other").
    private static let nothing: Set<String> = ["none", "nothing", "nobody", "rien", "personne"]

    /// Openings that say what a prospect has, which may be a trouble as well as who they are.
    private static let having = ["we ve got", "we have", "on a", "nous avons"].map(TextAnalyzer.words)

    /// How a prospect introduces themselves, as the analyzer normalizes it.
    private static let introductions = ["we re a", "we re an", "we are a", "we are an", "we run", "we ve got", "we have", "i m the", "i m in",
                                        "i m at", "i am the", "i work", "on est un", "on est une", "nous sommes un", "nous sommes une", "nous c est",
                                        "je suis", "je travaille", "on a", "nous avons", "on fait", "on vend", "on loue"].map(TextAnalyzer.words)

    /// The asks of `pursued` that none of the goals `told` answers ("I want to see recovered revenue per message"): a
    /// clause that opens with an ask (``GoalCatalogue/MatchingSettings/asks``), gives no figure (a target is the pilot's),
    /// names no measure a pilot tracks, and whose own reading, if it has one, is none of theirs. Up to two, as said, up to
    /// a dash (``ClauseQuote``).
    private func unanswered(in pursued: String, told: [Goal], audience: Audience?, locale: NarrativeLocale) -> [Raised] {
        let openers = NarrativeLocale.allCases.flatMap { catalogue.matching?.asks?[$0] ?? [] }.map(TextAnalyzer.words)
        let titles = Set(told.map(\.title.en))
        var first = true
        return TextAnalyzer.clauses(pursued).compactMap { clause -> Raised? in
            let ask = ClauseQuote.trimmed(clause.components(separatedBy: " — ").first ?? clause)
            let spoken = TextAnalyzer.words(ask)
            guard openers.contains(where: spoken.starts) else { return nil }
            // The prospect's first ask is their main one: it is not asked about as something said besides, and where a goal
            // is told, that goal is the answer to it ("We want a single view of each customer" needs no "what first?").
            defer { first = false }
            if first, !told.isEmpty { return nil }
            // A date they set ("the first journey must run before our wave of signings in March") is their deadline.
            guard spoken.count >= 7, !DeclaredMeasure.givesFigure(ask), Deadline.said(in: ask, locale: locale) == nil,
                  !TextAnalyzer.saysShare(ask),
                  Measure.named(in: ask, among: catalogue.measures ?? []).isEmpty else { return nil }
            // Answered where a reading told takes its words, or where it reads as a goal told, unless it names a need of
            // that goal's own (a reading's `decides`) other than the one told.
            let taken = told.contains { goal in
                guard let own = catalogue.goal(goal.id) else { return false }
                let read = own.read(from: spoken, in: ask).addressing(audience).title
                return read == goal.title && read != own.addressing(audience).title
            }
            let answered = taken || matcher.match(ask).contains { match in
                guard let goal = catalogue.goal(match.id), told.contains(where: { $0.id == match.id }) else { return false }
                let read = goal.read(from: spoken, in: ask).addressing(audience).title
                return titles.contains(read.en) || !TextAnalyzer.says((goal.readings ?? []).flatMap { $0.decides ?? [] }, in: ask)
            }
            return answered ? nil : Raised(said: ask, first: first)
        }.prefix(2).map { $0 }
    }

    /// Words that make messages a service owed to each person, which no one may be kept from for a pilot's sake.
    static let owed = ["public service", "statutory", "service message", "legally required", "legal obligation", "patient", "jury",
                       "service public", "obligation legale", "message de service", "patients", "usagers"]

    /// How strongly a goal named in so many words must match to be told in a need described at length.
    static let namedScore = 0.75

    /// How many words of business make a statement a need described at length: a discovery call's account, not a
    /// one-line goal ("Our Black Friday traffic triples and we can't keep up").
    static let detailedWords = 40
    /// How many words of their business make a need heard, where no goal is recognized.
    static let toldWords = 15
    /// Words that tell what goes wrong in a business: "all phone calls and a shared Google Sheet", « tout à la main ».
    private static let trouble = ["over and over", "keep asking", "keeps asking", "by hand", "phone calls", "spreadsheet", "google sheet", "a mess",
                                  "chasing", "hate", "nightmare", "takes hours", "takes days", "every time", "nobody knows", "no idea",
                                  "a la main", "tableur", "fichier excel", "appels", "on court", "galere", "cauchemar", "personne ne sait",
                                  "a chaque fois", "des heures", "on perd"]

    /// An ask of the prospect's that the brief quotes back: `first` when it is the first they made.
    struct Raised {
        var said: String
        var first: Bool
    }

    /// The anonymized composite case story of an archetype, told for the goals it evidences best.
    public func caseStory(archetype id: Int, locale: NarrativeLocale) -> Narrative? {
        guard let archetype = analysis.archetypes.first(where: { $0.id == id }), archetype.size >= analysis.options.minSize else { return nil }
        let best = catalogue.goals.map { goal in
            (goal, ArchetypeRanker.rank(analysis, goals: [goal], prospect: Prospect(goals: "")).first { $0.archetype == id }?.goalFit ?? 0)
        }
        .filter { $0.1 >= ArchetypeRanker.minimumFit }.sorted { $0.1 > $1.1 }.prefix(2).map(\.0)
        var writer = writer(locale, key: "case|\(id)")
        return writer.narrative(prospect: nil, goals: best, subject: id).printedFiguresOnly()
    }

    private func writer(_ locale: NarrativeLocale, key: String) -> NarrativeWriter {
        NarrativeWriter(analysis: analysis, voice: voices[locale]!, book: FigureBook(run: run), key: key)
    }

    /// A phrase book list of both languages: a prospect may say a weekday or turn us down in either.
    private func inEitherLocale(_ key: String) -> [String] {
        NarrativeLocale.allCases.flatMap { voices[$0]?.phrases.patterns[key] ?? [] }
    }
}
