import Foundation

/// Who acts on the moment a prospect describes: a person of theirs who calls ("get the CSMs a heads-up", « qu'un
/// entraîneur ait une alerte […] pour l'appeler »), or a message that goes out by itself. A brief that offers an automated
/// message to a prospect who asked for a person to call contradicts the ask.
enum FollowUp: Equatable {
    /// Their team is alerted, and no message goes out by itself.
    case person
    /// Their team is alerted where a person is needed, beside messages that go out by themselves.
    case personAndMessages

    /// How `text` asks to follow up, if it asks for a person to act.
    static func asked(in text: String) -> FollowUp? {
        let clauses = TextAnalyzer.clauses(text)
        guard clauses.contains(where: { !TextAnalyzer.negates($0) && TextAnalyzer.says(byPerson, in: $0) })
                || TextAnalyzer.says(byPersonEvenDenied, in: text) else { return nil }
        // Automated messages they turn down ("pas juste un courriel automatique") do not count.
        let automated = clauses.contains { !TextAnalyzer.negates($0) && TextAnalyzer.says(byItself, in: $0) }
        return automated ? .personAndMessages : .person
    }

    /// Words of a person of theirs alerted, or calling: in a clause that holds no negation.
    private static let byPerson = [
        "heads up", "a human call", "human to call", "having a human", "a person to call", "someone to call", "call them", "ring them",
        "phone them", "give them a call", "for a phone call", "personal call", "can see who", "sees who", "flag anyone", "flag who",
        "flag them", "flag the", "flag accounts", "flag customers", "alert the team", "alert my team", "alert our team", "alert the rep",
        "alert our staff", "alert my staff", "warning signs", "advisors to get reminded", "remind our advisors",
        "remind the advisor", "reps to get reminded", "remind our reps", "conseiller soit prevenu", "rappel au conseiller",
        "l appeler", "les appeler", "les rappeler", "le rappeler", "les appelle", "l appelle", "qu on appelle", "qui appeler",
        "lesquels appeler", "savoir qui appeler", "ait une alerte", "alerte partagee", "voie tout de suite", "voient tout de suite",
        "voir qui ne", "voir qui n", "equipe puisse regarder", "signaux d alerte", "coup de fil", "appel personnel",
    ]

    /// Words of a person who calls, said even beside a negation ("pas juste un courriel, pour l'appeler").
    private static let byPersonEvenDenied = ["pour l appeler", "pour les appeler", "pour les rappeler", "having a human call"]

    /// Words of messages that go out by themselves, or of a series of them ("a sequence based on the program they clicked").
    private static let byItself = ["automatic", "automated", "on their own", "on its own", "by itself", "go out", "goes out", "sequence",
                                   "journey", "campaign", "newsletter", "reminder", "nudge", "automatique", "automatiquement", "automatiser",
                                   "tout seul", "toute seule", "d eux memes", "d elle meme", "d elles memes", "parcours", "campagne",
                                   "des rappels", "un rappel", "les rappels"]
}
