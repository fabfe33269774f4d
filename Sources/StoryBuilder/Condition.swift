import Foundation

/// The conditions a prospect set, in their words: what must hold ("nothing with a drug name can go in the text body",
/// « tout doit être en français et en espagnol ») and what must be left alone ("what I don't want is anyone touching
/// the newsletter design"). A brief lists each one it does not answer otherwise, so that none is dropped.
enum Condition {
    /// The conditions `text` sets, as said, in order, up to `limit`: a sentence that says one of the `markers`, or, in a
    /// long sentence or one that also asks for something, the clause that says it (with the clause before, when it is
    /// too short to stand alone: "legal's very firm on that").
    /// A sentence that also names one of `answered` (a document we send, a requirement we answer) gives only its other
    /// clauses. A target ("we must get to 65,000") is no condition.
    static func stated(in text: String, answered: [[String]] = [], limit: Int = 8) -> [String] {
        var found: [String] = []
        // A question asks ("does it have to be English-only?"); it sets nothing.
        for sentence in TextAnalyzer.marked(text).filter({ $0.mark != "?" }).map(\.sentence) {
            let words = TextAnalyzer.words(sentence)
            // "Conditions: only the buyer gets these, never the seller, and legal wants the contract linked": each rule it lists.
            if let listed = announced(sentence), !answered.contains(where: { TextAnalyzer.says($0, in: sentence) }) {
                found += rules(in: listed, announced: true).map { ClauseQuote.trimmed($0, whole: true) }
                continue
            }
            guard marked(words), !opensProblem(words), !TextAnalyzer.saysShare(sentence), !affirms.said(by: words), !(now.said(by: words) && !strong.said(by: words)),
                  !(sentence.contains(where: \.isNumber) && aims.said(by: words)) else { continue }
            // A sentence whose only rule-like clause states the problem ("everyone has to be there, and a third don't come")
            // sets none.
            guard TextAnalyzer.clauses(sentence).contains(where: { clause in
                let own = TextAnalyzer.words(clause)
                return marked(own) && !opensProblem(own)
            }) else { continue }
            let asks = asking.said(by: Array(words.prefix(4)))
            if words.count <= 40, !asks, !answered.contains(where: { TextAnalyzer.says($0, in: sentence) }) {
                found += rules(in: sentence).map { ClauseQuote.trimmed($0, whole: true) }
                continue
            }
            // A comma inside a phrase ("a different, human process") leaves a piece too short to be a clause: it goes back.
            let clauses = sentence.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .reduce(into: [String]()) { clauses, piece in
                    // A clause left waiting ("because, well, we're dealing with minors") goes on past its comma.
                    let waiting = clauses.last.map { TextAnalyzer.words($0).last(where: { !Self.fillers.contains($0) }) }.flatMap { $0 }.map(Self.waiting.contains) == true
                    if let last = clauses.last, TextAnalyzer.words(piece).count <= 2 || waiting { clauses[clauses.count - 1] = last + ", " + piece } else { clauses.append(piece) }
                }
            for (index, clause) in clauses.enumerated() {
                let own = TextAnalyzer.words(clause)
                guard marked(own) else { continue }
                // An ask's own clause is the need, not a condition on it; nor is a problem's.
                if asking.said(by: Array(own.prefix(4))) && !strong.said(by: own) || opensProblem(own) { continue }
                // A clause that points back ("that's not up for discussion", « on ne veut pas y toucher ») is said with
                // what it points to: the clause before it, or its whole sentence when that is not long and asks nothing.
                let pointsBack = back.said(by: Array(own.prefix(2))) || own.contains("y")
                // A clause too short to stand alone that opens its sentence ("Ce qu'il faut absolument") is said with the next.
                let said = pointsBack && words.count <= 40 && !asks ? sentence
                    : (own.count < 5 || pointsBack) && index > 0 ? clauses[index - 1] + ", " + clause
                    : own.count < 6 && index == 0 && clauses.count > 1 ? clause + ", " + clauses[1] : clause
                if answered.contains(where: { TextAnalyzer.says($0, in: said) }) && said != clause { continue }
                found.append(ClauseQuote.trimmed(said))
            }
        }
        // A sentence that announces conditions ("let me be upfront about what I don't want") sets none itself.
        // A ban is a condition however short ("No SMS"); another rule says more.
        return Array(found.filter { rule in
            let words = TextAnalyzer.words(rule)
            return (words.count >= 4 || words.count >= 2 && bans(rule)) && !announces(rule)
        }.uniqued().prefix(limit))
    }

