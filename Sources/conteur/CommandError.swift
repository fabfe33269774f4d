/// Why a command stopped, worded for the person at the terminal.
enum CommandError: Error, CustomStringConvertible, Equatable {
    /// The shipped `Narratives/` and `Corpus/` folders cannot be found.
    case noHome
    /// A stored analysis written by another version.
    case staleRun
    /// A file or folder that cannot be read or written.
    case file(path: String, reason: String)
    /// The naming lexicon cannot be read.
    case lexicon(path: String, reason: String)
    /// An option's value is not a date.
    case notADate(option: String, text: String)
    /// A locale other than en or fr.
    case locale(String)
    /// Serving off loopback without a token.
    case exposed(host: String)
    /// A log level that swift-log does not know.
    case logLevel(known: [String])

    var description: String {
        switch self {
        case .noHome: "cannot find Conteur's Narratives/ and Corpus/ folders; set CONTEUR_HOME to the folder that holds them"
        case .staleRun: "a stored analysis cannot be read by this version of Conteur; run `conteur analyze` again"
        case .file(let path, let reason): "\(path): \(reason)"
        case .lexicon(let path, let reason): "\(path): cannot read the naming lexicon (\(reason))"
        case .notADate(let option, let text): "\(option): \"\(text)\" is not a date (YYYY-MM-DD)"
        case .locale(let text): "--locale: \"\(text)\" is not en or fr"
        case .exposed(let host): "refusing to listen on \(host) without --token: only loopback may be served without one"
        case .logLevel(let known): "--log-level must be one of \(known.joined(separator: ", "))"
        }
    }
}
