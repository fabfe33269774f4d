import Foundation

extension DeclaredMeasure {
    /// A share the prospect gave as a fraction, with the fraction they aim for: "only about one in three plan customers
    /// actually books the visit (…) I'd like to get that to two in three" is the share of plan customers who book the
    /// visit, at about one in three, aimed at two in three. The target is said in the same sentence or the next two;
    /// both fractions are printed as they said them, never computed.
    static func fraction(in text: String, locale: NarrativeLocale) -> DeclaredMeasure? {
        guard locale == .en else { return nil }
        let sentences = TextAnalyzer.sentences(text.replacingOccurrences(of: "’", with: "'"))
        for (index, sentence) in sentences.enumerated() {
            let range = NSRange(sentence.startIndex..., in: sentence)
            guard let match = englishShare.firstMatch(in: sentence, range: range),
                  let now = Range(match.range(withName: "now"), in: sentence).map({ String(sentence[$0]) }),
                  let who = Range(match.range(withName: "who"), in: sentence).map({ String(sentence[$0]).lowercased() }),
                  let what = Range(match.range(withName: "what"), in: sentence).map({ String(sentence[$0]).lowercased() }),
                  !vagueWho.contains(who) else { continue }
            let after = String(sentence[(Range(match.range, in: sentence)?.upperBound ?? sentence.endIndex)...])
            guard let target = ([after] + sentences.dropFirst(index + 1).prefix(2)).lazy.compactMap(aimedFraction).first else { continue }
            return DeclaredMeasure(name: "share of \(who) who \(plural(what))", plural: false, now: now.lowercased(), target: target)
        }
        return nil
    }

    /// The fraction a sentence aims for, after a word of wish: "I'd like to get that to two in three".
    /// The span they give it goes with it: "one in four publishing within fourteen days" aims at "one in four within
    /// fourteen days".
    private static func aimedFraction(_ sentence: String) -> String? {
        guard let match = englishAimedShare.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
              let target = Range(match.range(withName: "target"), in: sentence) else { return nil }
        let within = Range(match.range(withName: "within"), in: sentence).map { " " + sentence[$0].lowercased() } ?? ""
        return sentence[target].lowercased() + within
    }

    /// What a group does, said of one ("actually books the visit"), said of them all: "book the visit".
    private static func plural(_ what: String) -> String {
        var words = what.split(separator: " ").map(String.init).filter { !["actually", "really", "even"].contains($0) }
        // "ever publishes a site": the verb after the adverb is the one said of them all.
        let at = ["never", "ever", "still"].contains(words.first ?? "") ? 1 : 0
        guard at < words.count, !["don't", "do", "did", "didn't"].contains(words[at]) else { return words.joined(separator: " ") }
        let verb = words[at]
        let irregular = ["has": "have", "is": "are", "was": "were", "does": "do", "goes": "go"]
        if let said = irregular[verb] {
            words[at] = said
        } else if verb.hasSuffix("ies"), verb.count > 4 {
            words[at] = String(verb.dropLast(3)) + "y"
        } else if ["sses", "shes", "ches", "xes"].contains(where: verb.hasSuffix) {
            words[at] = String(verb.dropLast(2))
        } else if verb.hasSuffix("s"), !verb.hasSuffix("ss") {
            words[at] = String(verb.dropLast())
        }
        return words.joined(separator: " ")
    }

    /// Words that name no group of their own ("one in three of them").
    private static let vagueWho: Set<String> = ["of them", "them", "people", "times", "cases"]

    private static let fractionSaid = #"(?:(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d+))"#
    private static let englishShare = try! NSRegularExpression(pattern:
        #"\b(?:(?:only|just|maybe|barely|like)\s+)*(?<now>(?:(?:about|around|roughly|under|over)\s+)?"# + fractionSaid + #")\s+(?:of\s+)?(?:(?:our|the|their|my)\s+)?(?<who>(?:[a-z-]+\s+){0,2}[a-z-]+s)\s+(?<what>(?:actually\s+|really\s+|even\s+)?(?:[a-z]+s|ever\s+[a-z]+|never\s+[a-z]+|still\s+[a-z]+)(?:\s+(?:the|a|an|their|our|it|its|them|[a-z-]+)){0,4}?)(?=\s*[,.;:!?]|\s*$|\s+(?:and|but|so|because|which|within|after|before)\b)"#,
        options: [.caseInsensitive])
    private static let englishAimedShare = try! NSRegularExpression(pattern:
        #"\b(?:'d\s+(?:like|love)|would\s+(?:like|love)|want|aim|target|goal|hope)\b[^.!?]{0,40}?\b(?<target>(?:(?:at\s+least|over|about)\s+)?(?:"# + fractionSaid + #"|half|two\s+thirds|three\s+quarters))\b(?:\s+(?:[a-z]+ing\s+)?(?<within>within\s+(?:a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty|\d+)\s+(?:days?|weeks?|months?)))?"#,
        options: [.caseInsensitive])
}
