@testable import Archetypes
import Foundation
import Testing
@testable import StoryBuilder

/// A prospect who asks for a person of theirs to call, alerted at the right moment, is offered that alert: never an
/// automated message to the people they want called, and beside such messages only where they asked for both.
struct FollowUpTests: ReadsBriefs {
    let builder: NarrativeBuilder

    init() throws { builder = try StoryFixture.builder() }

    @Test(arguments: [
        ("Our churn is around four percent a month. I want to get the CSMs a heads-up before renewal, not after.", FollowUp.person),
        ("What I'm after is knowing when someone's CD is about to mature and having a human call them.", .person),
        ("Each client needs an annual review. What I want is for advisors to get reminded and see the last conversation notes. "
            + "No mass email blasts.", .person),
        ("On voudrait repérer les adhérents qui risquent de partir, et les rappeler avant qu'il soit trop tard.", .person),
        ("J'aimerais qu'un entraîneur ait une alerte quand quelqu'un a pas scanné sa carte, pour l'appeler, pas juste un courriel automatique.", .person),
        ("If we could automatically check in with patients at day two and day seven and flag anyone reporting symptoms, great.", .personAndMessages),
        ("We'd like each student to get a sequence based on the program they clicked on, and for advisors to see whether somebody opened "
            + "the email before they call them.", .personAndMessages),
    ])
    func aPersonWhoCallsIsHeard(words: String, expected: FollowUp) {
        #expect(FollowUp.asked(in: words) == expected)
    }

    @Test(arguments: [
        "I want something where branch staff can see every interaction, calls, emails, visits, all in one place.",
        "Our customers call us all day to ask where their parcel is; we want to text them before they call.",
        "Nos clients nous appellent toute la journée pour savoir où en est leur palette.",
    ])
    func callsThatAreNoFollowUpAreNot(words: String) {
        #expect(FollowUp.asked(in: words) == nil)
    }

    @Test func aNeedHeardIsAnAlertToTheTeam() {
        let fr = brief("En janvier on signe huit cents abonnements, et à la mi-février la moitié viennent plus. J'aimerais qu'un entraîneur "
            + "ait une alerte quand quelqu'un a pas scanné sa carte depuis dix jours, pour l'appeler, pas juste un courriel automatique.", .fr)
        #expect(fr.headline == "Dire à votre équipe qui appeler, et quand")
        #expect(fr.start.first?.hasPrefix("Votre équipe recevrait une alerte avec le nom de chaque personne à appeler, au moment que vous avez indiqué") == true,
                "\(fr.start)")
        #expect(fr.start.count == 1, "no message goes out by itself: \(fr.start)")
        #expect(fr.nextStep?.contains("qui reçoit chaque alerte") == true, "the moment they gave is not asked again: \(fr.nextStep ?? "")")
    }

    @Test func aGoalsDemoIsTheAlertAndNoAutomation() {
        let en = brief("Our churn is sitting around four percent a month. I want to see which accounts have stopped logging in and get the "
            + "CSMs a heads-up before renewal, not after.")
        #expect(en.demo.first == "An alert that tells your team whom to call, and when, with no automated message", "\(en.demo)")
        #expect(!en.demo.contains { $0.localizedCaseInsensitiveContains("automation") || $0.contains("series") }, "\(en.demo)")
        let both = brief("Readmissions are hurting us. If we could automatically check in with patients at day two and day seven and flag "
            + "anyone reporting symptoms, that's what gets budget approved.")
        #expect(both.demo.contains("An alert to your team for those who need a person rather than a message"), "\(both.demo)")
    }
}
