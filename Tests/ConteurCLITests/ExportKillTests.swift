import Foundation
import Testing

/// `conteur export --html` killed at any moment leaves its target as the complete old pack or the complete new one,
/// never part of either (killed between the two renames of the swap: no pack there, the old one whole beside it);
/// the next export succeeds and leaves nothing beside the target.
@Suite(.serialized) struct ExportKillTests {
    static let rounds = 20

    @Test func sigkillMidExportNeverLeavesAPartialPack() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.executable.path), "build the conteur product first")
        let work = try CommandLineTests.Workspace()
        let demo = work.folder.appendingPathComponent("demo")
        try work.run(["demo", "--out", demo.path])
        let prospects = work.folder.appendingPathComponent("prospects.csv")
        try "name,goals,locale\nAcme,reduce churn,en\nMaison Dupont,réduire l'attrition,fr\n".write(to: prospects, atomically: true, encoding: .utf8)
        // Two packs that differ: English alone, and both locales with briefs.
        let variants = [["--locale", "en"], ["--locale", "en,fr", "--prospects", prospects.path]]
        func export(_ variant: Int, _ folder: URL) -> [String] {
            ["export", "--db", demo.appendingPathComponent("conteur.sqlite").path, "--html", folder.path] + variants[variant]
        }
        var references: [[String: Data]] = []
        var duration = 0.0
        for variant in variants.indices {
            let folder = work.folder.appendingPathComponent("reference-\(variant)")
            let started = Date()
            try work.run(export(variant, folder))
            duration = max(duration, Date().timeIntervalSince(started))
            let pack = try #require(try Self.files(folder))
            #expect(Self.matchesItsManifest(pack))
            references.append(pack)
        }
        #expect(references[0] != references[1])

        let target = work.folder.appendingPathComponent("pack")
        try work.run(export(0, target))
        var current = 0, killed = 0
        for round in 0..<Self.rounds {
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = export(1 - current, target)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Kill after a share of a whole export's time, once the new pack is complete in its staging folder (just
            // before the swap), or once the old pack is set aside (the swap under way, or the old pack being deleted).
            switch round % 4 {
            case 1: while process.isRunning && !Self.exists(beside: target, { $0.contains(".staging-") && $1.contains(".conteur-pack.json") }) { usleep(200) }
            case 3: while process.isRunning && !Self.exists(beside: target, { name, _ in name.contains(".old-") }) { usleep(50) }
            default: usleep(UInt32(duration * Double(round) / Double(Self.rounds) * 1_000_000))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            let aside = try FileManager.default.contentsOfDirectory(atPath: work.folder.path).filter { $0.hasPrefix(".pack.old-") }
            if let pack = try Self.files(target) {
                #expect(Self.matchesItsManifest(pack), "round \(round): the pack's manifest does not list what it holds")
                #expect(references.contains(pack), """
                    round \(round): the pack holds \(pack.count) files, neither the old (\(references[current].count)) nor the new \
                    (\(references[1 - current].count)) pack
                    """)
                current = references.firstIndex(of: pack) ?? current
            } else {
                #expect(aside.count == 1, "round \(round): no pack, and \(aside.count) set aside")
                let previous = try aside.first.flatMap { try Self.files(work.folder.appendingPathComponent($0)) }
                #expect(previous == references[current], "round \(round): the pack set aside is not the old pack whole")
            }
        }
        #expect(killed > 0, "every export finished before it could be killed")

        try work.run(export(1, target))
        #expect(try Self.files(target) == references[1])
        let left = try FileManager.default.contentsOfDirectory(atPath: work.folder.path).filter { $0.hasPrefix(".pack.") }
        #expect(left.isEmpty, "left beside the pack: \(left.count)")
    }

    /// Every file under `folder` with its bytes, by relative path; nil when there is no folder.
    static func files(_ folder: URL) throws -> [String: Data]? {
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return nil }
        var files: [String: Data] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    /// Whether a pack's manifest lists exactly the files it holds.
    static func matchesItsManifest(_ pack: [String: Data]) -> Bool {
        guard let data = pack[".conteur-pack.json"], let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              manifest["format"] as? String == "conteur-pack/1", let listed = manifest["files"] as? [String] else { return false }
        return Set(listed) == Set(pack.keys).subtracting([".conteur-pack.json"])
    }

    /// Whether a sibling of `target` (name and the names of what it holds) is `wanted`.
    static func exists(beside target: URL, _ wanted: (String, [String]) -> Bool) -> Bool {
        let parent = target.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.contains { name in
            name.hasPrefix(".\(target.lastPathComponent).")
                && wanted(name, (try? FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent(name).path)) ?? [])
        }
    }
}
