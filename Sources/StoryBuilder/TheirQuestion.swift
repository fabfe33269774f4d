import Foundation

/// The questions a prospect put to us on the call ("Can you ingest product events from Segment?", « Votre solution se
/// branche-t-elle directement sur Shopify ? »): the brief lists them, each to be answered, rather than leaving them in the
/// quote unanswered.
enum TheirQuestion {
    /// The questions of `quote` addressed to us, as quoted, up to `limit`: not those that say one of `besides` (about the
    /// next meeting, its cues and days, or a document the next step already promises).
    static func asked(in quote: String, besides: [String], limit: Int = 3) -> [String] {
        TextAnalyzer.marked(quote).filter { $0.mark == "?" }.map { $0.sentence.trimmingCharacters(in: .whitespaces) + "?" }
            .filter { question in
                let words = TextAnalyzer.words(question)
                let asksUs = words.contains(where: addressing.contains) || opening.contains { words.starts(with: $0) }
                return words.count >= 4 && asksUs && !TextAnalyzer.says(besides, in: question)
            }
            .prefix(limit).map { $0 }
    }

    /// Words that put a question to us.
    private static let addressing: Set<String> = ["you", "your", "vous", "votre", "vos", "faisable", "possible"]
    /// How a question asks what can be done, without a "you": "Is there a way to…", « Est-ce qu'on peut… ».
    private static let opening = ["is there a way", "is it possible", "can we", "could we", "est ce qu on peut", "est ce possible",
                                  "est il possible", "peut on", "y a t il moyen", "on peut"].map(TextAnalyzer.words)
}