    /// Whether `sentence` announces conditions to come rather than setting one ("let me start with what we won't do"); so
    /// does one that ends on what they do not want, with nothing after it (« il y a beaucoup de choses qu'on ne veut pas »).
    static func announces(_ sentence: String) -> Bool {
        let words = TextAnalyzer.words(sentence)
        return announcing.said(by: words) || [["ne", "veut", "pas"], ["ne", "voulons", "pas"], ["don", "t", "want"], ["do", "not", "want"]]
            .contains { words.suffix(3).elementsEqual($0) }
    }

    /// `quote` without the sentences that `listed` conditions say again, "(…)" where they were: each fact is said once.
    /// A sentence goes only where the conditions make up most of it; one that also states the need stays.
    static func quote(_ quote: String, without listed: [String]) -> String {
        let conditions = listed.map { TextAnalyzer.words($0) }
        let kept = TextAnalyzer.sentences(quote).filter { sentence in
            let words = TextAnalyzer.words(sentence)
            let said = " " + words.joined(separator: " ") + " "
            let covered = conditions.filter { !$0.isEmpty && said.contains(" " + $0.joined(separator: " ") + " ") }.map(\.count).reduce(0, +)
            // A sentence an item says whole goes too: "Does that integrate?", listed with the sentence before it.
            let listedWhole = words.count >= 3 && conditions.contains { (" " + $0.joined(separator: " ") + " ").contains(said) }
            return Double(covered) < covering * Double(words.count) && !listedWhole
        }
        return GoalMatcher.quoted(quote, keeping: Set(kept))
    }

    /// Words a clause cannot end on, and the fillers that may follow them before its comma.
    private static let waiting: Set<String> = ["because", "since", "as", "so", "that", "which", "parce", "que", "qu", "car", "comme", "puisque"]
    private static let fillers: Set<String> = ["well", "um", "uh", "er", "like", "euh", "ben", "bon", "genre", "hein"]

    /// The share of a sentence's words that what a list says again must make up for the quote to leave it out.
    static let covering = 0.6

    /// The rules a short sentence sets, each on its own: without what announces them ("Two things:", « Deux
    /// choses : »), and apart where it joins several ("it must go out in the exec's name, and anyone who bought
    /// elsewhere gets nothing"). Rules the prospect `announced` need no mark of their own.
    private static func rules(in sentence: String, announced: Bool = false) -> [String] {
        var said = sentence
        if let colon = said.firstIndex(of: ":") {
            let before = TextAnalyzer.words(String(said[..<colon]))
            let after = String(said[said.index(after: colon)...])
            if before.count <= 8, !marked(before), marked(TextAnalyzer.words(after)) { said = after }
        }
        var parts = said.components(separatedBy: ", and ").flatMap { $0.components(separatedBy: ", et ") }.flatMap { $0.components(separatedBy: "; ") }
            .flatMap { $0.components(separatedBy: ", but ") }.flatMap { $0.components(separatedBy: ", mais ") }
        // An announced list also parts at a comma that opens a rule (« pas de SMS le dimanche, uniquement les clients… »).
        if announced {
            parts = parts.flatMap { part in
                part.components(separatedBy: ", ").reduce(into: [String]()) { pieces, piece in
                    // A rule said as a consequence (« …mineurs, donc pas de SMS ») stays with its reason.
                    let words = TextAnalyzer.words(piece)
                    if let last = pieces.last, !opensRule(words) || words.count < 4 || ["donc", "so", "alors"].contains(words.first ?? "") {
                        pieces[pieces.count - 1] = last + ", " + piece
                    } else {
                        pieces.append(piece)
                    }
                }
            }
        }
        let rules = parts.filter { (announced || marked(TextAnalyzer.words($0))) && TextAnalyzer.words($0).count >= 3 }
        if rules.count > 1 && rules.count == parts.count { return rules }
        // A part that asks for something is the need, not a rule ("Targeted texts by pontoon would be ideal, and I really
        // don't want to start marketing at them"): the rules go alone, unless one points back to it.
        let wishes = parts.filter { !rules.contains($0) }
        if !rules.isEmpty, wishes.allSatisfy({ wishing.said(by: TextAnalyzer.words($0)) }),
           !rules.contains(where: { back.said(by: Array(TextAnalyzer.words($0).prefix(2))) }) {
            return rules
        }
        return [said]
    }

