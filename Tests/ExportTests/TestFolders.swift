import Foundation

/// Runs `body` with a new temporary folder, removed afterwards.
func withScratchFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conteur-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// Every file under `folder` with its bytes, by relative path; nil when there is no folder.
func fileTree(_ folder: URL) throws -> [String: Data]? {
    guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return nil }
    var files: [String: Data] = [:]
    for path in paths {
        var isFolder: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

/// What is beside `target` in its folder, apart from `target` itself.
func siblings(of target: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        .filter { $0 != target.lastPathComponent }.sorted()
}
