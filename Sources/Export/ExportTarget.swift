import Foundation
import StoryBuilder

/// Where an export goes, replaced by rename so that it is at every moment either what it was or the complete new
/// output, never part of either.
///
/// Beside a target `NAME`, the new output is written to `.NAME.staging-UUID`. A pack being replaced is renamed to
/// `.NAME.old-UUID`, the new one renamed in, then the old one deleted. What a killed export left beside the target
/// is cleaned by the next export; a pack left aside with no pack in its place is put back first.
struct ExportTarget {
    let url: URL
    /// Renames a file or folder; replaced in tests to fail on purpose.
    var renameItem: (URL, URL) throws -> Void = Self.posixRename

    init(_ url: URL) { self.url = url.resolvingSymlinksInPath() }

    private var parent: URL { url.deletingLastPathComponent() }

    /// Cleans what killed exports left, builds a pack in a staging folder, lists it in its manifest and swaps it in.
    /// An existing folder is replaced only when it is empty or a pack whose manifest lists everything it holds;
    /// anything else is refused untouched.
    func replaceFolder(build: (URL) throws -> Void) throws {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        recover()
        switch PackManifest.kind(of: url) {
        case .notAFolder: throw ExportError.fileInTheWay(path: url.path)
        case .foreign: throw ExportError.foreignFolder(path: url.path)
        case .missing, .empty, .pack: break
        }
        let staging = sibling("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            try build(staging)
            try PackManifest.write(in: staging)
            try swapIn(staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Writes `data` to a staging file beside the target, then renames it over the target.
    func replaceFile(with data: Data) throws {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        for stale in leftovers("staging") { try? FileManager.default.removeItem(at: stale) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ExportError.folderInTheWay(path: url.path)
        }
        let staging = sibling("staging")
        do {
            try data.write(to: staging)
            try renameItem(staging, url)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Renames the old pack aside, the new one in, and deletes the old one; puts the old one back if the new one
    /// cannot be moved in.
    private func swapIn(_ staging: URL) throws {
        guard PackManifest.kind(of: url) != .missing else { return try renameItem(staging, url) }
        let old = sibling("old")
        do { try renameItem(url, old) } catch {
            throw ExportError.moveAsideFailed(path: url.path, reason: "\(error)")
        }
        do { try renameItem(staging, url) } catch {
            let restored = (try? renameItem(old, url)) != nil
            throw ExportError.moveInFailed(path: url.path, reason: "\(error)", restored: restored)
        }
        try? Self.removePack(old)
    }

    /// Cleans what killed exports left beside the target: a whole pack moved aside comes back when nothing took its
    /// place, then packs moved aside and staging folders are deleted. A folder aside that is not a pack is left alone.
    private func recover() {
        if PackManifest.kind(of: url) == .missing, let previous = leftovers("old").first(where: PackManifest.isWholePack) {
            try? renameItem(previous, url)
        }
        for stale in leftovers("old") where PackManifest.kind(of: stale).isReplaceable { try? Self.removePack(stale) }
        for stale in leftovers("staging") { try? FileManager.default.removeItem(at: stale) }
    }

    /// Deletes a pack, its manifest last: a pack partly deleted is still known as one and cleaned later.
    static func removePack(_ folder: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != PackManifest.fileName {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        try FileManager.default.removeItem(at: folder)
    }

    /// A new name beside the target: `.NAME.kind-UUID`.
    private func sibling(_ kind: String) -> URL {
        parent.appendingPathComponent(".\(url.lastPathComponent).\(kind)-\(UUID().uuidString)")
    }

    /// Siblings of the target named by earlier exports as `kind`.
    func leftovers(_ kind: String) -> [URL] {
        let prefix = ".\(url.lastPathComponent).\(kind)-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && UUID(uuidString: String($0.dropFirst(prefix.count))) != nil }.sorted()
            .map { parent.appendingPathComponent($0) }
    }

    /// `rename(2)`: atomic within a file system, and the old and new names are always in the same folder here.
    static func posixRename(_ from: URL, _ to: URL) throws {
        guard rename(from.path, to.path) == 0 else { throw ExportError.system(reason: String(cString: strerror(errno))) }
    }
}
