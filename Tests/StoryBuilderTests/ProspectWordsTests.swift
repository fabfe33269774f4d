@testable import Archetypes
import Foundation
import Testing
@testable import StoryBuilder

/// A brief listens: it does not ask what the prospect has just said, it says plainly what we do not do of what they
/// raised, and it counts the measures a pilot would track.
struct ProspectWordsTests: ReadsBriefs {
    let library: StoryLibrary
    let builder: NarrativeBuilder

    init() throws {
        library = try StoryFixture.library()
        builder = try StoryFixture.builder()
    }

    /// "Nothing happens" answers what a customer receives after leaving a cart: the brief asks what the carts are worth.
    @Test(arguments: [("When someone abandons a cart, nothing happens. We'd like a reminder to go out on its own.", NarrativeLocale.en,
                       "What does a customer who abandons a cart receive", "How many carts are abandoned"),
                      ("Quand un client abandonne son panier, il ne se passe rien ; on voudrait une relance automatique.", .fr,
                       "Que reçoit aujourd'hui un client qui abandonne son panier", "Combien de paniers sont abandonnés")])
    func anAnsweredQuestionGivesWayToTheOneAskedInstead(words: String, locale: NarrativeLocale, answered: String, instead: String) {
        let asked = brief(words, locale).discoveryQuestions
        #expect(!asked.contains { $0.hasPrefix(answered) }, "\(asked)")
        #expect(asked.contains { $0.hasPrefix(instead) }, "\(asked)")
    }

    /// A question left unanswered is asked as written, and one answered without a question to ask instead is left out.
    @Test func aQuestionIsAskedUnlessAnswered() throws {
        let question = Question(ask: "How do your teams share work?", unless: ["email", "slack"])
        #expect(question.asked(after: "Our teams never talk") == question)
        #expect(question.asked(after: "Everything goes through Slack threads") == nil)
        #expect(Question(ask: "Q?", unless: ["nothing"], instead: "R?").asked(after: "Nothing happens")?.ask == "R?")
        let decoded = try JSONDecoder().decode([Question].self, from: Data(#"["Q?", {"ask": "R?", "unless": ["x"]}]"#.utf8))
        #expect(decoded == [Question(ask: "Q?"), Question(ask: "R?", unless: ["x"])])
        #expect(try JSONDecoder().decode([Question].self, from: JSONEncoder().encode(decoded)) == decoded)
    }

    /// Reconciling invoices is not ours to do: the brief says so first, then asks and shows what we can take on beside it.
    @Test(arguments: NarrativeLocale.allCases)
    func aNeedOutsideTheProductIsSaidPlainlyFirst(locale: NarrativeLocale) {
        let words = locale == .en ? "Our ops team loses two days a month reconciling invoices by hand; we need to cut costs."
            : "Notre équipe perd deux jours par mois à rapprocher les factures à la main ; il faut réduire les coûts."
        let narrative = brief(words, locale)
        #expect(narrative.talkingPoints.first?.hasPrefix(locale == .en ? "We do not handle invoicing" : "Nous ne gérons ni la facturation") == true,
                "\(narrative.talkingPoints)")
        #expect(narrative.talkingPoints.count == 2 && narrative.discoveryQuestions.count >= 3)
        #expect(!narrative.headline.contains(locale == .en ? "software" : "logiciel"), "\(narrative.headline)")
        #expect(narrative.discoveryQuestions.first?.contains(locale == .en ? "Besides invoices" : "En dehors des factures") == true)
        #expect(narrative.demo.contains { $0.contains(locale == .en ? "payment reminder" : "rappels de paiement") } || narrative.nextStep?.contains(locale == .en ? "payment reminder" : "rappels de paiement") == true)
    }

    /// The software bill (« la facture logicielle ») raises no invoicing, and a brief on another need says nothing of it;
    /// billing named in passing (a department, its notices) raises none either, nor does a problem "bugging" the prospect.
    @Test func onlyTheWordsOfANeedOutsideRaiseIt() {
        for words in ["Le DAF nous demande de réduire la facture logicielle.", "We want to reduce churn.",
                      "Our patients hear from cardiology, from billing and from marketing, eleven messages a week; I'd rather send fewer.",
                      "All our emails, onboarding and billing notices, go out in English only; we want to send in nine languages."] {
            #expect(!brief(words).talkingPoints.contains { $0.contains("invoic") || $0.contains("factur") })
        }
        #expect(!brief("What's bugging me is reviews: the request goes out before the parcel has arrived.").talkingPoints.contains { $0.contains("releases") })
    }

    /// The languages messages must go out in are answered by name, even beside another requirement in their sentence, and
    /// one language named in passing is no requirement.
    @Test func theLanguagesTheyNeedAreAnswered() {
        let council = brief("We want automated reminders for bin collections. Everything has to meet accessibility standards and be available "
            + "in Welsh as well as English.")
        #expect(council.talkingPoints.contains { $0.hasPrefix("Each message could go out in Welsh and English") }, "\(council.talkingPoints)")
        let hotel = brief("On a beaucoup de clients étrangers, donc il faudrait que les messages partent en anglais, allemand, néerlandais. On veut "
            + "des rappels automatiques avant l'arrivée.", .fr)
        #expect(hotel.talkingPoints.contains { $0.hasPrefix("Chaque message pourrait partir en anglais, en allemand et en néerlandais") }, "\(hotel.talkingPoints)")
        #expect(!brief("We want automated appointment reminders; our patients speak English.").talkingPoints.contains { $0.contains("language") })
    }

    /// Where the data must stay is answered first, in writing, whatever the need beside it; said in a sentence of its
    /// own, it is quoted but states no goal, and leaves the need beside it whole.
    @Test(arguments: [("We need to automate our welcome emails, and our data has to stay in the UK.", NarrativeLocale.en, "Your data would have to stay in the UK"),
                      ("On veut automatiser nos relances, mais nos données doivent rester en France.", .fr, "Vos données doivent rester en France"),
                      ("Bon, je préfère le dire tout de suite : on est sur des données de santé, donc il nous faut un hébergeur certifié HDS, en France. Après, on a plein de patients qu'on ne revoit jamais, et on aimerait les relancer.", .fr, "Vos données doivent rester en France"),
                      ("We need to automate our welcome emails, and hosting is a hard requirement for our board.", .en, "Where your data is hosted")])
    func whereTheDataStaysIsAnsweredInWriting(words: String, locale: NarrativeLocale, first: String) {
        let narrative = brief(words, locale)
        #expect(narrative.talkingPoints.first?.hasPrefix(first) == true, "\(narrative.talkingPoints)")
        #expect(narrative.goals.count >= 1 && narrative.words == LocaleGrammar(locale).quotation(words), "\(narrative.goals)")
        #expect(!brief("We need to automate our welcome emails.").talkingPoints.contains { $0.contains("hosted") })
    }

    /// Deliveries named in passing raise no delivery need; late or lost ones do.
    @Test func deliveriesRaiseANeedOnlyWhenTheyGoWrong() {
        let skipped = brief("Subscribers skip two deliveries in a row and then cancel, and nobody notices.")
        #expect(!skipped.talkingPoints.contains { $0.contains("deliveries") }, "\(skipped.talkingPoints)")
        let late = brief("Our parcels arrive late every December and customers keep asking where their order is.")
        #expect(late.talkingPoints.first?.hasPrefix("We do not run your deliveries") == true, "\(late.talkingPoints)")
        #expect(brief("Nos colis arrivent en retard en décembre et les clients ne savent pas où en est leur commande.", .fr)
            .talkingPoints.first?.hasPrefix("Nous ne") == true)
    }

