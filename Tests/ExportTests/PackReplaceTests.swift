import Foundation
import Testing
@testable import Export
@testable import StoryBuilder

/// Packs are replaced by rename, only over an empty folder or a pack whose manifest lists all it holds; a failed
/// or killed export leaves the previous pack as it was, and the next export cleans what it left.
@Suite(.serialized) struct PackReplaceTests {
    let exporter = PackFixture.exporter
    /// Both ways of writing a pack folder.
    var exports: [(URL) throws -> Void] {
        [{ _ = try exporter.writeHTML(to: $0) }, { try exporter.writeMarkdown(to: $0) }]
    }

    @Test func aPackListsEveryFileItWroteInItsManifest() throws {
        try withScratchFolder { scratch in
            for (index, export) in exports.enumerated() {
                let pack = scratch.appendingPathComponent("pack-\(index)")
                try export(pack)
                let manifest = try #require(PackManifest.read(in: pack))
                #expect(manifest.format == "conteur-pack/1")
                #expect(manifest.files == (try fileTree(pack) ?? [:]).keys.filter { $0 != PackManifest.fileName }.sorted())
                #expect(manifest.files.contains(index == 0 ? "en/index.html" : "en/index.md"))
            }
        }
    }

    /// The folder of the issue (`index.html` and `en/mydoc.txt`), a pack with a file added, and a pack with a
    /// folder added are refused whole, named, and left exactly as they were.
    @Test func aFolderHoldingAnythingOutsideItsManifestIsRefusedAndKept() throws {
        try withScratchFolder { scratch in
            let mine = scratch.appendingPathComponent("mine")
            try FileManager.default.createDirectory(at: mine.appendingPathComponent("en"), withIntermediateDirectories: true)
            try Data("<p>home</p>".utf8).write(to: mine.appendingPathComponent("index.html"))
            try Data("keep me".utf8).write(to: mine.appendingPathComponent("en/mydoc.txt"))
            let added = scratch.appendingPathComponent("added")
            try exporter.writeHTML(to: added)
            try Data("keep me".utf8).write(to: added.appendingPathComponent("en/notes.html"))
            let drafts = scratch.appendingPathComponent("drafts")
            try exporter.writeMarkdown(to: drafts)
            try FileManager.default.createDirectory(at: drafts.appendingPathComponent("en/drafts"), withIntermediateDirectories: false)
            for folder in [mine, added, drafts] {
                let before = try fileTree(folder)
                for export in exports {
                    let error = try #require(throws: ExportError.self) { try export(folder) }
                    #expect(error == .foreignFolder(path: folder.path))
                    #expect(!error.description.contains("mydoc") && !error.description.contains("notes"))
                }
                #expect(try fileTree(folder) == before)
            }
            #expect(FileManager.default.fileExists(atPath: drafts.appendingPathComponent("en/drafts").path))
            #expect(try siblings(of: mine) == ["added", "drafts"])
        }
    }

