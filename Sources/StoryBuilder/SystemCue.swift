import Foundation

/// Systems a prospect names that the catalogue does not hold, found by how they are said: "everything lives in Keyloop",
/// "Dentrix for scheduling", "the CRM is Dynamics", "the statuses come from Epic", « la gestion des abonnés est sur
/// Aboweb », « notre CRM, c'est Sellsy », « on exporte la liste depuis Hektor », « on utilise Zenchef ». A name is one to four capitalized
/// words, said after or before such a cue.
enum SystemCue {
    /// The names `text` gives systems by such cues, in the order said, each once; not `except` (the prospect's own name),
    /// nor words that name a day, a month, a channel or a meeting tool.
    static func names(in text: String, except: [String] = []) -> [String] {
        names(in: text, by: cues, except: except)
    }

    /// The system `text` says messages should leave from, among `systems`: « faudrait que ça parte tout seul depuis
    /// Sylob », "it should all go out from Ibcos".
    static func source(in text: String, among systems: [String]) -> String? {
        names(in: text, by: sources).first { said in systems.contains { $0.localizedCaseInsensitiveCompare(said) == .orderedSame } }
    }

    private static func names(in text: String, by cues: [NSRegularExpression], except: [String] = []) -> [String] {
        let source = text.replacingOccurrences(of: "’", with: "'")
        let whole = NSRange(source.startIndex..., in: source)
        let found = cues.flatMap { cue in
            cue.matches(in: source, range: whole).compactMap { match -> (Int, String)? in
                guard let range = Range(match.range(at: 1), in: source) else { return nil }
                // "Epic's OR module" names Epic.
                let name = source[range].components(separatedBy: "'s ").first!.trimmingCharacters(in: CharacterSet(charactersIn: " .,'"))
                guard let first = name.split(separator: " ").first, !stop.contains(String(first)), !stop.contains(name),
                      !except.contains(where: { $0.localizedCaseInsensitiveContains(name) }) else { return nil }
                return (match.range(at: 1).location, name)
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1).uniqued()
    }

    /// One to four capitalized words ("iNot" counts: a capital after its first letter), or a number after the first ("G-Cloud
    /// 14"); a full stop or a slash inside a word only ("CAD/AVL").
    private static let name = #"((?:\p{Lu}|\p{Ll}(?=\p{Lu}))(?:[\p{L}\d&+'_-]|[./](?=\p{L}))*(?:\s+(?:(?:of|de)\s+(?=\p{Lu}))?(?:\p{Lu}(?:[\p{L}\d&+'_-]|\.(?=\p{L}))*|\d+)){0,3})"#
    private static let kinds = "crm|dms|pms|erp|pos|core|core system|core banking|paywall|lms|ehr|emr|ris|till system|till|booking system|"
        + "billing system|billing|ticketing|ticketing system|esp|cdp|helpdesk|e-commerce platform|ecommerce platform|web shop|"
        + "practice management system|practice management software|property management system|management system|donor system|"
        + "back office|back-office|booking tool|system|software|platform"
    /// Where messages leave from: « que ça parte tout seul depuis Sylob », "sent straight from Ibcos".
    private static let sources: [NSRegularExpression] = [
        #"(?i:\b(?:parte|partent|partir|part|envoy\p{L}*)\b[^.;:?!]{0,20}?\bdepuis\s+)"# + name,
        #"(?i:\b(?:go|goes|going|went|sent|send|sends|fire|fired|fires|trigger|triggered)\s+(?:out\s+)?(?:straight\s+|directly\s+)?from\s+)"# + name,
    ].map { try! NSRegularExpression(pattern: $0) }
    private static let cues: [NSRegularExpression] = sources + [
        #"(?i:\b(?:we're|we are|we're all|it's all|they're|everything's|everything is|ticketing's|ticketing is|bookings are|orders are|all)\s+on)\s+"# + name,
        #"(?i:\bchez nous,?\s+sur|\bdans)\s+"# + name,
        #"(?i:\b(?:everything's|everything is|it's all|it is all)\s+in)\s+"# + name,
        #"(?i:\b(?:sell|sells|selling|book|books|booking)\s+through)\s+"# + name,
        #"(?i:\b(?:data's|data is|data are|the data's)\s+(?:in|on))\s+"# + name,
        // "Records and scheduling are in SimplePractice", "a homegrown system on Airtable", "seven thousand volunteers on
        // Better Impact", "in the state system, VoteCal".
        #"(?i:\b(?:records|scheduling|schedules|appointments|files|contacts|orders|rotas)\s+(?:are|is)\s+(?:all\s+)?(?:in|on))\s+"# + name,
        #"(?i:\b(?:system|tool|app|database)\s+(?:built\s+)?on)\s+"# + name,
        #"(?i:\b(?:thousand|hundred|\d[\d,]*)\s+(?:[a-z]+\s+)?(?:volunteers|members|customers|clients|contacts|users|subscribers|patients|students|donors)\s+on)\s+"# + name,
        #"(?i:\b(?:state|national|county|central)\s+system,)\s+"# + name,
        // « l'espace adhérent c'est du Liferay », « c'est du Simplauto je crois ».
        #"(?i:\bc'est\s+(?:du|de la|de l'))\s*"# + name,
        #"(?i:\b(?:we|they)\s+(?:use|run|moved to|switched to)|\busing|\bvia)\s+"# + name,
        #"(?i:\b(?:lives?|sits?|are all|is all|is kept|are kept|are held|is held|are stored|is stored)\s+(?:in|on|inside))\s+"# + name,
        #"(?i:\b(?:our|the)\s+(?:[a-z]+\s+)?(?:"# + kinds + #")(?:\s+is|'s))\s+"# + name,
        // "POS is Epicor Eagle": a kind said by its initials needs no article.
        #"(?i:\b(?:pos|crm|erp|dms|pms|ehr|emr|lms|cms)(?:\s+is|'s))\s+"# + name,
        name + #"(?i:\s+(?:is|'s)\s+(?:our|the)\s+(?:"# + kinds + #"|system|platform))\b"#,
        #"(?i:\bon)\s+"# + name + #"(?i:\s+as\s+(?:our|the)\s+(?:"# + kinds + #"))\b"#,
        name + #"(?i:\s+for\s+(?:the\s+)?(?:crm|pms|dms|erp|lms|pos|ehr|emr|scheduling|bookings|booking|ticketing|email|emails|newsletters|paywall|billing|payments|subscriptions|memberships|reservations))\b"#,
        #"(?i:\b(?:billing|payments?|the shop|the site|the website|our shop|our site|emails?|crm)(?:'s|\s+is|\s+are|\s+go|\s+goes|\s+run|\s+runs)\s+(?:on|in|through|via))\s+"# + name,
        #"(?i:\b(?:in|from|on)\s+our)\s+"# + name + #"(?i:\s+(?:"# + kinds + #"))\b"#,
        #"(?i:\b(?:signed|recorded|logged|entered|saved|marked|booked|tracked|updated|taken)\s+in)\s+"# + name,
        #"(?i:\b(?:go|goes|flow|flows|run|runs|come|comes|pass|passes)\s+through)\s+"# + name,
        #"(?i:\b(?:arrivent|arrive|passent|passe|tombent|tombe)\s+(?:par|via|dans)|\bà\s+partir\s+d(?:e\s+|'))\s*"# + name,
        #"(?i:\b(?:on est|nous sommes|on travaille|on tourne)\s+(?:sur|sous))\s+"# + name,
        #"(?i:\b(?:on utilise|nous utilisons|on passe par|nous passons par|on travaille avec|on bosse avec))\s+"# + name,
        #"(?i:\b(?:tickets|bookings|orders|policies|records|contacts|accounts|subscriptions|appointments|reservations|claims|leads|invoices|"#
            + #"payments|donations|memberships|students|patients|statuses|listings|tenancies|shifts|rotas|volunteers|members|contracts|quotes|jobs)\s+are\s+(?:all\s+)?(?:in|on))\s+"# + name,
        // What comes from a system is data ("the statuses come from Epic"), not people ("patients come from the Gulf").
        #"(?i:\b(?<!patients\s|people\s|customers\s|clients\s|members\s|students\s|guests\s|visitors\s|fans\s|families\s)(?:comes?|coming|came|pulled|fed|flows?)\s+(?:in\s+)?from\s+(?:our\s+|the\s+)?)"# + name,
        #"(?i:\b(?:viennent|vient|arrivent|remontent)\s+(?:de|d'|du|depuis)\s*(?:notre\s+|nos\s+)?)"# + name,
        #"(?i:\b(?:export|extract|pull|tir|récup)\p{L}*\b[^.;:?!]{0,40}?\b(?:depuis|from|out of)\s+)"# + name,
        #"(?i:\b(?:sont|est|sont gérées|sont gérés|est gérée|est géré|tout est|tout remonte|remontent|remonte|vivent|vit)\s+(?:dans|sur))\s+"# + name,
        // « Le suivi c'est Shippeo », « Les rendez-vous en ligne, c'est Planity ».
        #"(?i:\b(?:notre|le|la|les)\s+\p{L}+(?:[\s-]+\p{L}+){0,3}\s*,?\s*c'est)\s+"# + name,
        #"(?i:\b(?:(?:notre|le|la|les)\s+|l['’])(?:crm|dms|erp|logiciel|logiciel de caisse|logiciel métier|outil métier|caisse|caisses|paywall|ris|billetterie|pms|outil|plateforme|portail|portail famille|portail client|portail usagers|résa|réservations|agenda|agendas|emailing|facturation)\s*,?\s*c'est)\s+"# + name,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The kind of system a prospect spoke of as theirs without naming it ("our booking system", « notre ERP »), as
    /// said, for a brief to ask about "your booking system"; nil where they spoke of none.
    static func kind(in text: String) -> String? {
        let source = text.replacingOccurrences(of: "’", with: "'")
        guard let match = owned.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)),
              let range = Range(match.range(at: 1), in: source) else { return nil }
        let kind = String(source[range])
        // Initials keep their capitals (ERP, CRM); a common noun is said in lower case.
        return kind.count <= 4 && kind == kind.uppercased() ? kind : kind.lowercased()
    }