    /// What a sentence that opens by announcing conditions lists after its announcement ("Conditions, um, texts only to
    /// students who opted in…", « Conditions : chaque agence garde ses acquéreurs… »), if it opens so.
    private static func announced(_ sentence: String) -> String? {
        // Fillers said before the announcement ("Bon, conditions :") go with it.
        var start = sentence.startIndex
        while let mark = sentence[start...].firstIndex(where: { $0 == ":" || $0 == "," }) {
            let opening = TextAnalyzer.words(String(sentence[start..<mark])).drop { leading.contains($0) }
            if opening.isEmpty {
                start = sentence.index(after: mark)
                continue
            }
            let said = opening.joined(separator: " ")
            // "Par contre" announces with a colon only: with a comma it opens a sentence like any other.
            guard opening.count <= 4, announcers.contains(said) || sentence[mark] == ":" && contrasts.contains(said) else { return nil }
            // Fillers said after the announcement ("Conditions, um, texts…") go with it.
            var rest = Substring(sentence[sentence.index(after: mark)...])
            while let next = rest.firstIndex(where: { $0 == "," }), TextAnalyzer.words(String(rest[..<next])).allSatisfy(leading.contains) {
                rest = rest[rest.index(after: next)...]
            }
            let listed = rest.trimmingCharacters(in: .whitespaces)
            return TextAnalyzer.words(listed).count >= 3 ? listed : nil
        }
        return nil
    }

    /// Words of contrast that announce conditions before a colon (« Par contre : pas de SMS le dimanche… »).
    private static let contrasts: Set<String> = ["par contre", "en revanche", "however", "but", "mais", "attention"]

    /// What announces a list of conditions, said alone before a colon or a comma.
    private static let announcers: Set<String> = [
        "conditions", "condition", "two conditions", "a few conditions", "couple of things", "a couple of things", "two things",
        "three things", "ground rules", "rules", "constraints", "caveats", "non negotiables", "deux conditions", "quelques conditions",
        "deux choses", "trois choses", "contraintes", "regles", "nos conditions", "mes conditions", "les conditions", "nos contraintes",
    ]

    /// Words said before what a sentence opens with ("Oh, and never mid-ride"), or as fillers.
    private static let leading: Set<String> = ["oh", "and", "also", "so", "plus", "but", "um", "uh", "er", "et", "aussi", "donc", "alors", "mais", "euh", "bon",
                                               "ah", "seulement", "however", "cependant", "toutefois", "ben", "well", "please", "svp", "obviously",
                                               "honestly", "clearly", "evidemment", "franchement", "naturellement"]

    /// Whether `words` open with the problem, or with what the prospect's own customers must do (``problem``).
    private static func opensProblem(_ words: [String]) -> Bool { problem.said(by: Array(words.prefix(4))) }

    /// Whether `words` set a condition: a marker said as a rule (not "they didn't have to"), two languages or more, or a
    /// rule said as an opening refusal ("Never mid-ride", "No tracking pixels", « Aucune donnée de santé »).
    private static func marked(_ words: [String]) -> Bool {
        markers.said(by: TextAnalyzer.words(of: words.joined(separator: " "), without: unbound + needs)) || languages(words) >= 2 || opensRule(words)
            || emphasised(words)
    }

    /// Whether `words` open on an emphasis and then a refusal: "but, and this is critical, no exact time in the message".
    private static func emphasised(_ words: [String]) -> Bool {
        guard let at = words.firstIndex(where: { emphasis.contains($0) }), at < 6 else { return false }
        return opensRule(Array(words[(at + 1)...]))
    }

    /// Words that stress what follows.
    private static let emphasis: Set<String> = ["critical", "crucial", "important", "essential", "essentiel", "capital", "primordial"]