    @Test func anEmptyFolderOrAPackMissingFilesIsReplaced() throws {
        try withScratchFolder { scratch in
            let pack = scratch.appendingPathComponent("pack")
            try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: false)
            try exporter.writeHTML(to: pack)
            let complete = try fileTree(pack)
            try FileManager.default.removeItem(at: pack.appendingPathComponent("en/index.html"))
            try exporter.writeHTML(to: pack)
            #expect(try fileTree(pack) == complete)
            #expect(try siblings(of: pack).isEmpty)
        }
    }

    @Test func aSwapThatFailsLeavesTheOldPackExactlyAsItWas() throws {
        try withScratchFolder { scratch in
            let pack = scratch.appendingPathComponent("pack")
            try exporter.writeHTML(to: pack)
            let before = try fileTree(pack)
            // The new pack fails half-way through.
            #expect(throws: OnPurpose.self) {
                try ExportTarget(pack).replaceFolder { staging in
                    try Data("half".utf8).write(to: staging.appendingPathComponent("index.html"))
                    throw OnPurpose()
                }
            }
            #expect(try fileTree(pack) == before && siblings(of: pack).isEmpty)
            // The old pack cannot be moved aside, or the new one cannot be moved in.
            let failures: [(ExportError, (URL) -> Bool)] = [
                (.moveAsideFailed(path: pack.path, reason: "\(OnPurpose())"), { $0.lastPathComponent == "pack" }),
                (.moveInFailed(path: pack.path, reason: "\(OnPurpose())", restored: true), { $0.lastPathComponent.hasPrefix(".pack.staging-") }),
            ]
            for (failure, fails) in failures {
                var target = ExportTarget(pack)
                target.renameItem = { from, to in
                    if fails(from) { throw OnPurpose() }
                    try ExportTarget.posixRename(from, to)
                }
                let error = try #require(throws: ExportError.self) {
                    try target.replaceFolder { try Data("new".utf8).write(to: $0.appendingPathComponent("index.html")) }
                }
                #expect(error == failure)
                #expect(try fileTree(pack) == before && siblings(of: pack).isEmpty, "\(failure)")
            }
        }
    }

    /// What exports killed mid-way left beside the target: a half-written staging folder and a previous pack moved
    /// aside. The next export cleans both; names that only look like them are left alone.
    @Test func theNextExportCleansWhatKilledExportsLeft() throws {
        try withScratchFolder { scratch in
            let pack = scratch.appendingPathComponent("pack")
            try exporter.writeHTML(to: pack)
            let staging = scratch.appendingPathComponent(".pack.staging-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: staging.appendingPathComponent("en"), withIntermediateDirectories: true)
            try Data("half".utf8).write(to: staging.appendingPathComponent("en/index.html"))
            // Two packs set aside: one whole, one partly deleted (its manifest goes last).
            for partly in [false, true] {
                let aside = scratch.appendingPathComponent(".pack.old-\(UUID().uuidString)")
                try FileManager.default.copyItem(at: pack, to: aside)
                if partly { try FileManager.default.removeItem(at: aside.appendingPathComponent("en")) }
            }
            try Data("mine".utf8).write(to: scratch.appendingPathComponent(".pack.staging-notes"))
            try exporter.writeHTML(to: pack)
            #expect(PackManifest.kind(of: pack) == .pack)
            #expect(try siblings(of: pack) == [".pack.staging-notes"])
        }
    }

    /// Killed between moving the old pack aside and moving the new one in, an export leaves no pack at the target:
    /// the next export puts the old one back if it fails, replaces it if it succeeds.
    @Test func aPackLeftAsideComesBackOrIsReplaced() throws {
        try withScratchFolder { scratch in
            let pack = scratch.appendingPathComponent("pack")
            try exporter.writeHTML(to: pack)
            let before = try fileTree(pack)
            let aside = { scratch.appendingPathComponent(".pack.old-\(UUID().uuidString)") }
            try FileManager.default.moveItem(at: pack, to: aside())
            #expect(throws: OnPurpose.self) { try ExportTarget(pack).replaceFolder { _ in throw OnPurpose() } }
            #expect(try fileTree(pack) == before && siblings(of: pack).isEmpty)
            try FileManager.default.moveItem(at: pack, to: aside())
            try exporter.writeMarkdown(to: pack)
            #expect(PackManifest.read(in: pack)?.files.contains("en/index.md") == true && !FileManager.default.fileExists(atPath: pack.appendingPathComponent("index.html").path))
            #expect(try siblings(of: pack).isEmpty)
            // A pack partly deleted aside is not put back, only deleted.
            let partly = aside()
            try FileManager.default.moveItem(at: pack, to: partly)
            try FileManager.default.removeItem(at: partly.appendingPathComponent("fr"))
            #expect(throws: OnPurpose.self) { try ExportTarget(pack).replaceFolder { _ in throw OnPurpose() } }
            #expect(try PackManifest.kind(of: pack) == .missing && siblings(of: pack).isEmpty)
            // A folder aside that is not a pack is neither put back nor deleted.
            let foreign = scratch.appendingPathComponent(".other.old-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: false)
            try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
            try exporter.writeMarkdown(to: scratch.appendingPathComponent("other"))
            #expect(try fileTree(foreign) == ["notes.txt": Data("mine".utf8)])
        }
    }

    @Test func theJSONModelIsReplacedByRename() throws {
        try withScratchFolder { scratch in
            let file = scratch.appendingPathComponent("model.json")
            try Data("old".utf8).write(to: file)
            try Data("half".utf8).write(to: scratch.appendingPathComponent(".model.json.staging-\(UUID().uuidString)"))
            try exporter.writeJSON(to: file)
            #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) is [String: Any])
            #expect(try siblings(of: file).isEmpty)
            let before = try Data(contentsOf: file)
            var target = ExportTarget(file)
            target.renameItem = { _, _ in throw OnPurpose() }
            #expect(throws: OnPurpose.self) { try target.replaceFile(with: Data("new".utf8)) }
            #expect(try Data(contentsOf: file) == before && siblings(of: file).isEmpty)
            let folder = scratch.appendingPathComponent("folder.json")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            #expect(throws: ExportError.folderInTheWay(path: folder.path)) { try exporter.writeJSON(to: folder) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}

/// A failure a test injects.
struct OnPurpose: Error, CustomStringConvertible {
    var description: String { "refused on purpose" }
}
