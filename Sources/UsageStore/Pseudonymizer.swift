import Crypto
public import Foundation

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

    /// HMAC states already keyed and fed the domain prefix, copied for each identifier.
    private let accountState: HMAC<SHA256>
    private let userState: HMAC<SHA256>

    /// Creates a pseudonymizer from the database's key bytes.
    public init(key: Data) {
        let key = SymmetricKey(data: key)
        func state(_ domain: Domain) -> HMAC<SHA256> {
            var hmac = HMAC<SHA256>(key: key)
            hmac.update(data: Array(domain.rawValue.utf8) + [0])
            return hmac
        }
        accountState = state(.account)
        userState = state(.user)
    }

    /// The pseudonym of `raw`, e.g. `acc-3f9c0e1b7a2d4c85`: the domain and 64 bits of the HMAC in hex.
    /// The identifier is first put in Unicode normalization form C, so that the same name typed on two systems
    /// (composed `é` or `e` plus an accent) gets one pseudonym.
    public func pseudonym(_ raw: String, _ domain: Domain) -> String {
        var hmac = domain == .account ? accountState : userState
        var raw = raw.utf8.allSatisfy { $0 < 0x80 } ? raw : raw.precomposedStringWithCanonicalMapping
        raw.withUTF8 { hmac.update(data: UnsafeRawBufferPointer($0)) }
        let digest = hmac.finalize()
        let hex = Array("0123456789abcdef".utf8)
        var bytes = Array(domain.rawValue.utf8) + [UInt8(ascii: "-")]
        for byte in digest.prefix(8) {
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