    /// Whether `words` open with a refusal or a restriction: "never", "only", « jamais », « aucun », « pas de »; "no",
    /// "nothing" or « rien » but for what states a problem ("no one opens them", "nothing happens", « rien ne marche »).
    private static func opensRule(_ words: [String]) -> Bool {
        let opening = Array(words.drop { leading.contains($0) }.prefix(2))
        guard let first = opening.first else { return false }
        let second = opening.dropFirst().first ?? ""
        return ["never", "jamais", "aucun", "aucune", "zero", "uniquement", "seulement", "only"].contains(first) || first == "pas" && ["de", "d", "plus"].contains(second)
            || first == "no" && !["one", "idea", "way", "longer", "matter", "doubt", "problem", "issue", "clue", "response", "reply", "sorry", "wait",
                                     "actually", "show", "shows"].contains(second)
            || first == "nothing" && !["happens", "happened", "works", "worked", "changes", "changed", "comes", "came", "gets", "got", "goes",
                                       "went", "at", "much", "else", "really", "is", "was"].contains(second)
            || first == "rien" && !["ne", "n"].contains(second)
    }

    /// What says yes to a need after a contrast: « Par contre les rappels pour les échéances, ça oui ».
    private static let affirms = TextAnalyzer.Expressions(["ca oui", "ca on veut", "la oui", "ceux la oui", "that yes", "those yes", "that we do want"])

    /// What says the need itself, not a rule on it: "reminders need to go out on their own", "whoever picks up the phone
    /// needs to see the whole history", « les rappels doivent partir tout seuls ».
    private static let needs = ["need to go out", "needs to go out", "have to go out", "has to go out", "must go out", "need to be sent",
                                "needs to be sent", "need to see", "needs to see", "doivent partir", "doit partir", "doivent etre envoyes",
                                "doit voir", "doivent voir", "puisse voir", "puissent voir"]

    /// What only says something did not have to be, which sets no condition ("find out later they didn't have to").
    private static let unbound = ["didn t have to", "don t have to", "doesn t have to", "didn t need to", "don t need to", "n ont pas eu a",
                                  "il faudrait", "il faudra voir",
                                  // What they cannot do is their pain, not a rule: "we can't keep up".
                                  "can t keep up", "cannot keep up", "can t cope", "cannot cope", "can t handle", "cannot handle",
                                  "can t keep pace", "can t see", "cannot see", "can t tell", "can t find", "can t get", "can t scale",
                                  "can t manage", "can t track", "can t measure", "can t follow",
                                  // Nor is what they do not do yet: "we do nothing about it".
                                  "do nothing about", "done nothing about", "doing nothing about", "ne fait rien", "ne faisons rien", "on fait rien",
                                  "mais on ne les relance pas", "on ne les relance pas pour", "ne les relance meme pas", "ne les relancons pas",
                                  "but we don t follow up", "we never follow up", "we don t follow up with them"]

    /// How many languages `words` name: content in two languages or more is a condition ("so English and Spanish").
    private static func languages(_ words: [String]) -> Int { Set(words.filter(languageNames.contains)).count }

    private static let languageNames: Set<String> = [
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "flemish", "welsh", "arabic", "mandarin", "polish",
        "anglais", "espagnol", "francais", "allemand", "italien", "portugais", "neerlandais", "flamand", "arabe", "breton", "basque", "catalan",
    ]

