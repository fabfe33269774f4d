/// Why an export was refused or failed, worded for the person who can fix it; the target is left as it was.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A file stands where the pack's folder should be.
    case fileInTheWay(path: String)
    /// A folder stands where the JSON file should be.
    case folderInTheWay(path: String)
    /// The folder holds files that no manifest of a Conteur pack lists.
    case foreignFolder(path: String)
    /// The previous pack could not be renamed aside.
    case moveAsideFailed(path: String, reason: String)
    /// The new pack could not be renamed in; `restored` tells whether the previous one is back in place.
    case moveInFailed(path: String, reason: String, restored: Bool)
    /// A file system call failed.
    case system(reason: String)
    /// A prospects file that cannot be read (`line` when the problem has one).
    case prospects(path: String, line: Int?, problem: String)

    public var description: String {
        switch self {
        case .fileInTheWay(let path): "\(path): a file is in the way; export into a folder"
        case .folderInTheWay(let path): "\(path): a folder is in the way; export to a file"
        case .foreignFolder(let path):
            "\(path): the folder holds files that are not part of a Conteur pack, so nothing was changed; export into an empty or new folder"
        case .moveAsideFailed(let path, let reason): "\(path): the previous pack could not be moved aside (\(reason)); it is as it was"
        case .moveInFailed(let path, let reason, let restored):
            "\(path): the new pack could not be moved into place (\(reason)); "
                + (restored ? "the previous pack is as it was" : "the previous pack is beside it and the next export puts it back")
        case .system(let reason): reason
        case .prospects(let path, let line, let problem): "\(path)\(line.map { ":\($0)" } ?? ""): \(problem)"
        }
    }
}
