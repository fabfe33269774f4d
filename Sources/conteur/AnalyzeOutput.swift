import Archetypes
import ArgumentParser
import Foundation
import Runs
import StoryBuilder
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
        /// The silhouette of every k tried, and whether it was eligible and describable.
        var trials: [ClusterSelection.Trial]
        /// Every feature considered: used or not, and why not (as a code and in words).
        var features: [Feature]
        /// How health scores are built.
        var healthModel: String

        enum CodingKeys: String, CodingKey {
            case id, k, silhouette, accounts, note, trials, features
            case timingsMs = "timings_ms", healthAUC = "health_auc", healthModel = "health_model"
        }
    }
    struct Feature: Encodable {
        var id: String
        var used: Bool
        var reason: FeatureUse.Reason?
        var why: String?
    }
    struct Item: Encodable {
        var id: Int
        var name: Archetype.Name
        var size: Int
        var share: Double
    }
    /// A table an analysis in place read.
    struct Source: Encodable {
        var table: String
        var kind: String
        var rows: Int
        var leftOut: Int
        var problems: [String]

        enum CodingKeys: String, CodingKey {
            case table, kind, rows, problems
            case leftOut = "left_out"
        }
    }
    var run: Run
    var archetypes: [Item]
    var sources: [Source]?

    init(id: Int64, analysis: Analysis, wording: TerminalWording, sources: [UsageExtract.Source]? = nil) {
        self.sources = sources?.map { Source(table: $0.name, kind: $0.kind.rawValue, rows: $0.rows, leftOut: $0.rejected, problems: $0.problems) }
        let notes = (analysis.notes ?? []).map(wording.note)
        run = Run(id: id, k: analysis.k, silhouette: analysis.silhouette, timingsMs: analysis.timingsMs,
                  accounts: analysis.members.count, healthAUC: analysis.healthAUC, note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                  trials: analysis.trials,
                  features: (analysis.featureUses ?? analysis.features.map { FeatureUse(feature: $0.id, used: true, reason: nil) }).map {
                      Feature(id: $0.feature, used: $0.used, reason: $0.reason, why: wording.phrases.featureUse($0))
                  }, healthModel: wording.phrases.healthModel(purchases: analysis.window.features.count == 1, grammar: wording.grammar))
        archetypes = analysis.archetypes.map { Item(id: $0.id, name: $0.name, size: $0.size, share: $0.share) }
    }
}
