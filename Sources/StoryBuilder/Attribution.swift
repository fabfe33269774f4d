import Foundation

/// Whether a prospect asks to see where their customers come from ("which trade fair actually brings in business",
/// « savoir d'où viennent nos clients »): a need for each request's source, followed to the sale, not for messages.
enum Attribution {
    /// Whether `text` asks, in a clause that turns nothing down, which sources bring customers.
    static func asked(in text: String) -> Bool {
        TextAnalyzer.affirmed(text).contains { TextAnalyzer.says(cues, in: $0) }
    }

    private static let cues = [
        "where they come from", "where our customers come from", "where customers come from", "where our clients come from",
        "where our leads come from", "where leads come from", "which channel brings", "which channels bring", "which source",
        "which sources", "which campaign brought", "which campaigns bring", "which fair", "which trade show",
        "attribution", "can t prove it", "actually brings in", "d ou viennent", "lesquelles ont donne", "lesquels ont donne",
        "laquelle rapporte", "lequel rapporte", "lesquelles rapportent", "lesquels rapportent", "quel canal", "quels canaux",
        "quelle source", "quelles sources", "quel salon", "quelle foire", "ce que rapporte chaque", "ce que devient chaque",
    ]
}
