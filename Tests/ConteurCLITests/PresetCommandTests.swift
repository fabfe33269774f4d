import Foundation
import Testing
import TestSupport

/// `conteur ingest events --preset`: a vendor export loads as it is; options that cannot work are refused.
@Suite struct PresetCommandTests {
    /// Runs conteur in `folder`; exit status, standard output and standard error.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        try ConteurProcess.run(arguments, in: folder)
    }

    static let posthog = [
        #"{"uuid":"018e0d3c-7f1a","event":"report built","properties":{"$lib":"web","$groups":{"company":"acme-secret"}},"timestamp":"2024-03-01T13:34:56.789000+01:00","distinct_id":"user-secret-1"}"#,
        #"{"uuid":"018e0d3c-7f1b","event":"$identify","properties":{"$groups":{"company":"acme-secret"}},"timestamp":"2024-03-01T12:35:00Z","distinct_id":"user-secret-1"}"#,
        #"{"uuid":"018e0d3c-7f1c","event":"$pageview","properties":{"$groups":{"company":"beta-secret"}},"timestamp":"2024-03-02T12:34:56Z","distinct_id":"user-secret-2"}"#,
        #"{"uuid":"018e0d3c-7f1d","event":"$pageview","properties":{"$current_url":"https://example.com/"},"timestamp":"2024-03-02T12:35:56Z","distinct_id":"visitor-secret"}"#,
    ].joined(separator: "\n") + "\n"

    @Test func aPosthogExportLoadsWithItsPreset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-preset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("posthog.jsonl")
        try Data(Self.posthog.utf8).write(to: file)
        let database = folder.appendingPathComponent("c.sqlite").path

        // The anonymous visitor's event has no group: the file is refused, naming the field and the line.
        let refused = try Self.run(["ingest", "events", file.path, "--preset", "posthog", "--db", database], in: folder)
        #expect(refused.status == 1)
        #expect(refused.errors.contains(
            #"posthog.jsonl:4: no account: the posthog preset reads it from the only group type in "properties.$groups", which this record lacks"#),
            "\(refused.errors)")
        #expect(!(refused.output + refused.errors).contains("secret"))

        let loaded = try Self.run(["ingest", "events", file.path, "--preset", "posthog", "--group", "company", "--skip-bad", "--db", database],
                                  in: folder)
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(loaded.output.contains("posthog.jsonl: 2 rows loaded, 1 rejected"), "\(loaded.output)")
        #expect(loaded.output.contains("rejected line 4: no account"), "\(loaded.output)")
        #expect(!(loaded.output + loaded.errors).contains("secret"))
        let info = try Self.run(["db", "info", "--db", database], in: folder)
        #expect(!info.output.contains("secret"))
    }

    @Test(arguments: [
        (["--preset", "mixpanel"], "--preset mixpanel: needs --group KEY"),
        (["--group", "company"], "--group: needs --preset"),
        (["--preset", "segment", "--group", "company"], "--group: does not apply to the segment preset"),
        (["--preset", "amplitude", "--format", "csv"], "--preset amplitude: reads NDJSON exports, not CSV"),
    ])
    func optionsThatCannotWorkAreRefused(_ options: [String], _ message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-preset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.json")
        try Data(Self.posthog.utf8).write(to: file)
        let result = try Self.run(["ingest", "events", file.path, "--db", folder.appendingPathComponent("c.sqlite").path] + options, in: folder)
        #expect(result.status != 0)
        #expect(result.errors.contains(message), "\(result.errors)")
    }
}
