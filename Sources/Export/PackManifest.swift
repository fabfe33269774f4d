import Foundation

/// The list of files Conteur wrote in a pack, kept in the pack as `.conteur-pack.json`. An existing folder may be
/// replaced by a new pack only when it is empty or holds nothing its manifest does not list.
struct PackManifest: Codable, Equatable {
    static let fileName = ".conteur-pack.json"
    static let currentFormat = "conteur-pack/1"

    var format = Self.currentFormat
    /// Every file of the pack but the manifest: paths relative to the pack's folder, sorted.
    var files: [String]

    /// What a path holds, as far as replacing it with a pack goes.
    enum Kind: Equatable {
        case missing, notAFolder, empty, pack, foreign

        /// Whether a pack may take its place.
        var isReplaceable: Bool { self == .missing || self == .empty || self == .pack }
    }

    /// Lists every file under `folder` and writes the manifest there: the last file a pack gets.
    static func write(in folder: URL) throws {
        let manifest = PackManifest(files: try entries(in: folder).files.filter { $0 != fileName }.sorted())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(manifest).write(to: folder.appendingPathComponent(fileName))
    }

    /// The manifest of the pack in `folder`; nil when there is none or it is not one Conteur can read.
    static func read(in folder: URL) -> PackManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
              let manifest = try? JSONDecoder().decode(PackManifest.self, from: data), manifest.format == currentFormat else { return nil }
        return manifest
    }

    static func kind(of path: URL) -> Kind {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else { return .missing }
        guard isFolder.boolValue else { return .notAFolder }
        guard let entries = try? entries(in: path) else { return .foreign }
        if entries.files.isEmpty && entries.folders.isEmpty { return .empty }
        guard let manifest = read(in: path) else { return .foreign }
        let listed = Set(manifest.files + [fileName])
        let parents = Set(manifest.files.flatMap { file in
            let parts = file.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        return entries.files.allSatisfy(listed.contains) && entries.folders.allSatisfy(parents.contains) ? .pack : .foreign
    }

    /// Whether `folder` is a pack holding every file its manifest lists.
    static func isWholePack(_ folder: URL) -> Bool {
        guard kind(of: folder) == .pack, let manifest = read(in: folder) else { return false }
        return manifest.files.allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// Relative paths of the files (anything but a folder, links included) and of the folders under `folder`.
    static func entries(in folder: URL) throws -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let type = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.type] as? FileAttributeType
            if type == .typeDirectory { folders.append(path) } else { files.append(path) }
        }
        return (files, folders)
    }
}