    /// Words that set a condition, as the analyzer normalizes them.
    private static let markers = TextAnalyzer.Expressions([
        "text only", "email only", "sms only", "text and email only", "email and text only", "post only", "sms uniquement", "mail uniquement",
        "par sms uniquement", "que par sms", "que par mail",
        // A term they will not sign up to: "so no annual lock-in for the first year please", « sans engagement ».
        "no lock in", "no annual lock in", "no lock-in", "no annual lock-in", "no annual contract", "no long contract", "no minimum term",
        "sans engagement", "pas d engagement", "pas d engagement annuel", "pas de contrat annuel",
        "must", "mustn t", "has to", "have to", "needs to", "need to be", "non negotiable", "we can t", "you can t", "it can t", "can t be",
        "can t go", "can t send", "can t contact", "can t message", "can t text", "can t email", "can t use", "can t have", "can t include",
        "cannot", "can not",
        "should never", "can never", "never be", "never send", "never contact", "never message", "never email", "never text",
        "nothing with a", "nothing with any", "nothing with the", "nothing with our", "nothing with their", "nothing that", "no one under", "nobody under", "nothing goes", "nothing should", "must not", "not to contact",
        "don t message", "do not message", "don t contact", "do not contact", "don t send", "do not send",
        "no texts", "no messages", "no emails", "no sends", "no marketing", "no messaging", "no push", "no sms", "no calls",
        "nothing on", "nothing before", "nothing after", "don t pitch", "don t offer", "never mention", "don t mention", "can t mention",
        "ne parle jamais", "ne mentionne jamais", "jamais mentionner", "on ne parle pas", "get nothing", "gets nothing", "receive nothing",
        "receives nothing", "full stop", "ne recoivent rien", "ne recoit rien", "point final", "exclud", "is out of the question", "are out of the question", "is off the table", "are off the table", "exclu",
        "on exclut", "on les sort", "on sort de la liste", "on sort des envois", "on sort ceux", "il faut absolument", "ce qu il faut absolument", "no upsell", "no upselling", "pas de vente additionnelle",
        "pas de code", "pas de promo", "pas de remise", "no discount", "no discounts", "no promo", "no code",
        "pas de notification", "pas de push", "pas de whatsapp", "pas d appel", "ne relance jamais", "on ne relance",
        "rien sur", "ne sortent pas", "ne sort pas", "ne quittent pas", "zero promotional", "no promotional", "not even", "zero contenu", "aucun contenu", "pas de contenu", "never on", "not on weekends", "not on sundays", "not on a sunday",
        "pas le dimanche", "jamais le dimanche", "pas le week end", "rien le", "rien avant", "rien apres", "pas de relance", "pas d envoi", "pas de sms", "pas de mail",
        "pas de message", "aucun message", "aucune relance", "nothing about", "left alone", "gets left", "laisse tranquille",
        "laisser tranquille", "opted in", "who opted", "only those who", "only people who", "uniquement ceux qui", "seulement ceux qui", "en copie", "copied in", "rien pendant", "nothing during", "stop messaging", "stop sending", "stop contacting", "only tell", "only send", "only text", "only email", "only message",
        "only contact", "only notify", "ne les touche", "ne les contacte", "ne les relance", "don t touch them", "leave them", "keep them out", "keep out of", "need to go to the", "has to go to the",
        "don t want", "do not want", "not allowed", "isn t allowed", "not up for discussion", "off limits", "leave alone",
        "don t touch", "do not touch", "not touch", "out of scope", "requirement", "make sure", "won t accept",
        "under no circumstances", "strictly", "mandatory", "no one touches", "nobody touches", "stays as",
        "il faut que ce", "il faut que ca", "il faut que tout", "il faut que les", "il faut que le", "il faut que la", "il faut que l",
        "il faudra", "doit", "doivent", "devra", "devront", "obligatoire", "non negociable", "pas negociable",
        "pas question", "ne doit jamais", "ne doivent jamais", "passera jamais", "jamais de", "aucune donnee", "interdit",
        "on ne touche pas", "on n y touche pas", "on ne veut pas", "je ne veux pas",
        "surtout pas", "hors perimetre", "hors de question", "exigence", "imperatif", "imperativement", "il est exclu",
        "pas toucher", "ne touche", "ne veut surtout", "par contre", "en revanche", "il faut pouvoir", "ne pas faire", "ne doit pas",
        "ne doivent pas", "ne pas contacter", "ne pas envoyer", "ne jamais",
        // What they would walk away from, or turn down outright: « si ça me prend mes week-ends, laissez tomber ».
        "laissez tomber", "c est mort", "forget it", "we re out", "on passe notre tour", "c est niet", "c est non", "zero marketing", "zero pub",
        "pas de marketing", "pas de pub", "no ads", "no advertising",
        // A ceiling on price: « sans payer deux cents euros par mois », "we can't go over a couple hundred a month".
        "sans payer+par mois", "payer+par mois", "without paying+a month", "paying+a month", "pas plus de+euros", "no more than+a month",
        "can t go over", "can t exceed", "plafond", "budget max",
        // Terms of price: "I'm not paying per seat", « il me faut un prix ferme ».
        "not paying", "won t pay", "not going to pay", "no per seat", "fixed price", "flat fee", "flat rate", "prix ferme", "prix fixe",
        "pas payer", "tarif fixe", "forfait fixe", "pas un de plus", "pas un euro de plus", "not a penny more", "not a cent more",
    ])

    /// Whether `rule` is about what we charge: "not paying per seat", « un prix ferme, pas un abonnement qui gonfle ».
    static func prices(_ rule: String) -> Bool { TextAnalyzer.says(priceWords, in: rule) }

