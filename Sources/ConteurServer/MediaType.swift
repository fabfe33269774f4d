import Foundation
import Hummingbird

/// The media types the explorer reads, checked before a body is.
enum MediaType: String {
    case json = "application/json"
    case form = "application/x-www-form-urlencoded"

    /// Throws ``ExplorerError/unsupportedMediaType(_:)`` unless the request's `Content-Type` is this type.
    func require(of request: Request) throws {
        guard accepts(request.headers[.contentType]) else {
            throw ExplorerError.unsupportedMediaType("send the body as \(rawValue)")
        }
    }

    /// This type, with no parameter but a UTF-8 charset: `application/json; charset=utf-8`.
    func accepts(_ header: String?) -> Bool {
        guard let header else { return false }
        let parts = header.lowercased().split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts[0] == rawValue else { return false }
        return parts.dropFirst().allSatisfy { parameter in
            if parameter.isEmpty { return true }
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0] == "charset" else { return false }
            return ["utf-8", "utf8", "\"utf-8\"", "\"utf8\""].contains(pair[1])
        }
    }
}
