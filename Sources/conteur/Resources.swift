import Foundation

/// Finds Conteur's shipped folders (`Narratives/`, `Corpus/`) from any working directory.
///
/// Looks, in order: `$CONTEUR_HOME`; up from the executable (a build inside the repository);
/// up from this source file's location at build time; up from the working directory.
enum Resources {
    static func home() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var starts: [URL] = []
        if let home = environment["CONTEUR_HOME"] { starts.append(URL(fileURLWithPath: home)) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                if isHome(directory) { return directory }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        throw CommandError.noHome
    }

    /// The demo data set.
    static func demoCorpus() throws -> URL { try home().appendingPathComponent("Corpus/demo") }

    /// The narratives folder: `override` when given, else the shipped one.
    static func narratives(_ override: String?) throws -> URL {
        if let override { return URL(fileURLWithPath: override) }
        return try home().appendingPathComponent("Narratives")
    }

    private static func isHome(_ directory: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: directory.appendingPathComponent("Narratives").path)
            && manager.fileExists(atPath: directory.appendingPathComponent("Corpus/demo").path)
    }
}
