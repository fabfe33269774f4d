/// Which columns may hold identifiers, so that none is ever stored as it is.
///
/// A column that fed `account` or `user` in any load is an identifier column for good; so is any column whose
/// name says it is one (`email`, `user`, `customer_id`, `deviceId`…). Such a column is pseudonymized or refused,
/// never kept as text.
enum IdentifierColumns {
    /// Names that are identifiers on their own (compared without case, spaces, dashes or underscores).
    private static let names: Set<String> = [
        "id", "uuid", "guid", "user", "users", "username", "login", "email", "mail", "emailaddress", "phone",
        "telephone", "mobile", "ip", "ipaddress", "account", "customer", "client", "member", "contact", "person",
        "distinctid", "anonymousid", "deviceid", "sessionid", "cookie", "iban", "ssn",
    ]

    /// Whether a column name reads like an identifier's.
    static func looksLikeIdentifier(_ name: String) -> Bool {
        let lower = name.lowercased()
        let folded = String(lower.filter { $0.isLetter || $0.isNumber })
        if names.contains(folded) || lower.contains("email") || lower.contains("e-mail") { return true }
        // `customer_id`, `user-id`, `org id`, and camel case `deviceId` / `deviceID`.
        for suffix in ["_id", "-id", " id", ".id"] where lower.hasSuffix(suffix) { return true }
        let scalars = Array(name.unicodeScalars)
        if scalars.count >= 3, scalars[scalars.count - 2] == "I", scalars[scalars.count - 1] == "d" || scalars[scalars.count - 1] == "D",
           scalars[scalars.count - 3].properties.isLowercase {
            return true
        }
        return false
    }
}
