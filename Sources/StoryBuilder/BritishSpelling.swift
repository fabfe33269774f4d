import Foundation

/// British spelling for a prospect who writes it, or who speaks from Britain, Ireland or Australasia: a brief for someone
/// who wrote "behaviour" or "enrolment", or who named Manchester or prices in pence, says "recognise" and "traveller" too.
///
/// The phrase books are written in American spelling; the words that differ are listed here, each with its forms.
/// Quoted passages (the prospect's own words, between “ and ”), the prospect's name and HTML markup are left as they
/// are.
enum BritishSpelling {
    /// Words only a British writer uses, though no American form is turned into them ("programme" is also a "program"),
    /// and words that place the prospect in Britain: its nations, cities and counties, its money and its institutions.
    private static let markers: Set<String> = ["whilst", "programme", "programmes", "fortnight", "postcode", "postcodes", "maths",
                                               "england", "scotland", "wales", "london", "manchester", "birmingham", "leeds", "glasgow",
                                               "edinburgh", "bristol", "liverpool", "cardiff", "belfast", "newcastle", "sheffield",
                                               "nottingham", "brighton", "yorkshire", "cornwall", "devon", "norfolk", "suffolk",
                                               "pence", "quid", "nhs", "hmrc", "ofsted", "ofcom", "gcse", "gcses", "fca",
                                               "midlands", "norwich", "peterborough", "cheshire", "york", "oxford", "cambridge",
                                               "cotswolds", "kent", "essex", "surrey", "sussex", "hampshire", "dorset", "somerset",
                                               "lancashire", "cumbria", "plymouth", "exeter", "southampton", "portsmouth", "leicester",
                                               "coventry", "aberdeen", "dundee", "swansea", "inverness", "ofgem", "ofwat", "dvla",
                                               "ucas", "pecr", "gbp", "sterling", "licence", "licences", "queue", "queues", "queueing",
                                               "lorry", "lorries", "borough", "solent", "holidaymakers", "fibre", "kerb", "tyres", "cheque",
                                               // Ireland, Australia and New Zealand spell as Britain does.
                                               "ireland", "irish", "dublin", "cork", "galway", "limerick", "gaeltacht", "australia",
                                               "australian", "melbourne", "sydney", "brisbane", "perth", "adelaide", "footy", "auckland",
                                               "zealand", "mum", "mums"]
    /// Expressions that place the prospect in Britain.
    private static let expressions = ["uk time", "sixth form", "a levels", "high street", "bank holiday", "northern ireland", "per cent",
                                      "council tax", "gov uk", "greater manchester", "east anglia", "the north east", "the north west",
                                      "motor insurance", "home and motor", "bin collection", "bin collections", "g cloud", "summer holidays"]

    /// Whether `text` uses British spelling, or places its writer in Britain: one of the British forms below, one of the
    /// `markers` or `expressions`, or a price in pounds.
    static func isUsed(in text: String) -> Bool {
        text.contains("£") || TextAnalyzer.words(text).contains { british.contains($0) || markers.contains($0) }
            || TextAnalyzer.says(expressions, in: text)
    }

    /// `text` with American spellings turned British, outside quotes, the name `keeping` (the prospect's) and markup.
    static func apply(to text: String, keeping name: String) -> String {
        guard !name.isEmpty else { return apply(to: text) }
        return text.components(separatedBy: name).map(apply(to:)).joined(separator: name)
    }

    static func apply(to text: String) -> String {
        var output = ""
        var word = ""
        var quoted = 0, inTag = false
        func flush() {
            output += quoted > 0 || inTag ? word : convert(word)
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
                continue
            }
            flush()
            switch character {
            case "“": quoted += 1
            case "”": quoted = max(0, quoted - 1)
            case "<": inTag = true
            case ">": inTag = false
            default: break
            }
            output.append(character)
        }
        flush()
        return output
    }

    /// A word in British spelling, its capitals kept.
    private static func convert(_ word: String) -> String {
        guard let british = american[word.lowercased()] else { return word }
        if word.first?.isUppercase == true { return british.prefix(1).uppercased() + british.dropFirst() }
        return british
    }

    /// American → British, every form.
    private static let american: [String: String] = {
        var table: [String: String] = [:]
        // -ize verbs and their nouns.
        for stem in ["recogni", "organi", "personali", "prioriti", "optimi", "customi", "reali", "minimi", "maximi", "summari",
                     "standardi", "synchroni", "categori", "emphasi", "utili", "apologi"] {
            for (us, uk) in [("ze", "se"), ("zed", "sed"), ("zes", "ses"), ("zing", "sing"), ("zation", "sation"), ("zations", "sations")] {
                table[stem + us] = stem + uk
            }
        }
        for (us, uk) in [("analyze", "analyse"), ("analyzed", "analysed"), ("analyzes", "analyses"), ("analyzing", "analysing")] {
            table[us] = uk
        }
        // -or nouns.
        for stem in ["behavi", "fav", "col", "hon", "lab", "neighb", "hum", "rum"] {
            for (us, uk) in [("or", "our"), ("ors", "ours"), ("ored", "oured"), ("oring", "ouring")] { table[stem + us] = stem + uk }
        }
        for (us, uk) in [("favorite", "favourite"), ("favorites", "favourites"), ("favorable", "favourable"), ("behavioral", "behavioural"),
                         ("center", "centre"), ("centers", "centres"), ("centered", "centred"),
                         ("traveler", "traveller"), ("travelers", "travellers"), ("traveled", "travelled"), ("traveling", "travelling"),
                         ("canceled", "cancelled"), ("canceling", "cancelling"), ("enrollment", "enrolment"), ("enrollments", "enrolments"),
                         ("inquiry", "enquiry"), ("inquiries", "enquiries"),
                         ("catalog", "catalogue"), ("catalogs", "catalogues"), ("fulfill", "fulfil"), ("fulfillment", "fulfilment")] {
            table[us] = uk
        }
        return table
    }()

    /// The British forms, normalized as ``TextAnalyzer/words(_:)`` gives them: a prospect who writes one of them
    /// spells British ("analyses" is an American plural too).
    private static let british = Set(american.values).subtracting(["analyses"])
}