    /// Two measures for a pilot are set apart: each further one is a sentence of its own, named by its topic (a phrase book
    /// without that pattern sets them apart by semicolons); they are not counted, since one may hold two.
    @Test func severalPilotMeasuresAreSetApart() {
        let grammar = LocaleGrammar(.fr)
        #expect(grammar.clauses(["A", "B, et C"]) == "A ; et B, et C")
        #expect(LocaleGrammar(.en).clauses(["A", "B", "C"]) == "A; B; and C")
        #expect(LocaleGrammar(.en).clauses(["A"]) == "A")
        let unmeasured = brief("During the holiday rush our support queue explodes, and our satisfaction scores drop every single December.").unmeasured
        #expect(unmeasured?.contains("we would track ") == true && unmeasured?.contains(", we would also track ") == true
                && unmeasured?.contains("; and ") == false && unmeasured?.contains("two things") == false, "\(unmeasured ?? "")")
    }

    /// A brief says the prospect's own word for their customers, in agreement: "a member", « de l'abonné », « d'abonnés »;
    /// a word that qualifies another ("customer data", « service client ») stays as written.
    @Test func theProspectsCustomersAreCalledWhatTheyCallThem() throws {
        let audiences = try #require(library.catalogue.audiences)
        let members = try #require(Audience.named(in: "We lose a lot of members after the first year", among: audiences))
        #expect(members.en("A customer who leaves; every customer's history; your customer data; customer service; Customers go quiet.")
            == "A member who leaves; every member's history; your customer data; customer service; Members go quiet.")
        let subscribers = try #require(Audience.named(in: "Nos abonnés décrochent", among: audiences))
        #expect(subscribers.fr("Le client part ; l'historique du client ; le nombre de clients ; un nouveau client ; au client ; le service client ; la fiche client ; Vos clients.")
            == "L'abonné part ; l'historique de l'abonné ; le nombre d'abonnés ; un nouvel abonné ; à l'abonné ; le service client ; la fiche client ; Vos abonnés.")
        #expect(subscribers.en("Which customers would you contact first?") == "Which subscribers would you contact first?")
        // Team members are staff; a word outside the list names no audience.
        #expect(Audience.named(in: "New team members take weeks to learn the tool", among: audiences) == nil)
        #expect(Audience.named(in: "We want to reduce churn", among: audiences) == nil)
        let brief = brief("Parents keep telling us the enrollment process is confusing.")
        #expect(brief.discoveryQuestions.contains { $0.contains("parents most often") }, "\(brief.discoveryQuestions)")
    }

    /// Words a reading takes as its own evidence no second need: guests not recognized "when they come back" ask for a
    /// welcome, not for a fight against churn, though "come back" alone would read as churn.
    @Test(arguments: [("Nos voyageurs ne se sentent pas reconnus quand ils reviennent chez nous.", NarrativeLocale.fr),
                      ("Our regulars don't feel recognized when they come back.", .en)])
    func aReadingsOwnWordsStateNoSecondNeed(words: String, locale: NarrativeLocale) throws {
        let pitch = builder.pitch(Prospect(name: "Acme", goals: words, locale: locale))
        #expect(pitch.goals.map(\.id) == ["improve-experience"], "\(pitch.goals)")
        #expect(pitch.narrative.headline.hasPrefix(locale == .en ? "Recognize your" : "Reconnaître vos"), "\(pitch.narrative.headline)")
    }

    /// A share a prospect gave is found as they said it; one they aim for is a target, one where they stand is not.
    @Test(arguments: [
        ("La direction nous demande 15 % de chiffre d'affaires en plus cette année.", "15 %", true),
        ("On doit réduire nos coûts de 10 % l'an prochain.", "10 %", true),
        ("We want to increase revenue by 15% this year.", "15%", true),
        ("We lost about a fifth of our accounts at renewal.", "about a fifth", false),
        ("Notre note de satisfaction a baissé de dix points.", "dix points", false),
        ("About 20% of our subscribers cancel every year.", "About 20%", false),
        // Spelled out, as said on a call; a change after the share makes it a target.
        ("Adoption of the team features is maybe twelve percent.", "twelve percent", false),
        ("Even a thirty percent drop would be huge.", "thirty percent", true),
        ("On a à peu près quinze pour cent de rendez-vous où les gens ne viennent pas.", "à peu près quinze pour cent", false),
    ])
    func aShareTheProspectGaveIsFoundAsTheySaidIt(text: String, said: String, target: Bool) {
        #expect(Quantity.first(in: text) == Quantity(said: said, target: target))
    }

    /// Durations and counts are no shares: "three months", "one view", "first".
    @Test func wordsWithoutAShareGiveNone() {
        #expect(Quantity.first(in: "We want one view of each customer, first and foremost; it takes three months today.") == nil)
    }

    /// The ask agrees on how to reach the target the prospect named; a figure that may be where they stand, a delay or a
    /// multiple is not said back as a starting point.
    @Test func theAskSaysTheProspectsTargetBack() {
        let start = brief("When we hire a new coordinator, it takes three months before they run a campaign alone.").nextStep ?? ""
        #expect(!start.contains("three months"), "\(start)")
        let target = brief("On veut augmenter le panier moyen de 10 % cette année.", .fr).nextStep ?? ""
        #expect(target.contains("ce que nous pourrions apporter à votre objectif de 10"), "\(target)")
        let hedged = brief("Our support team answers the same questions all day; we'd like to cut tickets by about 20% without hiring.").nextStep ?? ""
        #expect(hedged.contains("what we could contribute to your target of about 20%?"), "\(hedged)")
    }

    /// Where the prospect said they stand, in their words around their share, is what a pilot starts from; the next step
    /// then asks only what to aim for. A share said in a price or a condition is no such figure.
    @Test func aPilotStartsFromTheFigureTheyGave() {
        // Beside results or without them, the pilot says it.
        func pilot(_ brief: Narrative) -> String { [brief.unmeasured, brief.noResult].compactMap { $0 }.joined(separator: " ") }
        let missed = brief("Honnêtement, on a à peu près quinze pour cent de rendez-vous où les gens viennent pas, sans prévenir. "
            + "Il nous faudrait des rappels par SMS deux jours avant.", .fr)
        #expect(pilot(missed).hasSuffix("Le pilote partirait du chiffre que vous nous avez donné : « on a à peu près quinze pour cent "
            + "de rendez-vous où les gens ne viennent pas ».") == true, "\(pilot(missed))")
        let trial = brief("Self-serve signups are fine, but adoption of the team features is maybe twelve percent. We want in-app "
            + "nudges triggered by product events.")
        #expect(pilot(trial).hasSuffix("“adoption of the team features is maybe twelve percent”."), "\(pilot(trial))")
        let commission = brief("L'été on est complet, l'hiver c'est mort. L'idée ce serait de recontacter les clients de juillet pour des "
            + "week-ends hors saison, en direct, sans passer par les plateformes qui nous prennent dix-sept pour cent.", .fr)
        #expect(!pilot(commission).contains("chiffre que vous nous avez donné"), "\(pilot(commission))")
        // The weight of a season in their year is no standing; a name that opens a quote keeps its capital.
        let florist = brief("Valentine's and Mother's Day are like 40 percent of our year, and the inbox just melts. We need automated order updates.")
        #expect(!pilot(florist).contains("figure you gave us"), "\(pilot(florist))")
        let april = brief("April is about eighteen percent no-shows for us. We want automatic text reminders for our appointments.")
        #expect(pilot(april).contains("“April is about eighteen percent no-shows for us”") || !pilot(april).contains("figure you gave us"),
                "\(pilot(april))")
        let drop = brief("Tenants flood the office with the same questions. I'd love automatic status updates so our support volume "
            + "drops, even a thirty percent drop would be huge.")
        #expect(!pilot(drop).contains("figure you gave us"), "\(pilot(drop))")
    }

    /// A question about our terms states no goal and raises no need outside the product (« facturés » is no invoicing):
    /// the brief promises what it asked for first, quotes it, and asks only who else should receive it; a goal said beside
    /// it is still heard, and the next step then promises it.
    @Test(arguments: [("Is the contract annual or monthly, and does the trial include SMS credits?", NarrativeLocale.en,
                       "We will send you our contract terms and the terms of our trial."),
                      ("Pour le compte d'essai, est-ce que les SMS envoyés pendant l'essai sont facturés ?", .fr,
                       "Nous vous enverrons nos conditions de paiement et les conditions de notre essai."),
                      // The reason given for the question is part of it.
                      ("Vos tarifs, c'est au contact ou à l'envoi ? Parce que nous, on a une grosse base mais on envoie peu.", .fr,
                       "Nous vous enverrons nos tarifs."),
                      ("Do you sign a DPA? Our lawyers won't start without one, so please send it over today.", .en,
                       "We will send you our data processing agreement (DPA)."),
                      ("Our DPO wants your DPA and the list of your sub-processors. Could you also send the slides after the call?", .en,
                       "We will send you our data processing agreement (DPA), the list of our sub-processors and where they are based, and the slides from this call."),
                      ("Est-ce que vous êtes référencés à l'UGAP ? Sinon on doit passer par un appel d'offres.", .fr,
                       "Nous vous enverrons notre réponse sur les marchés publics et nos référencements, et les éléments dont vous avez besoin pour votre appel d'offres."),
                      // A worry voiced about price asks for it as a question would.
                      ("Honestly I'm mostly worried about price. We're seed stage, I can't justify five hundred a month right now.", .en,
                       "We will send you our pricing.")])
    func aQuestionOnOurTermsIsAnsweredNotPitched(words: String, locale: NarrativeLocale, promise: String) {
        let pitch = builder.pitch(Prospect(name: "Acme", goals: words, locale: locale))
        // What they asked for comes first, in place of general questions; their question is quoted.
        #expect(pitch.goals.isEmpty && pitch.narrative.talkingPoints.isEmpty, "\(pitch.narrative)")
        #expect(pitch.narrative.challenge == promise, "\(pitch.narrative.challenge)")
        #expect(pitch.narrative.discoveryQuestions.count == 1 && pitch.narrative.words != nil, "\(pitch.narrative.discoveryQuestions)")
        let both = builder.pitch(Prospect(name: "Acme", goals: "We keep losing customers. Is the contract annual?", locale: .en))
        #expect(both.goals.map(\.id) == ["reduce-churn"] && both.narrative.nextStep?.contains("We will send you our contract terms.") == true)
        #expect(builder.pitch(Prospect(name: "Acme", goals: "We keep losing customers.", locale: .en)).narrative.nextStep?.contains("send you") == false)
        // A document asked for in telling the need is promised too.
        let sla = builder.pitch(Prospect(name: "Acme", goals: "Uptime is the whole conversation for us. If notifications stop for an hour "
            + "during peak, our lines explode, so I'm gonna want to see your SLA and your incident history before we talk features.", locale: .en))
        // Wanted "before we talk features", it is promised before anything else, and the next step waits for it.
        #expect(sla.narrative.first == "We will send you our service-level agreement and our incident history. "
                + "Everything else here can wait until you have read what we send.", "\(sla.narrative.first ?? "")")
        #expect(sla.narrative.nextStep?.hasPrefix("Once you have, ") == true, "\(sla.narrative.nextStep ?? "")")
        let later = builder.pitch(Prospect(name: "Acme", goals: "If notifications stop for an hour during peak, our lines explode. "
            + "Could you send your SLA and your incident history?", locale: .en))
        #expect(later.narrative.first == nil && later.narrative.nextStep?.contains("We will send you our service-level agreement") == true,
                "\(later.narrative.nextStep ?? "")")
        let avant = builder.pitch(Prospect(name: "Acme", goals: "Avant de parler fonctionnalités, je veux voir votre SLA et l'historique de vos "
            + "incidents. Nos clients doivent savoir où en est leur livraison.", locale: .fr))
        #expect(avant.narrative.first?.hasPrefix("Nous vous enverrons nos engagements de service et l'historique de nos incidents.") == true,
                "\(avant.narrative.first ?? "")")
    }

    /// The brief quotes what the prospect said of their business and what they ask us to send: talk about the call is
    /// cut, "…" where it was; words without such talk are quoted as said.
    @Test func theQuoteLeavesOutTalkAboutTheCall() {
        let cut = brief("Sorry, I'm a couple of minutes late. Our churn is terrible this year! Can we do this on Teams next time?")
        #expect(cut.words == "[…] Our churn is terrible this year! […]", "\(cut.words ?? "")")
        // What they ask us to send is theirs to read back.
        let asked = brief("Sorry, I'm a couple of minutes late. Our churn is terrible this year! Can you send the slides afterwards?")
        #expect(asked.words == "[…] Our churn is terrible this year! Can you send the slides afterwards?", "\(asked.words ?? "")")
        let whole = "Our churn is terrible this year. We lose a customer a day."
        #expect(brief(whole).words == whole)
    }

    /// The systems a prospect names are asked about by name: in a goal's own question where it has one, else in a
    /// question of their own, with « de » elided and repeated in French.
    @Test func namedSystemsAreAskedAboutByName() {
        let status = brief("Customers never hear from us when their order is ready to collect, and our orders live in Shopify.")
        #expect(status.discoveryQuestions.contains("Could Shopify tell us the moment an order is marked as arrived?"), "\(status.discoveryQuestions)")
        let records = brief("La carte fidélité est dans Cegid, le site est sur Shopify, et la même cliente existe deux fois. Je veux une seule fiche par cliente.", .fr)
        #expect(records.discoveryQuestions.last == "Quelles données pourrions-nous recevoir de Cegid et de Shopify, et à quel rythme ?", "\(records.discoveryQuestions)")
        let elided = brief("Nos rendez-vous sont dans athenahealth, et nos patients oublient de venir : on veut des rappels par SMS.", .fr)
        #expect(elided.discoveryQuestions.contains { $0.contains("d’athenahealth") || $0.contains("d'athenahealth") }, "\(elided.discoveryQuestions)")
        #expect(!brief("Our churn is terrible this year.").discoveryQuestions.contains { $0.contains("receive from") })
        // A name said inside a longer one is that one's.
        #expect(library.catalogue.systemsNamed(in: "We run Jack Henry Symitar as our core, and Salesforce for the branches.") == ["Jack Henry Symitar", "Salesforce"])
    }

    /// A question the prospect has answered is not asked: the channel they named, the email a cart gets today.
    @Test func answeredQuestionsAreNotAsked() {
        let cart = brief("We've got one email that fires an hour after a cart is abandoned; I'd love a proper sequence, an email then a text the next day.")
        #expect(!cart.discoveryQuestions.contains { $0.contains("receive from you today") || $0.contains("by email, by text") }, "\(cart.discoveryQuestions)")
    }

    /// A need no goal matches is quoted back and asked about in general terms (success, data, owner), naming the
    /// prospect's systems where they named some; small talk is neither quoted nor asked about as a need.
    @Test func aNeedHeardButNotRecognizedIsQuotedAndAskedAbout() {
        let words = "What I'd love is a proper way to print name badges for the volunteers at our summer fair."
        let heard = brief(words)
        #expect(heard.goals.isEmpty && heard.words == words, "\(heard.goals)")
        #expect(heard.headline == "What we heard, and what we would like to understand", "a need heard is not met with questions alone")
        #expect(heard.discoveryQuestions.count == 3 && heard.discoveryQuestions.first == "What would success look like, and how would you measure it?"
                && ["lead this", "own this", "work with"].contains { heard.discoveryQuestions.last?.contains($0) == true }
                && ["tools", "information"].contains { heard.discoveryQuestions[1].contains($0) }, "\(heard.discoveryQuestions)")
        // A business of a few people is asked when, not who would lead a project.
        let small = builder.pitch(Prospect(name: "Acme", goals: words, size: "1-10", locale: .en)).narrative
        #expect(small.discoveryQuestions.last == "By when do you need it in place?", "\(small.discoveryQuestions)")
        let named = brief(words + " The fair is all in Eventbrite.")
        #expect(named.discoveryQuestions.contains("What data could we receive from Eventbrite, and how often?"), "\(named.discoveryQuestions)")
        let talk = brief("Sorry, running two minutes late, shall we start?")
        #expect(talk.words == nil && !talk.discoveryQuestions.contains { $0.contains("What would success look like") })
    }

    /// A need two goals read alike (status updates, under automation and under experience) is told once.
    @Test func aNeedTwoGoalsReadAlikeIsToldOnce() {
        let words = "Quand un vol est retardé ou que l'horaire change, on a un vrai problème pour prévenir les passagers. Je voudrais envoyer un SMS à tous les passagers d'un vol en quelques minutes, déclenché depuis notre système de réservation."
        let narrative = brief(words, .fr)
        let told = [narrative.unmeasured ?? ""] + narrative.talkingPoints + narrative.demo
        #expect(told.allSatisfy { text in told.filter { $0 == text }.count == 1 }, "\(told)")
        #expect(!(narrative.unmeasured ?? "").contains("deux indicateurs"), "\(narrative.unmeasured ?? "")")
    }

    /// Talk about the call with one stray word of business states no need: a recording, a colleague who may join, a
    /// meeting with management to run to.
    @Test(arguments: ["Sorry, I'm a couple of minutes late. Our editor may hop on at half past, and are you recording this?",
                      "Bon, juste pour vous prévenir, mon collègue est coincé dans le TGV. Et moi faut que je parte à moins le quart, j'ai une réunion avec la direction.",
                      "Before we go further, I need to understand pricing, because last time we got burned. Do you do three-year terms with a price lock? Our finance director is going to ask me all of this tomorrow.",
                      "This is more of an admin thing: legal want to see your BAA. Do you sign one as standard? Our compliance officer reviews all of that and he's slow.",
                      "Ah bonjour, désolé, j'avais une réu qui a débordé. Julien de l'IT devrait nous rejoindre dans cinq minutes. Vous avez combien de temps devant vous, une heure ?",
                      "Avant d'aller plus loin, chez nous tout passe par le service achats. Il faudra que vous soyez référencés comme fournisseur, donc Kbis, attestation URSSAF, RIB. Je vous mets en copie."])
    func talkAboutTheCallStatesNoNeed(words: String) {
        let pitch = builder.pitch(Prospect(name: "Acme", goals: words, locale: .en))
        #expect(pitch.goals.isEmpty && pitch.narrative.talkingPoints.isEmpty, "\(pitch.goals)")
    }

    /// What the prospect says they already have, and that it works, is set aside, whatever else they pursue.
    @Test(arguments: [("Our abandoned-cart emails we already have in place, they work well. What we need is for our promotional emails to go out on time on Black Friday.", NarrativeLocale.en),
                      ("Les relances de panier abandonné, on les a déjà, ça tourne bien. Ce qu'il nous faut, c'est que nos mails de promo partent à l'heure le jour du Black Friday.", .fr)])
    func whatTheyAlreadyHaveIsSetAside(words: String, locale: NarrativeLocale) {
        let goals = builder.matcher.match(words).map(\.id)
        #expect(goals.contains("absorb-peaks") && !goals.contains("automate-campaigns"), "\(goals)")
    }

    /// A rate the prospect named in their own words, which the catalogue does not hold, is what the pilot tracks for
    /// their first need; a rate that names nothing ("the same rate") is not.
    @Test func thePilotTracksARateTheyNamedInTheirWords() {
        func pilot(_ narrative: Narrative) -> String { [narrative.unmeasured, narrative.noResult].compactMap { $0 }.joined(separator: " ") }
        let english = brief("Our cart recovery rate is stuck at 3 percent and I want reminders by text.")
        #expect(pilot(english).contains("your cart recovery rate, which you put at 3%"), "\(pilot(english))")
        let french = brief("Notre taux de réinscription plafonne à 55 %, on veut une vraie campagne de réinscription.", .fr)
        #expect(pilot(french).contains("votre taux de réinscription, avant et après"), "\(pilot(french))")
        let vague = brief("We lose customers at the same rate every year, and I want them back.")
        #expect(!pilot(vague).contains("same rate"), "\(pilot(vague))")
    }

    /// What the prospect leaves alone chooses nothing: not the reading (appointment reminders another tool sends), nor
    /// the systems asked about.
    @Test func whatTheyLeaveAloneChoosesNothing() {
        let narrative = brief("Les rappels de rendez-vous, c'est pas un souci, Doctolib le fait très bien, on ne veut pas toucher à ça. Ce qui nous manque, c'est le suivi entre les séances : des messages selon le programme de chaque patient.", .fr)
        #expect(!narrative.headline.contains("rendez-vous"), "\(narrative.headline)")
        #expect(!narrative.discoveryQuestions.contains { $0.contains("Doctolib") }, "\(narrative.discoveryQuestions)")
    }

    /// A measure the prospect names as their own is what the pilot tracks, in their words; a measure that fits none of
    /// the goals leaves the goal's own.
    @Test func thePilotTracksTheMeasureTheProspectNamed() {
        // Without a result, under "What we would measure with you"; beside results, after them.
        func pilot(_ narrative: Narrative) -> String { [narrative.unmeasured, narrative.noResult].compactMap { $0 }.joined(separator: " ") }
        let named = brief("Our no-show rate is brutal, eighteen percent on Monday mornings. I want automatic text reminders for our appointments.", .en)
        #expect(pilot(named).contains("your no-show rate"), "\(pilot(named))")
        let french = brief("Notre taux de rendez-vous non honorés explose. Je voudrais des rappels de rendez-vous automatiques par SMS.", .fr)
        #expect(pilot(french).contains("votre taux de rendez-vous non honorés"), "\(pilot(french))")
        // A measure that fits two of the needs is one need's pilot, said once.
        let both = brief("Our no-show rate is brutal. I want automatic text reminders, and patients should get a smoother experience when they book.")
        #expect(pilot(both).components(separatedBy: "no-show rate").count <= 2, "\(pilot(both))")
        let other = brief("Our NPS is fine. I want automatic text reminders for our appointments, we lose too many.", .en)
        #expect(!pilot(other).contains("NPS"), "\(pilot(other))")
    }

    /// A compliance or budget requirement is answered first, and the need beside it is still heard.
    @Test(arguments: [("We need appointment reminders by text, and as a US clinic HIPAA compliance is non-negotiable.", NarrativeLocale.en,
                       "Compliance comes first (HIPAA)"),
                      ("Notre budget est de 20 000 euros par an, on ne peut pas dépasser. On veut relancer automatiquement les paniers abandonnés.", .fr,
                       "Votre budget est une donnée"),
                      ("We need appointment reminders by text. Everything has to meet WCAG, that's the law for us.", .en,
                       "Accessibility comes first (WCAG)"),
                      ("On veut des rappels de rendez-vous automatiques par SMS. Tout doit être conforme RGAA.", .fr,
                       "L'accessibilité passe en premier (RGAA)"),
                      ("We need appointment reminders by text. Every client communication has to be archived, full stop.", .en,
                       "Every message would stay on record"),
                      // Hosting is answered where they need it, and only where they said it of hosting: the clinics'
                      // country is not the data's.
                      ("We run two clinics in Canada. We need appointment reminders by text. Hosting has to be US-based, that's a hard "
                        + "requirement.", .en, "Your data would have to stay in the US: before anything else"),
                      ("On veut des rappels de rendez-vous automatiques par SMS. Par contre on veut pas d'un truc hébergé hors d'Europe, "
                        + "ça c'est non négociable.", .fr, "Vos données doivent rester en Europe"),
                      ("We need appointment reminders by text. Hosting is a hard requirement for our board.", .en,
                       "Where your data is hosted comes first")])
    func aRequirementIsAnsweredFirst(words: String, locale: NarrativeLocale, answer: String) {
        let pitch = builder.pitch(Prospect(name: "Acme", goals: words, locale: locale))
        #expect(pitch.goals.map(\.id) == ["automate-campaigns"], "\(pitch.goals)")
        #expect(pitch.narrative.talkingPoints.first?.hasPrefix(answer) == true, "\(pitch.narrative.talkingPoints)")
        // Answered, the condition is not listed again.
        #expect(pitch.narrative.conditions.isEmpty, "\(pitch.narrative.conditions)")
    }

    /// A condition on when or how messages read (the recipient's hours, the practice's tone) is answered beside the need.
    @Test(arguments: [("We want appointment reminders going out automatically, in each patient's local time, we have clinics in three time zones.",
                       "Each message would go out in the recipient's own time zone"),
                      ("Patients forget their cleanings. I want reminders, but nothing salesy, it's a dental practice, not a shoe shop.",
                       "Every message would be written in your words and approved by you"),
                      ("Rent reminders are all done by hand. We want to automate reminders but keep the tone friendly, tenants here don't "
                        + "respond well to anything that sounds like a debt collector.", "Every reminder would be written in your words")])
    func howMessagesReadIsAnswered(words: String, answer: String) {
        let told = brief(words)
        #expect(told.talkingPoints.contains { $0.hasPrefix(answer) }, "\(told.talkingPoints)")
        #expect(!told.conditions.contains { TextAnalyzer.says(["time zones", "salesy"], in: $0) }, "\(told.conditions)")
    }

    /// The meeting tool the prospect named is the one the next step meets on; "teams" in lower case are people.
    @Test func theMeetingToolTheyNamedIsKept() {
        #expect(brief("Sorry I'm late. Can we do this on Teams next time?").nextStep?.hasSuffix("We will meet on Teams, as you suggested.") == true)
        #expect(brief("Sorry I'm late, our teams were all in the previous meeting.").nextStep?.contains("We will meet on") == false)
    }

    /// An opening that says what the prospect has is theirs to know and is cut from the quote, unless it says what does
    /// not work: then it is their challenge.
    @Test func anOpeningThatSaysWhatDoesNotWorkIsQuoted() {
        let brewery = brief("We've got the taproom, a mug club, and we sell to about forty bars, and none of that talks to each other. "
            + "I'd like to promote release nights to locals.")
        #expect(brewery.words?.hasPrefix("We've got the taproom") == true || brewery.words?.hasPrefix("We’ve got the taproom") == true, "\(brewery.words ?? "")")
        let cellar = brief("On vend en direct, au caveau et en ligne, et les deux fichiers se parlent pas. Moi je voudrais une vision complète "
            + "du client.", .fr)
        #expect(cellar.words?.hasPrefix("On vend en direct") == true, "\(cellar.words ?? "")")
        let chain = brief("We've got a taproom and a mug club. I'd like to promote release nights to locals.")
        #expect(chain.words?.hasPrefix("[…]") == true, "\(chain.words ?? "")")
    }

    /// A sentence that introduces the speaker (a role and a tenure) states no goal; a role beside a problem still does.
    @Test func theSpeakersIntroductionStatesNoGoal() {
        for words in ["I've been head of CRM here for four years; before that I ran retention campaigns at a telecom operator.",
                      "Je suis responsable CRM chez nous depuis 2019 ; avant, j'étais cheffe de projet fidélisation."] {
            #expect(builder.matcher.match(words).isEmpty, "\(words)")
        }
        #expect(!builder.matcher.match("I run marketing, and our customers keep cancelling.").isEmpty)
    }

    /// "Our tools" are the prospect's own: newcomers are brought up to speed on them by a welcome sequence, not by our
    /// guided setup.
    @Test(arguments: [("When a new branch team joins, it takes them about three months before they're comfortable with our tools.", NarrativeLocale.en),
                      ("Nos nouvelles équipes mettent des semaines à prendre en main nos outils.", .fr)])
    func theProspectsOwnToolsAreTheirs(words: String, locale: NarrativeLocale) {
        let narrative = brief(words, locale)
        #expect(narrative.headline.contains(locale == .en ? "on your tools" : "sur vos outils"), "\(narrative.headline)")
        #expect(!narrative.talkingPoints.contains { $0.contains(locale == .en ? "Guided setup" : "configuration guidée") }, "\(narrative.talkingPoints)")
    }
}