    /// Systems a prospect owns, after "our", « notre », "we have a", « on a un ».
    private static let owned = try! NSRegularExpression(pattern:
        #"(?i)\b(?:our|my|we\s+have\s+an?|we've\s+got\s+an?|we\s+run\s+an?|notre|nos|mon|ma|on\s+a\s+une?|nous\s+avons\s+une?)\s+(?:own\s+|current\s+|propre\s+)?("#
            + #"practice management system|property management system|booking system|booking tool|booking platform|ticketing system|"#
            + #"loyalty app|in-house tool|in-house system|in-house platform|in house tool|back-?end|back-office|erp|crm|dms|pms|pos|till|app|database|"#
            + #"logiciel de gestion|logiciel de caisse|logiciel métier|logiciel de réservation|outil de réservation|"#
            + #"plateforme de réservation|plateforme maison|outil maison|plateforme|caisse|logiciel|appli|application|base de données)\b"#)

    private static let stop: Set<String> = [
        "I", "I'm", "I'd", "I've", "It", "It's", "The", "Our", "We", "And", "But", "So", "Um", "Uh", "Euh", "Alors", "Donc", "Et", "Mais",
        "On", "Le", "La", "Les", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "UK", "US", "EU", "GDPR",
        "SMS", "Email", "WhatsApp", "Teams", "Zoom", "Google", "Google Meet", "Meet", "IT", "Christmas", "Noël", "English", "French",
        "Spanish", "Q1", "Q2", "Q3", "Q4", "Facebook", "Instagram", "Booking", "Gmail", "Outlook", "Excel", "API", "APIs", "SFTP", "FTP", "B2B", "B2C",
    ]
}
