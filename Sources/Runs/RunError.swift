/// Why a run cannot be made or found, worded for the person at the terminal.
public enum RunError: Error, CustomStringConvertible, Sendable, Equatable {
    case noEvents
    case emptyWindow
    case noActivity
    case noAnalysis
    case noRun(Int64)
    case unreadable(Int64)
    case noArchetype(Int, run: Int64, count: Int)

    public var description: String {
        switch self {
        case .noEvents: "no usage events loaded yet: load them with `conteur ingest events FILE`"
        case .emptyWindow: "--to must come after --from"
        case .noActivity: "no account has activity between --from and --to"
        case .noAnalysis: "no analysis yet: run `conteur analyze` first"
        case .noRun(let id): "no run \(id) in this database"
        case .unreadable(let id): "run \(id) was stored by another version of Conteur and cannot be read; run `conteur analyze` again"
        case .noArchetype(let id, let run, let count): "no archetype \(id) in run \(run) (archetypes 1…\(count))"
        }
    }
}