extension ProspectWordsTests {
    /// A prospect who writes British spelling reads it back; their own words and their name stay as written, in every
    /// format, and a prospect who writes American spelling keeps it.
    @Test(arguments: [NarrativeFormat.md, .html])
    func aBritishProspectReadsBritishSpelling(_ format: NarrativeFormat) throws {
        let british = "Our members say the emails feel generic; we want to personalise them around their behavior and their favourite classes."
        let pitch = try library.brief(Prospect(name: "Lakeside Center", goals: british, locale: .en), builder: builder, format: format)
        #expect(pitch.text.contains("personalised") && !pitch.text.contains("personalized"), "\(pitch.text)")
        #expect(pitch.text.contains("Lakeside Center") && pitch.text.contains("their behavior and their favourite classes"))
        let american = try library.brief(Prospect(name: "Acme", goals: "Our emails feel generic; we want to personalize them.", locale: .en),
                                         builder: builder, format: format)
        #expect(american.text.contains("personalized") && !american.text.contains("personalised"), "\(american.text)")
        #expect(BritishSpelling.apply(to: "Recognize “their behavior” <td class=\"center\">center</td>") == "Recognise “their behavior” <td class=\"center\">centre</td>")
        #expect(BritishSpelling.apply(to: "Answer every inquiry; inquiries wait.") == "Answer every enquiry; enquiries wait.", "American by default, British on request")
    }