    private static let priceWords = ["per seat", "per user", "per contact", "per head", "per licen", "pricing", "price", "pay for",
                                     "paying for", "pay per", "paying per", "pay a", "pay the", "budget", "prix", "tarif", "payer l",
                                     "payer un", "payer pour", "payer par", "abonnement", "forfait", "par utilisateur", "au contact",
                                     "par contact", "par siege", "par poste", "de plus", "euros", "dollars", "bucks", "quid", "pounds",
                                     "francs", "lock in", "lock-in", "contract", "minimum term", "engagement", "contrat"]

    /// Words that open the problem, or what the prospect's own customers must do, rather than a condition on us.
    private static let problem = TextAnalyzer.Expressions(["the problem", "the pain", "the issue", "our problem", "le probleme", "notre probleme",
                                                           "tout le monde doit", "everyone has to", "everybody has to", "everyone needs to",
                                                           "le souci", "people have to", "people need to", "customers have to", "guests have to",
                                                           "les gens doivent", "les clients doivent", "nos clients doivent", "les patients doivent",
                                                           "ce qui nous coute", "ce qui me coute", "what costs us", "what s costing us",
                                                           "what hurts us", "ce qui nous fait mal"])

    /// Words that tell how things stand now ("and then they get nothing, until the next newsletter"): a sentence that says
    /// one describes the problem, unless it also says a strong rule.
    private static let now = TextAnalyzer.Expressions(["at the moment", "right now", "currently", "until the next", "and then they",
                                                       "actuellement", "pour l instant", "en ce moment", "pour le moment", "jusqu au prochain"])

    /// Whether `rule` opens on a ban ("No SMS, these are procurement people"): a rule on the messages, whatever else its
    /// sentence talks about.
    static func bans(_ rule: String) -> Bool { TextAnalyzer.words(rule).first { !leading.contains($0) }.map(bans.contains) ?? false }

    /// Words that open a ban.
    private static let bans: Set<String> = ["no", "never", "nothing", "pas", "jamais", "aucun", "aucune", "rien"]

    /// Words that announce conditions to come.
    private static let announcing = TextAnalyzer.Expressions(["let me be", "be upfront", "i ll be honest about", "je vais etre clair",
                                                              "je vais etre franc", "je vous le dis", "je vous previens", "je vais commencer par",
                                                              "i ll start with", "let me start with", "start with what we don t",
                                                              "dire ce qu on ne veut pas", "ce qu on ne veut pas d abord", "tell you what we don t want",
                                                              "what we don t want first", "je commence par", "let me go through",
                                                              "go through what", "lead with the", "i ll lead with", "commence par les interdits",
                                                              "je vais etre direct", "dire tout de suite ce qu"])

    /// Words that open a clause pointing back to what came before.
    private static let back = TextAnalyzer.Expressions(["that", "this", "which", "it s", "it isn", "c est", "ce n", "ca", "cela"])

    /// Words that make a figure a target rather than a condition.
    private static let aims = TextAnalyzer.Expressions(["get to", "reach", "target", "goal", "passer", "atteindre", "objectif", "vise"])

    /// Words that make a condition of an ask's own clause ("I want alerts, but nothing with a drug name must go in it").
    private static let strong = TextAnalyzer.Expressions(["must", "never", "non negotiable", "cannot", "can t", "jamais", "obligatoire",
                                                          "interdit", "non negociable", "surtout pas", "pas question"])

    /// What says a part of a sentence asks for something rather than sets a rule.
    private static let wishing = TextAnalyzer.Expressions(["would be ideal", "would be great", "would be perfect", "would be brilliant",
                                                           "would be a win", "i want", "we want", "i d like", "we d like", "i d love",
                                                           "we d love", "serait ideal", "serait parfait", "serait top", "on voudrait",
                                                           "je voudrais", "j aimerais", "on aimerait", "je prends", "je signe",
                                                           "i ll take it", "we ll take it", "count me in", "i m in"])

    /// The openings of an ask: its sentence is the need, and only its clauses that set a condition are one.
    private static let asking = TextAnalyzer.Expressions([
        "i want", "i d want", "i d like", "i d love", "we want", "we d want", "we d like", "i need", "we need", "what i d like",
        "what i want", "what i need", "what we need", "je voudrais", "on voudrait", "j aimerais", "on aimerait", "ce que je veux",
        "ce que j aimerais", "ce qu il nous faut", "il nous faut", "je veux", "on veut", "nous voulons", "il faudrait",
    ])
}
