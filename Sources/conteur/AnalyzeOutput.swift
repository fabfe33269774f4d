import Archetypes
import ArgumentParser
import Foundation
import Runs
import UsageStore

/// The JSON `conteur analyze --json` prints.
struct AnalyzeOutput: Encodable {
    struct Run: Encodable {
        var id: Int64
        var k: Int
        var silhouette: Double
        var timingsMs: [String: Double]
        var accounts: Int
        var healthAUC: Double?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case id, k, silhouette, accounts, note
            case timingsMs = "timings_ms", healthAUC = "health_auc"
        }
    }
    struct Item: Encodable {
        var id: Int
        var name: Archetype.Name
        var size: Int
        var share: Double
    }
    var run: Run
    var archetypes: [Item]

    init(id: Int64, analysis: Analysis, wording: TerminalWording) {
        let notes = (analysis.notes ?? []).map(wording.note)
        run = Run(id: id, k: analysis.k, silhouette: analysis.silhouette, timingsMs: analysis.timingsMs,
                  accounts: analysis.members.count, healthAUC: analysis.healthAUC, note: notes.isEmpty ? nil : notes.joined(separator: "; "))
        archetypes = analysis.archetypes.map { Item(id: $0.id, name: $0.name, size: $0.size, share: $0.share) }
    }
}
