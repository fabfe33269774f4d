import Archetypes
import Foundation
import Hummingbird

/// A request made up by the fuzz test, and how to print it when it fails.
struct RandomRequest {
    var method: HTTPRequest.Method
    var uri: String
    var headers: HTTPFields
    var body: ByteBuffer?

    var summary: String { "\(method) \(uri) \(headers.map { "\($0.name): \($0.value)" }) \(body.map { String(buffer: $0).prefix(120).debugDescription } ?? "")" }
}

/// Random HTTP requests against the explorer: real routes and mangled ones, hostile text, wrong types, broken bodies.
///
/// Every piece of text a page could echo carries `marker`, which an HTML response may only hold escaped.
struct RandomRequests {
    static let marker = "<x-fz a=\"1\">'&"
    var random: SplitMix64
    let port: Int

    init(seed: UInt64, port: Int) {
        random = SplitMix64(seed: seed)
        self.port = port
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices.randomElement(using: &random)! }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func next() -> RandomRequest {
        let method: HTTPRequest.Method = chance(0.45) ? .get : chance(0.6) ? .post : pick([.put, .delete, .head, .options, .patch, .init("PROPFIND")!, .connect])
        var headers: HTTPFields = [:]
        if chance(0.9) { headers[.hostHeader] = chance(0.85) ? pick(["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]) : text(hostile: chance(0.5)) }
        let target = method == .post && chance(0.75) ? pick(["/api/briefs", "/en/brief", "/fr/brief"]) : uri()
        let body = method == .get && chance(0.9) ? nil : body(for: target)
        if chance(0.8) {
            headers[.contentType] = chance(0.6) ? (target.hasPrefix("/api") ? "application/json" : "application/x-www-form-urlencoded") : pick(Self.contentTypes)
        }
        if chance(0.2) { headers[.accept] = pick(["text/html", "application/json", "*/*", text(hostile: true)]) }
        if chance(0.1) { headers[.authorization] = pick(["Bearer x", "Basic Zm9vOmJhcg==", text(hostile: true)]) }
        if chance(0.1) { headers[.cookie] = text(hostile: true) }
        return RandomRequest(method: method, uri: target, headers: headers, body: body)
    }

    static let contentTypes = [
        "application/json", "application/json; charset=utf-8", "application/x-www-form-urlencoded", "text/plain", "text/html",
        "multipart/form-data; boundary=----x", "application/json; charset=latin1", "application/xml", "", "application/json;;;",
        "application/x-www-form-urlencoded; charset=\"utf-8\"", "image/svg+xml", "json", "application/json, text/plain",
    ]

    static let routes = [
        "/", "/index.html", "/en", "/fr", "/de", "/en/index.html", "/fr/index.html", "/en/archetype-1.html", "/fr/archetype-2.html",
        "/en/archetype-999.html", "/en/archetype--1.html", "/en/brief", "/fr/brief", "/api/archetypes", "/api/archetypes/1",
        "/api/archetypes/-1", "/api/archetypes/99999999999999999999", "/api/briefs", "/healthz",
    ]

    static let segments = [
        "..", "%2e%2e", "%2E%2E%2F", "%2F", "%00", "%", "%zz", "%C3%A9", "%FF%FE", "é", "😀", "\u{202E}rtl", "<script>", "%3Cscript%3E",
        "archetype-", "archetype-1.html", "1", "-0", "1e9", ".html", "", "\\", ";", "a=b", "index.html", "en", "fr", "brief", "api",
        "archetypes", "healthz", "%20", "+", "~", "*", "%E2%80%AE", "acc-0123456789abcdef", String(repeating: "a", count: 300),
    ]

    mutating func uri() -> String {
        var path = chance(0.5) ? pick(Self.routes) : "/" + (0..<count(0...4)).map { _ in pick(Self.segments) }.joined(separator: "/")
        if chance(0.15) { path += "/" + pick(Self.segments) }
        if chance(0.1) { path = path.replacingOccurrences(of: "/", with: pick(["//", "/./", "/../", "%2F"])) }
        if chance(0.2) { path += "?" + pick(["goals=x", "a=%", "account=acc-0123456789abcdef", "<script>=1", "=", "&&", "q=%00"]) }
        if chance(0.05) { path += "#frag" }
        return path
    }

    /// Text a person or an attacker might send; hostile text holds the marker.
    mutating func text(hostile: Bool) -> String {
        var pieces: [String] = []
        for _ in 0..<count(1...4) {
            pieces.append(pick(["reduce churn", "absorb Christmas peaks", "réduire l'attrition", "grow revenue", "automatiser nos campagnes",
                                "{{x}}", "{{{x}}}", "&amp;", "&#60;", "\u{0}", "\u{FEFF}", "😀", "\u{202E}", "\n", "   ", "ü", "%s%n", "${jndi}",
                                "Maison", "Acme", "Acme 2024", "42 %", "3,5", "acc-0123456789abcdef", "usr-fedcba9876543210", "1\u{202F}000",
                                "ACC-0123456789ABCDEF", "0", "-1", "1e9", "Ⅻ", "٣"]))
        }
        if hostile { pieces.insert(Self.marker, at: count(0...pieces.count)) }
        return pieces.joined(separator: " ")
    }

    /// A body, most often of the kind the route reads.
    mutating func body(for target: String) -> ByteBuffer? {
        if chance(0.5) { return ByteBuffer(string: target.hasPrefix("/api") ? json() : form()) }
        switch count(0...9) {
        case 0: return nil
        case 1, 2: return ByteBuffer(string: json())
        case 3: return ByteBuffer(string: form())
        case 4: return ByteBuffer(bytes: (0..<count(0...512)).map { _ in UInt8.random(in: 0...255, using: &random) })
        case 5: return ByteBuffer(string: String(repeating: "[", count: count(1...20_000)))
        case 6: return ByteBuffer(string: #"{"goals": ""# + String(repeating: "churn ", count: count(1_000...14_000)) + #""}"#)
        case 7: return ByteBuffer(string: pick([#"{"goals": 5}"#, #"{"goals": ["a"]}"#, "null", "[]", "\"x\"", "1e999", #"{"goals": null}"#,
                                                #"{"goals": "x", "format": "pdf"}"#, #"{"goals": "x", "locale": "de"}"#, "{", #"{"goals": "\ud800"}"#,
                                                #"{"goals": "x", "goals": "y"}"#, #"{"__proto__": {"goals": "x"}}"#]))
        case 8: return ByteBuffer(string: String(json().dropLast(count(1...10))))
        default: return ByteBuffer(string: text(hostile: true))
        }
    }

    /// A JSON brief request whose fields are random text.
    mutating func json() -> String {
        var fields: [String: String] = [:]
        for key in ["goals", "prospect", "industry", "size", "region", "locale", "format"] where chance(key == "goals" ? 0.9 : 0.5) {
            fields[key] = key == "locale" ? pick(["en", "fr", "en", "fr", "de", ""]) : key == "format" ? pick(["md", "text", "html", "html", "pdf"]) : text(hostile: chance(0.6))
        }
        let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A URL-encoded brief form whose fields are random text.
    mutating func form() -> String {
        var pairs: [String] = []
        for key in ["goals", "prospect", "industry", "size", "region", "locale"] where chance(key == "goals" ? 0.9 : 0.5) {
            let value = key == "locale" ? pick(["en", "fr", "de"]) : text(hostile: chance(0.6))
            pairs.append(key + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
        if chance(0.1) { pairs.append(pick(["%", "goals=%zz", "=", "&", "goals", "goals[]=x", "goals=a&goals=b"])) }
        return pairs.joined(separator: "&")
    }
}
