import Foundation

/// The questions a prospect put to us on the call ("Can you ingest product events from Segment?", « Votre solution se
/// branche-t-elle directement sur Shopify ? »): the brief lists them, each to be answered, rather than leaving them in the
/// quote unanswered.
enum TheirQuestion {
    /// The questions of `quote` addressed to us, as quoted, up to `limit`: not those that say one of `besides` (a document
    /// the next step already promises), nor those about the next meeting (that say one of `meeting`, its cues and days)
    /// unless they name one of `topics` ("Does MoeGo talk to your platform?" asks about a system, not a call). A question
    /// that names a topic is put to us even without a "you": "Stripe webhooks, I'm guessing that's straightforward?".
    /// A short question is quoted with the sentence before it in `quote`, else in the whole `call` (quoted as `quote` is:
    /// fillers left out) where the quote cut it.
    static func asked(in quote: String, call: String = "", besides: [String], meeting: [String] = [], topics: [String] = [], limit: Int = 3) -> [String] {
        let sentences = TextAnalyzer.marked(quote)
        let spoken = TextAnalyzer.marked(call.replacingOccurrences(of: "’", with: "'"))
        return sentences.indices.compactMap { index -> String? in
            let (sentence, mark) = sentences[index]
            // A question after a cut opens where the cut ends.
            let said = sentence.replacingOccurrences(of: GoalMatcher.elision, with: "").trimmingCharacters(in: .whitespaces)
            // "…, I'm not sure that's enough for you." asks as much as a question does.
            guard mark == "?" || wonders(said) else { return nil }
            // "And can texts go out…?" is quoted from "Can": the word that joined it to the sentence before is not the question's.
            let asked = Self.opened(said) + (mark.map { $0 == "\n" ? "" : String($0) } ?? "")
            // A short question about what was just said ("Is that how you sell?", « Vous avez l'habitude ? ») is quoted with it.
            let words = TextAnalyzer.words(said)
            guard words.count <= 6 && words.contains(where: pointing.contains) || words.count <= 4 else { return asked }
            // The sentence just before, as quoted; where the quote cut it, as said in the call. A question before it is
            // listed on its own.
            if index > 0, let before = sentences[index - 1].mark, before != "\n", !sentences[index - 1].sentence.contains(GoalMatcher.elision) {
                return before == "?" ? asked : sentences[index - 1].sentence.trimmingCharacters(in: .whitespaces) + String(before) + " " + asked
            }
            let plain = said.replacingOccurrences(of: "’", with: "'")
            guard let at = spoken.firstIndex(where: { $0.sentence.trimmingCharacters(in: .whitespaces) == plain }), at > 0,
                  let before = spoken[at - 1].mark, before != "\n", before != "?" else { return asked }
            return Self.opened(spoken[at - 1].sentence.trimmingCharacters(in: .whitespaces)) + String(before) + " " + asked
        }
            .filter { question in
                let words = TextAnalyzer.words(question)
                let topical = TextAnalyzer.says(topics, in: question)
                // "And can texts go out early on a Sunday?": a question that opens on how to ask one, past a joining word.
                // "I'm not technical, so how much work is it on our side?": a clause may open it too.
                let own = TextAnalyzer.marked(question).last?.sentence ?? question
                // "And three, pricing: is it per contact or per message?" opens its question after the colon.
                let clauses = (question.components(separatedBy: ", ") + own.components(separatedBy: ", ") + own.components(separatedBy: ": ").dropFirst())
                    .map { Array(TextAnalyzer.words($0).drop { joining.contains($0) }) }
                let opened = clauses.first ?? []
                let asksUs = topical || words.contains(where: addressing.contains) || clauses.contains { clause in opening.contains { clause.starts(with: $0) } }
                    || (auxiliaries.contains(opened.first ?? "") || auxiliaries.contains(clauses.last?.first ?? "")) && question.hasSuffix("?")
                    || wonders(question)
                // A short question quoted with the sentence before it is about our meeting only where its own words say so
                // ("Sitters should never see the address until they're confirmed. Can that be done?" is not).
                return words.count >= 4 && asksUs && !TextAnalyzer.says(besides, in: question)
                    && (topical || !TextAnalyzer.says(meeting, in: own))
            }
            .prefix(limit).map { $0 }
    }

    /// `said` from its first word of its own: "And can texts go out…?" is quoted from "Can".
    private static func opened(_ said: String) -> String {
        let opened = said.replacingOccurrences(of: #"^(?i:(?:and|so|oh|also|et|donc|alors)[\s,]+)+(?=\p{L})"#, with: "", options: .regularExpression)
        return opened.prefix(1).uppercased() + opened.dropFirst()
    }

    /// Words that point to what was just said.
    private static let pointing: Set<String> = ["that", "this", "ca", "cela", "c"]

    /// Words that put a question to us.
    private static let addressing: Set<String> = ["you", "your", "vous", "votre", "vos", "faisable", "possible", "jouable", "realisable",
                                                  "feasible", "doable"]
    /// How a question asks what can be done, without a "you": "Is there a way to…", « Est-ce qu'on peut… ».
    private static let opening = ["is there a way", "is it possible", "can we", "could we", "est ce qu on peut", "est ce possible",
                                  "est il possible", "peut on", "y a t il moyen", "on peut", "est ce que", "est ce qu", "does it", "does the",
                                  "can it", "can the", "will it", "would it", "is it", "is that", "is there", "are there", "how much", "how long", "how many",
                                  "combien de temps", "combien"].map(TextAnalyzer.words) + askingWhen.map(TextAnalyzer.words)
    /// How a prospect asks when they could start: "When could we actually be live?", « Dans combien de temps… ».
    static let askingWhen = ["when could we", "when can we", "when would we", "when will we", "how soon", "how quickly",
                             "quand pourrait on", "quand pourrions nous", "dans combien de temps", "a partir de quand"]
    /// Words that join a question to what was said before it.
    private static let joining: Set<String> = ["and", "so", "but", "oh", "also", "et", "donc", "mais", "alors", "aussi", "du", "coup", "euh", "um", "uh"]
    /// Verbs that open a question asking whether something can be done: "Can texts go out…?", « Peut-on… ? ».
    private static let auxiliaries: Set<String> = ["can", "could", "does", "do", "will", "would", "is", "are", "should", "peut", "peuvent",
                                                   "pourrait", "pourrions", "pourriez", "faut", "est"]

    /// How a prospect wonders aloud what we can do, without a question mark.
    private static let wondering = ["not sure if", "not sure whether", "i wonder if", "i wonder whether", "don't know if", "don't know whether",
                                    "my question is", "my first question is", "the question is whether", "question is whether",
                                    "je ne sais pas si", "je sais pas si", "on se demande si", "je me demande si", "on ne sait pas si",
                                    "ma question c'est", "ma question est", "ma question, c'est"]

    /// Whether `sentence` asks us something without a question mark ("My question is whether you can take events…").
    static func wonders(_ sentence: String) -> Bool { TextAnalyzer.says(wondering, in: sentence) }
}
