import Foundation

/// Turns French or English free text into matching terms: normalized, stop words out, lightly stemmed, synonyms folded.
struct TextAnalyzer: Sendable {
    /// A term and the word of the original text it came from.
    struct Term: Equatable {
        var stem: String
        var word: String
    }

    /// Stem → canonical stem of its synonym group.
    private let canonical: [String: String]
    /// Multi-word synonyms: first stem → (stem sequences, longest first, with their canonical stem).
    private let phrases: [String: [(stems: [String], canonical: String)]]

    init(synonyms: Localized<[[String]]>) {
        var canonical: [String: String] = [:]
        var phrases: [String: [(stems: [String], canonical: String)]] = [:]
        for (locale, groups) in [(NarrativeLocale.en, synonyms.en), (.fr, synonyms.fr)] {
            for group in groups {
                guard let head = group.first.map({ Self.words($0).map { Self.stem($0, locale) }.joined(separator: " ") }), !head.isEmpty
                else { continue }
                for entry in group {
                    let stems = Self.words(entry).filter { !Self.stopWords.contains($0) }.map { Self.stem($0, locale) }
                    if stems.count == 1, canonical[stems[0]] == nil { canonical[stems[0]] = head }
                    if stems.count > 1 { phrases[stems[0], default: []].append((stems, head)) }
                }
            }
        }
        self.canonical = canonical
        self.phrases = phrases.mapValues { $0.sorted { $0.stems.count > $1.stems.count } }
    }

    /// The terms of `text`; the language is guessed from its stop words when not given.
    /// A run of words that forms a multi-word synonym ("walk away") becomes one term.
    func terms(_ text: String, locale: NarrativeLocale? = nil) -> [Term] {
        let words = Self.words(text)
        let locale = locale ?? Self.guessLocale(words)
        let kept = words.filter { $0.count > 1 && !Self.stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
        let stems = kept.map { Self.stem($0, locale) }
        var terms: [Term] = []
        var index = 0
        while index < stems.count {
            if let phrase = phrases[stems[index]]?.first(where: { Array(stems[index...].prefix($0.stems.count)) == $0.stems }) {
                terms.append(Term(stem: phrase.canonical, word: kept[index..<index + phrase.stems.count].joined(separator: " ")))
                index += phrase.stems.count
            } else {
                terms.append(Term(stem: canonical[stems[index]] ?? stems[index], word: kept[index]))
                index += 1
            }
        }
        return terms
    }

    /// Lowercased, accent-free words; apostrophes split elided articles ("l'attrition" → "l", "attrition").
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) { current.unicodeScalars.append(scalar) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func guessLocale(_ words: [String]) -> NarrativeLocale {
        let french = words.filter(frenchStopWords.contains).count
        let english = words.filter(englishStopWords.contains).count
        return french > english ? .fr : .en
    }

    /// A light suffix-stripping stemmer: enough to fold plurals, verb endings and common derivations.
    static func stem(_ word: String, _ locale: NarrativeLocale) -> String {
        let suffixes = locale == .en ? englishSuffixes : frenchSuffixes
        for suffix in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let englishSuffixes = [
        "ational", "ization", "fulness", "ousness", "iveness", "ations", "ation", "ments", "ement", "ment", "ness", "ings",
        "ing", "ies", "ied", "ers", "ies", "ed", "es", "er", "ly", "s", "e", "y",
    ]
    private static let frenchSuffixes = [
        "issements", "issement", "atrices", "ateurs", "ations", "ements", "atrice", "ateur", "ation", "ement", "ments", "ment",
        "ences", "ence", "ites", "ite", "ives", "ive", "ifs", "if", "euses", "euse", "eux", "iques", "ique", "ions", "ees",
        "ee", "er", "es", "ez", "e", "s", "x",
    ]

    private static let englishStopWords: Set<String> = [
        "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
        "do", "does", "for", "from", "get", "got", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "keep", "let", "like", "lot", "lots", "me", "more", "most", "much", "my", "need", "needs", "no", "not", "of",
        "on", "one", "or", "our", "ours", "out", "really", "so", "some", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "too", "up", "us", "very", "want", "wants", "was", "we", "were",
        "what", "when", "which", "while", "who", "why", "will", "with", "would", "you", "your", "year", "years", "every",
        "each", "other", "new", "way", "make", "sure", "without", "over", "them", "still", "even", "next", "last", "right",
    ]
    private static let frenchStopWords: Set<String> = [
        "a", "ai", "au", "aux", "avec", "avoir", "besoin", "c", "ca", "ce", "ces", "cet", "cette", "d", "dans", "de", "des",
        "du", "elle", "en", "est", "et", "etre", "faire", "faut", "il", "ils", "j", "je", "l", "la", "le", "les", "leur",
        "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "n", "ne", "nos", "notre", "nous", "on", "ont", "ou",
        "par", "pas", "plus", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "ta", "te",
        "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "tres", "tu", "un", "une", "vos", "votre", "vous", "y",
        "veut", "voulons", "voudrions", "aimerions", "souhaitons", "chaque", "annee", "an", "ans", "bien", "aussi", "donc",
        "comme", "sans", "encore", "fait", "font", "va", "vont", "etait", "sommes", "avons", "avez", "etes", "peu", "trop",
    ]
    static let stopWords = englishStopWords.union(frenchStopWords)
}
