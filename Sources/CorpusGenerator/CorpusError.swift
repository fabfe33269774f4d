/// Why a corpus could not be generated.
public enum CorpusError: Error, CustomStringConvertible {
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let reason): "invalid corpus configuration: \(reason)"
        }
    }
}
