/// Gives each distinct name a small local index, pseudonymizing identifiers on first sight.
struct Interner {
    private var ids: [String: Int32] = [:]
    private let pseudonymizer: Pseudonymizer?
    private let domain: Pseudonymizer.Domain

    init(pseudonymizer: Pseudonymizer?, domain: Pseudonymizer.Domain = .account) {
        self.pseudonymizer = pseudonymizer
        self.domain = domain
    }

    /// The index of `raw`; a new one is appended (as its pseudonym when pseudonymizing) to `fresh`.
    mutating func id(_ raw: String, fresh: inout [String]) -> Int32 {
        if let id = ids[raw] { return id }
        let id = Int32(ids.count)
        ids[raw] = id
        fresh.append(pseudonymizer.map { $0.pseudonym(raw, domain) } ?? raw)
        return id
    }
}
