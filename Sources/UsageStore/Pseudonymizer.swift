import Crypto
import Foundation

/// Turns raw identifiers into stable pseudonyms with a keyed HMAC-SHA256.
///
/// The key is random per database, so the same raw identifier gets different
/// pseudonyms in different databases and cannot be recovered from one.
/// (`@unchecked`: `SymmetricKey` is an immutable value that Crypto has not yet marked `Sendable`.)
public struct Pseudonymizer: @unchecked Sendable {
    /// What kind of identifier is pseudonymized; it separates the HMAC domains.
    public enum Domain: String, Sendable {
        case account = "acc"
        case user = "usr"
    }

    private let key: SymmetricKey

    /// Creates a pseudonymizer from the database's key bytes.
    public init(key: Data) { self.key = SymmetricKey(data: key) }

    /// The pseudonym of `raw`, e.g. `acc-3f9c0e1b7a2d4c85`.
    public func pseudonym(_ raw: String, _ domain: Domain) -> String {
        var hmac = HMAC<SHA256>(key: key)
        hmac.update(data: Array(domain.rawValue.utf8))
        hmac.update(data: [0])
        hmac.update(data: Array(raw.utf8))
        let digest = hmac.finalize()
        var text = domain.rawValue + "-"
        let hex: [Character] = Array("0123456789abcdef")
        for byte in digest.prefix(8) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0f)])
        }
        return text
    }
}
