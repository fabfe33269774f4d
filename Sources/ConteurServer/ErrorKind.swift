import Foundation
import Logging

/// What may be logged of an error: its type and code, never its description, which can quote data
/// (a value the honesty guard refused, a request's text).
enum ErrorKind {
    static func metadata(_ error: any Error) -> Logger.Metadata {
        var metadata: Logger.Metadata = ["error.type": .string(String(reflecting: type(of: error)))]
        if let error = error as? any CustomNSError { metadata["error.code"] = .stringConvertible(error.errorCode) }
        return metadata
    }
}
