import Foundation
import Testing
@testable import StoryBuilder

@Suite struct LocaleGrammarTests {
    let en = LocaleGrammar(.en)
    let fr = LocaleGrammar(.fr)
    /// French thousands separator (narrow no-break space) and the space before "%" (no-break space).
    static let thin = "\u{202F}"
    static let nbsp = "\u{00A0}"

    /// Midnight UTC of a day.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    @Test(arguments: [
        (NarrativeLocale.en, 0.0, 0, "0"),
        (.en, 1.0, 0, "1"),
        (.en, 2.5, 0, "3"),
        (.en, -2.5, 0, "-3"),
        (.en, 0.4, 0, "0"),
        (.en, -0.0, 0, "0"),
        (.en, -0.004, 2, "0.00"),
        (.en, 999.0, 0, "999"),
        (.en, 1000.0, 0, "1,000"),
        (.en, 12345.5, 1, "12,345.5"),
        (.en, 12345.0, 2, "12,345.00"),
        (.en, 0.125, 2, "0.13"),
        (.en, 1.005, 2, "1.01"),
        (.en, 999.999, 2, "1,000.00"),
        (.en, -1234567.891, 2, "-1,234,567.89"),
        (.en, 0.0005, 3, "0.001"),
        (.en, 1e15, 0, "1,000,000,000,000,000"),
        (.en, 123456789012345.6, 1, "123,456,789,012,345.6"),
        (.fr, 0.0, 0, "0"),
        (.fr, 2.5, 0, "3"),
        (.fr, 1234.0, 0, "1\(thin)234"),
        (.fr, 12345.5, 1, "12\(thin)345,5"),
        (.fr, 12345.5, 2, "12\(thin)345,50"),
        (.fr, 0.125, 2, "0,13"),
        (.fr, -1234567.891, 2, "\u{2212}1\(thin)234\(thin)567,89"),
        (.fr, 1e15, 0, "1\(thin)000\(thin)000\(thin)000\(thin)000\(thin)000"),
    ] as [(NarrativeLocale, Double, Int, String)])
    func number(locale: NarrativeLocale, value: Double, decimals: Int, expected: String) {
        #expect(LocaleGrammar(locale).number(value, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (NarrativeLocale.en, 0.125, 1, "12.5%"),
        (.en, 0.125, 0, "13%"),
        (.en, 0.0105, 1, "1.1%"),
        (.en, 0.0, 0, "0%"),
        (.en, 1.0, 0, "100%"),
        (.en, 12.5, 0, "1,250%"),
        (.en, -0.25, 0, "-25%"),
        (.fr, 0.125, 1, "12,5\(nbsp)%"),
        (.fr, 0.5, 0, "50\(nbsp)%"),
        (.fr, 12.5, 0, "1\(thin)250\(nbsp)%"),
    ] as [(NarrativeLocale, Double, Int, String)])
    func percent(locale: NarrativeLocale, fraction: Double, decimals: Int, expected: String) {
        #expect(LocaleGrammar(locale).percent(fraction, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (NarrativeLocale.en, 0.42, 0, "+42%"),
        (.en, -0.1, 0, "-10%"),
        (.en, 0.0, 0, "0%"),
        (.en, -0.001, 0, "0%"),
        (.en, 0.0125, 1, "+1.3%"),
        (.fr, 0.42, 0, "+42\(nbsp)%"),
        (.fr, -0.1, 0, "\u{2212}10\(nbsp)%"),
        (.fr, 0.0125, 1, "+1,3\(nbsp)%"),
    ] as [(NarrativeLocale, Double, Int, String)])
    func signedPercent(locale: NarrativeLocale, fraction: Double, decimals: Int, expected: String) {
        #expect(LocaleGrammar(locale).signedPercent(fraction, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (NarrativeLocale.en, day(2026, 3, 3), "3 March 2026", "March 2026"),
        (.en, day(2026, 3, 1), "1 March 2026", "March 2026"),
        (.en, day(2025, 12, 31), "31 December 2025", "December 2025"),
        (.fr, day(2026, 3, 3), "3 mars 2026", "mars 2026"),
        (.fr, day(2026, 3, 1), "1ᵉʳ mars 2026", "mars 2026"),
        (.fr, day(2024, 2, 29), "29 février 2024", "février 2024"),
    ] as [(NarrativeLocale, Date, String, String)])
    func date(locale: NarrativeLocale, date: Date, expectedDay: String, expectedMonth: String) {
        #expect(LocaleGrammar(locale).date(date) == expectedDay)
        #expect(LocaleGrammar(locale).month(date) == expectedMonth)
    }

    @Test func dateIsUTC() {
        // 23:30 UTC is still the 31st, whatever the machine's time zone.
        #expect(en.date(Self.day(2025, 12, 31).addingTimeInterval(23.5 * 3600)) == "31 December 2025")
    }

    @Test(arguments: zip(1...12, ["janvier", "février", "mars", "avril", "mai", "juin",
                                  "juillet", "août", "septembre", "octobre", "novembre", "décembre"]))
    func frenchMonths(month: Int, name: String) {
        #expect(fr.month(Self.day(2026, month, 15)) == "\(name) 2026")
        #expect(fr.date(Self.day(2026, month, 1)) == "1ᵉʳ \(name) 2026")
    }

    @Test(arguments: [
        (NarrativeLocale.en, 0.0, "0 accounts"),
        (.en, 1.0, "1 account"),
        (.en, 1.5, "2 accounts"),
        (.en, 2.0, "2 accounts"),
        (.en, 12.0, "12 accounts"),
        (.fr, 0.0, "0 compte"),
        (.fr, 1.0, "1 compte"),
        (.fr, 1.5, "2 comptes"),
        (.fr, 2.0, "2 comptes"),
        (.fr, 12.0, "12 comptes"),
    ] as [(NarrativeLocale, Double, String)])
    func count(locale: NarrativeLocale, n: Double, expected: String) {
        let noun = Noun(locale == .en ? "account" : "compte")
        #expect(LocaleGrammar(locale).count(n, noun) == expected)
        #expect(LocaleGrammar(locale).count(Int(n.rounded(.toNearestOrAwayFromZero)), noun) == expected)
    }

    @Test(arguments: [
        (NarrativeLocale.en, 1.5, "1.5 accounts"),
        (.en, 1.04, "1.0 account"),
        (.fr, 1.5, "1,5 compte"),
        (.fr, 1.96, "2,0 comptes"),
        (.fr, 12.0, "12,0 comptes"),
    ] as [(NarrativeLocale, Double, String)])
    func countWithDecimals(locale: NarrativeLocale, n: Double, expected: String) {
        let noun = Noun(locale == .en ? "account" : "compte")
        #expect(LocaleGrammar(locale).count(n, noun, decimals: 1) == expected)
    }

    @Test(arguments: [
        (NarrativeLocale.fr, "campagne", "campagnes"),
        (.fr, "journal", "journaux"),
        (.fr, "bureau", "bureaux"),
        (.fr, "jeu", "jeux"),
        (.fr, "prix", "prix"),
        (.fr, "héros", "héros"),
        (.en, "journal", "journals"),
        (.en, "activity", "activities"),
        (.en, "day", "days"),
        (.en, "business", "businesses"),
        (.en, "box", "boxes"),
        (.en, "branch", "branches"),
        (.en, "dish", "dishes"),
        (.en, "account", "accounts"),
    ] as [(NarrativeLocale, String, String)])
    func regularPlural(locale: NarrativeLocale, singular: String, expected: String) {
        let grammar = LocaleGrammar(locale)
        #expect(grammar.plural(Noun(singular)) == expected)
        #expect(grammar.form(2, Noun(singular)) == expected)
        #expect(grammar.form(1, Noun(singular)) == singular)
    }

    @Test func irregularPlural() {
        let noun = Noun("festival", plural: "festivals")
        #expect(fr.count(3, noun) == "3 festivals")
        #expect(en.count(3, Noun("person", plural: "people")) == "3 people")
    }

    @Test func nounDecodesWithDefaults() throws {
        let json = #"{"a": {"singular": "jour"}, "b": {"singular": "héros", "plural": "héros", "gender": "m", "elides": false}, "c": {"singular": "équipe", "gender": "f"}}"#
        let nouns = try JSONDecoder().decode([String: Noun].self, from: Data(json.utf8))
        #expect(nouns["a"] == Noun("jour"))
        #expect(nouns["b"] == Noun("héros", plural: "héros", elides: false))
        #expect(nouns["c"] == Noun("équipe", gender: .feminine))
        let noun = Noun("équipe", plural: "équipes", gender: .feminine, elides: true)
        #expect(try JSONDecoder().decode(Noun.self, from: JSONEncoder().encode(noun)) == noun)
    }

    @Test(arguments: [
        (NarrativeLocale.en, [String](), LocaleGrammar.Conjunction.and, ""),
        (.en, ["A"], .and, "A"),
        (.en, ["A", "B"], .and, "A and B"),
        (.en, ["A", "B", "C"], .and, "A, B and C"),
        (.en, ["A", "B", "C"], .or, "A, B or C"),
        (.fr, [], .and, ""),
        (.fr, ["A"], .or, "A"),
        (.fr, ["A", "B"], .and, "A et B"),
        (.fr, ["A", "B", "C"], .and, "A, B et C"),
        (.fr, ["A", "B"], .or, "A ou B"),
        (.en, ["keep up through Christmas and the sales", "hold on to customers"], .and, "keep up through Christmas and the sales, and hold on to customers"),
        (.fr, ["tenir le rythme pendant Noël et les soldes", "fidéliser vos clients"], .and, "tenir le rythme pendant Noël et les soldes, et fidéliser vos clients"),
        (.en, ["sales and support", "costs"], .or, "sales and support or costs"),
    ] as [(NarrativeLocale, [String], LocaleGrammar.Conjunction, String)])
    func list(locale: NarrativeLocale, items: [String], conjunction: LocaleGrammar.Conjunction, expected: String) {
        #expect(LocaleGrammar(locale).list(items, conjunction: conjunction) == expected)
    }

    @Test(arguments: [
        (Noun("commerce"), false, "le commerce", "du commerce", "au commerce"),
        (Noun("santé", gender: .feminine), false, "la santé", "de la santé", "à la santé"),
        (Noun("équipe", gender: .feminine), false, "l'équipe", "de l'équipe", "à l'équipe"),
        (Noun("hôtellerie", gender: .feminine), false, "l'hôtellerie", "de l'hôtellerie", "à l'hôtellerie"),
        (Noun("Industrie", gender: .feminine), false, "l'Industrie", "de l'Industrie", "à l'Industrie"),
        (Noun("média"), true, "les médias", "des médias", "aux médias"),
        (Noun("héros", elides: false), false, "le héros", "du héros", "au héros"),
        (Noun("héros", elides: false), true, "les héros", "des héros", "aux héros"),
    ] as [(Noun, Bool, String, String, String)])
    func frenchArticles(noun: Noun, plural: Bool, definite: String, ofThe: String, toThe: String) {
        #expect(fr.definite(noun, plural: plural) == definite)
        #expect(fr.ofThe(noun, plural: plural) == ofThe)
        #expect(fr.toThe(noun, plural: plural) == toThe)
    }

    @Test func englishArticles() {
        #expect(en.definite(Noun("team")) == "the team")
        #expect(en.ofThe(Noun("activity"), plural: true) == "of the activities")
        #expect(en.toThe(Noun("business")) == "to the business")
        #expect(en.of("activity") == "of activity")
    }

    @Test(arguments: [
        ("activité", "d'activité"),
        ("campagnes", "de campagnes"),
        ("heures d'usage", "d'heures d'usage"),
        ("Écrans", "d'Écrans"),
        ("", "de "),
    ])
    func frenchOf(phrase: String, expected: String) {
        #expect(fr.of(phrase) == expected)
    }

    @Test func varyIsStableAndSpread() {
        let options = ["one", "two", "three"]
        #expect(en.vary(options, key: "account-42") == en.vary(options, key: "account-42"))
        #expect(fr.vary(options, key: "account-42") == en.vary(options, key: "account-42"))
        let choices = Set((0..<50).map { en.vary(options, key: "key-\($0)") })
        #expect(choices.count >= 2)
        #expect(choices.isSubset(of: options))
        #expect(en.vary([], key: "anything") == "")
        #expect(en.vary(["only"], key: "anything") == "only")
    }

    @Test func stableHashIsFNV1a() {
        #expect(stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(stableHash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(stableHash("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test(arguments: [("équipe", "Équipe"), ("account health", "Account health"), ("Déjà", "Déjà"), ("", "")])
    func capitalizedFirst(text: String, expected: String) {
        #expect(en.capitalizedFirst(text) == expected)
    }

    /// A French name that begins with an institution's common noun takes its article after a preposition; brands, and names
    /// that open on their article already, do not.
    @Test(arguments: [
        ("Clinique Saint-Éloi", "la Clinique Saint-Éloi"), ("Hôtel des Remparts", "l'Hôtel des Remparts"),
        ("Éditions Sillage", "les Éditions Sillage"), ("Musée des Lumières", "le Musée des Lumières"), ("Maison Lune", "Maison Lune"),
        ("Centres Dentaires Sourire Plus", "les Centres Dentaires Sourire Plus"), ("Lycées Saint-Exupéry", "les Lycées Saint-Exupéry"),
        ("Hôpital Nord", "l'Hôpital Nord"), ("Thermes de Saint-Aulin", "les Thermes de Saint-Aulin"), ("CFA Batipro", "le CFA Batipro"),
        ("Médiathèques de Vienne", "les Médiathèques de Vienne"), ("Office de tourisme du Vercors", "l'Office de tourisme du Vercors"),
        ("Orchestre Philharmonique de Montauzier", "l'Orchestre Philharmonique de Montauzier"), ("Taxis Bérard", "les Taxis Bérard"),
        ("Scierie Vuillermoz Frères", "la Scierie Vuillermoz Frères"), ("SDIS de la Haute-Brévenne", "le SDIS de la Haute-Brévenne"),
        ("Armurerie Chassagne", "l'Armurerie Chassagne"), ("Station-Service Relais des Chaumes", "la Station-Service Relais des Chaumes"),
        ("CCAS de Montfleury", "le CCAS de Montfleury"), ("L'Horlogerie Mercier", "L'Horlogerie Mercier"),
        ("La Fromagerie du Lac", "La Fromagerie du Lac"), ("Grande Épicerie Bio", "la Grande Épicerie Bio"),
        ("Petit Marché des Halles", "le Petit Marché des Halles"), ("Grand Hôtel du Lac", "le Grand Hôtel du Lac"),
        ("Start-up Dossier Santé", "la Start-up Dossier Santé"), ("Menuiseries Alu Berthelot", "les Menuiseries Alu Berthelot"),
        ("Cabane à sucre Chez Ti-Paul", "la Cabane à sucre Chez Ti-Paul"),
    ])
    func institutionsTakeTheirArticle(name: String, expected: String) {
        #expect(LocaleGrammar(.fr).named(name) == expected)
        #expect(en.named(name) == name)
    }

    /// A number a transcript gives in words and again in digits is quoted once: in digits where they follow at once, in
    /// words where what it counts comes between; the comma after the digits goes where the phrase goes on, and stays
    /// before a new clause.
    /// "Like" or « genre » before a figure hedges it: the quote keeps the hedge as said, and a filler cut leaves no comma
    /// behind.
    @Test func aHedgeOnAFigureIsKeptAsSaid() {
        #expect(fr.quotation("On en a genre quarante par mois.") == "On en a genre quarante par mois.")
        #expect(en.quotation("Day-one retention is like twenty-eight percent, and we'd like forty.") == "Day-one retention is like twenty-eight percent, and we'd like forty.")
        #expect(en.quotation("We lose something like 9% a month, like 900 quid.") == "We lose something like 9% a month, like 900 quid.")
        #expect(en.quotation("Parents lose track, and we're, um, manually pulling lists.") == "Parents lose track, and we're manually pulling lists.")
        #expect(en.quotation("For advisors to see, like, whether somebody opened it.") == "For advisors to see whether somebody opened it.")
        #expect(en.quotation("Parents want updates, like, constantly.") == "Parents want updates constantly.")
        // "Yeah", "honestly", "I mean", « franchement » between commas are fillers too.
        #expect(en.quotation("I'd like to promote release nights and, yeah, see which beers sell.") == "I'd like to promote release nights and see which beers sell.")
        #expect(en.quotation("Our lines explode, so, honestly, I want your SLA.") == "Our lines explode, so I want your SLA.")
        #expect(en.quotation("Support volume drops, I mean, even a third would be huge.") == "Support volume drops, even a third would be huge.")
        #expect(fr.quotation("Les relances, franchement, on les oublie.") == "Les relances, on les oublie.")
        #expect(fr.quotation("Le NPS, ça c'est pas le sujet.") == "Le NPS, ça, ce n'est pas le sujet.")
        #expect(fr.quotation("Bah, on a pas mal de clients qui partent.") == "On a pas mal de clients qui partent.", "« pas mal » is no negation")
        #expect(fr.quotation("On fait trente pour cent en trois semaines…. Voilà.") == "On fait trente pour cent en trois semaines… Voilà.")
        #expect(en.quotation("Cancellations spike every February, like clockwork.") == "Cancellations spike every February, like clockwork.")
        #expect(en.quotation("Last November we, uh, lost a quarter of the sends.") == "Last November we lost a quarter of the sends.")
        #expect(fr.quotation("Le prix, ça nous inquiète pas. Ça marche pas, on les relance pas.")
                == "Le prix, ça ne nous inquiète pas. Ça ne marche pas, on ne les relance pas.")
    }

    /// Spoken French drops the « ne » of a negation; a quote restores every one of them, whatever the verb and its
    /// subject, so that none is written and the next left as said; « pas mal » and « plus » meaning "more" stay.
    @Test(arguments: [
        ("Y en a la moitié qui viennent plus.", "Y en a la moitié qui ne viennent plus."),
        ("Une alerte quand quelqu'un a pas scanné sa carte.", "Une alerte quand quelqu'un n'a pas scanné sa carte."),
        ("Mes élèves lisent pas leurs mails, point.", "Mes élèves ne lisent pas leurs mails, point."),
        ("Les clients les lisent jamais.", "Les clients ne les lisent jamais."),
        ("Pas un courriel automatique que personne lit.", "Pas un courriel automatique que personne ne lit."),
        ("J'ai pas le temps, y a pas de solution.", "Je n'ai pas le temps, il n'y a pas de solution."),
        ("On les rappelle jamais parce que personne a le temps.", "On ne les rappelle jamais parce que personne n'a le temps."),
        ("C'était pas prévu, on s'en rend pas compte.", "Ce n'était pas prévu, on ne s'en rend pas compte."),
        ("On a personne d'autre.", "On n'a personne d'autre."),
        ("Un logiciel qu'ils ouvriront jamais.", "Un logiciel qu'ils n'ouvriront jamais."),
        ("Vos résultats sont pas encore prêts, faut que ça se gère depuis le téléphone.",
         "Vos résultats ne sont pas encore prêts, il faut que ça se gère depuis le téléphone."),
        ("Faut pas rêver, il nous faut un prix ferme et il faudrait qu'on voie.", "Il ne faut pas rêver, il nous faut un prix ferme et il faudrait qu'on voie."),
        ("On a pas mal de clients, on vend plus en ligne qu'avant.", "On a pas mal de clients, on vend plus en ligne qu'avant."),
        ("La direction veut plus, les clients en demandent plus.", "La direction veut plus, les clients en demandent plus."),
        ("Je ne sais pas, ils n'ont pas le temps, seulement pas assez.", "Je ne sais pas, ils n'ont pas le temps, seulement pas assez."),
        // A pronoun after a « ne » said is the verb's object: its negation is written already.
        ("Un petit message pour dire on ne vous voit plus, on ne nous dit rien.", "Un petit message pour dire on ne vous voit plus, on ne nous dit rien."),
    ])
    func everySpokenNegationIsWritten(said: String, quoted: String) {
        #expect(fr.quotation(said) == quoted)
    }

    @Test func aNumberSaidTwiceIsQuotedOnce() {
        #expect(en.quotation("We've got about nine thousand, 9,000, active subscribers.") == "We've got about 9,000 active subscribers.")
        #expect(en.quotation("We lose about two point three percent, 2.3%, of MRR.") == "We lose about 2.3% of MRR.")
        #expect(en.quotation("We send about three hundred quotes a month, 300, out of Jobber.") == "We send about three hundred quotes a month, out of Jobber.")
        #expect(en.quotation("We're twelve tire shops, 12, Ontario and Quebec.") == "We're twelve tire shops, Ontario and Quebec.")
        #expect(fr.quotation("Le taux est à peu près à trente pour cent, 30 %, la direction veut plus.") == "Le taux est à peu près à 30 %, la direction veut plus.")
        #expect(fr.quotation("On a à peu près mille huit cents, 1 800 clients.") == "On a à peu près 1\(Self.thin)800 clients.")
        #expect(fr.quotation("Plutôt vers dix heures, 10 h ?") == "Plutôt vers dix heures ?")
        #expect(fr.quotation("On a 4,2 sur Google, on vise quatre virgule cinq, 4,5.") == "On a 4,2 sur Google, on vise 4,5.")
        #expect(en.quotation("We blast the whole list, eighteen thousand, 18k.") == "We blast the whole list, 18k.")
        // A share said in words keeps its unit where the digits leave it out.
        #expect(fr.quotation("Il est à quarante-huit pour cent, 48, on vise soixante.") == "Il est à 48 %, on vise soixante.")
        #expect(en.quotation("Uptake is about twenty percent, 20, today.") == "Uptake is about 20% today.")
        // A figure said once, or two figures that differ, stay as said.
        #expect(en.quotation("About fifteen percent, 20% on Saturdays.") == "About fifteen percent, 20% on Saturdays.")
    }

    /// The prospect's words are quoted without fillers, a sentence that began with one capitalized; their own quotation
    /// marks go to the second level, and a French number keeps its digits together.
    @Test func theProspectsWordsAreQuotedCleanly() {
        #expect(en.quotation("Um, so. Our problem is really, um, month three. Uh we lose them.")
            == "So. Our problem is really month three. We lose them.")
        #expect(en.quotation(#"They say "too many emails", and “stop”."#) == "They say \u{2018}too many emails\u{2019}, and \u{2018}stop\u{2019}.")
        #expect(en.quotation("Our tool just says 'check your DNS'. And a 'you're close' nudge, for our members' sake.")
            == "Our tool just says \u{2018}check your DNS\u{2019}. And a \u{2018}you're close\u{2019} nudge, for our members' sake.")
        #expect(fr.quotation("Euh, on a 25 000 commandes, euh, et des « paniers » oubliés.")
            == "On a 25\(Self.thin)000 commandes et des \u{201C}paniers\u{201D} oubliés.")
        #expect(en.quotation("Humble museums in Umbria") == "Humble museums in Umbria")
        #expect(en.quotation("So, er, we run the ER triage app, you know, for clinics.") == "We run the ER triage app for clinics.")
        // After three dots the sentence goes on, and a quote cut elsewhere keeps them.
        #expect(fr.quotation("Personne ne leur rappelle, donc... ben ils vont ailleurs.") == "Personne ne leur rappelle, donc… ils vont ailleurs.")
        #expect(TextAnalyzer.marked("C'est... c'est pas automatisé. Bon.").map(\.mark) == ["…", ".", "."])
        #expect(GoalMatcher.quoted("On est sur Shopify. C'est... c'est pas automatisé.", keeping: [" C'est", " c'est pas automatisé"])
            == "(…) C'est… c'est pas automatisé.")
        // A question they quote goes on in its sentence, its closing mark with it.
        let news = "About forty percent of our calls are just \"any news?\". If clients got an update, that'd help."
        #expect(TextAnalyzer.marked(news).map(\.mark) == [".", "."])
        #expect(GoalMatcher.quoted(news, keeping: ["About forty percent of our calls are just \"any news?\""])
            == "About forty percent of our calls are just \"any news?\". (…)")
        #expect(TextAnalyzer.marked("Ils disent « on verra ? » et rien. Voilà.").map(\.mark) == [".", "."])
        // A filler that parted two clauses leaves its comma.
        #expect(en.quotation("Usually it's something small, uh, they missed orientation. Conditions, um, texts only to those who opted in.")
            == "Usually it's something small, they missed orientation. Conditions, texts only to those who opted in.")
        #expect(fr.quotation("Il faut une relance, genre à J+30, pour ce genre de client.") == "Il faut une relance, à J+30, pour ce genre de client.")
        #expect(en.quotation("Tenancies are in Kinetic, the, er, the student accommodation system.") == "Tenancies are in Kinetic, the student accommodation system.")
        #expect(en.quotation("In a hailstorm we can get, you know, four thousand claims. Since the rules tightened, um, our inbox placement cratered. No, um, personalised offers.")
            == "In a hailstorm we can get four thousand claims. Since the rules tightened, our inbox placement cratered. No personalised offers.")
        // A hedge on a figure stays as said; after "that's" a filler leaves no comma.
        #expect(en.quotation("Most of our work comes off reviews, like, eighty percent of it.") == "Most of our work comes off reviews, like, eighty percent of it.")
        #expect(en.quotation("Because that's, uh, basically free money.") == "Because that's basically free money.")
        // Inside a phrase a filler leaves no comma; before a question, a colon.
        #expect(en.quotation("I need it filled within, like, an hour, an offer that, like, knocks the fee down.")
            == "I need it filled within an hour, an offer that knocks the fee down.")
        #expect(en.quotation("What I want is one view, like, is Denver upselling or is Austin carrying everyone?")
            == "What I want is one view: is Denver upselling or is Austin carrying everyone?")
        #expect(fr.quotation("On vend en ligne, euh, sur Shopify, pour les indépendants, euh, les freelances.")
            == "On vend en ligne sur Shopify, pour les indépendants, les freelances.")
        #expect(en.quotation("The owners are quite, you know, traditional. We need to stop messaging them, you know.")
            == "The owners are quite traditional. We need to stop messaging them.")
    }

    /// Our English contracts as a copywriter's does; the prospect's quoted words and a verb that ends its clause do not.
    @Test func englishContracts() {
        #expect(LocaleGrammar.contractions("We would show you the journey. It does not prove that one causes the other.")
            == "We’d show you the journey. It doesn’t prove that one causes the other.")
        #expect(LocaleGrammar.contractions("Answer every enquiry while it is still warm; we cannot say more, as it is.")
            == "Answer every enquiry while it’s still warm; we can’t say more, as it is.")
        #expect(LocaleGrammar.contractions("We would work within it: • “We do not want spam, it is not for us” so we will not send it.")
            == "We’d work within it: • “We do not want spam, it is not for us” so we won’t send it.")
        #expect(LocaleGrammar.contractions("> In your words: “We would like it.”\nWho is due this month? What is the usual gap?")
            == "> In your words: “We would like it.”\nWho’s due this month? What’s the usual gap?")
    }
}