    /// A prospect who speaks from Britain (its places, its money, its institutions), Ireland or Australia reads British
    /// spelling; one who only sells there does not.
    @Test(arguments: [("We're about thirty physio clinics across the south of England.", true), ("Revenue per email is about eleven pence.", true),
                      ("Could we do Thursday afternoon, UK time?", true), ("Our average order is £40.", true),
                      ("It has to handle three currencies, we sell into Canada and the UK too.", false),
                      ("Test-drive-to-order is about eighteen per cent across the group.", true),
                      ("We're eleven dealerships across the East Midlands.", true), ("We're in Nebraska and Kansas, about forty percent online.", false),
                      ("We run social sport comps across Melbourne.", true), ("We're a credit union in Cork.", true)])
    func aProspectInBritainReadsBritishSpelling(words: String, british: Bool) {
        #expect(BritishSpelling.isUsed(in: words) == british)
    }

    /// A prospect outside North America reads British spelling, whatever their words; one in North America, or with no
    /// region, reads the spelling their words use.
    @Test func aRegionOutsideNorthAmericaReadsBritishSpelling() throws {
        #expect(StoryLibrary.writesBritish("EMEA") && StoryLibrary.writesBritish("APAC") && StoryLibrary.writesBritish(" uk "))
        #expect(!StoryLibrary.writesBritish("NA") && !StoryLibrary.writesBritish("latam") && !StoryLibrary.writesBritish(nil) && !StoryLibrary.writesBritish("north-america"))
        let words = "Our emails feel generic; we want to personalize them."
        let emea = try library.brief(Prospect(name: "Acme", goals: words, region: "EMEA", locale: .en), builder: builder, format: .md)
        let na = try library.brief(Prospect(name: "Acme", goals: words, region: "NA", locale: .en), builder: builder, format: .md)
        #expect(emea.text.contains("personalised") && na.text.contains("personalized"), "\(emea.text)")
    }
}
