public import ArgumentParser
import Foundation
import UsageStore

extension InputKind: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension Preset.Vendor: ExpressibleByArgument {}

/// `conteur ingest events|accounts|outcomes FILE...`
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Load CSV or NDJSON exports into the store (one transaction per file).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "What the files hold: events, accounts or outcomes.")
    var kind: InputKind

    @Argument(help: "Files to load.", completion: .file())
    var files: [String]

    @Option(help: "Column names: canonical=theirs,... (e.g. time=date,account=customer); in NDJSON, key paths (account=context.groupId).")
    var map: String?

    @Option(help: "A vendor's NDJSON export layout: segment, amplitude, mixpanel or posthog (--map entries override it).")
    var preset: Preset.Vendor?

    @Option(help: "With --preset: the group type (amplitude, posthog) or group key property (mixpanel, required) holding the account.")
    var group: String?

    @Option(help: "csv or ndjson (default: from the file extension).")
    var format: InputFormat?

    @Flag(help: "Load the good rows and record the bad ones instead of refusing the file.")
    var skipBad = false

    @Flag(help: "Reload a file that was already loaded, replacing its rows.")
    var replace = false

    func run() throws {
        let mapping = try columnMapping()
        let opened = try store.open()
        let options = IngestOptions(format: format, mapping: mapping, skipBad: skipBad, replace: replace)
        var failures = 0
        for file in files {
            let progress = ProgressLine()
            do {
                let report = try opened.ingest(URL(fileURLWithPath: file), as: kind, options: options, progress: progress.update)
                progress.clear()
                print(report.summary)
                for problem in report.problems {
                    print("  rejected line \(problem.line.map(String.init) ?? "?"): \(problem.message)")
                }
            } catch {
                progress.clear()
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }

    /// The `--map` over the `--preset`; a preset reads NDJSON only, and `--group` needs a preset.
    private func columnMapping() throws -> ColumnMapping {
        guard let preset else {
            if group != nil { throw IngestError(file: "--group", problems: [.init(line: nil, message: "needs --preset")]) }
            return try map.map { try ColumnMapping(parsing: $0) } ?? ColumnMapping()
        }
        if format == .csv {
            throw IngestError(file: "--preset \(preset.rawValue)", problems: [.init(line: nil, message: "reads NDJSON exports, not CSV")])
        }
        let layout = try Preset(preset, group: group)
        return try map.map { try ColumnMapping(parsing: $0, preset: layout) } ?? ColumnMapping(preset: layout)
    }
}
