import ArgumentParser
import Foundation
import UsageStore

/// `conteur`: from usage statistics (le compte) to sales stories (le conte).
@main
struct Conteur: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conteur",
        abstract: "Turn anonymized product-usage statistics into usage archetypes and sales narratives.",
        subcommands: [
            DemoCommand.self, IngestCommand.self, AnalyzeCommand.self, ArchetypesCommand.self, ArchetypeCommand.self, MembersCommand.self, AtRiskCommand.self,
            LookupCommand.self, GoalsCommand.self, PitchCommand.self, TemplatesCommand.self, ExportCommand.self, ServeCommand.self, DatabaseCommand.self, CorpusCommand.self,
        ])

    /// Runs the command; errors from libraries below reach the person worded for them, never raw.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: UserFacingError.wording(error))
        }
    }
}

/// Turns a library's error into one a person can act on, without the detail that might quote stored values.
enum UserFacingError {
    static func wording(_ error: any Error) -> any Error {
        switch error {
        case is DecodingError:
            return CommandError.staleRun
        case let error as CocoaError:
            let file = error.filePath ?? error.url?.path ?? "a file"
            return CommandError.file(path: file, reason: reason(error.code))
        default:
            return StoreError.wrapping(error, path: "the database")
        }
    }

    private static func reason(_ code: CocoaError.Code) -> String {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: "permission denied"
        case .fileWriteOutOfSpace: "the disk is full"
        case .fileWriteVolumeReadOnly: "the disk is read-only"
        case .fileWriteFileExists: "already exists"
        case .fileReadCorruptFile: "cannot be read (damaged or not in the expected format)"
        default: "cannot be read or written (error \(code.rawValue))"
        }
    }
}
