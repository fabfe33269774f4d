import ArgumentParser
import Export
import Foundation
import Runs
import StoryBuilder
import UsageStore

/// `conteur export`: narrative packs as a static HTML site, a Markdown folder or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the narrative pack of the latest run as HTML, Markdown or JSON.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var story: StoryOptions
    @Option(help: "Write the HTML pack into this folder.") var html: String?
    @Option(help: "Write the Markdown pack into this folder.") var md: String?
    @Option(help: "Write the whole model as JSON to this file.") var json: String?
    @Option(help: "Locales, comma-separated: en,fr.") var locale = "en,fr"
    @Option(help: "Prospects to write briefs for: CSV or JSON with name, goals, industry, size, region, locale.") var prospects: String?
    @Option(name: .customLong("run"), help: "Run id (default: the latest).") var runID: Int64?

    func validate() throws {
        guard html != nil || md != nil || json != nil else { throw ValidationError("give --html DIR, --md DIR or --json FILE") }
    }

    func run() throws {
        let locales = try locale.split(separator: ",").map { part -> NarrativeLocale in
            guard let locale = NarrativeLocale(rawValue: part.trimmingCharacters(in: .whitespaces)) else {
                throw CommandError.locale(String(part))
            }
            return locale
        }
        let exporter = PackExporter(source: try Self.source(store, run: runID), library: try story.library(), locales: locales,
                                    prospects: try prospects.map { try ProspectFile.read(URL(fileURLWithPath: $0)) } ?? [])
        if let html {
            let progress = ProgressLine()
            let index = try exporter.writeHTML(to: URL(fileURLWithPath: html)) { progress.update(message: "writing pages: \($0)") }
            progress.clear()
            print("HTML pack: \(index.path)")
        }
        if let md {
            try exporter.writeMarkdown(to: URL(fileURLWithPath: md))
            print("Markdown pack: \(URL(fileURLWithPath: md).path)")
        }
        if let json {
            try exporter.writeJSON(to: URL(fileURLWithPath: json))
            print("JSON model: \(URL(fileURLWithPath: json).path)")
        }
    }

    /// The run a pack is made from.
    static func source(_ store: StoreOptions, run: Int64?) throws -> PackSource {
        let stored = try store.archive().load(run)
        let (record, analysis) = (stored.record, stored.analysis)
        return PackSource(run: record.id, createdAt: record.createdAt, analysis: analysis)
    }
}
